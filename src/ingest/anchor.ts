// Builds a claim's anchor in the style of W3C Web Annotation selectors: offsets, exact quote, and a little context either side.
import type { ArticleDocument } from './document.js';
import type { TokenRange } from './spans.js';

export interface Anchor {
  quote: string;
  /** Offsets into the original text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** Context kept either side of a quote: enough to find it again after small edits, short enough to read. */
export const CONTEXT_CHARS = 32;
/** A quote longer than this is cut back to the figure or cue it was built around. */
export const MAX_QUOTE_CHARS = 200;
/** Words further than this from the figure or cue are not quoted with it: the quote stays a few words long. */
export const MAX_REACH_TOKENS = 12;

export function anchorOf(text: string, start: number, end: number): Anchor {
  return {
    quote: text.slice(start, end),
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/**
 * The anchor covering `parts` (subject, figure, object, date...) in one stretch of text; when they lie too far
 * apart, only `core` (the figure or cue) and what is next to it.
 */
export function anchorOver(doc: ArticleDocument, core: TokenRange, parts: ReadonlyArray<TokenRange | null | undefined>): Anchor {
  const near = (p: TokenRange): boolean => p.first <= core.last + MAX_REACH_TOKENS && p.last >= core.first - MAX_REACH_TOKENS;
  const ranges = [core, ...parts.filter((p): p is TokenRange => p !== null && p !== undefined && near(p))];
  const first = Math.min(...ranges.map((r) => r.first));
  const last = Math.max(...ranges.map((r) => r.last));
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  if (end - start <= MAX_QUOTE_CHARS) return anchorOf(doc.text, start, end);
  return anchorOf(doc.text, doc.tokens[core.first]!.start, doc.tokens[core.last]!.end);
}
