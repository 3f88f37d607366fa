// A date written without its year is read in the publication's year. For a figure reported as past that can put it
// in the future: "had 9.1 million members at the end of December", published in February 2025, is December 2024.
import { latestPublicationDay, readAgainst } from './future-period.js';
import { forecastBetween } from './scope-qualifiers.js';
import type { ClauseScope, Draft } from './scope.js';

const startOf = (text: string, publishedAt: string): string | null => readAgainst(text, publishedAt)?.start ?? null;

/** How far after the publication a date written without its year is still read as coming, not as last year's. */
const NEAR_FUTURE_DAYS = 60;

const addDays = (isoDay: string, days: number): string => {
  const day = new Date(`${isoDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

/** Words that put what a clause says after the time it was said. */
const LOOKS_AHEAD =
  /^(?:would|ahead|planned|planning|intends|intended|scheduled|upcoming|next|later|until|launch|begin|start|due|slated|targets|targeting|aims|aiming|expected|forthcoming|pending)$/;

/**
 * The draft's period with the year before written in, when the words have no year, read in the publication's year
 * they start after the publication, nothing in the clause looks ahead (a forecast, "will", "would", "ahead of"), and
 * in that year they had begun by then ("in the fourth quarter" in February 2025 is Q4 2024). Otherwise as it was.
 */
export function pastYearPeriod(scope: ClauseScope, draft: Draft): string | null {
  const text = draft.period.period;
  const publishedAt = scope.publishedAt;
  if (text === null || publishedAt === null || draft.period.asOfPublication || /\b\d{4}\b/.test(text)) return text;
  const latest = latestPublicationDay(publishedAt);
  const start = startOf(text, publishedAt);
  // "a record date of January 23" in a story of January 15 is to come: only a date well after the publication (the
  // fourth quarter, in February) is taken for last year's.
  if (start === null || start <= addDays(latest, NEAR_FUTURE_DAYS)) return text;
  if (draft.qualifiers?.some((q) => q.key === 'basis' && q.value === 'forecast') || forecastBetween(scope.doc, scope.clause.first, scope.clause.last)) return text;
  // "announced it would raise prices from April", "is due in September", "is set to open": what is to come.
  const clause = scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1);
  if (clause.some((t, i) => LOOKS_AHEAD.test(t.normal) || (t.normal === 'set' && clause[i + 1]?.normal === 'to'))) return text;
  const written = `${text} ${Number(start.slice(0, 4)) - 1}`;
  const earlier = startOf(written, publishedAt);
  return earlier !== null && earlier <= latest ? written : text;
}
