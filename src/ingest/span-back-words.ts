// The words for a span a year back, shared by the rules that find such a span (dates.ts), date it from the sentence's
// own span (year-earlier.ts) and tell a figure compared with it (earlier-state.ts): one list, so they agree.

/** A span a figure is counted over: "the same quarter", "the same nine months", "the year-ago period". */
export const SPAN_UNITS = 'quarter|period|half|months?|three months|six months|nine months';

/** A span named as the one a year back: "the year-ago quarter", "the prior-year period". */
export const BACK_COMPOUNDS = 'year-ago|year-earlier|prior-year|previous-year|year-before';

/** Words that put it a year back after "the same quarter": "last year", "a year earlier", "of the prior year". */
export const A_YEAR_BACK = 'a year (?:earlier|ago|before)|of last year|last year|of the previous year|of the prior year';

/** A year written with its century: "2025". */
export const FULL_YEAR = '(?:19|20)\\d\\d';

/** The same words as the tokenizer joins them, a hyphen standing apart: "year - ago". */
export const asTokens = (words: string): string => words.replace(/-/g, ' - ');
