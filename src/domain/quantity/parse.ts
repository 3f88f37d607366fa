// The value parser's entry: reads the text, settles and checks its unit against the predicate, and commits the interval.
import { DomainError, ErrorCode } from '../errors.js';
import { freeText, toQuantity, type Quantity } from './interval.js';
import { readReading, type Reading } from './reading.js';
import { tokensOf } from './tokens.js';
import { DEFAULT_TOLERANCE, type Tolerance } from './tolerance.js';
import { withSharedCurrencies, type SharedCurrencies } from './shared-currencies.js';
import { dimensionOf, GLUED_DOLLARS, RAND_AMOUNT, type Dimension, type Unit } from './units.js';
import { Unreadable } from './unreadable.js';

export interface ParseQuantityOptions {
  accept: Dimension[];
  tolerance?: Tolerance;
  allowFreeText?: boolean;
  /** Read "R" glued to any amount as the rand ("R96 a month"), for text known to be in rand; by default only "R12.4bn". */
  bareRandSign?: boolean;
  /**
   * Whose the currency words several countries share are, for text known to count in them ("42 cents" in US
   * dollars, "pesos" in a Mexican story, "Sh9.7 billion" in a Kenyan one); by default they are read only named
   * ("40 US cents", "Mexican pesos", "KSh"), as "20 cents" is as often a euro's as a dollar's.
   */
  shared?: SharedCurrencies;
}

const unparseable = (text: string, reason?: string): DomainError =>
  new DomainError(ErrorCode.ValueUnparseable, `cannot read a value from "${text}"${reason ? `: ${reason}` : ''}`, [], { text });

/** Settles the unit of a figure written without one: a count if counts are accepted, otherwise refused. */
function unitOf(text: string, reading: Reading, accept: readonly Dimension[]): Unit {
  if (reading.unit !== null) return reading.unit;
  if (reading.counted || accept.includes('COUNT')) return 'COUNT';
  throw new DomainError(
    ErrorCode.ValueUnitMismatch,
    `"${text}" has no unit, and this predicate accepts ${accept.join(' or ') || 'no numbers'}; write the unit (for example "%" or "$")`,
    [],
    { text, found: null, accept: [...accept] },
  );
}

/** The rand's sign before an amount with a scale (units.ts, RAND_AMOUNT), read as "ZAR"; any "R" glued to a number when asked. */
const RAND_SIGN = new RegExp(String.raw`(^|[\s(–-])(?=${RAND_AMOUNT})R`, 'g');
const BARE_RAND_SIGN = /(^|[\s(–-])R(?=\d)/g;
const withRandSign = (text: string, bare = false): string => text.replace(bare ? BARE_RAND_SIGN : RAND_SIGN, '$1ZAR ');

/**
 * "A$1.25 billion", "C$3.2 billion", "MX$2 billion": capitals glued to "$" name the Australian, Canadian and Mexican
 * dollars (the tokens below are lower-cased, where "a $50 million round" and "c. $5 million" are US dollars).
 */
const OTHER_DOLLAR_SIGN = new RegExp(String.raw`(^|[\s(–-])(${Object.keys(GLUED_DOLLARS).join('|')})\$(?=\s?\d)`, 'g');
const withDollarSigns = (text: string): string => text.replace(OTHER_DOLLAR_SIGN, (_, before: string, letters: string) => `${before}${GLUED_DOLLARS[letters]} `);

/** Reads a claim value into a unit-tagged interval; throws DomainError (field []) when it cannot. */
export function parseQuantity(text: string, options: ParseQuantityOptions): Quantity {
  const trimmed = text.trim();
  if (trimmed === '') throw new DomainError(ErrorCode.ValueUnparseable, 'cannot read a value from "": the value is empty', [], { text: '' });
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  let reading: Reading;
  try {
    reading = readReading(tokensOf(withDollarSigns(withSharedCurrencies(withRandSign(trimmed, options.bareRandSign), options.shared))));
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    if (options.allowFreeText) return freeText(trimmed);
    throw unparseable(trimmed, error.message);
  }
  // A predicate that takes only text keeps numbers as part of the description ("2 execution modes").
  if (options.allowFreeText && options.accept.length === 0) return freeText(trimmed);
  const unit = unitOf(trimmed, reading, options.accept);
  const dimension = dimensionOf(unit);
  if (!options.accept.includes(dimension)) {
    throw new DomainError(
      ErrorCode.ValueUnitMismatch,
      `"${trimmed}" is a ${dimension} value (${unit}), but this predicate accepts ${options.accept.join(' or ') || 'no numbers'}`,
      [],
      { text: trimmed, found: dimension, accept: [...options.accept] },
    );
  }
  try {
    return toQuantity(trimmed, reading, unit, tolerance);
  } catch (error) {
    if (error instanceof Unreadable) throw unparseable(trimmed, error.message);
    throw error;
  }
}
