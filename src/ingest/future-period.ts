// Where a period stands against the publication: a figure dated after its article was published cannot have been
// reported, so it is a forecast or a plan whatever verb carries it ("growth slows to around 20% next year").
import { DomainError } from '../domain/errors.js';
import { parsePartialDate, parsePeriod, periodOfDate, type ParsedPeriod } from '../domain/period.js';

/** The period the words give, read against the publication; null when they give none. */
export function readAgainst(text: string, publishedAt: string): ParsedPeriod | null {
  try {
    return parsePeriod(text, { publishedAt: parsePartialDate(publishedAt) });
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/**
 * The last day the publication may have been, as YYYY-MM-DD, however the date was written ("2025-10-29T10:00:00Z",
 * "Oct 29, 2025", "2026-02", "2025"); null when it reads as no date.
 */
export function latestPublicationDay(publishedAt: string): string | null {
  try {
    return periodOfDate(parsePartialDate(publishedAt)).end;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/**
 * Whether `period` starts after the publication's last possible day. Fiscal years are left alone: they are read as
 * calendar years (period/years.ts), so "the fiscal 2026 second quarter" reported in August 2025 would look ahead.
 */
export function startsAfterPublication(period: string | null, publishedAt: string | null): boolean {
  // "in the middle of the month" is read in the publication's month, though the story may mean the month it reports.
  if (period === null || publishedAt === null || /\b(?:the|this) (?:month|week)\b/i.test(period)) return false;
  const parsed = readAgainst(period, publishedAt);
  const latest = latestPublicationDay(publishedAt);
  return parsed !== null && parsed.start !== null && latest !== null && !/\bFY/.test(parsed.label) && parsed.start > latest;
}
