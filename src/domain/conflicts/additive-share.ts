// ADDITIVE_SHARE: shares of one market held at the same time by different subjects cannot sum past 100%.
import type { PredicateDefinition } from '../predicates.js';
import { renderNumber } from '../quantity.js';
import { stableOrder } from './comparability.js';
import { attribution, comparedDetail, periodNote, toleranceNote } from './explanation.js';
import { finding } from './key.js';
import { byPeriod } from './period-lists.js';
import { marketOf } from './phrases.js';
import { sumSeverity, withPeriods } from './severity.js';
import type { ClaimView, Finding } from './types.js';

/** Sums of decimal shares (33.3 + 33.3 + 33.4) must not fail on float noise. */
const EPSILON = 1e-9;
const lowerOf = (view: ClaimView): number => view.claim.value!.lower!;
/** An open start sorts before any ISO date. */
const startOf = (view: ClaimView): string => view.period?.start ?? '';
const endOf = (view: ClaimView): string | null => view.period?.end ?? null;

/**
 * Each maximal set of claims whose periods all share a day, handed to `visit` as it is found (not collected:
 * a market's sets repeat its undated claims in each). Periods are intervals, so every such set is the set
 * alive at some claim's start: a sweep over starts finds them all without trying every subset.
 */
function forEachSimultaneousSet(views: readonly ClaimView[], visit: (set: readonly ClaimView[]) => void): void {
  // The sweep orders the market's few periods by start, not its thousands of claims. Which claims are alive at a
  // start does not depend on the order among equal starts (each set's members are then ordered by
  // byFloorDescending), so periods compare by start only, as strings: ISO dates sort as text.
  const lists = byPeriod(views).sort((a, b) => (startOf(a[0]!) < startOf(b[0]!) ? -1 : startOf(a[0]!) > startOf(b[0]!) ? 1 : 0));
  let alive: ClaimView[] = [];
  let index = 0;
  while (index < lists.length) {
    const at = startOf(lists[index]![0]!);
    alive = alive.filter((view) => endOf(view) === null || endOf(view)! >= at);
    while (index < lists.length && startOf(lists[index]![0]!) === at) for (const view of lists[index++]!) alive.push(view);
    visit(alive);
  }
}

const exclusiveFloor = (view: ClaimView): number => (view.claim.value!.lowerInclusive ? 1 : 0);
const undated = (view: ClaimView): number => (view.claim.periodId === null ? 1 : 0);

/**
 * Largest floor first; at an equal bound, "more than 50%" before "50%", for it is the larger; then a dated
 * claim before an undated one (it speaks of the time in question, where the undated one is only assumed to).
 */
function byFloorDescending(a: ClaimView, b: ClaimView): number {
  return lowerOf(b) - lowerOf(a) || exclusiveFloor(a) - exclusiveFloor(b) || undated(a) - undated(b) || stableOrder(a, b);
}

/** A subject with several claims in one set counts once, with its largest floor: the sum is then a minimum. In no order. */
function largestPerSubject(set: readonly ClaimView[]): ClaimView[] {
  const best = new Map<string, ClaimView>();
  for (const view of set) {
    const current = best.get(view.claim.subjectId);
    if (!current || byFloorDescending(view, current) < 0) best.set(view.claim.subjectId, view);
  }
  return [...best.values()];
}

/**
 * Members whose floors sum clearly short of 100% cannot exceed it, summed in any order (float error in such a sum
 * is far below 1e-6): most sets are, and are not sorted for exceedsWhole, which sums in member order.
 */
const clearlyShort = (members: readonly ClaimView[]): boolean => members.reduce((total, view) => total + lowerOf(view), 0) < 100 - 1e-6;

function exceedsWhole(members: readonly ClaimView[]): boolean {
  const sum = members.reduce((total, view) => total + lowerOf(view), 0);
  // 50% and "over half" sum to more than 100% although their floors add up to exactly 100.
  return sum > 100 + EPSILON || (Math.abs(sum - 100) <= EPSILON && members.some((view) => !view.claim.value!.lowerInclusive));
}

function explain(members: readonly ClaimView[], definition: PredicateDefinition): Finding {
  const sum = members.reduce((total, view) => total + lowerOf(view), 0);
  const strictly = members.some((view) => !view.claim.value!.lowerInclusive);
  const listed = members.map((view) => `${view.subjectName} ${view.claim.value!.text} ${attribution(view)}`).join(', ');
  const floors = members.map((view) => `${view.claim.value!.lowerInclusive ? '' : 'more than '}${renderNumber(lowerOf(view), 'PERCENT')}`);
  const explanation =
    `Shares of ${marketOf(members[0]!)} in overlapping periods sum past 100%: ${listed} — ` +
    `lower bounds ${floors.join(' + ')} = ${strictly ? 'more than ' : ''}${renderNumber(sum, 'PERCENT')}, past 100% ` +
    `(${toleranceNote(members, definition)})` +
    periodNote(members);
  return finding({
    rule: 'additive_share',
    severity: withPeriods(sumSeverity(sum), members),
    explanation,
    details: { sumOfLowerBounds: sum, compared: members.map(comparedDetail), tolerance: definition.tolerance },
    claims: members.map((view) => ({ claimId: view.claim.id, role: 'share', version: view.claim.version })),
  });
}

/** `group` holds claims of one share predicate about one market, with one set of qualifiers. */
export function additiveShareConflicts(group: readonly ClaimView[], definition: PredicateDefinition): Finding[] {
  const shares = group.filter((view) => !view.claim.negated && view.claim.value?.unit === 'PERCENT' && (view.claim.value.lower ?? 0) > 0);
  const sums = new Map<string, ClaimView[]>();
  forEachSimultaneousSet(shares, (set) => {
    const members = largestPerSubject(set);
    if (members.length < 2 || clearlyShort(members) || !exceedsWhole(members.sort(byFloorDescending))) return;
    sums.set(members.map((view) => view.claim.id).sort().join(','), members);
  });
  // One conflict per maximal sum: a sum that another one contains adds nothing a reader needs.
  const sets = [...sums.values()];
  const contained = (small: ClaimView[], big: ClaimView[]) => small.length < big.length && small.every((view) => big.includes(view));
  return sets.filter((set) => !sets.some((other) => contained(set, other))).map((set) => explain(set, definition));
}
