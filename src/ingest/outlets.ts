// The outlet an article comes from: the line under its headline ("Northgate Business Review") and the name its
// dateline gives in brackets ("SAN FRANCISCO, Dec 3 (Northgate Business Review) -"). The outlet reports the figures;
// it is never the party they are about, wherever its name stands.
import { sentenceStart } from './clauses.js';
import type { ArticleDocument } from './document.js';
import type { Mention } from './mentions.js';

export interface Outlets {
  /** Names in brackets in the datelines and the outlet's line, lower-cased: "reuters", "northgate business review". */
  names: ReadonlySet<string>;
  /** Where the outlet's line under the headline stands in the text (start, end), or null. */
  line: { start: number; end: number } | null;
}

/** Words the outlet's line under a headline may have: "Northgate Business Review", "Associated Press". */
const OUTLET_LINE_WORDS = 6;

export function outletsOf(doc: ArticleDocument): Outlets {
  const names = new Set<string>();
  for (const sentence of doc.sentences) {
    const start = sentenceStart(doc, sentence);
    if (start === sentence.first) continue;
    const open = doc.tokens.findIndex((t, i) => i >= sentence.first && i < start && t.text === '(');
    if (open < 0) continue;
    const close = doc.tokens.findIndex((t, i) => i > open && i < start && t.text === ')');
    if (close > open + 1) names.add(doc.text.slice(doc.tokens[open + 1]!.start, doc.tokens[close - 1]!.end).toLowerCase());
  }
  const line = outletLine(doc.text);
  if (line) names.add(doc.text.slice(line.start, line.end).toLowerCase());
  return { names, line };
}

/**
 * The text's second line when it is a few capitalised words with no stop under a first line with none: the outlet's
 * name under the headline ("Associated Press").
 */
function outletLine(text: string): { start: number; end: number } | null {
  const lines = /^[ \t]*([^\n]*\S)[ \t]*\n[ \t]*([^\n]*\S)[ \t]*(?:\n|$)/.exec(text);
  if (!lines) return null;
  const [, headline = '', second = ''] = lines;
  const words = second.split(/\s+/);
  if (/[.!?]$/.test(headline) || /[.!?:]$/.test(second) || words.length > OUTLET_LINE_WORDS || !words.every((w) => /^[\p{Lu}&(]/u.test(w))) return null;
  const start = text.indexOf(second, text.indexOf(headline) + headline.length);
  // A press release's company under its headline ("Acme Corp") is named again in the body: the party, not an outlet.
  if (text.includes(second, start + second.length)) return null;
  return { start, end: start + second.length };
}

/** The mentions that are not the outlet: inside its line, or by its name. */
export const withoutOutlets = (mentions: Mention[], outlets: Outlets): Mention[] =>
  mentions.filter(
    (m) =>
      !(outlets.line !== null && m.start >= outlets.line.start && m.end <= outlets.line.end) &&
      !outlets.names.has(m.name.toLowerCase()) &&
      !outlets.names.has(m.text.toLowerCase()),
  );
