// Fuzzy parts of a month or a year ("early February", "mid-2025", "the end of 2023", "year-end") and the days or months each covers.
import type { Atom } from './atom.js';
import { daysInMonth, isoDate } from './calendar.js';
import { monthsOf } from './intervals.js';
import { monthLabel } from './month-names.js';
import { readMonth } from './months.js';
import { impliedYear } from './resolver.js';
import { readYear } from './years.js';
import { parseCardinal } from '../quantity.js';

type Part = 'early' | 'mid' | 'late' | 'start' | 'end';

const PART_WORDS: Readonly<Record<string, Part>> = {
  early: 'early', mid: 'mid', middle: 'mid', late: 'late', start: 'start', beginning: 'start', end: 'end', close: 'end',
};

/** Months of the year each part covers: early = Jan–Apr, mid = May–Aug, late = Sep–Dec, start = Jan, end = Dec. */
const YEAR_PARTS: Readonly<Record<Part, readonly [number, number]>> = {
  early: [1, 4], mid: [5, 8], late: [9, 12], start: [1, 1], end: [12, 12],
};

/** Days of the month each part covers: early = 1st–10th, mid = 11th–20th, late = 21st–last; start/end as early/late. */
const MONTH_PARTS: Readonly<Record<Part, readonly [number, number | null]>> = {
  early: [1, 10], mid: [11, 20], late: [21, null], start: [1, 10], end: [21, null],
};

const partLabel = (part: Part, of: string): string => {
  switch (part) {
    case 'mid':
      return `mid-${of}`;
    case 'start':
    case 'end':
      return `${part} of ${of}`;
    default:
      return `${part} ${of}`;
  }
};

/** Splits "early 2026", "mid-February", "the end of 2023", "year-end 2023" into the part and what it is part of. */
function splitPart(text: string): { part: Part; of: string } | null {
  const adjective = /^(early|mid|late)(?:\s*-\s*|\s+)(?:in\s+)?(.+)$/.exec(text);
  const ofPhrase = /^(?:the\s+)?(start|beginning|middle|end|close)\s+of\s+(.+)$/.exec(text);
  const match = adjective ?? ofPhrase;
  if (match?.[2] !== undefined) return { part: PART_WORDS[match[1] ?? ''] ?? 'mid', of: match[2] };
  const yearEnd = /^(?:year|yr)\s*-?\s*end\s+(.+)$/.exec(text) ?? /^end\s*-\s*(\d{4})$/.exec(text) ?? /^(.+?)\s+year\s*-?\s*end$/.exec(text);
  if (yearEnd?.[1] !== undefined) return { part: 'end', of: yearEnd[1] };
  if (/^(?:the\s+)?(?:year|yr)\s*-?\s*end$/.test(text)) return { part: 'end', of: 'this year' };
  const midYear = /^mid\s*-?\s*year\s+(.+)$/.exec(text);
  if (midYear?.[1] !== undefined) return { part: 'mid', of: midYear[1] };
  return null;
}

/** "early February 2026" (1st–10th), "mid-February" (11th–20th), "late February 2026" (21st–end of month). */
export const readPartOfMonthAtom: Atom = (text, r) => {
  const split = splitPart(text);
  const month = split ? readMonth(split.of, r) : null;
  if (!split || !month) return null;
  const [fromDay, toDay] = MONTH_PARTS[split.part];
  const lastDay = toDay ?? daysInMonth(month.year, month.month);
  return {
    label: partLabel(split.part, monthLabel(month.year, month.month, month.yearLabel)),
    start: isoDate(month.year, month.month, fromDay),
    end: isoDate(month.year, month.month, lastDay),
    precision: 'PART_OF_MONTH',
  };
};

/** "early 2026" (Jan–Apr), "mid-2025" (May–Aug), "late 2023" (Sep–Dec), "end of 2023" (Dec), "start of 2024" (Jan). */
export const readPartOfYearAtom: Atom = (text, r) => {
  const split = splitPart(text);
  const year = split ? readYear(split.of, r) : null;
  if (!split || !year) return null;
  const [fromMonth, toMonth] = YEAR_PARTS[split.part];
  return monthsOf(year.year, fromMonth, toMonth, partLabel(split.part, year.label), 'PART_OF_YEAR');
};

const labelled = (year: number) => ({ year, label: String(year) });

/**
 * "the nine months", "the nine-month period", "nine-month (of 2025)": a results story's own name for the year's first
 * nine (or six) months. Not a bare "nine months", which is as often a length of time ("took nine months").
 */
const UNNUMBERED_OPENING = /^(?:(?:the|its|their)\s+(six|nine)\s+months|(?:(?:the|its|their)\s+)?(six|nine)-month(?:\s+period)?)(?=\s+of\s|\s+\d{4}$|$)/;

/**
 * "the first nine months of 2025", "the first six months of the year", "the first three quarters of 2024": the year's
 * opening months, January to the last of them (a count past the year's twelve months reads nothing). Without a year
 * ("in the first nine months"), the publication year's, as "the first half" is. "The nine months", "the nine-month
 * period" (UNNUMBERED_OPENING) are read as the same.
 */
export const readLeadingMonthsOfYearAtom: Atom = (text, r) => {
  const match = /^(?:the\s+)?first\s+(.+?)\s+(months|quarters)(?:\s+(?:of\s+)?(.+))?$/.exec(text.replace(UNNUMBERED_OPENING, 'first $1$2 months'));
  if (!match) return null;
  const [, countText = '', unitWord, yearText] = match;
  const count = parseCardinal(countText);
  const year = yearText === undefined ? labelled(impliedYear(r, text)) : readYear(yearText, r);
  const months = count === null ? 0 : count * (unitWord === 'quarters' ? 3 : 1);
  if (!year || !Number.isInteger(months) || months < 1 || months > 12) return null;
  return monthsOf(year.year, 1, months, `first ${months} months of ${year.label}`, 'MONTH');
};
