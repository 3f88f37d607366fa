// Table-driven tests of the period parser: each written form, its interval and label, the refusals, overlap and keys.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/domain/errors.js';
import { expectDomainError } from '../support/domain-error.js';
import {
  formatPartialDate,
  parsePartialDate,
  parsePeriod,
  periodKey,
  periodsOverlap,
  type ParsedPeriod,
  type PartialDate,
  type PeriodContext,
} from '../../src/domain/period.js';

const FEB_2026: PeriodContext = { publishedAt: { year: 2026, month: 2 } };
const FEB_12_2026: PeriodContext = { publishedAt: { year: 2026, month: 2, day: 12 } };
const YEAR_2026: PeriodContext = { publishedAt: { year: 2026 } };
const LAUNCH_DAY: PeriodContext = { ...FEB_2026, anchors: { launch: { year: 2025, month: 2, day: 24 } } };
const LAUNCH_MONTH: PeriodContext = { anchors: { launch: { year: 2025, month: 2 } } };
const LAUNCH_YEAR: PeriodContext = { anchors: { launch: { year: 2025 } } };

type Row = [text: string, expected: ParsedPeriod, context?: PeriodContext];

const p = (label: string, start: string | null, end: string | null, precision: ParsedPeriod['precision']): ParsedPeriod => ({
  label,
  start,
  end,
  precision,
});

const rows: Row[] = [
  // years
  ['2023', p('2023', '2023-01-01', '2023-12-31', 'YEAR')],
  ['in 2023', p('2023', '2023-01-01', '2023-12-31', 'YEAR')],
  ['during 2023', p('2023', '2023-01-01', '2023-12-31', 'YEAR')],
  ['FY2024', p('FY2024', '2024-01-01', '2024-12-31', 'YEAR')],
  ['FY24', p('FY2024', '2024-01-01', '2024-12-31', 'YEAR')],
  ['fiscal 2024', p('FY2024', '2024-01-01', '2024-12-31', 'YEAR')],
  // the fiscal year written first, as some companies do
  ['the fiscal 2026 second quarter', p('Q2 FY2026', '2026-04-01', '2026-06-30', 'QUARTER')],
  ['FY26 Q3', p('Q3 FY2026', '2026-07-01', '2026-09-30', 'QUARTER')],
  ['fiscal 2025 first half', p('H1 FY2025', '2025-01-01', '2025-06-30', 'HALF')],
  // quarters and halves
  ['Q3 2025', p('Q3 2025', '2025-07-01', '2025-09-30', 'QUARTER')],
  ['Q1 2024', p('Q1 2024', '2024-01-01', '2024-03-31', 'QUARTER')],
  ['3Q25', p('Q3 2025', '2025-07-01', '2025-09-30', 'QUARTER')],
  ["Q4'25", p('Q4 2025', '2025-10-01', '2025-12-31', 'QUARTER')],
  ['the third quarter of 2025', p('Q3 2025', '2025-07-01', '2025-09-30', 'QUARTER')],
  ['Q2 FY2025', p('Q2 FY2025', '2025-04-01', '2025-06-30', 'QUARTER')],
  ['H1 2025', p('H1 2025', '2025-01-01', '2025-06-30', 'HALF')],
  ['2H24', p('H2 2024', '2024-07-01', '2024-12-31', 'HALF')],
  ['first half of 2025', p('H1 2025', '2025-01-01', '2025-06-30', 'HALF')],
  // the opening months of a year, as results report them
  ['the first nine months of 2025', p('first 9 months of 2025', '2025-01-01', '2025-09-30', 'MONTH')],
  ['in the first six months of the year', p('first 6 months of 2026', '2026-01-01', '2026-06-30', 'MONTH'), FEB_2026],
  ['the first three quarters of 2024', p('first 9 months of 2024', '2024-01-01', '2024-09-30', 'MONTH')],
  // without a year, the publication year's, as "the first half" is (the ingest moves one told in the past back a year)
  ['in the first nine months', p('first 9 months of 2026', '2026-01-01', '2026-09-30', 'MONTH'), FEB_2026],
  // a quarter or period named by its months
  ['the July-to-September quarter 2025', p('July 2025–September 2025', '2025-07-01', '2025-09-30', 'MONTH')],
  // A company's own count of its year after the months: "the April-to-September first half".
  ['the April-to-September first half 2025', p('April 2025–September 2025', '2025-04-01', '2025-09-30', 'MONTH')],
  ['in the April-June quarter', p('April 2026–June 2026', '2026-04-01', '2026-06-30', 'MONTH'), FEB_2026],
  ['the October-December period of 2024', p('October 2024–December 2024', '2024-10-01', '2024-12-31', 'MONTH')],
  // a quarter or half named by the month it ends in, as Australian and Indian reports write it (not that month)
  ['the December quarter', p('1 quarter to December 2026', '2026-10-01', '2026-12-31', 'MONTH'), FEB_2026],
  ['the September-quarter', p('1 quarter to September 2025', '2025-07-01', '2025-09-30', 'MONTH'), { publishedAt: { year: 2025, month: 11, day: 20 } }],
  ['in the March quarter of 2025', p('1 quarter to March 2025', '2025-01-01', '2025-03-31', 'MONTH')],
  ['the June half', p('1 half to June 2026', '2026-01-01', '2026-06-30', 'MONTH'), FEB_2026],
  ['the second half of 2024', p('H2 2024', '2024-07-01', '2024-12-31', 'HALF')],
  // a weekday is the latest one on or before the publication day (Thursday 20 November 2025); "last" is strictly before
  ['on Tuesday', p('2025-11-18', '2025-11-18', '2025-11-18', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 20 } }],
  ['Thursday', p('2025-11-20', '2025-11-20', '2025-11-20', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 20 } }],
  ['last Thursday', p('2025-11-13', '2025-11-13', '2025-11-13', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 20 } }],
  ['on Friday', p('2025-11-14', '2025-11-14', '2025-11-14', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 20 } }],
  // a half written without its year is one of the publication year, as a quarter is
  ['the first half', p('H1 2026', '2026-01-01', '2026-06-30', 'HALF'), FEB_2026],
  ['first-half', p('H1 2026', '2026-01-01', '2026-06-30', 'HALF'), FEB_2026],
  ['the second half', p('H2 2026', '2026-07-01', '2026-12-31', 'HALF'), FEB_2026],
  ['H2', p('H2 2026', '2026-07-01', '2026-12-31', 'HALF'), FEB_2026],
  // parts of a year
  ['early 2026', p('early 2026', '2026-01-01', '2026-04-30', 'PART_OF_YEAR')],
  ['mid-2025', p('mid-2025', '2025-05-01', '2025-08-31', 'PART_OF_YEAR')],
  ['mid 2025', p('mid-2025', '2025-05-01', '2025-08-31', 'PART_OF_YEAR')],
  ['the middle of 2025', p('mid-2025', '2025-05-01', '2025-08-31', 'PART_OF_YEAR')],
  ['mid-year 2025', p('mid-2025', '2025-05-01', '2025-08-31', 'PART_OF_YEAR')],
  ['late 2023', p('late 2023', '2023-09-01', '2023-12-31', 'PART_OF_YEAR')],
  ['end of 2023', p('end of 2023', '2023-12-01', '2023-12-31', 'PART_OF_YEAR')],
  ['the end of 2023', p('end of 2023', '2023-12-01', '2023-12-31', 'PART_OF_YEAR')],
  ['year-end 2023', p('end of 2023', '2023-12-01', '2023-12-31', 'PART_OF_YEAR')],
  ['at the end of 2023', p('end of 2023', '2023-12-01', '2023-12-31', 'PART_OF_YEAR')],
  ['start of 2024', p('start of 2024', '2024-01-01', '2024-01-31', 'PART_OF_YEAR')],
  ['beginning of 2024', p('start of 2024', '2024-01-01', '2024-01-31', 'PART_OF_YEAR')],
  // months and parts of a month (leap years and month ends)
  ['February 2026', p('February 2026', '2026-02-01', '2026-02-28', 'MONTH')],
  ['Feb 2026', p('February 2026', '2026-02-01', '2026-02-28', 'MONTH')],
  ['February 2024', p('February 2024', '2024-02-01', '2024-02-29', 'MONTH')],
  ['2026-02', p('February 2026', '2026-02-01', '2026-02-28', 'MONTH')],
  ['September 2025', p('September 2025', '2025-09-01', '2025-09-30', 'MONTH')],
  ['early February 2026', p('early February 2026', '2026-02-01', '2026-02-10', 'PART_OF_MONTH')],
  ['mid-February 2026', p('mid-February 2026', '2026-02-11', '2026-02-20', 'PART_OF_MONTH')],
  ['late February 2026', p('late February 2026', '2026-02-21', '2026-02-28', 'PART_OF_MONTH')],
  ['late February 2024', p('late February 2024', '2024-02-21', '2024-02-29', 'PART_OF_MONTH')],
  ['late February 2000', p('late February 2000', '2000-02-21', '2000-02-29', 'PART_OF_MONTH')],
  ['late February 2100', p('late February 2100', '2100-02-21', '2100-02-28', 'PART_OF_MONTH')],
  ['late January 2026', p('late January 2026', '2026-01-21', '2026-01-31', 'PART_OF_MONTH')],
  ['early February', p('early February 2026', '2026-02-01', '2026-02-10', 'PART_OF_MONTH'), FEB_2026],
  ['late November', p('late November 2026', '2026-11-21', '2026-11-30', 'PART_OF_MONTH'), YEAR_2026],
  // calendar days
  ['2026-02-12', p('2026-02-12', '2026-02-12', '2026-02-12', 'DAY')],
  ['2024-02-29', p('2024-02-29', '2024-02-29', '2024-02-29', 'DAY')],
  ['February 12, 2026', p('2026-02-12', '2026-02-12', '2026-02-12', 'DAY')],
  ['Feb 12 2026', p('2026-02-12', '2026-02-12', '2026-02-12', 'DAY')],
  ['12 Feb 2026', p('2026-02-12', '2026-02-12', '2026-02-12', 'DAY')],
  ['12 February 2026', p('2026-02-12', '2026-02-12', '2026-02-12', 'DAY')],
  ['on February 12th, 2026', p('2026-02-12', '2026-02-12', '2026-02-12', 'DAY')],
  ['February 12', p('2026-02-12', '2026-02-12', '2026-02-12', 'DAY'), FEB_2026],
  // closed intervals with words kept in the label
  ['by early 2026', p('by early 2026', '2026-01-01', '2026-04-30', 'PART_OF_YEAR')],
  ['by late 2023', p('by late 2023', '2023-09-01', '2023-12-31', 'PART_OF_YEAR')],
  ['as of March 2025', p('as of March 2025', '2025-03-01', '2025-03-31', 'MONTH')],
  ['by the end of 2025', p('by end of 2025', '2025-12-01', '2025-12-31', 'PART_OF_YEAR')],
  // open intervals
  ['before late 2023', p('before late 2023', null, '2023-08-31', 'OPEN')],
  ['before March 2024', p('before March 2024', null, '2024-02-29', 'OPEN')],
  ['since 2024', p('since 2024', '2024-01-01', null, 'OPEN')],
  ['from 2024', p('from 2024', '2024-01-01', null, 'OPEN')],
  ['2025 onwards', p('from 2025', '2025-01-01', null, 'OPEN')],
  ['after 2024', p('after 2024', '2025-01-01', null, 'OPEN')],
  ['after February 2024', p('after February 2024', '2024-03-01', null, 'OPEN')],
  ['until 2024', p('until 2024', null, '2024-12-31', 'OPEN')],
  ['through 2024', p('through 2024', null, '2024-12-31', 'OPEN')],
  ['since last year', p('since 2025', '2025-01-01', null, 'OPEN'), FEB_2026],
  ['since it was founded in 2019', p('since 2019', '2019-01-01', null, 'OPEN')],
  ['fourth-quarter', p('Q4 2026', '2026-10-01', '2026-12-31', 'QUARTER'), FEB_2026],
  ['full-year', p('2026', '2026-01-01', '2026-12-31', 'YEAR'), FEB_2026],
  ['full-year 2024', p('2024', '2024-01-01', '2024-12-31', 'YEAR')],
  ['since its launch in March 2023', p('since March 2023', '2023-03-01', null, 'OPEN')],
  ['since going public in 2021', p('since 2021', '2021-01-01', null, 'OPEN')],
  ['since the company was founded in 2019', p('since 2019', '2019-01-01', null, 'OPEN')],
  // ranges
  ['2023-2025', p('2023–2025', '2023-01-01', '2025-12-31', 'YEAR')],
  ['2023–2025', p('2023–2025', '2023-01-01', '2025-12-31', 'YEAR')],
  ['2023-25', p('2023–2025', '2023-01-01', '2025-12-31', 'YEAR')],
  ['2023 to 2025', p('2023–2025', '2023-01-01', '2025-12-31', 'YEAR')],
  ['between 2023 and 2025', p('2023–2025', '2023-01-01', '2025-12-31', 'YEAR')],
  ['from 2023 to 2025', p('2023–2025', '2023-01-01', '2025-12-31', 'YEAR')],
  ['Q1 to Q3 2025', p('Q1 2025–Q3 2025', '2025-01-01', '2025-09-30', 'QUARTER')],
  ['January to March 2025', p('January 2025–March 2025', '2025-01-01', '2025-03-31', 'MONTH')],
  ['December to March 2026', p('December 2025–March 2026', '2025-12-01', '2026-03-31', 'MONTH')],
  ['late 2025 - early 2026', p('late 2025–early 2026', '2025-09-01', '2026-04-30', 'PART_OF_YEAR')],
  ['2024 to Q1 2025', p('2024–Q1 2025', '2024-01-01', '2025-03-31', 'YEAR')],
  // relative to the publication date, at its precision
  ['today', p('February 2026', '2026-02-01', '2026-02-28', 'MONTH'), FEB_2026],
  ['now', p('February 2026', '2026-02-01', '2026-02-28', 'MONTH'), FEB_2026],
  ['currently', p('February 2026', '2026-02-01', '2026-02-28', 'MONTH'), FEB_2026],
  ['at present', p('February 2026', '2026-02-01', '2026-02-28', 'MONTH'), FEB_2026],
  ['today', p('2026-02-12', '2026-02-12', '2026-02-12', 'DAY'), FEB_12_2026],
  ['now', p('2026', '2026-01-01', '2026-12-31', 'YEAR'), YEAR_2026],
  ['this year', p('2026', '2026-01-01', '2026-12-31', 'YEAR'), FEB_2026],
  ['last year', p('2025', '2025-01-01', '2025-12-31', 'YEAR'), FEB_2026],
  ['this month', p('February 2026', '2026-02-01', '2026-02-28', 'MONTH'), FEB_12_2026],
  ['last month', p('January 2026', '2026-01-01', '2026-01-31', 'MONTH'), FEB_2026],
  ['this quarter', p('Q1 2026', '2026-01-01', '2026-03-31', 'QUARTER'), FEB_2026],
  ['last quarter', p('Q4 2025', '2025-10-01', '2025-12-31', 'QUARTER'), FEB_2026],
  ['end of the year', p('end of 2026', '2026-12-01', '2026-12-31', 'PART_OF_YEAR'), FEB_2026],
  ['early this year', p('early 2026', '2026-01-01', '2026-04-30', 'PART_OF_YEAR'), FEB_2026],
  ['as of today', p('as of February 2026', '2026-02-01', '2026-02-28', 'MONTH'), FEB_2026],
  ['2023 to date', p('2023–February 2026', '2023-01-01', '2026-02-28', 'YEAR'), FEB_2026],
  // anchored to a named event, at the anchor's precision
  ['six months after launch', p('2025-08-24', '2025-08-24', '2025-08-24', 'DAY'), LAUNCH_DAY],
  ['two years after launch', p('2027-02-24', '2027-02-24', '2027-02-24', 'DAY'), LAUNCH_DAY],
  ['a year after its launch', p('2026-02-24', '2026-02-24', '2026-02-24', 'DAY'), LAUNCH_DAY],
  ['90 days after launch', p('2025-05-25', '2025-05-25', '2025-05-25', 'DAY'), LAUNCH_DAY],
  ['two weeks before launch', p('2025-02-10', '2025-02-10', '2025-02-10', 'DAY'), LAUNCH_DAY],
  ['6 months post-launch', p('2025-08-24', '2025-08-24', '2025-08-24', 'DAY'), LAUNCH_DAY],
  ['six months after launch', p('August 2025', '2025-08-01', '2025-08-31', 'MONTH'), LAUNCH_MONTH],
  ['a year after launch', p('2026', '2026-01-01', '2026-12-31', 'YEAR'), LAUNCH_YEAR],
  ['one month after launch', p('2025-02-28', '2025-02-28', '2025-02-28', 'DAY'), { anchors: { launch: { year: 2025, month: 1, day: 31 } } }],
  ['one month after launch', p('2024-02-29', '2024-02-29', '2024-02-29', 'DAY'), { anchors: { launch: { year: 2024, month: 1, day: 31 } } }],
  ['six months after February 2025', p('August 2025', '2025-08-01', '2025-08-31', 'MONTH')],
  ['three months after the Series B', p('2025-09-15', '2025-09-15', '2025-09-15', 'DAY'), { anchors: { seriesB: { year: 2025, month: 6, day: 15 } } }],
  // windows ending at the publication date: to the day when it is known, else the whole publication month
  ['the past 12 months', p('12 months to 2026-02-12', '2025-02-13', '2026-02-12', 'DAY'), FEB_12_2026],
  ['over the past 12 months', p('12 months to 2026-02-12', '2025-02-13', '2026-02-12', 'DAY'), FEB_12_2026],
  ['in the last eighteen months', p('18 months to 2026-02-12', '2024-08-13', '2026-02-12', 'DAY'), FEB_12_2026],
  ['the past year', p('1 year to 2026-02-12', '2025-02-13', '2026-02-12', 'DAY'), FEB_12_2026],
  ['the previous two quarters', p('2 quarters to 2026-02-12', '2025-08-13', '2026-02-12', 'DAY'), FEB_12_2026],
  ['the past 90 days', p('90 days to 2026-02-12', '2025-11-15', '2026-02-12', 'DAY'), FEB_12_2026],
  ['the last two weeks', p('2 weeks to 2026-02-12', '2026-01-30', '2026-02-12', 'DAY'), FEB_12_2026],
  ['the past decade', p('1 decade to 2026-02-12', '2016-02-13', '2026-02-12', 'DAY'), FEB_12_2026],
  ['TTM', p('12 months to 2026-02-12', '2025-02-13', '2026-02-12', 'DAY'), FEB_12_2026],
  ['trailing twelve months', p('12 months to February 2026', '2025-02-01', '2026-02-28', 'MONTH'), FEB_2026],
  ['the past 12 months', p('12 months to February 2026', '2025-02-01', '2026-02-28', 'MONTH'), FEB_2026],
  ['the past month', p('1 month to 2024-03-31', '2024-03-01', '2024-03-31', 'DAY'), { publishedAt: { year: 2024, month: 3, day: 31 } }],
  ['the past month', p('1 month to 2024-03-30', '2024-03-01', '2024-03-30', 'DAY'), { publishedAt: { year: 2024, month: 3, day: 30 } }],
  ['year to date', p('year to 2026-02-12', '2026-01-01', '2026-02-12', 'DAY'), FEB_12_2026],
  ['year-to-date', p('year to February 2026', '2026-01-01', '2026-02-28', 'MONTH'), FEB_2026],
  ['YTD', p('year to 2026-02-12', '2026-01-01', '2026-02-12', 'DAY'), FEB_12_2026],
  ['so far this year', p('year to 2026-02-12', '2026-01-01', '2026-02-12', 'DAY'), FEB_12_2026],
  ['YTD 2026', p('year to 2026-02-12', '2026-01-01', '2026-02-12', 'DAY'), FEB_12_2026],
  ['2025 YTD', p('2025 year to date', '2025-01-01', '2025-12-31', 'YEAR'), FEB_12_2026],
  ['YTD 2025', p('2025 year to date', '2025-01-01', '2025-12-31', 'YEAR')],
  ['year to date', p('2026 year to date', '2026-01-01', '2026-12-31', 'YEAR'), YEAR_2026],
  // months named relative to the publication, and spans counted back from it
  ['last September', p('September 2025', '2025-09-01', '2025-09-30', 'MONTH'), FEB_2026],
  ['last January', p('January 2026', '2026-01-01', '2026-01-31', 'MONTH'), FEB_2026],
  ['this September', p('September 2026', '2026-09-01', '2026-09-30', 'MONTH'), FEB_2026],
  ['next January', p('January 2027', '2027-01-01', '2027-01-31', 'MONTH'), FEB_2026],
  ['yesterday', p('2026-02-11', '2026-02-11', '2026-02-11', 'DAY'), FEB_12_2026],
  ['last week', p('week of 2026-02-02', '2026-02-02', '2026-02-08', 'DAY'), FEB_12_2026],
  ['this week', p('week of 2026-02-09', '2026-02-09', '2026-02-15', 'DAY'), FEB_12_2026],
  ['two weeks ago', p('week of 2026-01-26', '2026-01-26', '2026-02-01', 'DAY'), FEB_12_2026],
  ['90 days ago', p('2025-11-14', '2025-11-14', '2025-11-14', 'DAY'), FEB_12_2026],
  ['three months ago', p('November 2025', '2025-11-01', '2025-11-30', 'MONTH'), FEB_2026],
  ['a quarter earlier', p('Q4 2025', '2025-10-01', '2025-12-31', 'QUARTER'), FEB_2026],
  ['a year earlier', p('2025', '2025-01-01', '2025-12-31', 'YEAR'), FEB_2026],
  ['two years ago', p('2024', '2024-01-01', '2024-12-31', 'YEAR'), YEAR_2026],
  // spans ending on a written date, as reports write them
  ['the quarter ending September 30, 2024', p('1 quarter to 2024-09-30', '2024-07-01', '2024-09-30', 'DAY')],
  ['in the three months ended June 30, 2025', p('3 months to 2025-06-30', '2025-04-01', '2025-06-30', 'DAY')],
  ['the nine months ended September 30, 2024', p('9 months to 2024-09-30', '2024-01-01', '2024-09-30', 'DAY')],
  ['the 12 months to March 31, 2025', p('12 months to 2025-03-31', '2024-04-01', '2025-03-31', 'DAY')],
  ['the quarter ending May 15, 2024', p('1 quarter to 2024-05-15', '2024-02-16', '2024-05-15', 'DAY')],
  // A span of quarters ending in a month's last week, but not on its last day, is a 52-53-week calendar's: 13 weeks a
  // quarter, 52 a year (Apple's "three months ended September 27, 2025" ran from June 29).
  ['the three months ended September 27, 2025', p('3 months to 2025-09-27', '2025-06-29', '2025-09-27', 'DAY')],
  ['the 26 weeks to Aug. 29, 2026', p('26 weeks to 2026-08-29', '2026-03-01', '2026-08-29', 'DAY')],
  ['the nine months ended June 28, 2025', p('9 months to 2025-06-28', '2024-09-29', '2025-06-28', 'DAY')],
  ['the fiscal year ended Sept. 25, 2026', p('1 year to 2026-09-25', '2025-09-27', '2026-09-25', 'DAY')],
  // Other spans by their months: two months, or a span ending on a month's last day.
  ['the two months ended Sept. 25, 2026', p('2 months to 2026-09-25', '2026-07-26', '2026-09-25', 'DAY')],
  // ... and so are spans ending on a day no week calendar ends on: a month closed on the 20th, the British tax year,
  // February 28 of a leap year (a mid-month day, as May 15 above).
  ['the three months ended Aug. 20, 2025', p('3 months to 2025-08-20', '2025-05-21', '2025-08-20', 'DAY')],
  ['the year to April 5, 2025', p('1 year to 2025-04-05', '2024-04-06', '2025-04-05', 'DAY')],
  ['the quarter ended Feb. 28, 2024', p('1 quarter to 2024-02-28', '2023-11-29', '2024-02-28', 'DAY')],
  ['the six months to Sept. 23, 2026', p('6 months to 2026-09-23', '2026-03-24', '2026-09-23', 'DAY')],
  ['the fiscal year ended June 2024', p('1 year to June 2024', '2023-07-01', '2024-06-30', 'MONTH')],
  // A year "ending" on a day with no year written is the one still running, unless that day's passed within a reporting
  // season; "ended" is the one past; a shorter span is left in the publication's year (told of the past as often).
  ['the fiscal year ending Jan. 31', p('1 year to 2026-01-31', '2025-02-01', '2026-01-31', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 19 } }],
  ['the fiscal year ended Jan. 31', p('1 year to 2025-01-31', '2024-02-01', '2025-01-31', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 19 } }],
  ['the fiscal year ending Sept. 30', p('1 year to 2025-09-30', '2024-10-01', '2025-09-30', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 19 } }],
  ['the quarter ending June 30', p('1 quarter to 2025-06-30', '2025-04-01', '2025-06-30', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 19 } }],
  // Within half a year of that day, the year "ending" then is the one just reported (an annual report in September).
  ['the fiscal year ending May 31', p('1 year to 2025-05-31', '2024-06-01', '2025-05-31', 'DAY'), { publishedAt: { year: 2025, month: 9, day: 15 } }],
  ['the year to March 2025', p('1 year to March 2025', '2024-04-01', '2025-03-31', 'MONTH')],
  ['the six months ended June 30', p('6 months to 2026-06-30', '2026-01-01', '2026-06-30', 'DAY'), FEB_2026],
  // a company's own count of its quarters: the day it ended says which three months
  ['the fiscal third quarter ended Nov. 1, 2025', p('1 quarter to 2025-11-01', '2025-08-03', '2025-11-01', 'DAY')], // 13 weeks: the second quarter ended Aug. 2
  // windows from a named event, at the event's precision
  ['within six months of launch', p('2025-02-24–2025-08-24', '2025-02-24', '2025-08-24', 'DAY'), LAUNCH_DAY],
  ['within a year of its launch', p('2025-02-24–2026-02-24', '2025-02-24', '2026-02-24', 'DAY'), LAUNCH_DAY],
  ['in the first 90 days after launch', p('2025-02-24–2025-05-25', '2025-02-24', '2025-05-25', 'DAY'), LAUNCH_DAY],
  ['in its first six months', p('February 2025–August 2025', '2025-02-01', '2025-08-31', 'MONTH'), LAUNCH_MONTH],
  ['its first year', p('2025–2026', '2025-01-01', '2026-12-31', 'YEAR'), LAUNCH_YEAR],
  // seasons (northern meteorological) and decades
  ['summer 2024', p('summer 2024', '2024-06-01', '2024-08-31', 'PART_OF_YEAR')],
  ['the summer of 2024', p('summer 2024', '2024-06-01', '2024-08-31', 'PART_OF_YEAR')],
  ['autumn 2025', p('fall 2025', '2025-09-01', '2025-11-30', 'PART_OF_YEAR')],
  ['spring of FY2025', p('spring FY2025', '2025-03-01', '2025-05-31', 'PART_OF_YEAR')],
  ['this summer', p('summer 2026', '2026-06-01', '2026-08-31', 'PART_OF_YEAR'), FEB_2026],
  ['last summer', p('summer 2025', '2025-06-01', '2025-08-31', 'PART_OF_YEAR'), FEB_2026],
  ['last spring', p('spring 2026', '2026-03-01', '2026-05-31', 'PART_OF_YEAR'), { publishedAt: { year: 2026, month: 9 } }],
  ['next fall', p('fall 2026', '2026-09-01', '2026-11-30', 'PART_OF_YEAR'), FEB_2026],
  ['the 2020s', p('the 2020s', '2020-01-01', '2029-12-31', 'YEAR')],
  ["the 1990's", p('the 1990s', '1990-01-01', '1999-12-31', 'YEAR')],
  // a week around a date
  ['the week of March 3, 2025', p('week of 2025-03-03', '2025-03-03', '2025-03-09', 'DAY')],
  ['the week ending March 9, 2025', p('week ending 2025-03-09', '2025-03-03', '2025-03-09', 'DAY')],
  ['week of February 26, 2024', p('week of 2024-02-26', '2024-02-26', '2024-03-03', 'DAY')],
  // "in the week to": never a date read off the machine's clock, with or without the year
  ['in the week to Nov 3, 2025', p('week ending 2025-11-03', '2025-10-28', '2025-11-03', 'DAY')],
  ['in the week to Nov 3', p('week ending 2025-11-03', '2025-10-28', '2025-11-03', 'DAY'), { publishedAt: { year: 2025, month: 11, day: 5 } }],
  // spellings of the press: "end-September", year to date through a month, "last year's", two ordinals, "onwards"
  ['the three months to end-September 2025', p('3 months to September 2025', '2025-07-01', '2025-09-30', 'MONTH')],
  ['year-to-date through August 2025', p('January 2025–August 2025', '2025-01-01', '2025-08-31', 'MONTH')],
  ["last year's fourth quarter", p('Q4 2025', '2025-10-01', '2025-12-31', 'QUARTER'), FEB_2026],
  ['the second and third quarters of 2025', p('Q2 2025–Q3 2025', '2025-04-01', '2025-09-30', 'QUARTER')],
  ['from 2025 onwards', p('from 2025', '2025-01-01', null, 'OPEN')],
  // a fiscal year named by its number and its end: the end says which twelve months
  ['fiscal 2025, which ended January 31, 2025', p('1 year to 2025-01-31', '2024-02-01', '2025-01-31', 'DAY')],
  ['FY26, which ends March 31, 2026', p('1 year to 2026-03-31', '2025-04-01', '2026-03-31', 'DAY')],
  // a fiscal year split over two ("2025/26"): April to March unless the company's own year end is known (ingest)
  ['in 2025/26', p('1 year to March 2026', '2025-04-01', '2026-03-31', 'MONTH')],
  ['FY2019-20', p('1 year to March 2020', '2019-04-01', '2020-03-31', 'MONTH')],
  ['2025-27', p('2025–2027', '2025-01-01', '2027-12-31', 'YEAR')],
  // the year named first: "its 2027 financial year" is fiscal 2027 (ingest dates it by the company's year end)
  ['in the 2026 financial year', p('FY2026', '2026-01-01', '2026-12-31', 'YEAR')],
  // a company's quarter named by its count and its end: "its first quarter to May 30"
  ['its first quarter to May 30, 2026', p('1 quarter to 2026-05-30', '2026-03-01', '2026-05-30', 'DAY')],
];

describe('parsePeriod: written forms', () => {
  it.each(rows)('%s', (text, expected, context) => {
    expect(parsePeriod(text, context)).toEqual(expected);
  });
});

interface ErrorRow {
  text: string;
  context?: PeriodContext;
  code: ErrorCode;
  message: string | RegExp;
}

const errorRows: ErrorRow[] = [
  { text: 'xyz', code: ErrorCode.PeriodUnparseable, message: 'cannot read a period from "xyz"' },
  { text: '', code: ErrorCode.PeriodUnparseable, message: 'cannot read a period from ""' },
  { text: 'sometime soon', code: ErrorCode.PeriodUnparseable, message: '"sometime soon"' },
  { text: '12', code: ErrorCode.PeriodUnparseable, message: '"12"' },
  { text: 'Q5 2025', code: ErrorCode.PeriodUnparseable, message: '"Q5 2025"' },
  { text: '2025 to 2023', code: ErrorCode.PeriodUnparseable, message: '"2025 to 2023"' },
  { text: 'before since 2024', code: ErrorCode.PeriodUnparseable, message: '"before since 2024"' },
  { text: '2026-02-30', code: ErrorCode.DateInvalid, message: /February 2026 has no day 30/ },
  { text: '2025-02-29', code: ErrorCode.DateInvalid, message: /February 2025 has no day 29/ },
  { text: 'February 30, 2026', code: ErrorCode.DateInvalid, message: /"February 30, 2026"/ },
  { text: '2026-13', code: ErrorCode.DateInvalid, message: /month 13/ },
  { text: 'early February', code: ErrorCode.PeriodUnresolvable, message: /publication date is unknown/ },
  { text: 'Q3', code: ErrorCode.PeriodUnresolvable, message: /publication date is unknown/ },
  { text: 'the first half', code: ErrorCode.PeriodUnresolvable, message: /publication date is unknown/ },
  { text: 'today', code: ErrorCode.PeriodUnresolvable, message: /publication date/ },
  { text: 'now', context: { publishedAt: null }, code: ErrorCode.PeriodUnresolvable, message: /publication date/ },
  { text: 'this year', code: ErrorCode.PeriodUnresolvable, message: /publication date/ },
  { text: 'this month', context: YEAR_2026, code: ErrorCode.PeriodUnresolvable, message: /publication month/ },
  { text: 'last quarter', context: YEAR_2026, code: ErrorCode.PeriodUnresolvable, message: /publication month/ },
  { text: 'six months after launch', code: ErrorCode.PeriodUnresolvable, message: /launch date is unknown/ },
  { text: 'six months after launch', context: FEB_2026, code: ErrorCode.PeriodUnresolvable, message: /launch date is unknown/ },
  { text: '90 days after launch', context: LAUNCH_MONTH, code: ErrorCode.PeriodUnresolvable, message: /exact launch day/ },
  { text: 'six months after launch', context: LAUNCH_YEAR, code: ErrorCode.PeriodUnresolvable, message: /launch month/ },
  { text: 'the past 12 months', code: ErrorCode.PeriodUnresolvable, message: /publication date, which is unknown/ },
  { text: 'TTM', context: YEAR_2026, code: ErrorCode.PeriodUnresolvable, message: /publication month/ },
  { text: 'the past 90 days', context: FEB_2026, code: ErrorCode.PeriodUnresolvable, message: /publication day/ },
  { text: 'year to date', code: ErrorCode.PeriodUnresolvable, message: /publication date, which is unknown/ },
  { text: 'within six months of launch', context: FEB_2026, code: ErrorCode.PeriodUnresolvable, message: /launch date is unknown/ },
  { text: 'in the first 90 days after launch', context: LAUNCH_MONTH, code: ErrorCode.PeriodUnresolvable, message: /exact launch day/ },
  { text: 'this summer', code: ErrorCode.PeriodUnresolvable, message: /publication date/ },
  // written forms that name no window or a guess: refused rather than read one way
  { text: 'the past 0 months', code: ErrorCode.PeriodUnparseable, message: '"the past 0 months"' },
  { text: 'the past 1.5 years', code: ErrorCode.PeriodUnparseable, message: '"the past 1.5 years"' },
  { text: 'within six months', code: ErrorCode.PeriodUnparseable, message: '"within six months"' },
  { text: 'winter 2024', code: ErrorCode.PeriodUnparseable, message: '"winter 2024"' },
  { text: 'the week of March 2025', code: ErrorCode.PeriodUnparseable, message: '"the week of March 2025"' },
  { text: 'the year ending 2024', code: ErrorCode.PeriodUnparseable, message: '"the year ending 2024"' },
  { text: 'yesterday', context: FEB_2026, code: ErrorCode.PeriodUnresolvable, message: /publication day/ },
  { text: 'two years ago', code: ErrorCode.PeriodUnresolvable, message: /publication date, which is unknown/ },
  { text: 'last September', context: YEAR_2026, code: ErrorCode.PeriodUnresolvable, message: /publication month/ },
];

describe('parsePeriod: refusals', () => {
  it.each(errorRows)('$text → $code', ({ text, context, code, message }) => {
    expectDomainError(() => parsePeriod(text, context), code, message);
  });
});

describe('parsePartialDate / formatPartialDate', () => {
  const cases: Array<[string, PartialDate, string]> = [
    ['2026', { year: 2026 }, '2026'],
    ['2026-02', { year: 2026, month: 2 }, '2026-02'],
    ['2026-02-12', { year: 2026, month: 2, day: 12 }, '2026-02-12'],
    ['2026-02-12T10:00:00Z', { year: 2026, month: 2, day: 12 }, '2026-02-12'],
    ['2026-02-12T23:30:00-05:00', { year: 2026, month: 2, day: 12 }, '2026-02-12'],
    ['February 2026', { year: 2026, month: 2 }, '2026-02'],
    ['Feb 12, 2026', { year: 2026, month: 2, day: 12 }, '2026-02-12'],
    ['12 February 2026', { year: 2026, month: 2, day: 12 }, '2026-02-12'],
    ['Thursday, February 12th, 2026', { year: 2026, month: 2, day: 12 }, '2026-02-12'],
    ['Thu, 12 Feb 2026 10:00:00 GMT', { year: 2026, month: 2, day: 12 }, '2026-02-12'],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }, '2024-02-29'],
  ];
  it.each(cases)('%s', (text, date, formatted) => {
    expect(parsePartialDate(text)).toEqual(date);
    expect(formatPartialDate(parsePartialDate(text))).toBe(formatted);
  });

  const invalid = ['2026-02-30', '2026-13', '2026-00', '2025-02-29', 'February 30, 2026', '2/12/2026', 'nonsense', '', 'early 2026', '26'];
  it.each(invalid)('refuses %j', (text) => {
    expect(() => parsePartialDate(text)).toThrow(expect.objectContaining({ code: ErrorCode.DateInvalid }));
  });
});

describe('periodsOverlap', () => {
  const cases: Array<[string, string, boolean]> = [
    ['2023', 'late 2023', true],
    ['2023', '2024', false],
    ['end of 2023', 'December 2023', true],
    ['late 2023', 'before late 2023', false],
    ['mid-2023', 'before late 2023', true],
    ['2024', 'after 2024', false],
    ['2025', 'after 2024', true],
    ['since 2024', 'until 2023', false],
    ['since 2024', 'until 2024', true],
    ['since 2024', 'before 2030', true],
    ['2026-02-12', 'early February 2026', false],
    ['2026-02-10', 'early February 2026', true],
    ['Q3 2025', 'mid-2025', true],
    ['Q4 2025', 'mid-2025', false],
  ];
  it.each(cases)('%s vs %s → %s', (a, b, expected) => {
    expect(periodsOverlap(parsePeriod(a), parsePeriod(b))).toBe(expected);
    expect(periodsOverlap(parsePeriod(b), parsePeriod(a))).toBe(expected);
  });

  it('treats two fully open periods as overlapping', () => {
    expect(periodsOverlap({ start: null, end: null }, { start: '2020-01-01', end: '2020-01-01' })).toBe(true);
    expect(periodsOverlap({ start: null, end: '2020-01-01' }, { start: '2020-01-01', end: null })).toBe(true);
    expect(periodsOverlap({ start: null, end: '2019-12-31' }, { start: '2020-01-01', end: null })).toBe(false);
  });
});

describe('periodKey', () => {
  it('names the interval and its precision', () => {
    expect(periodKey(parsePeriod('Q3 2025'))).toBe('2025-07-01_2025-09-30_QUARTER');
    expect(periodKey(parsePeriod('since 2024'))).toBe('2024-01-01_+inf_OPEN');
    expect(periodKey(parsePeriod('before late 2023'))).toBe('-inf_2023-08-31_OPEN');
  });

  it('is the same for different wordings of one interval', () => {
    expect(periodKey(parsePeriod('by early 2026'))).toBe(periodKey(parsePeriod('early 2026')));
    expect(periodKey(parsePeriod('the end of 2023'))).toBe(periodKey(parsePeriod('year-end 2023')));
    expect(periodKey(parsePeriod('now', FEB_2026))).toBe(periodKey(parsePeriod('February 2026')));
  });

  it('differs for the same dates at a different precision', () => {
    expect(periodKey(parsePeriod('end of 2023'))).not.toBe(periodKey(parsePeriod('December 2023')));
  });
});
