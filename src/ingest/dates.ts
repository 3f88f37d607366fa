// Finds the dates in a sentence ("early February", "by late 2023", "today", "six months after launch") with the domain's period parser.
import { DomainError } from '../domain/errors.js';
import { parsePeriod, splitYearEndOf, type ParsedPeriod, type PartialDate } from '../domain/period.js';
import { sliceTokens, type ArticleDocument, type Sentence } from './document.js';
import { namedSpanFor, openingMonthsModifier, periodToNamedSpan, standsAsRunningTotal, unnumberedOpening } from './unnumbered-opening.js';
import { BACK_COMPOUNDS, FULL_YEAR, SPAN_UNITS } from './span-back-words.js';
import { longestFirst, longestReading, TokenMask, type TokenRange } from './spans.js';

/** "now", "currently", "today": the present of the verb they go with, which dates what that verb says only. */
export const isNowWord = (text: string | null | undefined): boolean => /^(?:now|currently|today)$/i.test(text?.trim() ?? '');

export interface DateMention extends TokenRange {
  /** The words read: as written, but a bare "the six months" that points back is the span it names ("the six months to September"). */
  text: string;
  /** Null when the words are a date the publication date cannot resolve ("today" in an undated source). */
  period: ParsedPeriod | null;
  /** Counted from the subject's launch ("six months after launch"): resolved once the subject is known. */
  anchored: boolean;
  /** "the year-ago quarter", "the same period of 2025": dates only a figure compared with (an earlier state). */
  backOnly?: boolean;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;
const COMPACT = /^(?:q[1-4]|h[12]|[1-4]q'?\d{2}|[12]h'?\d{2}|fy'?\d{2}(?:\d{2})?|cy\d{2,4}|'\d{2})$/;
const NOW = new Set(['today', 'yesterday', 'now', 'currently', 'presently', 'nowadays', 'ttm', 'ltm', 'ytd', 'year-to-date']);
const UNITS = new Set(['year', 'month', 'quarter', 'week']);
const RELATIVE = new Set(['this', 'last', 'next', 'current', 'previous', 'coming', 'prior']);
/** "the past 12 months", "the last two quarters", "its first six months", "the past decade": a counted window. */
const WINDOW_UNIT = /^(?:days?|weeks?|months?|quarters?|years?|decades?)$/;
const WINDOW_LEAD = /^(?:past|last|previous|prior|preceding|trailing|first|\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety)$/;
const SEASON = /^(?:spring|summer|fall|autumn)$/;
/** "the 2020s", "the 1990's". */
const DECADE = /^(?:19|20)\d0'?s$/;
/** "the third quarter", "the first half". */
const ORDINAL = /^(?:first|second|third|fourth|final|1st|2nd|3rd|4th|back|front|latter)$/;
/** "on Tuesday", "last Friday". */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function isSeed(doc: ArticleDocument, i: number): boolean {
  const token = doc.tokens[i]!;
  const normal = token.normal;
  if (MONTHS.test(normal)) return /^\p{Lu}/u.test(token.text);
  // "mid-2026", "late-2024": one token for the tokenizer.
  // "2025/26", "2025-26": a fiscal year split over two, one token for the tokenizer ("2025–26" is three, its year a seed).
  if (/^(?:19|20)\d{2}$/.test(token.text) || splitYearEndOf(token.text) !== null || /^(?:early|mid|late)-(?:19|20)\d{2}$/.test(normal) || COMPACT.test(normal)) return true;
  if (NOW.has(normal) || normal === 'launch' || DECADE.test(normal)) return true;
  if (WEEKDAY.test(normal)) return /^\p{Lu}/u.test(token.text);
  const previous = doc.tokens[i - 1]?.normal ?? '';
  const next = doc.tokens[i + 1]?.normal ?? '';
  if (WINDOW_UNIT.test(normal) && WINDOW_LEAD.test(previous)) return true;
  if (normal === 'year' && next === 'to') return true; // "year to date"
  // "full-year guidance", "for the full year"; not "the last full year before the pandemic", a past year unnamed.
  const fullAt = normal !== 'year' ? -1 : previous === 'full' ? i - 1 : previous === '-' && doc.tokens[i - 2]?.normal === 'full' ? i - 2 : -1;
  // "its previous full-year record" is a past year too; "its first full-year profit", "its prior full-year guidance"
  // (what it said of this year before) are this year's.
  if (fullAt >= 0) {
    const before = doc.tokens[fullAt - 1]?.normal ?? '';
    const guidance = /^(?:guidance|forecast|forecasts|outlook|target|targets|goal|range|view)$/.test(doc.tokens[i + 1]?.normal ?? '');
    return !(before === 'last' || (/^(?:previous|prior)$/.test(before) && !guidance));
  }
  // "a fall of 17%" is a drop, not autumn.
  if (SEASON.test(normal) && previous !== 'a' && (RELATIVE.has(previous) || /^(?:of|\d{4})$/.test(next) || /^(?:19|20)\d{2}$/.test(doc.tokens[i + 2]?.normal ?? ''))) return true;
  // "the end of the year": a unit after "of the".
  if (UNITS.has(normal) && previous === 'the' && doc.tokens[i - 2]?.normal === 'of') return true;
  // "fourth-quarter revenue": the ordinal is glued on with a hyphen.
  const ordinal = previous === '-' ? (doc.tokens[i - 2]?.normal ?? '') : previous;
  return (UNITS.has(normal) && RELATIVE.has(previous)) || (/^(?:quarter|half)$/.test(normal) && ORDINAL.test(ordinal));
}

/**
 * Two stand-ins for each thing a date may be relative to. The words are read against both: a reading that differs
 * depends on it, and is resolved later against the real value (the subject's launch) or left unresolved (no
 * publication date). Reading against the real value alone could not tell "six months after launch" from a typo.
 */
const STAND_INS = [
  { publishedAt: { year: 2001, month: 3, day: 1 }, launch: { year: 2000, month: 1, day: 1 } },
  { publishedAt: { year: 2003, month: 9, day: 15 }, launch: { year: 2002, month: 7, day: 20 } },
] as const;

const badEdge = (text: string, edge: 'first' | 'last'): boolean => !(edge === 'first' ? /^['\p{L}\p{N}]/u : /^[\p{L}\p{N}]/u).test(text);

type Reading = { period: ParsedPeriod | null; anchored: boolean };

function tryParse(text: string, publishedAt: PartialDate, launch: PartialDate): ParsedPeriod | null {
  try {
    return parsePeriod(text, { publishedAt, anchors: { launch } });
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

const samePeriod = (a: ParsedPeriod | null, b: ParsedPeriod | null): boolean => a !== null && b !== null && a.start === b.start && a.end === b.end;

function reader(publishedAt: PartialDate | null): (text: string) => Reading | null {
  const [one, two] = STAND_INS;
  return (text) => {
    const first = tryParse(text, publishedAt ?? one.publishedAt, one.launch);
    if (!first) return null;
    const anchored = !samePeriod(first, tryParse(text, publishedAt ?? one.publishedAt, two.launch));
    if (anchored) return { period: null, anchored };
    const relative = publishedAt === null && !samePeriod(first, tryParse(text, two.publishedAt, one.launch));
    return { period: relative ? null : first, anchored };
  };
}

/** Every date in the sentence, longest readings first where they overlap. */
export function findDates(doc: ArticleDocument, sentence: Sentence, publishedAt: PartialDate | null, blocked: readonly TokenRange[]): DateMention[] {
  const read = reader(publishedAt);
  const found: DateMention[] = [];
  const mask = new TokenMask(sentence, blocked);
  for (let i = sentence.first; i <= sentence.last; i++) {
    if (!(isSeed(doc, i) || openingMonthsModifier(doc, sentence, i)) || mask.has(i)) continue;
    const best = longestReading(doc, sentence, i, { before: 6, after: 4, blocked: mask, badEdge }, read);
    if (!best) continue;
    const unopened = conjunctionBeforeModifier(doc, best.first, best.last) ? read(doc.text.slice(doc.tokens[best.first + 1]!.start, doc.tokens[best.last]!.end)) : null;
    if (unopened) {
      best.first += 1;
      best.reading = unopened;
    }
    // "the nine months" is the year's opening span only where it stands as one: not "the nine months since it launched".
    const unnumbered = unnumberedOpening(sliceTokens(doc, best.first, best.last)) !== null;
    if (unnumbered && !standsAsRunningTotal(doc, best.last)) continue;
    // "In the six months, …" after "the six months to September": that span, which the words point back to.
    // "for the period to Sept. 30" after "the first nine months of 2026": that span, the mention taking its words in.
    const periodTo = unnumbered ? null : periodToNamedSpan(doc, best.first, best.last);
    const named = unnumbered ? namedSpanFor(doc, best.first, best.last) : (periodTo?.words ?? null);
    const namedReading = named === null ? null : read(named);
    const first = namedReading && periodTo ? periodTo.first : sameSpanOpening(doc, sentence, best.first, best.last);
    const text = namedReading ? named! : doc.text.slice(doc.tokens[first]!.start, doc.tokens[best.last]!.end);
    found.push({ first, last: best.last, ...(namedReading ?? best.reading), text });
  }
  found.push(...spansAYearBack(doc, sentence, read, mask));
  return longestFirst(found);
}

/**
 * "in the year-ago quarter", "the prior-year period", "the same period of 2025": the sentence's own span, a year (or
 * to a year) back, which src/ingest/year-earlier.ts dates from that span. Read here as "a year earlier" (or the year
 * named), so they are dates at all; their words stay as written, and they date only a figure compared with (backOnly).
 */
const SPAN_BACK = new RegExp(`\\bthe (?:(?:${BACK_COMPOUNDS}) (?:${SPAN_UNITS})|same (?:${SPAN_UNITS}) (?:of|in) (${FULL_YEAR}))\\b`, 'gi');

function spansAYearBack(doc: ArticleDocument, sentence: Sentence, read: (text: string) => Reading | null, mask: TokenMask): DateMention[] {
  const start = doc.tokens[sentence.first]!.start;
  const text = doc.text.slice(start, doc.tokens[sentence.last]!.end);
  const found: DateMention[] = [];
  for (const match of text.matchAll(SPAN_BACK)) {
    const from = start + match.index!;
    const to = from + match[0].length;
    const first = doc.tokens.findIndex((t, k) => k >= sentence.first && t.start === from);
    const last = doc.tokens.findIndex((t, k) => k >= sentence.first && t.end === to);
    if (first < 0 || last < 0 || mask.has(first)) continue;
    const reading = read(match[1] ?? 'a year earlier');
    if (reading) found.push({ first, last, ...reading, text: match[0], backOnly: true });
  }
  return found;
}

/**
 * "after third-quarter sales of the drug rose 68%": a conjunction before a period written as a modifier of the noun
 * after it ("third-quarter sales") opens a clause; it is no "after the third quarter".
 */
function conjunctionBeforeModifier(doc: ArticleDocument, first: number, last: number): boolean {
  if (!/^(?:after|before|as|when)$/.test(doc.tokens[first]!.normal) || first === last) return false;
  // A span word glued to its number by a hyphen: "third-quarter", "first-half", "full-year".
  const modifier = doc.tokens[last - 1]?.text === '-' && /^(?:quarter|half|year)$/.test(doc.tokens[last]!.normal);
  return modifier && /^(?:NOUN|PROPN)$/.test(doc.tokens[last + 1]?.pos ?? '');
}

/** What goes back a year: "last year", "a year earlier", "a year ago". */
const YEAR_BACK_WORDS = /^(?:last year|a year (?:earlier|ago|before))$/i;
/** The span it names before it: "the same quarter", "the same three months". */
const SAME_SPAN = new RegExp(`^the same (?:${SPAN_UNITS}|month)$`, 'i');

/**
 * "$540m in the same quarter last year": the words before "last year" say it is the quarter a year back, not the
 * whole year. The mention takes them in, so its text reads as such (src/ingest/year-earlier.ts dates it from the
 * sentence's own quarter); its reading stays that of "last year". Returns the mention's first token.
 */
function sameSpanOpening(doc: ArticleDocument, sentence: Sentence, first: number, last: number): number {
  const words = doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);
  if (!YEAR_BACK_WORDS.test(words)) return first;
  // "the same six months" is four words, "the same quarter" three.
  for (const words of [4, 3]) {
    const start = first - words;
    if (start >= sentence.first && SAME_SPAN.test(doc.text.slice(doc.tokens[start]!.start, doc.tokens[first - 1]!.end))) return start;
  }
  return first;
}

