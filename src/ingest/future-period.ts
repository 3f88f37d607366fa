// Where a period stands against the publication: a figure dated after its article was published cannot have been
// reported, so it is a forecast or a plan whatever verb carries it ("growth slows to around 20% next year").
import { DomainError } from '../domain/errors.js';
import { parsePartialDate, parsePeriod, type ParsedPeriod } from '../domain/period.js';

/** The period the words give, read against the publication; null when they give none. */
export function readAgainst(text: string, publishedAt: string): ParsedPeriod | null {
  try {
    return parsePeriod(text, { publishedAt: parsePartialDate(publishedAt) });
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** The last day a publication known to the day, month ("2026-02") or year may have been. */
export const latestPublicationDay = (publishedAt: string): string =>
  publishedAt.length === 4 ? `${publishedAt}-12-31` : publishedAt.length === 7 ? `${publishedAt}-31` : publishedAt;

/**
 * Whether `period` starts after the publication's last possible day. Fiscal years are left alone: they are read as
 * calendar years (period/years.ts), so "the fiscal 2026 second quarter" reported in August 2025 would look ahead.
 */
export function startsAfterPublication(period: string | null, publishedAt: string | null): boolean {
  if (period === null || publishedAt === null) return false;
  const parsed = readAgainst(period, publishedAt);
  return parsed !== null && parsed.start !== null && !/\bFY/.test(parsed.label) && parsed.start > latestPublicationDay(publishedAt);
}
