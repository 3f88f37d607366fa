// A number standing alone ("6", "six", "two and a half"), for callers that need the count without a unit.
import { readMagnitude } from './magnitude.js';
import { tokensOf } from './tokens.js';

/**
 * A number on its own, in digits or words: "6", "1.5", "six", "twenty-one", "a", "two and a half"; null otherwise.
 * Shared with the period parser ("six months after launch").
 */
export function parseCardinal(text: string): number | null {
  const ts = tokensOf(text.trim());
  const only = ts.peek();
  if ((only?.text === 'a' || only?.text === 'an') && ts.peek(1) === undefined) return 1;
  if ((only?.text === 'a' || only?.text === 'an') && ts.word(1) === 'half' && ts.peek(2) === undefined) return 0.5;
  const magnitude = readMagnitude(ts);
  return magnitude !== null && ts.done ? Number(magnitude) : null;
}
