// "Stratos grew 33% to $26.1 billion", "Europe rose 22% to $25.0 billion": a change told with the money total it reached,
// no measure named, is a change of revenue (a market's: of what is spent in it), and that money a company's revenue.
import { figurePredicate } from './cues.js';
import { AMOUNT_HEDGE, isChangeVerb, type Figure } from './figures.js';
import type { Mention } from './mentions.js';
import type { ClauseScope } from './scope.js';
import type { TokenRange } from './spans.js';

/** Money below this is a price, not a total a company or a market reaches: "shares rose 5% to $41". */
const TOTAL_AT_LEAST = 1_000_000;
/** How far after the change its "to" may stand: "rose 22% from a year earlier to $25 billion". */
const TO_REACH = 8;

/** The words between a party and its verb of change: "is expected to grow", "has grown". */
const VERB_HELPERS = /^(?:to|is|are|was|were|be|been|has|have|had|will|would|could|may|might|expected|forecast|set|likely|projected)$/;

/**
 * Where the party right before the verb of change ends ("Stratos grew", "Ostrivan (zelparib) grew", "Europe also rose",
 * "the cloud market grew by 17%"), stepping back over adverbs, the verb's helpers and a bracket; -1 where the verb is
 * not right before the change (with at most "by" between).
 */
function beforeChangeVerb(scope: ClauseScope, change: Figure): number {
  const tokens = scope.doc.tokens;
  let at = change.first - 1;
  if (tokens[at]?.normal === 'by') at -= 1;
  if (!tokens[at] || !isChangeVerb(tokens[at]!)) return -1;
  at -= 1;
  while (at > scope.clause.first && (tokens[at]!.pos === 'ADV' || VERB_HELPERS.test(tokens[at]!.normal))) at -= 1;
  if (tokens[at]?.text === ')') {
    while (at > scope.clause.first && tokens[at]!.text !== '(') at -= 1;
    if (tokens[at]!.text !== '(') return -1;
    at -= 1;
  }
  return at;
}

/**
 * "Revenue rose 3.1% in dollars; in constant currency, it grew 4.3% year on year": "it" grew, with no measure named,
 * amid a story's revenue, is a change of revenue (whether "it" is the company or its revenue).
 */
export const itGrewAmidRevenue = (scope: ClauseScope, change: Figure): boolean => {
  const at = beforeChangeVerb(scope, change);
  return at >= 0 && scope.doc.tokens[at]!.normal === 'it' && amidRevenue(scope);
};

/** The words a market is named by when it is the one that changed: "the cloud market grew", "the industry shrank". */
const MARKET_WORDS = /^(?:market|industry)$/;

/**
 * "Stratos grew", "Europe also rose", "the cloud market grew": a name right before the verb of change, so what changed
 * is the party itself. Not "Net premiums written … increased", "Provisions dropped", "EBITDAaL - rose": a measure the
 * reader knows no word for is still a measure named.
 */
function partyRightBefore(scope: ClauseScope, change: Figure, subject: Mention): boolean {
  const at = beforeChangeVerb(scope, change);
  if (at < 0) return false;
  // "The European cloud market grew": the market itself, named right before its verb (and found as the figure's
  // subject: "The total value of the market rose 18%" after "…, Kestrel said" is no figure of Kestrel's).
  if (MARKET_WORDS.test(scope.doc.tokens[at]!.normal)) return subject.kind === 'MARKET';
  return scope.mentions.some((m) => m.last === at && m.kind !== 'PERSON');
}

/**
 * "The global cloud market grew 17%", "the market is expected to grow by 12%": a market's change with no measure named
 * is the change of its size (what is spent or sold in it). Not a region's ("Europe rose 9%"), which stays for a reviewer.
 */
export const marketItselfChanged = (scope: ClauseScope, change: Figure, subject: Mention): boolean => {
  const at = beforeChangeVerb(scope, change);
  if (at < 0 || subject.kind !== 'MARKET' || !MARKET_WORDS.test(scope.doc.tokens[at]!.normal)) return false;
  // Not an index's or prices' move ("The U.S. stock market rose 1.2% on Tuesday", "the housing market grew 3%"), nor a
  // growth told in units ("grew 8% in units", "grew 9.8% to 38.2 million units", "by volume").
  if (/\b(?:stock|equity|equities|bond|housing|property|share|shares)\b/i.test(subject.name) || movedOnADay(scope)) return false;
  // The figure's own words only ("grew 9.8% year on year to 38.2 million units"), not a clause of cause after them.
  const own = scope.doc.tokens.slice(change.last + 1, Math.min(scope.clause.last, change.last + COUNTED_IN_REACH) + 1);
  const end = own.findIndex((t) => t.text === ',' || /^(?:as|after|because|while|and)$/.test(t.normal));
  return !(end < 0 ? own : own.slice(0, end)).some((t) => COUNTED_IN.test(t.normal));
};

/** How far after the change its unit may be written: "grew 9.8% year on year to 38.2 million units". */
const COUNTED_IN_REACH = 10;

/** Words that say a market's growth was counted in things or prices, not in what is spent. */
const COUNTED_IN = /^(?:units?|volumes?|vehicles|cars|devices|phones|smartphones|shipments|registrations|deliveries|tonnes|tons|barrels|prices?|homes|subscribers|users)$/;

/** The money total `change` reached ("Stratos grew 33% to $26.1 billion"), when the money names no cue of its own. */
export function moneyReachedBy(scope: ClauseScope, change: Figure, excluded: readonly TokenRange[], subject: Mention): Figure | null {
  if (change.dimension !== 'SHARE' || !partyRightBefore(scope, change, subject)) return null;
  const money = scope.figures.find((figure) => figure.first > change.last);
  if (!money || money.dimension !== 'MONEY' || (money.quantity.lower ?? 0) < TOTAL_AT_LEAST) return null;
  const tokens = scope.doc.tokens;
  let to = money.first - 1;
  while (to > change.last && AMOUNT_HEDGE.test(tokens[to]!.normal)) to -= 1;
  if (tokens[to]?.normal !== 'to' || to - change.last > TO_REACH) return null;
  if (tokens.slice(change.last + 1, to).some((t) => t.text === ',')) return null;
  // A report on a market tallies what is spent in it ("Europe rose 22% to $25.0 billion"); elsewhere the story must
  // speak of revenue ("Vanguard grew 11% to $10 trillion" is assets, "Microsoft rose 3% to $3.1 trillion" its value).
  if (namedAfter(scope, money.last) || movedOnADay(scope) || !(amidRevenue(scope) || scope.state.reportedMarket !== null)) return null;
  return figurePredicate(scope.doc, scope.clause, money, 'MONEY', excluded) === null ? money : null;
}

/**
 * "to $10 trillion in assets", "to €30 billion in premiums", "to $5 billion of deposits", "to $3.1 trillion on Friday":
 * what follows the money names what it counts (a date aside: "to $26.1 billion in the third quarter").
 */
function namedAfter(scope: ClauseScope, last: number): boolean {
  const next = scope.doc.tokens[last + 1]?.normal ?? '';
  if (/^(?:of|worth|on)$/.test(next)) return true;
  return next === 'in' && !scope.dates.some((date) => date.first > last && date.first <= last + 3);
}

/**
 * "Microsoft rose 3% to $3.1 trillion on Friday", "… today": a move in a day is a market value's, not a total earned
 * ("in the past year" is counted in days too, but is no one day).
 */
const movedOnADay = (scope: ClauseScope): boolean =>
  scope.dates.some((date) => (date.period?.precision === 'DAY' && date.period.start === date.period.end) || /\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(date.text));

/** How many sentences back a story's word for revenue may stand: "Orbis … with revenue up 44%. Stratos grew 33% to …". */
const REVENUE_WORD_REACH = 2;

/** Whether the sentence or the two before it speak of revenue or sales: the money totals it goes on with are revenue. */
function amidRevenue(scope: ClauseScope): boolean {
  const from = scope.doc.sentences[Math.max(0, scope.clause.sentence - REVENUE_WORD_REACH)]!.first;
  return scope.doc.tokens.slice(from, scope.clause.last + 1).some((t) => /^(?:revenues?|sales|turnover)$/.test(t.normal));
}

/** The change right before `money` that reached it ("grew 33% to $26.1 billion"), or null. */
export function changeReaching(scope: ClauseScope, money: Figure, excluded: readonly TokenRange[], subject: Mention): Figure | null {
  const before = scope.figures.filter((figure) => figure.last < money.first).at(-1);
  return before && moneyReachedBy(scope, before, excluded, subject) === money ? before : null;
}
