// The dates a claim's period words stand for, as an accepted claim stores them: what extraction tests compare.
import { parsePartialDate, parsePeriod } from '../../src/domain/period.js';

/** "start to end" for `period` read against `publishedAt`; null for no period, "unreadable" where the builder keeps the claim undated. */
export function periodDates(period: string | null | undefined, publishedAt: string): string | null {
  if (!period) return null;
  try {
    const parsed = parsePeriod(period, { publishedAt: parsePartialDate(publishedAt) });
    return `${parsed.start} to ${parsed.end}`;
  } catch {
    return 'unreadable';
  }
}
