// What may follow the figure without changing it: a comparison, a late hedge, what money or a share measures, what is counted.
import { FRACTION_DENOMINATORS } from './fractions.js';
import { HEDGE_SUFFIXES } from './hedges.js';
import { isNumberWord } from './number-words.js';
import { SCALE_WORDS } from './magnitude.js';
import type { Reading } from './reading.js';
import type { Tokens } from './tokens.js';
import { dimensionOf, DURATION_WORDS, type Unit } from './units.js';
import { fail } from './unreadable.js';

/** The comparison a relative figure describes ("25% faster", "2x larger"); the adjective itself is not kept. */
const COMPARATIVES = new Set([
  'faster', 'slower', 'quicker', 'higher', 'lower', 'larger', 'bigger', 'smaller', 'greater', 'cheaper', 'better',
  'worse', 'longer', 'shorter', 'stronger', 'weaker', 'wider', 'growth', 'increase', 'decrease', 'improvement',
  'reduction', 'gain', 'rise', 'drop', 'decline', 'jump', 'boost', 'uplift', 'speedup',
]);
const COMPARATIVE_LEADS = new Set(['more', 'less', 'fewer']);
const YEAR_OVER_YEAR: ReadonlyArray<readonly [string, true]> = [
  ['year over year', true], ['year on year', true], ['yoy', true], ['y / y', true],
];

/** Phrases after a money figure that name what it measures without changing the number. */
const MONEY_CONTEXT: ReadonlyArray<readonly [string, true]> = [
  ['run rate', true], ['annualized run rate', true], ['annualised run rate', true], ['annual run rate', true],
  ['revenue run rate', true], ['arr', true], ['in arr', true], ['revenue', true], ['in revenue', true],
  ['annual revenue', true], ['in annual revenue', true], ['annualized revenue', true], ['in annualized revenue', true],
  ['annual recurring revenue', true], ['in annual recurring revenue', true], ['in sales', true], ['in funding', true],
  ['valuation', true], ['a year', true], ['per year', true], ['annually', true], ['per annum', true],
  ['annualized', true], ['annualised', true], ['annualised revenue', true], ['in annualised revenue', true],
  ['profit', true], ['in profit', true], ['net income', true], ['in net income', true], ['bookings', true],
  ['in bookings', true], ['market cap', true], ['market capitalization', true], ['market capitalisation', true],
];
const SHARE_CONTEXT: ReadonlyArray<readonly [string, true]> = [['share', true], ['market share', true]];

/**
 * Words that end a counted noun phrase: after them comes a new clause ("10 million users by 2026"), or a unit the
 * figure failed to take ("five thirds"), not the thing counted.
 */
const CLAUSE_WORDS = new Set([
  'than', 'by', 'in', 'on', 'at', 'since', 'until', 'before', 'after', 'from', 'to', 'and', 'or', 'between', 'of', 'as',
  'during', 'for', 'with', 'within', 'over', 'under', 'above', 'below',
  ...Object.keys(FRACTION_DENOMINATORS), ...DURATION_WORDS, ...SCALE_WORDS, 'percent', 'pct', 'times', 'x', 'fold',
]);
const MAX_NOUN_WORDS = 6;

/** What may follow the figure: a comparison, a hedge, what the money or share measures, or what is counted. */
export function readTail(ts: Tokens, reading: Reading): void {
  let comparison = false;
  let context = false;
  while (!ts.done) {
    if (!reading.approx && ts.takeAny(HEDGE_SUFFIXES)) {
      reading.approx = true;
    } else if (!comparison && (reading.unit === 'PERCENT' || reading.unit === 'TIMES') && readComparison(ts)) {
      comparison = true;
      reading.relative = reading.unit === 'PERCENT';
    } else if (!context && reading.unit !== null && readContext(ts, reading.unit)) {
      context = true;
    } else if (!reading.counted && (reading.unit === null || isShareReading(reading)) && readNounPhrase(ts)) {
      reading.counted = true;
    } else {
      fail(`"${ts.peek()?.text ?? ''}" does not belong to a value`);
    }
  }
}

/** A share may name its population: "32% of developers", "one in five developers". */
const isShareReading = (reading: Reading): boolean => reading.unit === 'PERCENT' && !reading.relative;

/** "faster", "more efficient", "as fast" (only at the very end: "as fast as X" is a comparison, not a value), "growth y/y". */
function readComparison(ts: Tokens): boolean {
  const word = ts.word();
  if (word === null) return false;
  if (COMPARATIVES.has(word)) {
    ts.pos += 1;
  } else if (COMPARATIVE_LEADS.has(word)) {
    ts.pos += 1;
    const adjective = ts.word();
    if (adjective !== null && !CLAUSE_WORDS.has(adjective)) ts.pos += 1;
  } else if (word === 'as' && ts.word(1) !== null && ts.peek(2) === undefined) {
    ts.pos += 2;
  } else {
    return false;
  }
  ts.takeAny(YEAR_OVER_YEAR);
  return true;
}

function readContext(ts: Tokens, unit: Unit): boolean {
  const dimension = dimensionOf(unit);
  if (dimension === 'MONEY') return ts.takeAny(MONEY_CONTEXT) !== null;
  if (dimension === 'SHARE') {
    if (ts.takeAny(SHARE_CONTEXT)) return true;
    const start = ts.pos;
    if (ts.take('of') && readNounPhrase(ts)) return true;
    ts.pos = start;
  }
  return false;
}

/** "users", "monthly active developers": a few plain words, stopping at words that open a new clause. */
function readNounPhrase(ts: Tokens): boolean {
  let words = 0;
  while (words < MAX_NOUN_WORDS) {
    const hyphen = words > 0 && ts.peek()?.text === '-' ? 1 : 0;
    const word = ts.word(hyphen);
    // "50 million registered users two months after its debut": another number starts another phrase.
    if (word === null || CLAUSE_WORDS.has(word) || isNumberWord(word)) break;
    ts.pos += hyphen + 1;
    words += 1;
  }
  return words > 0;
}
