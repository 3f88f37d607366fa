// The whole phrase: its lead, one figure or a range, and what trails it, read into the stated shape of the value.
import { amountValue, readAmount, type Amount } from './amount.js';
import { BOUND_SUFFIXES, combineBounds, readMajority, type Bound } from './bounds.js';
import type { Hedge } from './hedges.js';
import { readLead } from './lead.js';
import { readRangeEnd, shareUnits } from './range.js';
import { readTail } from './tail.js';
import type { Tokens } from './tokens.js';
import type { Unit } from './units.js';
import { fail } from './unreadable.js';

type Shape = 'exact' | 'range' | 'nearly' | Bound;

/** The value as the text states it, before tolerance and physical limits turn it into the committed interval. */
export interface Reading {
  shape: Shape;
  approx: boolean;
  unit: Unit | null;
  low: number;
  high: number;
  /** A relative percentage ("25% faster") is a change, not a share of a whole, so it may pass 100. */
  relative: boolean;
  /** A noun followed the number ("10 million users"), which makes a bare number a count. */
  counted: boolean;
}

export function readReading(ts: Tokens): Reading {
  const lead = readLead(ts);
  const majority = lead.rangeWord === null ? readMajority(ts) : null;
  if (majority !== null) {
    if (lead.bound !== null || lead.hedge === 'nearly') fail('it bounds a majority');
    const reading: Reading = { shape: majority, approx: lead.hedge !== null, unit: 'PERCENT', low: 50, high: 50, relative: false, counted: false };
    readTail(ts, reading);
    return reading;
  }
  const first = readAmount(ts) ?? fail('no number or fraction is recognisable');
  const second = readRangeEnd(ts, lead.rangeWord);
  if (second !== null) shareUnits(first, second);
  const suffixBound = second === null ? ts.takeAny(BOUND_SUFFIXES) : null;
  const bound = combineBounds(lead.bound, suffixBound, first.plus || second?.plus === true);
  const reading = shapeReading(first, second, lead.hedge, bound);
  readTail(ts, reading);
  return reading;
}

function shapeReading(first: Amount, second: Amount | null, hedge: Hedge | null, bound: Bound | null): Reading {
  const low = amountValue(first);
  const high = second === null ? low : amountValue(second);
  if (!Number.isFinite(low) || !Number.isFinite(high)) fail('the number is too large');
  const base = { approx: hedge !== null, unit: first.unit, low, high, relative: false, counted: false };
  if (second !== null) {
    if (bound !== null || hedge === 'nearly') fail('it bounds a range');
    if (low > high) fail('the range runs backwards');
    return { ...base, shape: 'range' };
  }
  if (hedge === 'nearly') {
    if (bound !== null) fail('"nearly" cannot be combined with a bound');
    return { ...base, shape: 'nearly' };
  }
  return { ...base, shape: bound ?? 'exact' };
}
