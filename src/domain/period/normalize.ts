// One spelling for dates and periods before any pattern sees them, so patterns need not allow for case, dashes or spacing.
import { MONTH_NAMES } from './month-names.js';
import { SPLIT_YEAR_WORDS, splitYearEnd, YEAR_NAMED_FIRST } from './split-year.js';

/**
 * "the July-to-September quarter", "the July-through-September period", "the April-to-September first half" (a
 * company's count of its own year): a span named by its first and last months.
 */
const FULL_MONTH = `(${MONTH_NAMES.map((name) => name.toLowerCase()).join('|')})`;
const MONTHS_NAMING_A_SPAN = new RegExp(`^(?:(?:in|during|for|over) )?(?:the |its )?${FULL_MONTH}(?: ?- ?(?:to|through|thru) ?- ?| (?:to|through|thru) | ?- ?)${FULL_MONTH} (?:(?:first|second|third|fourth) )?(?:quarter|period|half|months)\\b`);

/**
 * "the December quarter", "the September-quarter results", "the June half": a quarter or half named by the month it
 * ends in, as Australian, Indian and other reporters write it. Not "in December, the quarter …" (a comma between).
 */
const SPAN_ENDING_IN_MONTH = new RegExp(`^(?:(?:in|during|for|over) )?(?:the |its )?${FULL_MONTH}(?: ?- ?| )(quarter|half)\\b`);

export const normalizeText = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.,;]+$/, '')
    // "its 2027 financial year", "the 2026 fiscal year": the year named first, as South African and British companies write it.
    .replace(YEAR_NAMED_FIRST, 'fiscal $1')
    // "fourth-quarter revenue", "first-half profit": the adjective is the period.
    .replace(/\b(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)\b/g, '$1 $2')
    // "the fiscal third quarter ended Nov. 1", "in its first quarter to May 30": the end date says which three months;
    // the ordinal is the company's count.
    .replace(/^(?:the |its )?(?:fiscal )?(?:first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half) (?=(?:ended|ending|to) )/, '$1 ')
    // "the fiscal 2026 second quarter", "FY26 Q2": the year first, as some companies write it.
    .replace(/^(?:the |its )?((?:fiscal|fy) ?(?:'?\d{2}|\d{4})) (first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half)$/, '$2 $3 of $1')
    .replace(/^(?:the |its )?((?:fiscal|fy) ?(?:'?\d{2}|\d{4})) ([qh][1-4])$/, '$2 $1')
    // "full-year 2024 revenue" is 2024's; "its full-year forecast" the year of publication (calendar years assumed).
    .replace(/\b(?:the )?full[- ]year (?=(?:19|20)\d{2}\b)/g, '')
    .replace(/\b(?:the )?full[- ]year\b/g, 'this year')
    // "the three months to end-September 2025": months counted to a month's end are counted to that month; a lone
    // "end-September 2025" is the end of it.
    .replace(new RegExp(`\\b(to|through|until) end-${FULL_MONTH}\\b`), '$1 $2')
    .replace(new RegExp(`\\bend-${FULL_MONTH}\\b`), 'the end of $1')
    // "year-to-date through August 2025": from January to that month.
    .replace(/^(?:the )?year[- ]to[- ]date (?:through|to|until|in) /, 'january to ')
    // "last year's fourth quarter": the quarter of that year.
    .replace(/^(last|this|next) year's (.+)$/, '$2 of $1 year')
    // "the second and third quarters of 2025": the one to the other.
    // Only next to each other: "the first and third quarters" are two quarters, no span.
    .replace(/^(?:the )?(first|second|third) and (second|third|fourth) (quarters|halves) (?:of )?(.+)$/, (whole: string, from: string, to: string, unit: string, year: string) => {
      const order = ['first', 'second', 'third', 'fourth'];
      if (order.indexOf(to) !== order.indexOf(from) + 1) return whole;
      const one = unit === 'quarters' ? 'quarter' : 'half';
      return `the ${from} ${one} of ${year} to the ${to} ${one} of ${year}`;
    })
    // "fiscal 2025, which ended January 31, 2025": the year its end date names, whatever the company calls it.
    // Without the end's year ("fiscal 2024, which ended June 30"), the year named is the year it ends in.
    .replace(/^(?:the |its )?(?:fiscal|fy) ?('?\d{2}|\d{4}),? (?:which |that )?(?:(ended)|ending|ends|will end) (.+)$/, (_, year: string, ended: string | undefined, end: string) =>
      `the fiscal year ${ended ?? 'ending'} ${/\b\d{4}$/.test(end) ? end : `${end}, ${year.length === 4 ? year : `20${year.replace("'", '')}`}`}`)
    // "2025/26", "FY2025-26", "fiscal 2025/26": a year split over two, named by both, as British, Indian and Australian
    // companies write their fiscal years. Which months it runs is the company's; without word of them, April to March
    // (the British and Indian year); ingest re-dates it by the company's own year end where the article gives one.
    .replace(SPLIT_YEAR_WORDS, (whole: string, first: string, second: string) => {
      const end = splitYearEnd(first, second);
      return end === null ? whole : `the year to march ${end}`;
    })
    // "from 2025 onwards": open from then on, as "from 2025" is.
    .replace(/^(from|since) (.+?) on(?:wards?)?$/, '$1 $2')
    // "the July-to-September quarter", "the October-December period": the months named are the span.
    .replace(MONTHS_NAMING_A_SPAN, '$1 to $2')
    .replace(SPAN_ENDING_IN_MONTH, 'the $2 to $1');
