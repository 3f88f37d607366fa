// Token ranges within a sentence, and the window search the figure and date finders share.
import type { ArticleDocument, Sentence } from './document.js';
import { sliceTokens } from './document.js';

/** Token indexes, both inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

export const overlaps = (a: TokenRange, b: TokenRange): boolean => a.first <= b.last && b.first <= a.last;
export const contains = (outer: TokenRange, inner: TokenRange): boolean => outer.first <= inner.first && inner.last <= outer.last;

/** Which tokens of a sentence are taken, answered in constant time however many ranges were marked. */
export class TokenMask {
  private readonly marks: Uint8Array;

  constructor(
    private readonly sentence: TokenRange,
    ranges: readonly TokenRange[] = [],
  ) {
    this.marks = new Uint8Array(sentence.last - sentence.first + 1);
    for (const range of ranges) this.mark(range);
  }

  mark(range: TokenRange): void {
    const from = Math.max(range.first, this.sentence.first);
    const to = Math.min(range.last, this.sentence.last);
    for (let i = from; i <= to; i++) this.marks[i - this.sentence.first] = 1;
  }

  has(index: number): boolean {
    return this.marks[index - this.sentence.first] === 1;
  }
}

export interface WindowOptions {
  /** How many tokens a window may reach before and after its seed. */
  before: number;
  after: number;
  /** Windows may not overlap these tokens. */
  blocked: TokenMask;
  /** Tokens a window may neither start nor end on. */
  badEdge: (text: string, edge: 'first' | 'last') => boolean;
}

/**
 * Reads every window of tokens around `seed` (within its sentence) with `read`, and keeps the longest that reads;
 * ties go to the earlier start. `read` returns null for text that is not its kind.
 */
export function longestReading<T>(
  doc: ArticleDocument,
  sentence: Sentence,
  seed: number,
  options: WindowOptions,
  read: (text: string) => T | null,
): (TokenRange & { reading: T }) | null {
  let best: (TokenRange & { reading: T }) | null = null;
  const lowest = Math.max(sentence.first, seed - options.before);
  const highest = Math.min(sentence.last, seed + options.after);
  for (let first = seed; first >= lowest; first--) {
    if (options.badEdge(doc.tokens[first]!.text, 'first')) continue;
    if (options.blocked.has(first)) break;
    for (let last = seed; last <= highest; last++) {
      if (options.blocked.has(last)) break;
      if (options.badEdge(doc.tokens[last]!.text, 'last')) continue;
      if (best && last - first < best.last - best.first) continue;
      const reading = read(sliceTokens(doc, first, last));
      if (reading === null) continue;
      if (!best || last - first > best.last - best.first || (last - first === best.last - best.first && first < best.first)) {
        best = { first, last, reading };
      }
    }
  }
  return best;
}

/** Keeps the longest of overlapping ranges, in text order. */
export function longestFirst<T extends TokenRange>(ranges: readonly T[]): T[] {
  const kept: T[] = [];
  for (const range of [...ranges].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first)) {
    if (!kept.some((other) => overlaps(other, range))) kept.push(range);
  }
  return kept.sort((a, b) => a.first - b.first);
}
