// Visits the pairs a pairwise rule compares, without building them: a rescan's statement groups hold millions of pairs.
import { periodsOverlap } from '../period.js';
import { periodsMeet } from './comparability.js';
import type { ClaimFacts } from './types.js';

/** Each unordered pair of `views` once, in no defined order: every rule's findings are sorted by key afterwards. */
export function forEachPair<T>(views: readonly T[], visit: (a: T, b: T) => void): void {
  for (let i = 0; i < views.length; i++) for (let j = i + 1; j < views.length; j++) visit(views[i]!, views[j]!);
}

/** Up to this many claims, forEachMeetingPair compares every pair rather than sorting them by start. */
const FEW = 8;

/** An open start sorts before any ISO date. */
const startKey = (view: ClaimFacts): string => view.period?.start ?? '';

/**
 * Each unordered pair of `views` whose periods meet (periodsMeet: overlap, or a side undated) once, in no
 * defined order. Dated claims sorted by start are compared only until a start passes the earlier claim's end
 * (starts only grow from there), so claims spread over many periods are not all compared with each other.
 */
export function forEachMeetingPair<T extends ClaimFacts>(views: readonly T[], visit: (a: T, b: T) => void): void {
  if (views.length < 2) return;
  // A statement's few claims (corroborating sources, mostly two to four) are cheaper to compare pair by pair than
  // to sort, and a rescan has hundreds of thousands of them.
  if (views.length <= FEW) {
    for (let i = 0; i < views.length; i++) for (let j = i + 1; j < views.length; j++) if (periodsMeet(views[i]!, views[j]!)) visit(views[i]!, views[j]!);
    return;
  }
  const dated: T[] = [];
  const undated: T[] = [];
  for (const view of views) (view.period ? dated : undated).push(view);
  dated.sort((a, b) => (startKey(a) < startKey(b) ? -1 : startKey(a) > startKey(b) ? 1 : 0));
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i]!.period!;
    for (let j = i + 1; j < dated.length; j++) {
      const b = dated[j]!.period!;
      if (a.end !== null && b.start !== null && b.start > a.end) break;
      if (periodsOverlap(a, b)) visit(dated[i]!, dated[j]!);
    }
  }
  forEachPair(undated, visit);
  for (const a of undated) for (const b of dated) visit(a, b);
}
