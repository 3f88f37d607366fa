// Reads when a claim holds ("Q3 2025", "by early 2026", "six months after launch") into an inclusive ISO date interval.
// The public face of the period parser: callers import from here, so the files under ./period/ can move freely.
export { periodKey, periodOfDate, periodsOverlap, type ParsedPeriod, type Precision } from './period/intervals.js';
export { addMonths, daysBetween, daysInMonth, isoDate, isWeekCalendarEnd, shiftIsoDate } from './period/calendar.js';
export { CAPITALISED_MONTHS, MONTH_NAMES, monthNumber } from './period/month-names.js';
export { parsePeriod, parsePeriodNotingContext } from './period/parse.js';
export { formatPartialDate, parsePartialDate, type PartialDate } from './period/partial-date.js';
export { namesSplitYear, splitYearEndOf, YEAR_NAMED_FIRST } from './period/split-year.js';
export type { PeriodContext } from './period/resolver.js';
