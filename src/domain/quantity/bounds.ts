// One-sided values: the words that bound a figure ("more than", "or less", "a majority") and the bound they state.
import type { Tokens } from './tokens.js';
import { fail } from './unreadable.js';

export type Bound = 'gt' | 'ge' | 'lt' | 'le';

const BOUND_PREFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['more than', 'gt'], ['greater than', 'gt'], ['higher than', 'gt'], ['over', 'gt'], ['above', 'gt'], ['exceeding', 'gt'],
  ['upwards of', 'gt'], ['upward of', 'gt'], ['in excess of', 'gt'], ['north of', 'gt'], ['>', 'gt'],
  ['at least', 'ge'], ['no less than', 'ge'], ['no fewer than', 'ge'], ['not less than', 'ge'], ['a minimum of', 'ge'],
  ['minimum of', 'ge'], ['> =', 'ge'], ['≥', 'ge'],
  ['less than', 'lt'], ['fewer than', 'lt'], ['lower than', 'lt'], ['under', 'lt'], ['below', 'lt'], ['<', 'lt'],
  ['at most', 'le'], ['up to', 'le'], ['no more than', 'le'], ['not more than', 'le'], ['a maximum of', 'le'],
  ['maximum of', 'le'], ['as much as', 'le'], ['as many as', 'le'], ['as high as', 'le'], ['< =', 'le'], ['≤', 'le'],
];
/** "just over", "well below": the intensifier does not move the bound. */
const INTENSIFIERS: ReadonlyArray<readonly [string, true]> = [
  ['just', true], ['well', true], ['slightly', true], ['comfortably', true], ['far', true], ['significantly', true],
  ['substantially', true], ['considerably', true], ['a little', true], ['a bit', true], ['somewhat', true],
];
export const BOUND_SUFFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['or more', 'ge'], ['or higher', 'ge'], ['or above', 'ge'], ['or greater', 'ge'], ['or over', 'ge'],
  ['and up', 'ge'], ['and above', 'ge'], ['and over', 'ge'], ['+', 'ge'], ['plus', 'ge'],
  ['or less', 'le'], ['or fewer', 'le'], ['or lower', 'le'], ['or below', 'le'], ['or under', 'le'],
];

export function readBoundPrefix(ts: Tokens): Bound | null {
  const start = ts.pos;
  ts.takeAny(INTENSIFIERS);
  const bound = ts.takeAny(BOUND_PREFIXES);
  if (bound === null) ts.pos = start;
  return bound;
}

/** The one bound a figure states, from a prefix, a suffix or a "+" after the number; two of them contradict or repeat. */
export function combineBounds(prefix: Bound | null, suffix: Bound | null, plus: boolean): Bound | null {
  const fromPlus: Bound | null = plus ? 'ge' : null;
  const bounds = [prefix, suffix, fromPlus].filter((b): b is Bound => b !== null);
  if (bounds.length > 1) fail('it states two bounds');
  return bounds[0] ?? null;
}

const MAJORITY_SIZES: ReadonlyArray<readonly [string, 1]> = [['slim', 1], ['narrow', 1], ['clear', 1], ['large', 1], ['vast', 1], ['overwhelming', 1], ['small', 1]];

/** "a majority", "the vast majority", "a minority". */
export function readMajority(ts: Tokens): Bound | null {
  const start = ts.pos;
  if (!ts.take('a')) ts.take('the');
  ts.takeAny(MAJORITY_SIZES);
  if (ts.take('majority')) return 'gt';
  if (ts.take('minority')) return 'lt';
  ts.pos = start;
  return null;
}
