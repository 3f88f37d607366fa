// Which of a key's periods overlap a set of windows, found by binary search instead of testing every period.

/** A period's bounds; null is open (before everything, or after everything). */
export interface Span {
  start: string | null;
  end: string | null;
}

/** Open starts sort first and open ends last, as text: ISO dates compare as strings. */
const startKey = (span: Span): string => span.start ?? '';
const endKey = (span: Span): string => span.end ?? '\uffff';

/**
 * The period ids of one any-subject key (a market's shares, say), ordered by start, with the furthest end reached
 * so far at each place. A window's overlapping periods are then one run: from the first place whose furthest end
 * reaches the window's start, while starts stay within the window's end. Detection asks a market for the periods
 * of a batch's claims, a few of the hundred it may hold; testing each one cost most of the fetch.
 *
 * Ids whose period is unknown, and '' (undated), overlap every window, as the claims they hold are compared with
 * every period. Ids come back in the order they were given, so a reader sees what a scan of every id would give.
 */
export class PeriodSpans {
  private readonly starts: string[] = [];
  private readonly ends: string[] = [];
  /** The largest end among places 0..i, for each place i: it never decreases, so it can be searched. */
  private readonly furthestEnds: string[] = [];
  /** At each place, the rank of its id in the order given. */
  private readonly ranks: number[] = [];
  /** Ranks of ids that overlap every window. */
  private readonly everywhere: number[] = [];
  /** Ids given whose period was unknown: the index is stale once one becomes known. */
  readonly unknown: string[] = [];

  constructor(
    private readonly ids: readonly string[],
    spanOf: (id: string) => Span | undefined,
  ) {
    const placed: Array<{ rank: number; span: Span }> = [];
    ids.forEach((id, rank) => {
      const span = id === '' ? undefined : spanOf(id);
      if (span) placed.push({ rank, span });
      else this.everywhere.push(rank);
      if (!span && id !== '') this.unknown.push(id);
    });
    placed.sort((a, b) => (startKey(a.span) < startKey(b.span) ? -1 : startKey(a.span) > startKey(b.span) ? 1 : 0));
    let furthest = '';
    for (const { rank, span } of placed) {
      this.starts.push(startKey(span));
      this.ends.push(endKey(span));
      if (endKey(span) > furthest) furthest = endKey(span);
      this.furthestEnds.push(furthest);
      this.ranks.push(rank);
    }
  }

  /** The ids whose periods overlap one of `windows` (bounds inclusive, as periodsOverlap), in the order given. */
  overlapping(windows: readonly Span[]): string[] {
    const ranks = new Set(this.everywhere);
    for (const window of windows) {
      const from = startKey(window);
      const to = endKey(window);
      for (let place = this.firstReaching(from); place < this.starts.length && this.starts[place]! <= to; place++) {
        if (this.ends[place]! >= from) ranks.add(this.ranks[place]!);
      }
    }
    return [...ranks].sort((a, b) => a - b).map((rank) => this.ids[rank]!);
  }

  /** The first place whose furthest end is at or after `start`: every period before it ends earlier. */
  private firstReaching(start: string): number {
    let low = 0;
    let high = this.furthestEnds.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.furthestEnds[middle]! < start) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
