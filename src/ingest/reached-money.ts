// "Stratos grew 33% to $26.1 billion", "Europe rose 22% to $25.0 billion": a change told with the money total it reached,
// no measure named, is a change of revenue (a market's: of what is spent in it), and that money a company's revenue.
import { figurePredicate } from './cues.js';
import { AMOUNT_HEDGE, isChangeVerb, type Figure } from './figures.js';
import type { ClauseScope } from './scope.js';
import type { TokenRange } from './spans.js';

/** Money below this is a price, not a total a company or a market reaches: "shares rose 5% to $41". */
const TOTAL_AT_LEAST = 1_000_000;
/** How far after the change its "to" may stand: "rose 22% from a year earlier to $25 billion". */
const TO_REACH = 8;

/**
 * "Stratos grew", "Ostrivan (zelparib) grew", "Europe also rose", "the cloud market grew": a name right before the verb of change, so what
 * changed is the party itself. Not "Net premiums written … increased", "Provisions dropped", "EBITDAaL - rose": a
 * measure the reader knows no word for is still a measure named.
 */
function partyRightBefore(scope: ClauseScope, change: Figure): boolean {
  const tokens = scope.doc.tokens;
  let at = change.first - 1;
  if (!tokens[at] || !isChangeVerb(tokens[at]!)) return false;
  at -= 1;
  while (at > scope.clause.first && tokens[at]!.pos === 'ADV') at -= 1;
  if (tokens[at]?.text === ')') {
    while (at > scope.clause.first && tokens[at]!.text !== '(') at -= 1;
    at -= 1;
  }
  // "The European cloud market grew": the market itself, named right before its verb.
  return tokens[at]?.normal === 'market' || scope.mentions.some((m) => m.last === at && m.kind !== 'PERSON');
}

/** The money total `change` reached ("Stratos grew 33% to $26.1 billion"), when the money names no cue of its own. */
export function moneyReachedBy(scope: ClauseScope, change: Figure, excluded: readonly TokenRange[]): Figure | null {
  if (change.dimension !== 'SHARE' || !partyRightBefore(scope, change)) return null;
  const money = scope.figures.find((figure) => figure.first > change.last);
  if (!money || money.dimension !== 'MONEY' || (money.quantity.lower ?? 0) < TOTAL_AT_LEAST) return null;
  const tokens = scope.doc.tokens;
  let to = money.first - 1;
  while (to > change.last && AMOUNT_HEDGE.test(tokens[to]!.normal)) to -= 1;
  if (tokens[to]?.normal !== 'to' || to - change.last > TO_REACH) return null;
  // "rose 8% to $4.1 billion in market value", "valued at": money with words of its own is what they say, not revenue.
  if (tokens.slice(change.last + 1, to).some((t) => t.text === ',')) return null;
  return figurePredicate(scope.doc, scope.clause, money, 'MONEY', excluded) === null ? money : null;
}

/** The change right before `money` that reached it ("grew 33% to $26.1 billion"), or null. */
export function changeReaching(scope: ClauseScope, money: Figure, excluded: readonly TokenRange[]): Figure | null {
  const before = scope.figures.filter((figure) => figure.last < money.first).at(-1);
  return before && moneyReachedBy(scope, before, excluded) === money ? before : null;
}
