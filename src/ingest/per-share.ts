// Per-share figures and the totals they restate: "$268.5 million, or $2.14 per share".
import type { ArticleDocument } from './document.js';
import type { TokenRange } from './spans.js';

/** "$9.85 per diluted share", "$1.15 a share": the figure ending at `figure.last` is per share. */
export const perShare = (doc: ArticleDocument, figure: TokenRange): boolean =>
  /^(?:per (?:diluted |basic )?share|a share)\b/.test(
    doc.tokens
      .slice(figure.last + 1, figure.last + 4)
      .map((t) => t.normal)
      .join(' '),
  );

/** "$241.9 million, or $1.89 per share": the second figure restates the first, ", or" between them. */
export function restatedAs(doc: ArticleDocument, total: TokenRange, perShareFigure: TokenRange): boolean {
  const between = doc.tokens.slice(total.last + 1, perShareFigure.first).map((t) => t.normal).join(' ');
  return /^(?:[a-z]+ )?, or$/.test(between) || between === ', or';
}
