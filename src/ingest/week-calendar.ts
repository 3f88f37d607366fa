// A company whose year is 52 or 53 weeks long (retailers, Apple, device makers) ends its quarters on a weekday near a
// month's end, not on the month's last day: "the fourth quarter" of a company whose "fiscal year ends on the last
// Friday of September" is the 13 weeks ended Sept. 25, 2026 (June 27 to Sept. 25), not July to September. The fiscal
// passes (fiscal-year.ts) and the period parser count in whole months; this moves the story company's whole-month
// quarters, halves, nine months and years onto the weeks its calendar counts, where the article shows that calendar.
import { CAPITALISED_MONTHS, daysBetween, daysInMonth, isoDate, isWeekCalendarEnd, monthNumber, shiftIsoDate } from '../domain/period.js';
import type { Candidate } from './candidate.js';
import { OTHER_OWNER_BEFORE, OWNER_REACH } from './fiscal-year.js';
import { latestPublicationDay, readAgainst } from './future-period.js';
import { hasForecastBasis } from './scope.js';

const QUARTER_DAYS = 91;
/** A week-counted quarter's end lies within a week of its month's end (the days isWeekCalendarEnd allows). */
const MONTH_END_REACH = 7;
/** One told in weeks ("the 26 weeks to Sept. 13") may lie further from it; it is still that month's span. */
const WEEKS_TOLD_REACH = 14;

/** How far from a day the article shows the calendar's beat is trusted: two years either way (a 53-week year comes every five or six). */
const BEAT_KEPT_DAYS = 2 * 366;

/** A day the company's calendar ends a quarter on, and how far a month's end may lie from such a day. */
export interface WeekCalendar {
  quarterEnd: string;
  reach: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A fiscal year's end as its words tell it: "fiscal year ends on the", "financial year, which closes on the". */
const YEAR_ENDS_ON = '\\b[Ff](?:iscal|inancial) year,? (?:that |which )?(?:ends|ending|ended|closes|runs to)(?: on)? the';
/** "fiscal year ends on the last Friday of September", "… the last Saturday in January". */
const LAST_WEEKDAY = new RegExp(`${YEAR_ENDS_ON} (?:last|final) (${WEEKDAYS.join('|')}) (?:of|in) (${CAPITALISED_MONTHS})\\b`, 'g');
/** "fiscal year ends on the Saturday closest to Jan. 31", "… the Saturday nearest the end of January". */
const NEAREST_WEEKDAY = new RegExp(`${YEAR_ENDS_ON} (${WEEKDAYS.join('|')}) (?:closest|nearest)(?: to)?(?: the end of)? (${CAPITALISED_MONTHS})\\b`, 'g');

/** The day of `month` in `year` a weekday rule names: its last such weekday, or the one nearest the month's end. */
function weekdayRuleDay(year: number, month: number, weekday: number, rule: 'last' | 'nearest'): string {
  const monthEnd = isoDate(year, month, daysInMonth(year, month));
  const back = (new Date(Date.parse(monthEnd)).getUTCDay() - weekday + 7) % 7;
  // The nearest is up to three days after the month's end when the last one lies more than three days before it.
  return shiftIsoDate(monthEnd, rule === 'nearest' && back > 3 ? 7 - back : -back);
}

/** A quarter, half, opening span or fiscal year by name ("the fourth quarter", "Q3 2025", "fiscal 2025", "H1"). */
const SPAN_NAMED = /\b(?:quarter|half|Q[1-4]|H[12]|first (?:three|six|nine) months|fiscal|financial year|FY ?\d\d(?:\d\d)?|full[- ]year)\b/i;
/** The span the fiscal passes and the year-back rule write out: "2026-07-01 to 2026-09-30". */
const DAYS_WRITTEN_OUT = /^\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d$/;
/** "the quarter ended Sept. 30": a day the article writes is the one it means. */
const DAY_WRITTEN = new RegExp(`\\b(?:${CAPITALISED_MONTHS})\\.? \\d{1,2}\\b|\\b\\d{1,2} (?:${CAPITALISED_MONTHS})\\b`);

/** Week-counted spans run 13, 26, 39 or 52 weeks (53 in a long year). */
const WEEK_SPAN_DAYS = new Set([91, 182, 273, 364, 371]);

/**
 * The day a candidate's own span ends on, where the span is week-counted: "the three months ended Sept. 25" (13 weeks,
 * as the period parser reads a quarter ending near, not on, its month's last day), "the 26 weeks to Sept. 13".
 */
function weekSpanEnd(candidate: Candidate, publishedAt: string): WeekCalendar | null {
  const span = candidate.period === null ? null : readAgainst(candidate.period, publishedAt);
  if (span === null || span.precision !== 'DAY' || span.start === null || span.end === null) return null;
  const [year, month, day] = span.end.split('-').map(Number) as [number, number, number];
  if (!WEEK_SPAN_DAYS.has(daysBetween(span.start, span.end) + 1) || day === daysInMonth(year, month)) return null;
  return { quarterEnd: span.end, reach: isWeekCalendarEnd(year, month, day) ? MONTH_END_REACH : WEEKS_TOLD_REACH };
}

/** A figure told with its source: "according to data from research firm Kantwell", "data from Circle Data show". */
const TOLD_BY_RESEARCHER = /\baccording to\b|\bresearch firm\b|\bdata from\b/i;

/** A span written to a day that is its month's last: "the three months ended Sept. 30", "the nine months to Sept. 30". */
function endsOnMonthEnd(candidate: Candidate, publishedAt: string): boolean {
  // Written by the words ("ended Sept. 30"), not a span the fiscal rules wrote out in months ("2026-04-01 to 2026-06-30").
  if (candidate.period === null || DAYS_WRITTEN_OUT.test(candidate.period.trim()) || !/\b(?:ended|ending|to|through)\b/i.test(candidate.period)) return false;
  const span = readAgainst(candidate.period, publishedAt);
  if (span === null || span.precision !== 'DAY' || span.start === null || span.end === null || span.start === span.end) return false;
  const [year, month, day] = span.end.split('-').map(Number) as [number, number, number];
  return day === daysInMonth(year, month);
}

/**
 * The days a stated year end puts on the calendar: "fiscal year ends on the last Friday of September" (in the
 * publication's year). Not another party's ("Rival Lumera Devices, whose fiscal year ends on the last Saturday of
 * September"), nor a weekday that dates something else ("pays its dividend on the last Friday of March").
 */
function statedYearEnds(text: string, latest: string): WeekCalendar[] {
  const own = (match: RegExpMatchArray): boolean => !OTHER_OWNER_BEFORE.test(text.slice(Math.max(0, match.index! - OWNER_REACH), match.index));
  // The last such day on or before the publication: the year just ended, whose beat the quarters reported keep.
  const lastEnded = (month: number, weekday: number, rule: 'last' | 'nearest'): string => {
    const year = Number(latest.slice(0, 4));
    const day = weekdayRuleDay(year, month, weekday, rule);
    return day <= latest ? day : weekdayRuleDay(year - 1, month, weekday, rule);
  };
  const rules = [
    ...[...text.matchAll(LAST_WEEKDAY)].filter(own).map((match) => lastEnded(monthNumber(match[2]!.toLowerCase()), WEEKDAYS.indexOf(match[1]!), 'last')),
    ...[...text.matchAll(NEAREST_WEEKDAY)].filter(own).map((match) => lastEnded(monthNumber(match[2]!.toLowerCase()), WEEKDAYS.indexOf(match[1]!), 'nearest')),
  ];
  return rules.map((quarterEnd) => ({ quarterEnd, reach: MONTH_END_REACH }));
}

/**
 * The company's week calendar, where the article shows one: a span of its own (`owns`) ended a few days before a
 * month's end (or in the next month's first week) or told in weeks, or a year end stated by its weekday. Null where
 * it shows none, or two that do not keep the same 13-week beat. A rival's "fiscal fourth quarter ended June 28" in a
 * market report says nothing of the report's calendar.
 */
export function weekCalendarOf(candidates: readonly Candidate[], text: string, publishedAt: string | null, owns: (candidate: Candidate) => boolean): WeekCalendar | null {
  const latest = publishedAt === null ? null : latestPublicationDay(publishedAt);
  if (latest === null || publishedAt === null) return null;
  // A research firm's weeks ("in the 52 weeks to Sept. 27, according to data from research firm Kantwell") are its
  // tally's, whoever the figure is filed under.
  const own = candidates.filter((candidate) => owns(candidate) && !TOLD_BY_RESEARCHER.test(`${candidate.anchor.quote}${candidate.anchor.suffix}`));
  // The company's own span ended on a month's last day ("the quarter ended Sept. 30") says it counts in months.
  if (own.some((candidate) => endsOnMonthEnd(candidate, publishedAt))) return null;
  const spans = own.map((candidate) => weekSpanEnd(candidate, publishedAt)).filter((day): day is WeekCalendar => day !== null);
  const days = [...spans, ...statedYearEnds(text, latest)];
  const first = days[0];
  if (first === undefined) return null;
  // Two days the article shows keep one beat when they are whole quarters apart, give or take a day (a 53-week year
  // between them moves it by a week, which the words do not show: such a pair reads as two calendars).
  const offBeat = (day: WeekCalendar): boolean => {
    const off = ((daysBetween(first.quarterEnd, day.quarterEnd) % QUARTER_DAYS) + QUARTER_DAYS) % QUARTER_DAYS;
    return off > 1 && off < QUARTER_DAYS - 1;
  };
  return days.some(offBeat) ? null : { quarterEnd: first.quarterEnd, reach: Math.max(...days.map((day) => day.reach)) };
}

/** The calendar's quarter end nearest `day`. */
function nearestQuarterEnd(calendar: WeekCalendar, day: string): string {
  const quarters = Math.round(daysBetween(calendar.quarterEnd, day) / QUARTER_DAYS);
  return shiftIsoDate(calendar.quarterEnd, quarters * QUARTER_DAYS);
}

/**
 * The weeks of a whole-month span of 3, 6, 9 or 12 months on the calendar ("2026-07-01" to "2026-09-30" is the 13 weeks
 * ended 2026-09-25), or null when it is no such span or no quarter of the calendar ends near its last month's end.
 */
export function weeksOfMonthSpan(calendar: WeekCalendar, start: string, end: string): { start: string; end: string } | null {
  const [startYear, startMonth, startDay] = start.split('-').map(Number) as [number, number, number];
  const [endYear, endMonth, endDay] = end.split('-').map(Number) as [number, number, number];
  if (startDay !== 1 || endDay !== daysInMonth(endYear, endMonth)) return null;
  const months = (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
  if (months % 3 !== 0 || months > 12) return null;
  // Past a few years a 53-week year the words cannot show may have moved the beat by a week: the months stay.
  if (Math.abs(daysBetween(calendar.quarterEnd, end)) > BEAT_KEPT_DAYS) return null;
  const weekEnd = nearestQuarterEnd(calendar, end);
  if (Math.abs(daysBetween(end, weekEnd)) > calendar.reach) return null;
  return { start: shiftIsoDate(weekEnd, 1 - (months / 3) * QUARTER_DAYS), end: weekEnd };
}

/**
 * Period words that name one of the calendar's spans: not "a year earlier" (the year before the publication when the
 * sentence has no span of its own), "this year" or a day the article writes.
 */
const namesCalendarSpan = (period: string): boolean => DAYS_WRITTEN_OUT.test(period.trim()) || (SPAN_NAMED.test(period) && !DAY_WRITTEN.test(period));

/**
 * Dates each candidate of the story's company (`ownsCalendar`) whose period reads as whole months of its calendar's
 * quarters by the weeks that calendar counts. Others (a rival's, a market's) keep the months their words say.
 */
export function onWeekCalendar(candidates: Candidate[], calendar: WeekCalendar | null, publishedAt: string | null, ownsCalendar: (candidate: Candidate) => boolean): Candidate[] {
  if (calendar === null || publishedAt === null) return candidates;
  const latest = latestPublicationDay(publishedAt);
  return candidates.map((candidate) => {
    if (candidate.period === null || !namesCalendarSpan(candidate.period) || !ownsCalendar(candidate)) return candidate;
    // A forecast's bare quarter ("forecast first-quarter revenue growth of 5% to 7%") is read on the calendar, often a
    // quarter past; only what the fiscal rules resolved ("fiscal 2027") is moved.
    if (hasForecastBasis(candidate.qualifiers) && !DAYS_WRITTEN_OUT.test(candidate.period.trim())) return candidate;
    const span = readAgainst(candidate.period, publishedAt);
    if (span === null || span.start === null || span.end === null) return candidate;
    const weeks = weeksOfMonthSpan(calendar, span.start, span.end);
    // Not onto weeks that start after the publication for a figure told as done (a quarter read on the wrong calendar).
    const ahead = latest !== null && weeks !== null && weeks.start > latest && !hasForecastBasis(candidate.qualifiers);
    return weeks === null || ahead ? candidate : { ...candidate, period: `${weeks.start} to ${weeks.end}` };
  });
}
