// The words that make a figure approximate ("about", "roughly", "or so") or an upper limit it approaches ("nearly").

/** "approx" widens the figure by the tolerance on both sides; "nearly" stops at the figure and reaches below it only. */
export type Hedge = 'approx' | 'nearly';

export const HEDGES: ReadonlyArray<readonly [string, Hedge]> = [
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['approx', 'approx'],
  ['circa', 'approx'], ['ca', 'approx'], ['c', 'approx'], ['some', 'approx'], ['estimated', 'approx'],
  ['an estimated', 'approx'], ['est', 'approx'], ['close to', 'approx'], ['~', 'approx'], ['≈', 'approx'],
  ['in the region of', 'approx'], ['on the order of', 'approx'], ['in the neighborhood of', 'approx'],
  ['in the neighbourhood of', 'approx'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just shy of', 'nearly'], ['shy of', 'nearly'],
  ['just short of', 'nearly'], ['≲', 'nearly'],
];
export const HEDGE_SUFFIXES: ReadonlyArray<readonly [string, true]> = [['or so', true], ['or thereabouts', true], ['give or take', true]];
