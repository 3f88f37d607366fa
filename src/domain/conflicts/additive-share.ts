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
 * Each maximal set of claims whose periods all share a day. Periods are intervals, so every such set is the set
 * alive at some claim's start: a sweep over starts finds them all without trying every subset. Undated claims
 * are alive at every start (they are compared with every period), so `visit` gets the dated part of each set
 * only, as it is found; the caller adds the undated part, which is the same each time.
 */
function forEachSimultaneousSet(views: readonly ClaimView[], visit: (dated: readonly ClaimView[]) => void): void {
  // The sweep orders the market's few periods by start, not its thousands of claims. Which claims are alive at a
  // start does not depend on the order among equal starts (each set's members are then ordered by
  // byFloorDescending), so periods compare by start only, as strings: ISO dates sort as text.
  const lists = byPeriod(views).sort((a, b) => (startOf(a[0]!) < startOf(b[0]!) ? -1 : startOf(a[0]!) > startOf(b[0]!) ? 1 : 0));
  let alive: ClaimView[] = [];
  let index = 0;
  while (index < lists.length) {
    const at = startOf(lists[index]![0]!);
    alive = alive.filter((view) => endOf(view) === null || endOf(view)! >= at);
    for (; index < lists.length && startOf(lists[index]![0]!) === at; index++) {
      if (lists[index]![0]!.period !== null) for (const view of lists[index]!) alive.push(view);
    }
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

/**
 * A subject with several claims in one set counts once, with its largest floor: the sum is then a minimum.
 * Each subject's best claim of `set`, added to (a copy of) `base`, whose claims are in the set too.
 */
function largestPerSubject(set: readonly ClaimView[], base?: ReadonlyMap<string, ClaimView>): Map<string, ClaimView> {
  const best = new Map(base);
  for (const view of set) {
    const current = best.get(view.claim.subjectId);
    if (!current || byFloorDescending(view, current) < 0) best.set(view.claim.subjectId, view);
  }
  return best;
}

const floorSum = (members: Iterable<ClaimView>): number => {
  let sum = 0;
  for (const view of members) sum += lowerOf(view);
  return sum;
};

/**
 * Whether the set made of `undated` (each subject's best undated claim) and `dated` has per-subject floors summing
 * clearly short of 100%, so it cannot exceed it, worked out from the dated claims alone: most sets are short, and
 * are then neither merged nor sorted. Float error in such sums, in any order, is far below the 1e-6 margin.
 */
function clearlyShort(undated: ReadonlyMap<string, ClaimView>, undatedSum: number, dated: ReadonlyMap<string, ClaimView>): boolean {
  let sum = undatedSum;
  for (const [subject, view] of dated) {
    const base = undated.get(subject);
    if (!base) sum += lowerOf(view);
    else if (byFloorDescending(view, base) < 0) sum += lowerOf(view) - lowerOf(base);
  }
  return sum < 100 - 1e-6;
}

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
  // Undated shares are in every set: their best per subject is found once per market, not once per set.
  const undated = largestPerSubject(shares.filter((view) => view.period === null));
  const undatedSum = floorSum(undated.values());
  forEachSimultaneousSet(shares, (dated) => {
    const best = largestPerSubject(dated);
    if (clearlyShort(undated, undatedSum, best)) return;
    const members = [...largestPerSubject([...best.values()], undated).values()];
    if (members.length < 2 || !exceedsWhole(members.sort(byFloorDescending))) return;
    sums.set(members.map((view) => view.claim.id).sort().join(','), members);
  });
  // One conflict per maximal sum: a sum that another one contains adds nothing a reader needs.
  const sets = [...sums.values()];
  const contained = (small: ClaimView[], big: ClaimView[]) => small.length < big.length && small.every((view) => big.includes(view));
  return sets.filter((set) => !sets.some((other) => contained(set, other))).map((set) => explain(set, definition));
}
