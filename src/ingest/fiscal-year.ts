// A company's own fiscal quarters, when the article says where its fiscal year ends: "Brightline Mobile, which runs a
// financial year to March 31, added 212,000 subscribers in its fiscal second quarter" is July to September, not the
// calendar's second quarter (which is what the period parser reads "fiscal second quarter" as, knowing no company).
import { addMonths, CAPITALISED_MONTHS, daysInMonth, isoDate, monthNumber, namesSplitYear, shiftIsoDate, splitYearEndOf, YEAR_NAMED_FIRST } from '../domain/period.js';
import type { Candidate } from './candidate.js';
import { latestPublicationDay } from './future-period.js';
import { hasForecastBasis } from './scope.js';
import { unnumberedOpening } from './unnumbered-opening.js';

/** Month names as written in a year's end, with their capital: "June", "Jan." (longest first, so "June" is not "Jun"). */
const MONTH_WRITTEN = CAPITALISED_MONTHS;
/**
 * "runs a financial year to March 31", "whose fiscal year ends in June", "the fiscal year ending 30 September", "ends in
 * late January", and a 52-53-week year's "ends on the last Friday of September", "on the Saturday closest to Jan. 31".
 */
const YEAR_END = new RegExp(
  `\\b[Ff](?:iscal|inancial) year,? (?:that |which )?(?:runs to|running to|to|ends|ending|ended|closes|closing)(?: on| in)?(?: \\d{1,2})?(?: late| early| mid-?)?(?: the (?:last|final) \\w*day (?:of|in)| the \\w*day (?:closest|nearest)(?: to)?(?: the end of)?)? (${MONTH_WRITTEN})\\b`,
  'g',
);

/** "whose financial year runs from April to March": the month after "to" ends it. */
const YEAR_FROM_TO = new RegExp(`\\b[Ff](?:iscal|inancial) year,? (?:that |which )?(?:runs|running|lasts) from (?:${MONTH_WRITTEN})\\b\\.? (?:\\d{1,2} )?(?:to|through|until) (?:\\d{1,2} )?(${MONTH_WRITTEN})\\b`, 'g');

/** "the fiscal year, which began in April", "a financial year that starts on 1 April". */
const YEAR_START = new RegExp(
  `\\b[Ff](?:iscal|inancial) year,? (?:that |which )?(?:began|begins|begun|started|starts|starting|beginning)(?: on| in)?(?: \\d{1,2})? (${MONTH_WRITTEN})\\b`,
  'g',
);

/** "For fiscal 2027, which ends April 30, 2027", "fiscal year 2026, which ended in March": a numbered year's end. */
const NUMBERED_YEAR_END = new RegExp(
  `\\b[Ff](?:iscal|inancial) (?:year )?(?:20)?\\d\\d,? (?:which|that) (?:ends|ended|ending|runs to|closes|closed)(?: on| in)?(?: \\d{1,2})? (${MONTH_WRITTEN})\\b`,
  'g',
);

/**
 * "the fiscal second quarter ended Oct. 31", "its fiscal third quarter to December", "the fiscal third quarter, which
 * ended Nov. 1": a fiscal quarter's end month (and day, when written after it).
 */
const FISCAL_QUARTER_END = new RegExp(
  `\\b[Ff]iscal (first|second|third|fourth)[ -]quarter,? (?:that |which )?(?:ended|ending|ends|through|to)(?: on| in)?(?: \\d{1,2})? (${MONTH_WRITTEN})\\b\\.?(?: (\\d{1,2})\\b)?`,
  'g',
);

/**
 * "the three months to September 30, the second quarter of fiscal 2027": a fiscal quarter named with its end, which says
 * both where the year ends and whether "fiscal 2027" is named by the year it ends in (Indian) or starts in.
 */
const QUARTER_NAMED_WITH_END = new RegExp(
  `\\b(?:three months|quarter) (?:ended|ending|to|through) (?:(\\d{1,2}) )?(${MONTH_WRITTEN})\\b\\.?(?: (\\d{1,2}))?(?:,? ((?:19|20)\\d\\d))?,? (?:the|its) (first|second|third|fourth) (?:fiscal )?quarter of (?:its |the )?(?:fiscal|financial) (?:year )?((?:19|20)?\\d\\d)\\b([-–/]\\d)?`,
  'g',
);

/**
 * The month a period written to `month` and `day` ends in: a 52-53-week year's quarter "ended Nov. 1" ends with October
 * (its last week runs into November's first days).
 */
const endMonth = (month: number, day: string | undefined): number => (day !== undefined && Number(day) <= 7 ? addMonths(0, month, -1).month : month);
/** "at the end of the fiscal second quarter on Oct. 31" (not "will report its fiscal first quarter on Nov. 20"). */
const FISCAL_QUARTER_CLOSE = new RegExp(`\\bend of (?:the|its) fiscal (first|second|third|fourth)[ -]quarter,? on (?:\\d{1,2} )?(${MONTH_WRITTEN})\\b`, 'g');

/** "the July–September quarter", "the April-June quarter": a quarter named by its first and last months. */
const MONTHS_QUARTER = new RegExp(`\\b(?:${MONTH_WRITTEN})\\.?\\s?[-–]\\s?(${MONTH_WRITTEN})\\.? quarter\\b`);
/** "the second quarter of fiscal 2027", "the second quarter of its financial year 2027": a fiscal quarter by number. */
const NUMBERED_FISCAL_QUARTER = /\b(first|second|third|fourth) quarter of (?:its |the )?(?:fiscal|financial) (?:year )?((?:19|20)?\d\d)\b(?![-–/]\d)/;
/** How far into the article its opening runs: the headline, dateline and the first two or three sentences. */
const OPENING_CHARACTERS = 1000;

/**
 * "reported a narrower loss for the July–September quarter. … for the second quarter of fiscal 2027": a story that
 * opens on a quarter named by its months and a fiscal quarter by its number names one quarter twice, which says where
 * the company's year ends (September is a second quarter's end: March) and how "fiscal 2027" is named (by its end).
 * The first of each, in the story's opening; null when it has not both.
 */
function openingQuarterNamedTwice(text: string, publishedAt: string | null): { yearEnd: number; naming: 'end' | 'start' | null } | null {
  const opening = text.slice(0, OPENING_CHARACTERS);
  const months = MONTHS_QUARTER.exec(opening);
  const numbered = NUMBERED_FISCAL_QUARTER.exec(opening);
  if (months === null || numbered === null) return null;
  const quarterEnd = monthNumber(months[1]!.toLowerCase());
  const yearEnd = yearEndAfterQuarter(quarterEnd, numbered[1]!);
  const latest = publishedAt === null ? null : latestPublicationDay(publishedAt);
  if (latest === null) return { yearEnd, naming: null };
  const year = Number(latest.slice(0, 4)) - (isoDate(Number(latest.slice(0, 4)), quarterEnd, 1) > latest ? 1 : 0);
  const yearEnds = addMonths(year, quarterEnd, 3 * (4 - (ORDINALS.indexOf(numbered[1]!.toLowerCase()) + 1))).year;
  const named = numbered[2]!.length === 2 ? 2000 + Number(numbered[2]) : Number(numbered[2]);
  return { yearEnd, naming: named === yearEnds ? 'end' : named === yearEnds - 1 ? 'start' : null };
}

/**
 * The month (1-12) the article says its company's fiscal year ends in, or null: also null when it gives two ("Microsoft's
 * fiscal year ends in June … Apple's fiscal year ends in September"), as it cannot say whose quarter is whose. Month
 * names need their capital: "the fiscal year ending may be changed" names none.
 */
export function fiscalYearEndMonth(text: string, publishedAt: string | null = null): number | null {
  const ends = [...text.matchAll(YEAR_END), ...text.matchAll(NUMBERED_YEAR_END), ...text.matchAll(YEAR_FROM_TO)].map((match) => monthNumber(match[1]!.toLowerCase()));
  // A fiscal quarter ending in a month puts the year's end 3, 6, 9 or 12 months before it: Q2 to October, April.
  const quarterEnds = [...text.matchAll(FISCAL_QUARTER_END), ...text.matchAll(FISCAL_QUARTER_CLOSE)].map((match) =>
    yearEndAfterQuarter(endMonth(monthNumber(match[2]!.toLowerCase()), match[3]), match[1]!),
  );
  const namedQuarters = [...text.matchAll(QUARTER_NAMED_WITH_END)].map((match) => yearEndAfterQuarter(endMonth(monthNumber(match[2]!.toLowerCase()), match[1] ?? match[3]), match[5]!));
  // "the fiscal year, which began in April": it ends the month before.
  const starts = [...text.matchAll(YEAR_START)].map((match) => addMonths(0, monthNumber(match[1]!.toLowerCase()), -1).month);
  const months = new Set([...ends, ...starts, ...quarterEnds, ...namedQuarters]);
  if (months.size === 0) return firstHalfEnd(text) ?? openingQuarterNamedTwice(text, publishedAt)?.yearEnd ?? indianFiscalYearEnd(text);
  return months.size === 1 ? [...months][0]! : null;
}

/** "Q2 FY27", "FY2026", "fiscal 2027", "2025-26": a year named as a fiscal one. */
const FISCAL_NAMED = /\b(?:Q[1-4] ?)?FY ?'?\d{2}(?:\d{2})?\b|\b[Ff]iscal (?:year )?20\d\d\b/;
const namesFiscalYear = (text: string): boolean => FISCAL_NAMED.test(text) || namesSplitYear(text);

/**
 * "Net profit for the second quarter of FY27 rose to ₹612 crore": an Indian company's fiscal year ends in March, by law
 * (the Income Tax Act's "previous year"), where the story names its fiscal years and says no other end.
 */
function indianFiscalYearEnd(text: string): number | null {
  // An Indian story: most of its money in rupees, or rupee figures and an Indian city, exchange or index (an IT company
  // reporting in dollars); not a Japanese carmaker's story that gives its Indian unit's profit in crore.
  const rupees = [...text.matchAll(RUPEE_AMOUNT)].length;
  const others = [...text.matchAll(OTHER_MONEY)].length;
  const indian = rupees > others || (rupees >= 2 && INDIAN_MARKERS.test(text));
  return indian && namesFiscalYear(text) ? 3 : null;
}

const INDIAN_MARKERS = /\b(?:Mumbai|New Delhi|Bengaluru|Bangalore|Chennai|Hyderabad|Pune|Kolkata|Gurugram|Noida|Ahmedabad|BSE|NSE|Sensex|Nifty|SEBI|Dalal Street)\b/;

const RUPEE_AMOUNT = /(?:₹|\bRs\.?) ?\d[\d,.]*(?: ?(?:crores?|lakhs?|million|billion|trillion))?|\b\d[\d,.]* ?(?:crores?|lakhs?)\b/g;
const OTHER_MONEY = /(?:[$€£¥]|\b(?:US|S|A|C|HK|NZ|R)\$) ?\d|\b\d[\d.,]* ?(?:million |billion |trillion )?(?:yen|euros?|dollars?|won|yuan|reais|riyals?|dirhams?|pounds|francs|kronor|crowns|rand|naira|shillings|pesos|ringgit|baht)\b/g;

/** The month a fiscal year ends in, from the month its `ordinal` ("second") quarter ends in: Q2 to September, March. */
const yearEndAfterQuarter = (quarterEnd: number, ordinal: string): number => addMonths(0, quarterEnd, -3 * (ORDINALS.indexOf(ordinal.toLowerCase()) + 1)).month;

/**
 * How the article numbers its company's fiscal years, where a quarter named with its end says so: 'end' when "fiscal
 * 2027" ends in 2027 (April 2026 to March 2027 in an Indian story), 'start' when it starts in it; null when it does not say.
 */
export function fiscalYearNaming(text: string, publishedAt: string | null): 'end' | 'start' | null {
  const latest = publishedAt === null ? null : latestPublicationDay(publishedAt);
  if (latest === null) return null;
  const namings = new Set<'end' | 'start'>();
  for (const match of text.matchAll(QUARTER_NAMED_WITH_END)) {
    const month = endMonth(monthNumber(match[2]!.toLowerCase()), match[1] ?? match[3]);
    // The quarter's end: the year written, else the latest such month ended by the publication.
    const year = match[4] !== undefined ? Number(match[4]) : Number(latest.slice(0, 4)) - (isoDate(Number(latest.slice(0, 4)), month, 1) > latest ? 1 : 0);
    const quarters = 4 - (ORDINALS.indexOf(match[5]!.toLowerCase()) + 1);
    const yearEnds = addMonths(year, month, 3 * quarters).year;
    // A split year ("financial year 2026-27") names both ends: it says when the year ends, not how "fiscal 2027" is named.
    if (match[7] !== undefined) continue;
    const named = match[6]!.length === 2 ? 2000 + Number(match[6]) : Number(match[6]);
    if (named === yearEnds) namings.add('end');
    else if (named === yearEnds - 1) namings.add('start');
  }
  // An Indian "FY27" is the year ending in March 2027, as Indian companies and papers name it.
  if (namings.size === 0) return openingQuarterNamedTwice(text, publishedAt)?.naming ?? (indianFiscalYearEnd(text) === null ? null : 'end');
  return namings.size === 1 ? [...namings][0]! : null;
}

/** "first-half net profit … for the six months ended Dec. 31": the first half's end, named with its months. */
const FIRST_HALF = /\bfirst[- ]half\b|\bhalf[- ]year\b|\binterim (?:results?|profit|dividend|period|report)\b/i;
const SIX_MONTHS_ENDED = /\b(?:six months|26 weeks|twenty-six weeks) (?:ended|ending|to|through) (?:(\d{1,2}) )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?: (\d{1,2})\b)?/g;

/**
 * An article that tells a first half as "the six months ended Dec. 31" (a British grocer's "the 26 weeks to Aug. 29")
 * says where the year ends: six months later (June),
 * as Australian and other companies with a June year end report. A calendar year's first half ends in June: December.
 * Null when it names no such half, or halves ending in different months.
 */
function firstHalfEnd(text: string): number | null {
  if (!FIRST_HALF.test(text)) return null;
  // "the 26 weeks ended Aug. 1": a 52-week year's half ends with July (endMonth).
  const ends = new Set([...text.matchAll(SIX_MONTHS_ENDED)].map((match) => endMonth(monthNumber(match[2]!.toLowerCase()), match[1] ?? match[3])));
  if (ends.size !== 1) return null;
  return addMonths(0, [...ends][0]!, 6).month;
}

/** A quarter with no year or end date, as the date finder leaves it: "second quarter", "the third quarter", "Q3". */
const BARE_QUARTER = /^(?:in |during |for |of )?(?:the |its |their )?(?:(first|second|third|fourth)[ -]quarter|q([1-4]))$/i;
/** Written as the company's own: "its fiscal second quarter", "the third fiscal quarter", "fiscal Q3". */
const FISCAL_WORDING = /\bfiscal (?:first|second|third|fourth)[ -]quarter\b|\b(?:first|second|third|fourth) fiscal quarter\b|\bfiscal q[1-4]\b|\b(?:first|second|third|fourth) quarter of (?:its |the |their |[a-z][\w-]*['’]s )?(?:fiscal|financial)\b/i;
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** "Ironquill" and "Ironquill Security Inc": a name and its shortening (not "General Foods" and "General Mills Inc"). */
export const sameCompany = (name: string, company: string | null): boolean =>
  company !== null && (name === company || company.startsWith(`${name} `) || name.startsWith(`${company} `));

/**
 * The story's company or one of its own units, which keep its calendar: the company's own figures (its segments' are
 * still its subject's), or a unit named after it ("Umoya Style" of "Umoya Retail Group"; "Umoya" alone is the
 * company's shortening). Not a rival's division ("Rival Mopani Stores said its clothing division's sales …").
 */
function ownUnit(candidate: Candidate, company: string | null): boolean {
  if (company === null) return false;
  if (sameCompany(candidate.subject, company)) return true;
  const first = company.split(' ')[0]!;
  return first.length >= 4 && candidate.subject.startsWith(`${first} `);
}

/** How long before the publication a fiscal quarter told bare may have ended: within the half just reported. */
const RECENT_QUARTER_DAYS = 183;

/** "compared with $398 million in the second quarter a year earlier": the quarter a year back, not the one just ended. */
const QUARTER_A_YEAR_BACK = /\bquarter,? (?:a year (?:earlier|ago|before)|of last year|last year|of the previous year)\b/i;

/** The quarters (1-4) an article writes as fiscal ones: "the fiscal second quarter", "its third fiscal quarter", "fiscal Q4". */
function quartersWrittenFiscal(text: string): Set<number> {
  const written = [...text.matchAll(new RegExp(FISCAL_WORDING.source, 'gi'))].map((match) => /(first|second|third|fourth)|q([1-4])/i.exec(match[0])!);
  return new Set(written.map((words) => (words[2] ? Number(words[2]) : ORDINALS.indexOf(words[1]!.toLowerCase()) + 1)));
}

/**
 * Dates each candidate whose period is a fiscal quarter with no year as that quarter of the company's fiscal year,
 * the latest one ended by the publication ("2024-07-01 to 2024-09-30"). A quarter is fiscal by its own words, or, for
 * a figure of the company the story is about, by being one the article calls fiscal elsewhere ("ARR at the end of the
 * fiscal second quarter … Revenue for the quarter grew 25%", dated by that report); a rival's or a market's quarter is
 * the calendar's. Forecasts, and articles that do not say where the fiscal year ends, are left as they are.
 */
export function companyFiscalQuarters(candidates: Candidate[], yearEndMonth: number | null, publishedAt: string | null, text: string, storyCompany: string | null, calendarTold = false): Candidate[] {
  if (yearEndMonth === null || publishedAt === null) return candidates;
  const latest = latestPublicationDay(publishedAt);
  if (latest === null) return candidates;
  const writtenFiscal = quartersWrittenFiscal(text);
  return candidates.map((candidate) => {
    // The figure's own words: the context either side may be the next sentence's ("… Beta reported revenue in the fourth quarter").
    const { prefix, quote } = candidate.anchor;
    // "second-quarter 2025": a year the past-year rule gave a calendar quarter still to come (past-year.ts), not one written.
    const bare = candidate.period === null ? null : /\b(?:19|20)\d\d\b/.test(quote) ? candidate.period.trim() : candidate.period.trim().replace(/ (?:19|20)\d\d$/, '');
    const match = bare === null ? null : BARE_QUARTER.exec(bare);
    if (!match || hasForecastBasis(candidate.qualifiers)) return candidate;
    const quarter = match[2] ? Number(match[2]) : ORDINALS.indexOf(match[1]!.toLowerCase()) + 1;
    const ownWords = FISCAL_WORDING.test(quote) || (/\bfiscal\s+$/i.test(prefix) && /^(?:first|second|third|fourth)[ -]quarter/i.test(quote));
    // The story company's bare quarter is its fiscal one where the article calls that quarter fiscal elsewhere, or tells
    // its calendar (`calendarTold`: "the 26 weeks to Sept. 5 … accelerating to 4.3% in the second quarter") and that
    // quarter is of the half or year just reported (not "the second quarter" ten months back for a June year end).
    const fiscal = latestEnded(addMonths(0, yearEndMonth, 3 * (quarter - 1) + 1).month, 3, latest);
    const recent = fiscal.slice(-10) >= shiftIsoDate(latest, -RECENT_QUARTER_DAYS);
    if (!ownWords && (!sameCompany(candidate.subject, storyCompany) || !(writtenFiscal.has(quarter) || (calendarTold && recent)) || QUARTER_A_YEAR_BACK.test(`${quote}${candidate.anchor.suffix}`))) return candidate;
    return { ...candidate, period: fiscal };
  });
}

/**
 * The `months` months from month `first`, the latest such span that ended by `latest` (`back` years before it), as
 * "start to end": a fiscal quarter, or a fiscal year's opening half or nine months.
 */
function latestEnded(first: number, months: number, latest: string, back = 0): string {
  for (let year = Number(latest.slice(0, 4)); ; year--) {
    const last = addMonths(year, first, months - 1);
    if (isoDate(last.year, last.month, daysInMonth(last.year, last.month)) > latest) continue;
    const end = addMonths(year - back, first, months - 1);
    return `${isoDate(year - back, first, 1)} to ${isoDate(end.year, end.month, daysInMonth(end.year, end.month))}`;
  }
}

/** "the first six months of the fiscal year", "the first half of its financial year", "the first nine months of the fiscal year". */
const OPENING_OF_FISCAL_YEAR = /\bfirst (half|three months|six months|nine months|quarter) of (?:the|its|their) (?:current )?(?:fiscal|financial) year\b/gi;
const OPENING_MONTHS: Readonly<Record<string, number>> = { half: 6, 'three months': 3, 'six months': 6, 'nine months': 9, quarter: 3 };
const monthsIn = (part: string): number => OPENING_MONTHS[part.toLowerCase()]!;

/**
 * The same span, written bare, as the date finder leaves it: "for the first half", "in the first six months" (with the
 * year past-year.ts gave one told in the past: "in the first half 2025"; the company's year decides instead).
 */
const BARE_OPENING = /^(?:in |during |for |over )?(?:the |its )?first[- ](half|three months|six months|nine months|quarter)(?: \d{4})?$/i;
/** A figure dated by a whole year: "full-year", "annual", "for the year", "next fiscal year" (not "the financial year ending …"). */
const WHOLE_YEAR = /\b(?:full[- ]?year|annual|for the year|(?:this|next) (?:fiscal |financial )?year)\b/i;
/** "a year earlier", "the same period last year": a figure told against the year before. */
const YEAR_BACK = /\b(?:a year (?:earlier|ago|before)|last year|(?:the )?(?:prior|previous) year)\b/i;

/**
 * Dates each candidate in an opening span of the company's fiscal year as that span of the latest fiscal year in
 * which it had ended by the publication (a year before that for "a year earlier"; a forecast, the one to come), where
 * the article says where the year ends: the span named in the figure's own sentence ("net profit for the first six months of the fiscal year,
 * which began in April, rose 14%"), or named bare ("Revenue rose 8% … for the first half") in an article that calls
 * it the fiscal year's. The date finder reads such a span on the calendar, or takes another date of the sentence
 * ("in April"), as it knows no company's year.
 */
/**
 * What the article says of its fiscal opening spans, read once and kept across its sentences: the spans it names as the
 * fiscal year's, by their number of months, and the parties whose figures they dated so far.
 */
export interface FiscalSpans {
  named: ReadonlySet<number>;
  /**
   * The article tells its first half as "the six months ended …", a fiscal quarter with its end, or where the year
   * ends in words: a bare first half (or first nine months) of the story's company is the fiscal one.
   */
  fiscalHalfTold: boolean;
  /**
   * The article tells a calendar more surely the story company's: a first half told as "the 26 weeks to Sept. 5" (whose
   * it is not checked), or its own year end stated in the opening. (A fiscal quarter with its end is as often a
   * rival's in a market report.)
   */
  ownCalendarTold: boolean;
  parties: Set<string>;
}

/**
 * Another party named shortly before a stated year end, whose year it is: "Rival Beta Corp, whose fiscal year ends in
 * March", "Its Japanese partner Hoshino Corp, whose", "The government, whose", "Japan's fiscal year".
 */
export const OTHER_OWNER_BEFORE =
  /\b(?:rivals?|competitors?|peers?|unlike|partners?|government|state|ministry|parent|subsidiary|joint venture|customers?|suppliers?|Japan['’]s|China['’]s|India['’]s|Britain['’]s|the country['’]s)\b[^.]*$/i;
export const OWNER_REACH = 60;

/**
 * An article that tells its first half as "the six months to Aug. 31" (firstHalfEnd), a fiscal quarter with its end,
 * or its year end in words in its opening names that half as the fiscal year's too: its bare "first-half" profit is
 * the same six months.
 */
export const fiscalSpansOf = (text: string): FiscalSpans => {
  // A quarter told with its end ("the three months to September 30, the second quarter of fiscal 2027") sets out the
  // whole calendar: the company's bare "first half" and "first nine months" are its fiscal ones too.
  const quarterTold = [...text.matchAll(QUARTER_NAMED_WITH_END)].length > 0 || [...text.matchAll(FISCAL_QUARTER_END)].length > 0;
  const halfTold = firstHalfEnd(text) !== null;
  // So does a year end the article states in words in its opening, where it is the story company's ("The budget
  // airline, whose fiscal year ends on March 31, …"), unless another party's (a rival's, a partner's, a government's).
  const opening = text.slice(0, OPENING_CHARACTERS);
  const ownEnd = (match: RegExpMatchArray): boolean => !OTHER_OWNER_BEFORE.test(opening.slice(Math.max(0, match.index! - OWNER_REACH), match.index));
  const endStated = [YEAR_END, YEAR_FROM_TO, YEAR_START, NUMBERED_YEAR_END].some((pattern) => [...opening.matchAll(pattern)].some(ownEnd));
  return {
    named: new Set([...[...text.matchAll(OPENING_OF_FISCAL_YEAR)].map((match) => monthsIn(match[1]!)), ...(halfTold || quarterTold || endStated ? [6] : []), ...(quarterTold || endStated ? [9] : [])]),
    fiscalHalfTold: halfTold || quarterTold || endStated,
    ownCalendarTold: halfTold || endStated,
    parties: new Set(),
  };
};

export function companyFiscalOpeningSpans(candidates: Candidate[], yearEndMonth: number | null, publishedAt: string | null, text: string, spans: FiscalSpans, storyCompany: string | null = null): Candidate[] {
  if (yearEndMonth === null || publishedAt === null) return candidates;
  const latest = latestPublicationDay(publishedAt);
  if (latest === null) return candidates;
  const firstMonth = addMonths(0, yearEndMonth, 1).month;
  // The span named in the figure's sentence, or carried from a report on it ("the first quarter of its financial year ending June 2027").
  const ownSpan = (candidate: Candidate) => openingSpanAround(text, candidate.anchor.start, candidate.anchor.end) ?? openingSpanIn(candidate.period);
  // A bare "first half" is the company's only for the parties a fiscal span was named for ("U.S. rival Corvane said …
  // in the first half" keeps the calendar's).
  const { named, parties } = spans;
  // "first-half headline earnings" in an article whose six months run to August: the company's half, not a rival's.
  const halfOfStory = (candidate: Candidate, part: string): boolean => spans.fiscalHalfTold && monthsIn(part) >= 6 && ownUnit(candidate, storyCompany);
  for (const candidate of candidates) if (ownSpan(candidate) !== null) parties.add(candidate.subject);
  return candidates.map((candidate) => {
    // "kept its full-year forecast of 120 billion yen" in a sentence about the first nine months: another span.
    if (candidate.period !== null && WHOLE_YEAR.test(candidate.period)) return candidate;
    const own = ownSpan(candidate);
    const unnumbered = candidate.period === null ? null : unnumberedOpening(candidate.period);
    const bare = candidate.period === null ? null : (BARE_OPENING.exec(candidate.period.trim())?.[1] ?? unnumbered);
    let months: number | null = null;
    if (own) months = monthsIn(own.part);
    // "the nine months" with no end, in a story that says where its company's year ends, is that year's.
    else if (unnumbered !== null) months = monthsIn(unnumbered);
    else if (bare && (parties.has(candidate.subject) || halfOfStory(candidate, bare)) && named.has(monthsIn(bare))) months = monthsIn(bare);
    if (months === null) return candidate;
    const back = candidate.period !== null && YEAR_BACK.test(candidate.period) ? 1 : 0;
    // A forecast is of the span to come: "expects net profit for the first half of its fiscal year to rise".
    const period = hasForecastBasis(candidate.qualifiers) ? nextEnding(firstMonth, months, latest) : latestEnded(firstMonth, months, latest, back);
    // The claim's words say the span too, not the date the finder had taken ("… of R3.8bn (in April)").
    const said = own && candidate.period !== null && !back ? candidate.text.replace(`(${candidate.period}).`, `(${own.words}).`) : candidate.text;
    return { ...candidate, text: said, period };
  });
}

/** The opening span of the fiscal year a period's own words name: "the first quarter of its financial year ending June 2027". */
function openingSpanIn(period: string | null): { part: string; words: string } | null {
  const match = period === null ? null : [...period.matchAll(OPENING_OF_FISCAL_YEAR)][0];
  return match ? { part: match[1]!, words: match[0] } : null;
}

/** How far before a figure's quote its sentence may name the span, and after its end: "Net profit for the first six months of the fiscal year, which began in April, rose …". */
const SPAN_REACH = 160;
const SPAN_AFTER = 40;

/**
 * The opening span of the fiscal year named in the quote from `start` to `end`, or in its sentence before it or right
 * after it ("a net loss of ¥96 billion for the first half of its fiscal year"): its part ("six months") and words.
 */
function openingSpanAround(text: string, start: number, end: number): { part: string; words: string } | null {
  const from = Math.max(0, start - SPAN_REACH);
  const window = text.slice(from, end + SPAN_AFTER);
  const matches = [...window.matchAll(OPENING_OF_FISCAL_YEAR)].filter((match) => from + match.index < end);
  const last = matches.at(-1);
  if (!last) return null;
  // Not across the end of a sentence: "… of the fiscal year. Revenue rose …" speaks of another span.
  const [a, b] = [Math.min(from + last.index + last[0].length, start), Math.max(from + last.index, end)];
  return /[.!?]\s/.test(text.slice(Math.min(a, b), Math.max(a, b))) ? null : { part: last[1]!, words: last[0] };
}

/** The `months` months from month `first` that end after `latest`, the first such span: what a forecast speaks of. */
function nextEnding(first: number, months: number, latest: string): string {
  for (let year = Number(latest.slice(0, 4)) - 1; ; year++) {
    const last = addMonths(year, first, months - 1);
    if (isoDate(last.year, last.month, daysInMonth(last.year, last.month)) > latest) {
      return `${isoDate(year, first, 1)} to ${isoDate(last.year, last.month, daysInMonth(last.year, last.month))}`;
    }
  }
}

/** A fiscal year named by its number: "fiscal 2026", "in fiscal year 2025", "FY2026", "FY26". */
const FISCAL_YEAR = /^(?:in |during |for |of )?(?:the |its )?(?:fiscal(?: year)? ((?:19|20)\d\d)|fy ?((?:19|20)?\d\d))$/i;
/** A quarter of one: "the third quarter of fiscal 2026", "Q2 FY2027", "the fiscal 2026 second quarter", "FY26 Q4". */
const FISCAL_YEAR_QUARTER = [
  /^(?:in |during |for |of )?(?:the |its )?(first|second|third|fourth|q[1-4])(?: fiscal)?(?: quarter)?(?: of)? (?:its |the )?(?:fiscal(?: year)? ?|fy ?)'?((?:19|20)?\d\d)$/i,
  /^(?:in |during |for |of )?(?:the |its )?(?:fiscal(?: year)? ?|fy ?)'?((?:19|20)?\d\d) (first|second|third|fourth|q[1-4])(?: quarter)?$/i,
];
const quarterNumber = (written: string): number => (/^q/i.test(written) ? Number(written.slice(1)) : ORDINALS.indexOf(written.toLowerCase()) + 1);
const fullYear = (written: string): number => (written.length === 2 ? 2000 + Number(written) : Number(written));

/** The fiscal year or quarter a period names by the year's number, or null: [year, quarter or null]. */
function numberedFiscalSpan(written: string): [number, number | null] | null {
  // "the first quarter of its 2027 financial year" is "the first quarter of fiscal 2027".
  const period = written.replace(YEAR_NAMED_FIRST, 'fiscal $1');
  const year = FISCAL_YEAR.exec(period);
  if (year) return [fullYear(year[1] ?? year[2]!), null];
  const [quarterFirst, yearFirst] = FISCAL_YEAR_QUARTER.map((pattern) => pattern.exec(period));
  if (quarterFirst) return [fullYear(quarterFirst[2]!), quarterNumber(quarterFirst[1]!)];
  if (yearFirst) return [fullYear(yearFirst[1]!), quarterNumber(yearFirst[2]!)];
  return null;
}
/** "Alphabet, which reports on a calendar year": another company in the article keeps the calendar's years. */
// Not "before the end of the calendar year", which says when, not whose year is the calendar's.
const CALENDAR_REPORTER = /\b(?:reports?|reporting|runs?|keeps?|uses?|follows?) (?:on )?(?:a |the )?calendar[- ](?:year|basis)\b|\bcalendar[- ]year basis\b|\bmatches the calendar\b/i;
/**
 * A fiscal year ending in January to March is named by its first year as often as by its last ("fiscal 2025" is
 * April 2025 to March 2026 for Japanese companies, "FY26" the same months for Indian ones): those are left alone,
 * unless the article names a quarter with its end ("the three months to September 30, the second quarter of fiscal
 * 2027"), which shows the naming.
 */
const FIRST_UNAMBIGUOUS_END_MONTH = 4;

/**
 * Dates each candidate whose period is a fiscal year by its number, or a quarter of one, as that year (or quarter) of
 * the company's fiscal calendar, the twelve months ending in the year-end month of the year named ("fiscal 2026" with
 * a year ending June 30 is July 2025 to June 2026, "the third quarter of fiscal 2026" January to March 2026), where the
 * article says where the year ends and the naming is not ambiguous.
 */
export function companyFiscalYears(candidates: Candidate[], yearEndMonth: number | null, text: string, naming: 'end' | 'start' | null = null): Candidate[] {
  // "the 2025/26 season", "the 2026-27 budget", "For 2026-27" in a story that says nothing of whose year it is: which
  // twelve months is unknown (a league's, a crop's, a government's), so it dates nothing rather than a guess.
  if (yearEndMonth === null || yearEndMonth === 12) return candidates.map((candidate) => (candidate.period !== null && splitYearEndOf(candidate.period) !== null ? { ...candidate, period: null } : candidate));
  if (CALENDAR_REPORTER.test(text)) return candidates;
  // A year ending in January to March is named either way, unless the article shows which (fiscalYearNaming); a split
  // year ("2025/26") names both, so ends in the second.
  const ambiguous = yearEndMonth < FIRST_UNAMBIGUOUS_END_MONTH && naming === null;
  const endsIn = (year: number): number => (naming === 'start' ? year + 1 : year);
  return candidates.map((candidate) => {
    const period = candidate.period?.trim() ?? null;
    // A split year ("2025/26", which the parser reads as April to March) ends in its second year.
    const splitEnd = period === null ? null : splitYearEndOf(period);
    const numbered = period === null || splitEnd !== null || ambiguous ? null : numberedFiscalSpan(period);
    if (splitEnd === null && !numbered) return candidate;
    const [year, quarter] = splitEnd !== null ? [splitEnd, null] : [endsIn(numbered![0]), numbered![1]];
    const first = addMonths(year - 1, yearEndMonth, 1 + (quarter === null ? 0 : 3 * (quarter - 1)));
    const last = addMonths(first.year, first.month, quarter === null ? 11 : 2);
    return { ...candidate, period: `${isoDate(first.year, first.month, 1)} to ${isoDate(last.year, last.month, daysInMonth(last.year, last.month))}` };
  });
}

/** How long after a fiscal year ends its results come out: a full-year figure told then is that year's, later the year's in progress. */
const RESULTS_SEASON_MONTHS = 3;
/** Verbs that tell a whole year's figure as done: "full-year sales rose 3.6%", "posted full-year profit of …". */
const TOLD_AS_DONE = /\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|slipped|was|were|reached|totalled|totaled|came to|posted|reported|earned|made)\b/i;
/** A whole year with no number: "for the full year", "full-year", "for the year", "the current fiscal year". */
const BARE_WHOLE_YEAR = /^(?:for |in |over |during )?(?:the |its )?(?:full[- ]year|full (?:fiscal |financial )?year|(?:current|this) (?:fiscal|financial) year|(?:fiscal|financial) year|year)$/i;

/**
 * Dates a figure of the story's company (or its unit) given for the whole year, with no number ("expects capital
 * expenditure of about R5.2 billion for the full year"), as the company's fiscal year where the article says where that
 * ends: the year the publication falls in, but a result's (told within three months of a year's end, or in the past
 * tense: "full-year sales rose 3.6%"), the year that ended. The date finder
 * reads such a year as the calendar's. A calendar year end (December) changes nothing.
 */
/** A year's total named by its measure rather than a date: "annual revenue rose 9%", "revenue for the year rose 9%". */
const ANNUAL_MEASURE = /\b(?:annual|yearly) (?:(?:net|pre-tax|pretax|operating|underlying|core) )?(?:revenues?|sales|turnover|profits?|income|earnings)\b|\b(?:revenues?|sales|turnover|profits?|income|earnings) for the year\b/i;
const ANNUAL_PREDICATES = new Set(['revenue', 'profit', 'growth_rate', 'earnings_per_share']);

/** The candidate's own words before its value name a year's total ("annual revenue rose 9% to A$11 billion"). */
function namedAnnual(candidate: Candidate): boolean {
  if (!ANNUAL_PREDICATES.has(candidate.predicate) || candidate.value === null) return false;
  const words = `${candidate.anchor.prefix}${candidate.anchor.quote}`;
  const at = words.lastIndexOf(candidate.value);
  // A result told as done ("annual revenue rose 9%") or a forecast for the year, not a size held now ("has annual
  // revenue of about $56 billion")
  // nor a compound rate over years ("compound annual revenue growth of 15%").
  const own = at > 0 ? words.slice(0, at) : '';
  return ANNUAL_MEASURE.test(own) && !/\bcompound/i.test(own) && (TOLD_AS_DONE.test(own) || hasForecastBasis(candidate.qualifiers));
}

export function companyWholeYear(candidates: Candidate[], yearEndMonth: number | null, publishedAt: string | null, storyCompany: string | null): Candidate[] {
  if (yearEndMonth === null || yearEndMonth === 12 || publishedAt === null) return candidates;
  const latest = latestPublicationDay(publishedAt);
  if (latest === null) return candidates;
  const firstMonth = addMonths(0, yearEndMonth, 1).month;
  return candidates.map((candidate) => {
    const wholeYear = candidate.period === null ? namedAnnual(candidate) : BARE_WHOLE_YEAR.test(candidate.period.trim());
    if (!wholeYear || !ownUnit(candidate, storyCompany)) return candidate;
    const ended = latestEnded(firstMonth, 12, latest);
    const inProgress = nextEnding(firstMonth, 12, latest);
    const justEnded = addMonths(Number(ended.slice(-10, -6)), Number(ended.slice(-5, -3)), RESULTS_SEASON_MONTHS);
    const inResultsSeason = latest <= isoDate(justEnded.year, justEnded.month, daysInMonth(justEnded.year, justEnded.month));
    // "told its annual meeting that full-year sales rose 3.6%": a result told in the past is the year that ended.
    const result = !hasForecastBasis(candidate.qualifiers) && (inResultsSeason || TOLD_AS_DONE.test(`${candidate.anchor.prefix.slice(-60)}${candidate.anchor.quote}`));
    return { ...candidate, period: result ? ended : inProgress };
  });
}
