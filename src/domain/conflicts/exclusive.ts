// EXCLUSIVE: one leader per market at a time, and a leader cannot hold a smaller share than another subject.
import type { Quantity } from '../quantity.js';
import { renderNumber } from '../quantity.js';
import { stableOrder, periodsMeet } from './comparability.js';
import { attribution, comparedDetail, figure, interval, periodNote, toleranceNote } from './explanation.js';
import { finding } from './key.js';
import { forEachMeetingPair } from './pairs.js';
import { byPeriod } from './period-lists.js';
import { marketOf } from './phrases.js';
import { separationSeverity, withPeriods } from './severity.js';
import type { ClaimView, Finding, PredicateLookup } from './types.js';

const MAJORITY = 50;

/** How far a rival's floor lies above the leader's ceiling. */
const gap = (own: ClaimView, rival: ClaimView): number => rival.claim.value!.lower! - own.claim.value!.upper!;

/** `low` is certainly below `high`: every value of one is under every value of the other. */
function certainlyBelow(low: Quantity, high: Quantity): boolean {
  if (low.upper === null || high.lower === null) return false;
  return low.upper < high.lower || (low.upper === high.lower && !(low.upperInclusive && high.lowerInclusive));
}

function twoLeaders(a: ClaimView, b: ClaimView): Finding {
  const explanation =
    `Two leaders of ${marketOf(a)} in overlapping periods: ${a.subjectName} ${attribution(a)} — "${a.claim.text}" — ` +
    `and ${b.subjectName} ${attribution(b)} — "${b.claim.text}"; only one subject can lead a market at a time` +
    periodNote([a, b]);
  return finding({
    rule: 'exclusive',
    severity: withPeriods('MEDIUM', [a, b]),
    explanation,
    details: { case: 'two_leaders', compared: [comparedDetail(a), comparedDetail(b)] },
    claims: [
      { claimId: a.claim.id, role: 'leader', version: a.claim.version },
      { claimId: b.claim.id, role: 'leader', version: b.claim.version },
    ],
  });
}

function smallerLeader(leader: ClaimView, own: ClaimView, rival: ClaimView, lookup: PredicateLookup): Finding {
  const ownValue = own.claim.value!;
  const rivalValue = rival.claim.value!;
  const majority =
    rivalValue.lower !== null && rivalValue.lower >= MAJORITY
      ? `; ${rival.subjectName} holds ${renderNumber(MAJORITY, 'PERCENT')} or more, so no one else can lead`
      : '';
  const explanation =
    `${leader.subjectName} is said to lead ${marketOf(leader)} ${attribution(leader)}, but its share ${figure(own)} ` +
    `is below ${rival.subjectName}'s ${figure(rival)} — ${interval(ownValue)} lies entirely below ${interval(rivalValue)}${majority} ` +
    `(${toleranceNote([own, rival], lookup(own.claim.predicate))})` +
    periodNote([leader, own, rival]);
  return finding({
    rule: 'exclusive',
    severity: withPeriods(separationSeverity(ownValue, rivalValue), [leader, own, rival]),
    explanation,
    details: { case: 'leader_below_rival', compared: [comparedDetail(leader), comparedDetail(own), comparedDetail(rival)] },
    claims: [
      { claimId: leader.claim.id, role: 'leader', version: leader.claim.version },
      { claimId: own.claim.id, role: 'leader_share', version: own.claim.version },
      { claimId: rival.claim.id, role: 'rival_share', version: rival.claim.version },
    ],
  });
}

type Clash = readonly [own: ClaimView, rival: ClaimView];
/** The widest gap first, then by the claims' stable order. */
const byGap = ([a, b]: Clash, [c, d]: Clash): number => gap(c, d) - gap(a, b) || stableOrder(a, c) || stableOrder(b, d);

/**
 * The leader's own share certainly below a rival's, all three in periods that meet, with the widest gap: one
 * conflict per leadership claim, the strongest evidence rather than every combination. `near` holds the
 * market's shares in lists by period, those meeting the leader's.
 */
function strongestClash(leader: ClaimView, near: readonly ClaimView[][]): Clash | undefined {
  const own = near.flatMap((list) => list.filter((share) => share.claim.subjectId === leader.claim.subjectId));
  let strongest: Clash | undefined;
  for (const mine of own) {
    for (const list of near) {
      if (!periodsMeet(mine, list[0]!)) continue;
      for (const rival of list) {
        if (rival.claim.subjectId === leader.claim.subjectId || !certainlyBelow(mine.claim.value!, rival.claim.value!)) continue;
        if (!strongest || byGap([mine, rival], strongest) < 0) strongest = [mine, rival];
      }
    }
  }
  return strongest;
}

/**
 * `group` holds the claims about one market with one set of qualifiers: leadership claims (EXCLUSIVE
 * predicates) and shares (ADDITIVE_SHARE predicates). Three claims in periods that pairwise meet share a day.
 */
export function exclusiveConflicts(group: readonly ClaimView[], lookup: PredicateLookup): Finding[] {
  const has = (view: ClaimView, semantics: 'EXCLUSIVE' | 'ADDITIVE_SHARE') =>
    !view.claim.negated && (lookup(view.claim.predicate)?.semantics.includes(semantics) ?? false);
  const leaders = group.filter((view) => has(view, 'EXCLUSIVE'));
  if (leaders.length === 0) return [];
  const shares = group.filter((view) => has(view, 'ADDITIVE_SHARE') && view.claim.value?.unit === 'PERCENT');

  const findings: Finding[] = [];
  forEachMeetingPair(leaders, (a, b) => {
    // The explanation names the two in a stable order, whichever came first.
    if (a.claim.predicate === b.claim.predicate && a.claim.subjectId !== b.claim.subjectId) findings.push(stableOrder(a, b) <= 0 ? twoLeaders(a, b) : twoLeaders(b, a));
  });
  // Whether a list of shares meets a period is asked once for the list, not once per share.
  const buckets = byPeriod(shares);
  for (const leader of leaders) {
    const strongest = strongestClash(leader, buckets.filter((bucket) => periodsMeet(leader, bucket[0]!)));
    if (strongest) findings.push(smallerLeader(leader, strongest[0], strongest[1], lookup));
  }
  return findings;
}
