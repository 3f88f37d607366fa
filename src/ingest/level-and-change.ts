// A level and the change that reached it, told together: "rose 17% in the first half of 2026 to a record 62,400
// units", "processed 4.6 trillion naira in the first half of 2026, up 85%", "to 3.2 million, a 27% increase on 2025".
// They are two claims (a growth rate and a level) of one period: where the date is written next to one of them, the
// other is of it too.
import type { ArticleDocument } from './document.js';
import { isEarlierState } from './earlier-state.js';
import { CHANGE_NOUNS } from './growth-figures.js';
import type { ClauseScope, Draft } from './scope.js';
import { contains } from './spans.js';

/** How far before a level its "to" may stand: "to 62,400", "to a record 62,400", "to an all-time high of 62,400". */
const REACHED_REACH = 6;
/** Verbs of a rate's pace after a comma: ", accelerating to 4.3%" tells another rate, not the level reached (", rising to A$412 million" is). */
const RATE_CHANGE = /^(?:accelerating|slowing|easing|quickening|decelerating|moderating|cooling|speeding)$/;
/** How far after a level its change may follow: "4.6 trillion naira ($3.0 billion) worth of transactions in the first half of 2026, up 85%". */
const CHANGE_AFTER_LEVEL_REACH = 24;

const isGrowth = (draft: Draft | undefined): draft is Draft => draft?.predicate === 'growth_rate';
const sameSubject = (a: Draft, b: Draft): boolean => a.subject.name === b.subject.name;

/**
 * The draft of the same clause that `draft` is tied to as a level and its change (the growth before a level it
 * reached, the growth told after a level, or, for a growth, that level), or null.
 */
export function levelOrChangeTiedTo(scope: ClauseScope, draft: Draft, drafts: readonly Draft[]): Draft | null {
  const index = drafts.indexOf(draft);
  const before = drafts[index - 1];
  const after = drafts[index + 1];
  if (isGrowth(draft)) {
    if (after && !isGrowth(after) && sameSubject(draft, after) && reached(scope, draft, after)) return after;
    if (before && !isGrowth(before) && sameSubject(draft, before) && toldAfter(scope, before, draft)) return before;
    return null;
  }
  if (isGrowth(before) && sameSubject(draft, before) && reached(scope, before, draft)) return before;
  if (isGrowth(after) && sameSubject(draft, after) && toldAfter(scope, draft, after)) return after;
  return null;
}

/** "rose 17% in the first half of 2026 to a record 62,400 units": a "to" shortly before the level, no figure between. */
function reached(scope: ClauseScope, change: Draft, level: Draft): boolean {
  const tokens = scope.doc.tokens;
  // "rose 12%, compared to $4.2 billion in 2024": the level compared with is another period's.
  if (isEarlierState(scope.doc, level.core.first)) return false;
  for (let i = level.core.first - 1; i > change.core.last && i >= level.core.first - REACHED_REACH; i--) {
    if (tokens[i]!.type === 'number') return false;
    // "grew 3.9% in the half, accelerating to 4.3% in the second quarter": a rate the growth moved to, of its own span.
    if (tokens[i]!.normal === 'to') return !(RATE_CHANGE.test(tokens[i - 1]?.normal ?? '') && tokens[i - 2]?.text === ',');
  }
  return false;
}

/**
 * "…worth of transactions in the first half of 2026, up 85% from a year earlier", "to 3.2 million, a 27% increase": the
 * change follows the level after a comma, with no other figure between them but the level's own (a conversion in
 * brackets) and a date's year.
 */
function toldAfter(scope: ClauseScope, level: Draft, change: Draft): boolean {
  if (change.core.first - level.core.last > CHANGE_AFTER_LEVEL_REACH) return false;
  const tokens = scope.doc.tokens;
  const before = tokens[change.core.first - 1]?.normal ?? '';
  const upOrDown = /^(?:up|down)$/.test(before) && tokens[change.core.first - 2]?.text === ',';
  // ", a 27% increase on the 2.52 million sold in 2025": the change restated in apposition.
  const apposition = /^(?:a|an)$/.test(before) && tokens[change.core.first - 2]?.text === ',' && CHANGE_NOUNS.test(tokens[change.core.last + 1]?.normal ?? '');
  if (!upOrDown && !apposition) return false;
  for (let i = level.core.last + 1; i < change.core.first; i++) {
    if (tokens[i]!.type !== 'number' || insideBrackets(scope.doc, i, level.core.last)) continue;
    if (!scope.dates.some((date) => contains(date, { first: i, last: i }))) return false;
  }
  return true;
}

/** Whether token `at` stands in brackets opened after `from`: "4.6 trillion naira ($3.0 billion)". */
function insideBrackets(doc: ArticleDocument, at: number, from: number): boolean {
  let depth = 0;
  for (let i = from + 1; i < at; i++) {
    if (doc.tokens[i]!.text === '(') depth += 1;
    else if (doc.tokens[i]!.text === ')') depth -= 1;
  }
  return depth > 0;
}
