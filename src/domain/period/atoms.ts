// Every single-period reader, in the order they are tried, and trying them on one piece of text.
import { readAgoAtom, readNearDayAtom } from './ago.js';
import { readAnchorOffsetAtom, readAnchorWindowAtom, readNowAtom } from './anchors.js';
import type { Atom } from './atom.js';
import type { Attempts } from './attempts.js';
import { readDateAtom, readWeekAtom } from './dates.js';
import type { ParsedPeriod } from './intervals.js';
import { readMonthAtom } from './months.js';
import { readLeadingMonthsOfYearAtom, readPartOfMonthAtom, readPartOfYearAtom } from './parts.js';
import { readHalfAtom, readQuarterAtom } from './quarters-and-halves.js';
import type { Resolver } from './resolver.js';
import { readDecadeAtom, readSeasonAtom } from './seasons.js';
import { readPeriodEndingAtom, readTrailingAtom, readYearToDateAtom } from './windows.js';
import { readYearAtom } from './years.js';

/** The first that reads the text wins. */
const ATOMS: readonly Atom[] = [
  readDateAtom,
  readYearAtom,
  readQuarterAtom,
  readHalfAtom,
  readPartOfMonthAtom,
  readPartOfYearAtom,
  readLeadingMonthsOfYearAtom,
  readMonthAtom,
  readNowAtom,
  readAnchorOffsetAtom,
  readNearDayAtom,
  readAgoAtom,
  // Read after the calendar ones, so "last year", "last quarter" and "last week" stay the previous calendar ones.
  readTrailingAtom,
  readYearToDateAtom,
  readAnchorWindowAtom,
  readSeasonAtom,
  readDecadeAtom,
  readWeekAtom,
  readPeriodEndingAtom,
];

/** The first atom that reads the text; the errors of those that recognised it but failed are kept in `attempts`. */
export function readAtom(text: string, r: Resolver, attempts: Attempts): ParsedPeriod | null {
  for (const atom of ATOMS) {
    const period = attempts.run(() => atom(text, r));
    if (period) return period;
  }
  return null;
}
