// Reads when a claim holds ("Q3 2025", "by early 2026", "six months after launch") into an inclusive ISO date interval.
import * as chrono from 'chrono-node';
import { DomainError, ErrorCode } from './errors.js';
import { parseCardinal } from './quantity.js';

export type Precision = 'DAY' | 'MONTH' | 'PART_OF_MONTH' | 'QUARTER' | 'HALF' | 'PART_OF_YEAR' | 'YEAR' | 'OPEN';

/** A date known to the year, the month or the day; month is 1-12. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** start/end are ISO dates (YYYY-MM-DD), both inclusive; null = open on that side. */
export interface ParsedPeriod {
  label: string;
  start: string | null;
  end: string | null;
  precision: Precision;
}

export interface PeriodContext {
  /** The source's publication date: resolves "now", "this year", "last quarter" and dates written without a year. */
  publishedAt?: PartialDate | null;
  /** Named events, e.g. { launch: {year: 2025, month: 2, day: 24} }, for "six months after launch". */
  anchors?: Record<string, PartialDate>;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

const DAY_MS = 86_400_000;

function shiftIsoDate(iso: string, days: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Month arithmetic on (year, month) pairs; month stays 1-12. */
function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH = `(${Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday|rsday)?\\.?,?\\s+)?';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

const monthNumber = (name: string | undefined): number => MONTH_NUMBERS[(name ?? '').replace('.', '')] ?? 0;
const monthLabel = (year: number, month: number, yearLabel = String(year)): string => `${MONTH_NAMES[month - 1] ?? ''} ${yearLabel}`;

// ---------------------------------------------------------------------------------------------------------------
// Errors

const dateInvalid = (text: string, reason: string): DomainError =>
  new DomainError(ErrorCode.DateInvalid, `"${text}" is not a valid date: ${reason}`, [], { text });

const periodUnparseable = (text: string): DomainError =>
  new DomainError(ErrorCode.PeriodUnparseable, `cannot read a period from "${text}"`, [], { text });

const unresolvable = (text: string, reason: string): DomainError =>
  new DomainError(ErrorCode.PeriodUnresolvable, `cannot resolve the period "${text}": ${reason}`, [], { text });

// ---------------------------------------------------------------------------------------------------------------
// Partial dates

/** Checks that the parts name a real calendar date (leap years included) and returns it. */
function checkedDate(text: string, year: number, month?: number, day?: number): PartialDate {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw dateInvalid(text, `year ${year} is out of range`);
  if (month === undefined) return { year };
  if (!Number.isInteger(month) || month < 1 || month > 12) throw dateInvalid(text, `month ${month} does not exist`);
  if (day === undefined) return { year, month };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw dateInvalid(text, `${MONTH_NAMES[month - 1]} ${year} has no day ${day}`);
  }
  return { year, month, day };
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const NAMED_MONTH_YEAR = new RegExp(`^${MONTH},?\\s+(?:of\\s+)?(\\d{4})$`);
const NAMED_MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+${ORDINAL},?\\s+(\\d{4})$`);
const NAMED_DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(?:the\\s+)?${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})$`);

/**
 * A date in one of the written forms we accept, or null when the text is not date-shaped; throws DateInvalid
 * when it is date-shaped but not a real date ("2026-02-30"). Times and offsets are ignored: the date is taken as
 * written, not converted to UTC, because that is the day the source printed.
 */
function readPartialDate(text: string, shown: string): PartialDate | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return checkedDate(shown, Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const monthYear = NAMED_MONTH_YEAR.exec(text);
  if (monthYear) return checkedDate(shown, Number(monthYear[2]), monthNumber(monthYear[1]));
  const monthDay = NAMED_MONTH_DAY_YEAR.exec(text);
  if (monthDay) return checkedDate(shown, Number(monthDay[3]), monthNumber(monthDay[1]), Number(monthDay[2]));
  const dayMonth = NAMED_DAY_MONTH_YEAR.exec(text);
  if (dayMonth) return checkedDate(shown, Number(dayMonth[3]), monthNumber(dayMonth[2]), Number(dayMonth[1]));
  return readWithChrono(text, shown);
}

/**
 * Other full dates with a month name, such as RSS dates ("Thu, 12 Feb 2026 10:00:00 GMT"). chrono must cover the
 * whole text and be certain of year, month and day. Numeric forms like "2/12/2026" are refused: US and European
 * readings differ.
 */
function readWithChrono(text: string, shown: string): PartialDate | null {
  if (!new RegExp(`\\b${MONTH}\\b`).test(text)) return null;
  const results = chrono.strict.parse(text);
  const [result] = results;
  if (results.length !== 1 || !result || result.index !== 0 || result.text.length !== text.length) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return checkedDate(shown, start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}

const normalizeText = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.,;]+$/, '');

/** "2026", "2026-02", "2026-02-12", "2026-02-12T10:00:00Z", "February 2026", "Feb 12, 2026", "12 February 2026". */
export function parsePartialDate(text: string): PartialDate {
  const normalized = normalizeText(text);
  const date = normalized === '' ? null : readPartialDate(normalized, text.trim());
  if (date === null) throw new DomainError(ErrorCode.DateInvalid, `cannot read a date from "${text.trim()}"`, [], { text });
  return date;
}

/** "2026", "2026-02" or "2026-02-12". */
export function formatPartialDate(d: PartialDate): string {
  if (d.month === undefined) return pad(d.year, 4);
  if (d.day === undefined) return `${pad(d.year, 4)}-${pad(d.month)}`;
  return isoDate(d.year, d.month, d.day);
}

// ---------------------------------------------------------------------------------------------------------------
// Building intervals

const PRECISION_ORDER: readonly Precision[] = ['DAY', 'PART_OF_MONTH', 'MONTH', 'QUARTER', 'PART_OF_YEAR', 'HALF', 'YEAR', 'OPEN'];
const coarser = (a: Precision, b: Precision): Precision => (PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b);

/** Whole months fromMonth..toMonth of one year. */
const monthsOf = (year: number, fromMonth: number, toMonth: number, label: string, precision: Precision): ParsedPeriod => ({
  label,
  start: isoDate(year, fromMonth, 1),
  end: isoDate(year, toMonth, daysInMonth(year, toMonth)),
  precision,
});

const yearPeriod = (year: number, label = String(year)): ParsedPeriod => monthsOf(year, 1, 12, label, 'YEAR');
const monthPeriod = (year: number, month: number): ParsedPeriod => monthsOf(year, month, month, monthLabel(year, month), 'MONTH');
const dayPeriod = (year: number, month: number, day: number): ParsedPeriod => {
  const iso = isoDate(year, month, day);
  return { label: iso, start: iso, end: iso, precision: 'DAY' };
};

const periodOfDate = (d: PartialDate): ParsedPeriod => {
  if (d.month === undefined) return yearPeriod(d.year);
  if (d.day === undefined) return monthPeriod(d.year, d.month);
  return dayPeriod(d.year, d.month, d.day);
};

// ---------------------------------------------------------------------------------------------------------------
// Context: what relative words resolve against

interface Resolver {
  text: string;
  publishedAt: PartialDate | null;
  anchors: ReadonlyMap<string, PartialDate>;
  /** The year a range's end lends to its start ("January to March 2025"). */
  defaultYear: number | null;
}

const anchorKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function resolverFor(text: string, context: PeriodContext): Resolver {
  const anchors = new Map(Object.entries(context.anchors ?? {}).map(([name, date]) => [anchorKey(name), date] as const));
  return { text, publishedAt: context.publishedAt ?? null, anchors, defaultYear: null };
}

function publication(r: Resolver, phrase: string): PartialDate {
  if (!r.publishedAt) throw unresolvable(r.text, `"${phrase}" is relative to the source's publication date, which is unknown`);
  return checkedDate(formatPartialDate(r.publishedAt), r.publishedAt.year, r.publishedAt.month, r.publishedAt.day);
}

function publicationMonth(r: Resolver, phrase: string): { year: number; month: number } {
  const date = publication(r, phrase);
  if (date.month === undefined) {
    throw unresolvable(r.text, `"${phrase}" needs the publication month, but the source's publication date is only known to the year (${date.year})`);
  }
  return { year: date.year, month: date.month };
}

/** The year for a date written without one: a range's end year, else the publication year. */
function impliedYear(r: Resolver, phrase: string): number {
  if (r.defaultYear !== null) return r.defaultYear;
  if (!r.publishedAt) throw unresolvable(r.text, `it does not say the year, and the source's publication date is unknown`);
  return publication(r, phrase).year;
}

// ---------------------------------------------------------------------------------------------------------------
// Years, months: the references the fuzzier forms are built on

interface YearRef {
  year: number;
  label: string;
}

/** Two-digit years ("3Q25", "FY24", "'25") are taken as 20xx: claims tracked here are about this century. */
const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

/**
 * "2025", "the year 2025", "'25", "FY2024", "fiscal 2024", "CY2024", "this year", "last year", "next year".
 * Fiscal years are read as calendar years: companies' fiscal calendars differ and the claim does not say which one.
 */
function readYear(text: string, r: Resolver): YearRef | null {
  const plain = /^(?:the\s+)?(?:(?:calendar\s+)?year\s+)?(\d{4})$/.exec(text) ?? /^'(\d{2})$/.exec(text) ?? /^(?:cy|calendar)\s*'?(\d{2}|\d{4})$/.exec(text);
  if (plain?.[1]) return { year: fullYear(plain[1]), label: String(fullYear(plain[1])) };
  const fiscal = /^(?:fy|fiscal(?:\s+year)?)\s*'?(\d{2}|\d{4})$/.exec(text);
  if (fiscal?.[1]) return { year: fullYear(fiscal[1]), label: `FY${fullYear(fiscal[1])}` };
  const relative = /^(?:(this|the current|the|last|the previous|the prior|next|the next|the coming)\s+year|(?:fy|fiscal\s+year)\s+(this|last|next))$/.exec(text);
  if (!relative) return null;
  const which = relative[1] ?? relative[2] ?? '';
  const offset = /last|previous|prior/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
  const year = publication(r, text).year + offset;
  return { year, label: String(year) };
}

interface MonthRef {
  year: number;
  month: number;
  yearLabel: string;
}

/** "February 2026", "Feb", "February of last year", "2026-02", "this month", "last month". */
function readMonth(text: string, r: Resolver): MonthRef | null {
  const named = new RegExp(`^${MONTH}(?:,?\\s+(?:of\\s+)?(.+))?$`).exec(text);
  if (named) {
    const month = monthNumber(named[1]);
    if (named[2] === undefined) {
      const year = impliedYear(r, text);
      return { year, month, yearLabel: String(year) };
    }
    const year = readYear(named[2], r);
    return year ? { year: year.year, month, yearLabel: year.label } : null;
  }
  const iso = /^(\d{4})-(\d{2})$/.exec(text);
  if (iso) {
    const date = checkedDate(r.text, Number(iso[1]), Number(iso[2]));
    return { year: date.year, month: date.month ?? 1, yearLabel: String(date.year) };
  }
  const relative = /^(this|the current|the|last|the previous|next|the next|the coming)\s+month$/.exec(text);
  if (!relative) return null;
  const offset = /last|previous/.test(relative[1] ?? '') ? -1 : /next|coming/.test(relative[1] ?? '') ? 1 : 0;
  const published = publicationMonth(r, text);
  const { year, month } = addMonths(published.year, published.month, offset);
  return { year, month, yearLabel: String(year) };
}

// ---------------------------------------------------------------------------------------------------------------
// Atoms: one closed interval each. Each returns null when the text is not its form.

type Atom = (text: string, r: Resolver) => ParsedPeriod | null;

const readYearAtom: Atom = (text, r) => {
  const year = readYear(text, r);
  return year ? yearPeriod(year.year, year.label) : null;
};

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

const quarterPeriod = (q: number, year: YearRef): ParsedPeriod =>
  monthsOf(year.year, q * 3 - 2, q * 3, `Q${q} ${year.label}`, 'QUARTER');

/** "Q3 2025", "Q3'25", "3Q25", "the third quarter of 2025", "Q3" (publication year), "last quarter". */
const readQuarterAtom: Atom = (text, r) => {
  const compact = /^q([1-4])(?:\s*(?:of|,|-)\s*|\s*)(.+)$/.exec(text) ?? /^([1-4])q\s*('?\d{2}|\d{4})$/.exec(text);
  const spelled = /^(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+|calendar\s+)?quarter(?:\s+of|,)?\s+(.+)$/.exec(text);
  const match = compact ?? spelled;
  if (match?.[2] !== undefined) {
    const q = ORDINALS[match[1] ?? ''] ?? Number(match[1]);
    const yearText = /^\d{2}$/.test(match[2]) && compact ? `'${match[2]}` : match[2];
    const year = readYear(yearText, r);
    return year ? quarterPeriod(q, year) : null;
  }
  const bare = /^q([1-4])$/.exec(text) ?? /^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter$/.exec(text);
  if (bare) {
    const year = impliedYear(r, text);
    return quarterPeriod(ORDINALS[bare[1] ?? ''] ?? Number(bare[1]), { year, label: String(year) });
  }
  const relative = /^(this|the current|last|the last|the previous|next|the next|the coming)\s+quarter$/.exec(text);
  if (!relative) return null;
  const offset = /last|previous/.test(relative[1] ?? '') ? -1 : /next|coming/.test(relative[1] ?? '') ? 1 : 0;
  const published = publicationMonth(r, text);
  const quarterStart = addMonths(published.year, Math.ceil(published.month / 3) * 3 - 2, offset * 3);
  return quarterPeriod((quarterStart.month + 2) / 3, { year: quarterStart.year, label: String(quarterStart.year) });
};

const HALVES: Readonly<Record<string, number>> = { first: 1, '1st': 1, front: 1, second: 2, '2nd': 2, back: 2, latter: 2 };

const halfPeriod = (h: number, year: YearRef): ParsedPeriod => monthsOf(year.year, h * 6 - 5, h * 6, `H${h} ${year.label}`, 'HALF');

/** "H1 2025", "1H25", "the first half of 2025", "second half 2024", "the back half of this year". */
const readHalfAtom: Atom = (text, r) => {
  const compact = /^h([12])(?:\s*(?:of|,|-)\s*|\s*)(.+)$/.exec(text) ?? /^([12])h\s*('?\d{2}|\d{4})$/.exec(text);
  const spelled = /^(?:the\s+)?(first|second|1st|2nd|front|back|latter)[\s-]+half(?:\s+of|,)?\s+(.+)$/.exec(text);
  const match = compact ?? spelled;
  if (match?.[2] === undefined) return null;
  const h = HALVES[match[1] ?? ''] ?? Number(match[1]);
  const yearText = /^\d{2}$/.test(match[2]) && compact ? `'${match[2]}` : match[2];
  const year = readYear(yearText, r);
  return year ? halfPeriod(h, year) : null;
};

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
const readPartOfMonthAtom: Atom = (text, r) => {
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
const readPartOfYearAtom: Atom = (text, r) => {
  const split = splitPart(text);
  const year = split ? readYear(split.of, r) : null;
  if (!split || !year) return null;
  const [fromMonth, toMonth] = YEAR_PARTS[split.part];
  return monthsOf(year.year, fromMonth, toMonth, partLabel(split.part, year.label), 'PART_OF_YEAR');
};

const readMonthAtom: Atom = (text, r) => {
  const month = readMonth(text, r);
  return month ? monthsOf(month.year, month.month, month.month, monthLabel(month.year, month.month, month.yearLabel), 'MONTH') : null;
};

const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+${ORDINAL}$`);
const DAY_MONTH = new RegExp(`^${WEEKDAY}(?:the\\s+)?${ORDINAL}\\s+(?:of\\s+)?${MONTH}$`);

/** Calendar dates: "2026-02-12", "February 12, 2026", "12 Feb 2026", and "February 12" in the publication year. */
const readDateAtom: Atom = (text, r) => {
  const date = readPartialDate(text, r.text);
  if (date) return periodOfDate(date);
  const monthDay = MONTH_DAY.exec(text);
  const dayMonth = DAY_MONTH.exec(text);
  const month = monthNumber(monthDay?.[1] ?? dayMonth?.[2]);
  const day = Number(monthDay?.[2] ?? dayMonth?.[1]);
  if (!month) return null;
  const checked = checkedDate(r.text, impliedYear(r, text), month, day);
  return periodOfDate(checked);
};

const NOW_WORDS = /^(?:today|now|right now|currently|at present|presently|present|the present|at the moment|nowadays|these days|date|to date)$/;

/** "today", "now", "currently": the publication date, at the precision it is known to. */
const readNowAtom: Atom = (text, r) => (NOW_WORDS.test(text) ? periodOfDate(publication(r, text)) : null);

const OFFSET_UNITS: Readonly<Record<string, { days?: number; months?: number }>> = {
  day: { days: 1 }, week: { days: 7 }, month: { months: 1 }, quarter: { months: 3 }, year: { months: 12 },
};

/** "six months after launch", "a year after its launch", "two years before launch", "90 days post-launch". */
const readAnchorOffsetAtom: Atom = (text, r) => {
  const match =
    /^(.+?)\s+(day|week|month|quarter|year)s?\s+(after|before|following|since|prior to|post)\s*-?\s*(?:(?:its|the|their|his|her)\s+)?(.+)$/.exec(text);
  if (!match) return null;
  const [, countText = '', unitWord = '', direction = '', anchorText = ''] = match;
  const count = parseCardinal(countText);
  const unit = OFFSET_UNITS[unitWord];
  if (count === null || unit === undefined) return null;
  const sign = direction === 'before' || direction === 'prior to' ? -1 : 1;
  const days = unit.days === undefined ? null : count * unit.days * sign;
  const months = unit.months === undefined ? null : count * unit.months * sign;
  if ((days !== null && !Number.isInteger(days)) || (months !== null && !Number.isInteger(months))) return null;
  const anchor = anchorDate(anchorText, r);
  return shiftedPeriod(anchor, anchorText, { days, months }, r);
};

function anchorDate(name: string, r: Resolver): PartialDate {
  const named = r.anchors.get(anchorKey(name));
  if (named) return checkedDate(formatPartialDate(named), named.year, named.month, named.day);
  const written = readPartialDate(name, r.text);
  if (written) return written;
  throw unresolvable(r.text, `the ${name} date is unknown`);
}

/** Moves a date by whole days or months; the result keeps the anchor's precision (a day, a month or a year). */
function shiftedPeriod(anchor: PartialDate, name: string, offset: { days: number | null; months: number | null }, r: Resolver): ParsedPeriod {
  const { year, month, day } = anchor;
  if (offset.days !== null) {
    if (month === undefined || day === undefined) {
      throw unresolvable(r.text, `counting days needs the exact ${name} day, but only ${formatPartialDate(anchor)} is known`);
    }
    const iso = shiftIsoDate(isoDate(year, month, day), offset.days);
    return { label: iso, start: iso, end: iso, precision: 'DAY' };
  }
  const months = offset.months ?? 0;
  if (month === undefined) {
    if (months % 12 !== 0) throw unresolvable(r.text, `counting months needs the ${name} month, but only ${year} is known`);
    return yearPeriod(year + months / 12);
  }
  const moved = addMonths(year, month, months);
  if (day === undefined) return monthPeriod(moved.year, moved.month);
  // Jan 31 + 1 month is the last day of February, not March 3.
  return dayPeriod(moved.year, moved.month, Math.min(day, daysInMonth(moved.year, moved.month)));
}

const ATOMS: readonly Atom[] = [
  readDateAtom,
  readYearAtom,
  readQuarterAtom,
  readHalfAtom,
  readPartOfMonthAtom,
  readPartOfYearAtom,
  readMonthAtom,
  readNowAtom,
  readAnchorOffsetAtom,
];

// ---------------------------------------------------------------------------------------------------------------
// Composition: ranges, "by"/"as of", and open-ended bounds

/**
 * Tries readers in order. A reader that recognised its form but could not resolve it (an unknown launch date, a
 * 30th of February) has the most useful message, so the first such error is kept and thrown if nothing else reads.
 */
class Attempts {
  firstError: DomainError | null = null;

  run<T>(read: () => T | null): T | null {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.firstError ??= error;
      return null;
    }
  }
}

function readAtom(text: string, r: Resolver, attempts: Attempts): ParsedPeriod | null {
  for (const atom of ATOMS) {
    const period = attempts.run(() => atom(text, r));
    if (period) return period;
  }
  return null;
}

/** Words that do not change the interval: "in 2023", "during Q3 2025", "at the end of 2023". */
const TRANSPARENT = /^(?:in|during|at|on|throughout|for|sometime in|some time in|over the course of)\s+(.+)$/;
/** Words that keep the interval but belong in the label: "by early 2026", "as of March 2025". */
const LABELLED = /^(by|as of|as at)\s+(.+)$/;

/** A closed interval: an atom, a range of two, or either behind "in"/"by"/"as of". */
function readClosed(text: string, r: Resolver, attempts: Attempts): ParsedPeriod | null {
  const atom = readAtom(text, r, attempts);
  if (atom) return atom;
  const range = readRange(text, r, attempts);
  if (range) return range;
  const transparent = TRANSPARENT.exec(text);
  if (transparent?.[1]) {
    const inner = readClosed(transparent[1], r, attempts);
    if (inner) return inner;
  }
  const labelled = LABELLED.exec(text);
  if (labelled?.[2]) {
    const inner = readClosed(labelled[2], r, attempts);
    if (inner) return { ...inner, label: `${labelled[1]} ${inner.label}` };
  }
  return null;
}

const RANGE_SEPARATOR = /\s*-\s*|\s+(?:to|through|thru|until|till)\s+/g;

/** Every way of cutting the text in two at a separator ("2023-2025", "Q1 to Q3 2025"), left to right. */
function rangeSplits(text: string): Array<readonly [string, string]> {
  const between = /^(?:between|from)\s+(.+)$/.exec(text);
  const body = between?.[1] ?? text;
  const separator = text.startsWith('between ') ? /\s+and\s+|\s*-\s*/g : RANGE_SEPARATOR;
  const splits: Array<readonly [string, string]> = [];
  for (const match of body.matchAll(separator)) {
    const left = body.slice(0, match.index).trim();
    const right = body.slice((match.index ?? 0) + match[0].length).trim();
    if (left && right) splits.push([left, right]);
  }
  return splits;
}

/** "2023-25": a two-digit end borrows the century of a four-digit start. */
const expandShortYear = (left: string, right: string): string =>
  /^\d{4}$/.test(left) && /^\d{2}$/.test(right) ? `${left.slice(0, 2)}${right}` : right;

function readRange(text: string, r: Resolver, attempts: Attempts): ParsedPeriod | null {
  for (const [left, rawRight] of rangeSplits(text)) {
    const right = expandShortYear(left, rawRight);
    const last = attempts.run(() => readAtom(right, r, attempts));
    if (!last?.start || !last.end) continue;
    const lendYear = { ...r, defaultYear: Number(last.start.slice(0, 4)) };
    let first = attempts.run(() => readAtom(left, lendYear, attempts));
    // "December to March 2026" starts in the year before the one written at the end.
    if (first?.start && first.start > last.start) first = attempts.run(() => readAtom(left, { ...r, defaultYear: lendYear.defaultYear - 1 }, attempts));
    if (!first?.start || !first.end || first.start > last.start || first.end > last.end) continue;
    return { label: `${first.label}–${last.label}`, start: first.start, end: last.end, precision: coarser(first.precision, last.precision) };
  }
  return null;
}

type OpenBound = 'since' | 'from' | 'after' | 'until' | 'through' | 'before';

const OPEN_PREFIXES: ReadonlyArray<readonly [RegExp, OpenBound]> = [
  [/^since\s+(.+)$/, 'since'],
  [/^(?:from|starting|starting in|starting from|beginning in|as from|effective|no earlier than)\s+(.+)$/, 'from'],
  [/^(.+?)\s+(?:onwards?|and beyond|and later)$/, 'from'],
  [/^(?:after|later than|post)\s+(.+)$/, 'after'],
  [/^(?:until|till|til|up to|up until|no later than)\s+(.+)$/, 'until'],
  [/^(?:through|thru)\s+(.+)$/, 'through'],
  [/^(?:before|prior to|earlier than|ahead of|pre)\s+(.+)$/, 'before'],
];

/**
 * Open intervals around a closed one: "since 2024" and "from 2024" start with it, "after 2024" the day after it;
 * "until 2024" and "through 2024" end with it (both inclusive: "until 2024" is read as running through 2024, the
 * wider and so safer reading); "before late 2023" ends the day before it starts.
 */
function readOpen(text: string, r: Resolver, attempts: Attempts): ParsedPeriod | null {
  for (const [pattern, bound] of OPEN_PREFIXES) {
    const inner = pattern.exec(text)?.[1];
    const closed = inner === undefined ? null : readClosed(inner, r, attempts);
    if (!closed?.start || !closed.end) continue;
    const label = `${bound} ${closed.label}`;
    switch (bound) {
      case 'since':
      case 'from':
        return { label, start: closed.start, end: null, precision: 'OPEN' };
      case 'after':
        return { label, start: shiftIsoDate(closed.end, 1), end: null, precision: 'OPEN' };
      case 'until':
      case 'through':
        return { label, start: null, end: closed.end, precision: 'OPEN' };
      case 'before':
        return { label, start: null, end: shiftIsoDate(closed.start, -1), precision: 'OPEN' };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** Reads a period into an inclusive ISO interval; throws PeriodUnparseable, PeriodUnresolvable or DateInvalid. */
export function parsePeriod(text: string, context: PeriodContext = {}): ParsedPeriod {
  const trimmed = text.trim();
  const normalized = normalizeText(text);
  if (normalized === '') throw new DomainError(ErrorCode.PeriodUnparseable, 'cannot read a period from "": the period is empty', [], { text });
  const r = resolverFor(trimmed, context);
  const attempts = new Attempts();
  const period = readClosed(normalized, r, attempts) ?? readOpen(normalized, r, attempts);
  if (period) return period;
  throw attempts.firstError ?? periodUnparseable(trimmed);
}

/** True when the two intervals share a day; null ends are unbounded. */
export function periodsOverlap(a: { start: string | null; end: string | null }, b: { start: string | null; end: string | null }): boolean {
  const aStartsInTime = a.start === null || b.end === null || a.start <= b.end;
  const bStartsInTime = b.start === null || a.end === null || b.start <= a.end;
  return aStartsInTime && bStartsInTime;
}

/** Stable identity of the interval: the same dates at the same precision are the same period, whatever the label. */
export function periodKey(p: ParsedPeriod): string {
  return `${p.start ?? '-inf'}_${p.end ?? '+inf'}_${p.precision}`;
}
