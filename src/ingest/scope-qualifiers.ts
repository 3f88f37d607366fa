// Qualifiers read from the words around a figure, so claims that only look alike are never compared: which users a
// count counts ("18 million daily active users" is not "50 million registered users"), and a forecast's figure.
import type { ArticleDocument } from './document.js';
import type { Figure } from './figures.js';
import { isPlaceName } from './places.js';
import { IRREGULAR_PAST } from './tense.js';
import { CHANGE_NOUNS } from './growth-figures.js';
import { FORECAST_PAST } from './earlier-state.js';

type Qualifier = { key: string; value: string };

/** Kinds of user counts, each its own measure; a count with none of these words stays unqualified. */
const USER_MEASURES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdaily active\b|\bdaus?\b/, 'daily active users'],
  [/\bweekly active\b|\bwaus?\b/, 'weekly active users'],
  [/\bmonthly active\b|\bmaus?\b/, 'monthly active users'],
  [/\bregistered\b|\bsign ?-?ups?\b|\bsigned up\b/, 'registered users'],
  // Subscribers pay ("281 million subscribers" is Spotify's premium count, not its 713 million monthly users).
  [/\bpaying\b|\bpaid\b|\bpremium\b|\bsubscribers?\b|\bsubscriptions?\b/, 'paying users'],
];

/** Words before a figure that make it a forecast or a plan rather than a reported fact. */
const FORECAST = /\b(?:guided|assumes|assuming|expects?|expected (?:[a-z0-9$%.,-]+ ){0,3}?to (?:be|reach|rise|fall|grow|exceed|top|cost|hit|total|increase|decline|drop|climb|remain|come|double|surpass|report|complete|close|start|begin|open|launch|finish)|forecasts?|forecasted|projects|projected|predicts?|predicted|anticipates?|guidance|outlook|targets?|aims? to|plans? to|will|is set to|on track to|could|may|might|would(?! not| have))\b/;

/** Up to this many words after the figure, in its sentence: "18 million daily active users". */
const NOUN_REACH = 4;

const words = (doc: ArticleDocument, first: number, last: number): string =>
  doc.tokens
    .slice(Math.max(0, first), last + 1)
    .map((t) => t.normal)
    .join(' ');

/**
 * The qualifiers a figure's words add to a claim of `predicate`: `measure` for user counts, `basis: forecast` for any
 * figure a forecast verb governs between its subject (ending at `from`) and it.
 */
export function figureQualifiers(doc: ArticleDocument, figure: Figure, predicate: string, from: number, subjectFirst = from): Qualifier[] {
  const qualifiers: Qualifier[] = [];
  if (predicate === 'user_count') {
    const sentenceLast = doc.sentences[doc.tokens[figure.first]!.sentence]!.last;
    const after = words(doc, figure.first, Math.min(sentenceLast, Math.max(figure.extent.last, figure.last + NOUN_REACH)));
    // "premium subscribers rose 12% to 281 million": the counted noun may come before the figure, after the subject.
    const before = words(doc, from, figure.first - 1);
    const measure = USER_MEASURES.find(([pattern]) => pattern.test(after)) ?? USER_MEASURES.find(([pattern]) => pattern.test(before));
    if (measure) qualifiers.push({ key: 'measure', value: measure[1] });
  }
  if (predicate === 'funding_raised') {
    const round = fundingRound(doc, figure);
    if (round) qualifiers.push({ key: 'round', value: round });
  }
  if (forecastBetween(doc, reportedAfter(doc, from, figure.first - 1) ?? from, figure.first - 1) || expectedOf(doc, subjectFirst, from)) qualifiers.push({ key: 'basis', value: 'forecast' });
  // "Subscription revenue grew 26%": a part's growth, as its revenue, is no growth of the whole.
  const segment = segmentBetween(doc, from, figure.first - 1) ?? (predicate === 'revenue' || predicate === 'growth_rate' ? partOfRevenue(doc, from, figure.first - 1) : null);
  if (segment) qualifiers.push({ key: 'segment', value: segment });
  return qualifiers;
}

/** Words that name a part of a company whose figures are not the company's ("the game and network services unit"). */
const SEGMENT_HEAD = /^(?:unit|segment|division|arm|subsidiary|operations|business)$/;
const SEGMENT_WORD = /^(?:NOUN|PROPN|ADJ|X)$/;
/** Words a segment's name may have: "Productivity and Business Processes", "game and network services". */
const MAX_SEGMENT_WORDS = 6;

/**
 * The segment a figure is about, between its subject (ending at `from`) and it: "Sony's game and network services
 * unit … saw revenue rise to ¥1.05 trillion", "Revenue in the Intelligent Cloud segment grew". A segment's revenue is
 * not the company's, so the qualifier keeps the two from being compared.
 */
function segmentBetween(doc: ArticleDocument, from: number, to: number): string | null {
  for (let head = Math.max(0, from); head <= to; head++) {
    if (!SEGMENT_HEAD.test(doc.tokens[head]!.normal)) continue;
    // "UK small-business card volume": a word glued on by a hyphen makes an adjective of it, not a part of the company.
    if (doc.tokens[head - 1]?.text === '-' && doc.tokens[head - 1]!.end === doc.tokens[head]!.start) continue;
    let first = head;
    while (first > 0 && head - first < MAX_SEGMENT_WORDS) {
      const token = doc.tokens[first - 1]!;
      const joins = token.normal === 'and' || token.text === '&' || token.text === '-';
      if (!(SEGMENT_WORD.test(token.pos) || joins) || /^(?:its|their|the|a|an)$/.test(token.normal)) break;
      first -= 1;
    }
    while (first < head && (doc.tokens[first]!.normal === 'and' || doc.tokens[first]!.text === '&')) first += 1;
    // "Watchmaking, the core business, posted sales": an aside describing a name says the name is the part.
    const named = namedBeforeAside(doc, first);
    if (named) return named;
    if (first < head) return doc.text.slice(doc.tokens[first]!.start, doc.tokens[head - 1]!.end);
  }
  return null;
}

/** The capitalised name before ", the" that opens an aside at token `first` ("Watchmaking, the core business"), or null. */
function namedBeforeAside(doc: ArticleDocument, first: number): string | null {
  if (doc.tokens[first - 1]?.normal !== 'the' || doc.tokens[first - 2]?.text !== ',') return null;
  const last = first - 3;
  let start = last;
  while (start > 0 && (/^\p{Lu}/u.test(doc.tokens[start - 1]!.text) || doc.tokens[start - 1]!.text === '&') && doc.tokens[start - 1]!.sentence === doc.tokens[last]!.sentence) start -= 1;
  if (last < 0 || !/^\p{Lu}/u.test(doc.tokens[last]!.text) || !/^\p{Lu}/u.test(doc.tokens[start]!.text)) return null;
  return doc.text.slice(doc.tokens[start]!.start, doc.tokens[last]!.end);
}

/** What a part of a company sells, written before it: "Data center revenue", "Data-centre products generated". */
const PART_MEASURE = /^(?:revenues?|sales|bookings|products|services)$/;
/**
 * Words before those that say how the whole is counted, not which part ("Group revenue", "Total sales", "Net
 * revenue"), or that the tagger may take for a noun where they are the verb ("Corvane forecast revenue of …").
 */
const WHOLE_OR_HOW =
  /^(?:group|total|company|consolidated|overall|net|gross|annual|annualised|annualized|quarterly|monthly|recurring|adjusted|organic|comparable|reported|underlying|core|operating|full|year|quarter|half|first|second|third|fourth|same|store|like|its|their|the|a|an|this|that|forecast|forecasts|guidance|record|expected|projected|targeted|booked|posted|constant|currency|analyst|analysts|consensus|holiday|holidays|christmas|festive|season|seasonal|black|friday|cyber|monday|prime|day|week|weekend|average|mean|median)$/;
const PART_WORDS = 3;

/**
 * "Nvidia reported revenue of $35.1 billion. Data center revenue rose 112% to $30.8 billion": the words before the
 * revenue, opening its clause or after its owner ("its service revenue"), name a part of the company (the
 * `segment`), whose figure must not be compared with the whole company's. Not "Group revenue" or "Net sales" (how the
 * whole is counted), nor a place ("China sales" is a region's, which src/ingest/places.ts reads).
 */
function partOfRevenue(doc: ArticleDocument, from: number, to: number): string | null {
  // The revenue nearest before the figure, in the same phrase: "overtaking voice revenue, which fell 3% to R4.1bn" is
  // not the "Data revenue" the clause opened with.
  let head = to;
  while (head >= from && !PART_MEASURE.test(doc.tokens[head]!.normal)) {
    if (doc.tokens[head]!.text === ',' && !relativeAfter(doc, head)) return null;
    head -= 1;
  }
  if (head <= from) return null;
  // "Analyst revenue estimates": the revenue words modify another noun, which is what the figure is.
  if (doc.tokens[head + 1]?.pos === 'NOUN' && head + 1 <= to) return null;
  let first = head;
  while (first > from && head - first < PART_WORDS) {
    const token = doc.tokens[first - 1]!;
    const glued = token.text === '-' && token.end === doc.tokens[first]!.start;
    // "Q3 revenue", "FY2025 revenue": a period, not a part.
    // "overtaking voice revenue": a verb's "-ing" form the tagger may call a noun is not part of the name.
    if (!glued && (!/^(?:NOUN|PROPN)$/.test(token.pos) || WHOLE_OR_HOW.test(token.normal) || /\d/.test(token.text) || /ing$/.test(token.normal))) break;
    first -= 1;
  }
  // The part opens the clause ("Data center revenue rose") or follows its owner ("its service revenue rose to R12.4bn",
  // "Acme's cloud revenue").
  const owner = doc.tokens[first - 1]?.normal ?? '';
  const opens = first === from || /^(?:its|their)$/.test(owner) || /^['’]s$/.test(owner) || relativeAfter(doc, head + 1);
  if (first === head || !opens || doc.tokens[first]!.text === '-') return null;
  const part = doc.text.slice(doc.tokens[first]!.start, doc.tokens[head - 1]!.end);
  return isPlaceName(part) ? null : part;
}

/** ", which fell 3% to R4.1bn": a relative clause opens at the comma `comma`, about the words before it. */
const relativeAfter = (doc: ArticleDocument, comma: number): boolean => doc.tokens[comma]?.text === ',' && /^(?:which|that)$/.test(doc.tokens[comma + 1]?.normal ?? '');

/** How far after the figure's first token its noun of change may stand: "9.2 % jump". */
const CHANGE_NOUN_REACH = 3;
// Not "after a 10% drop expected in the fourth quarter", still to come.
const changeNounAfter = (doc: ArticleDocument, figureFirst: number): boolean =>
  doc.tokens
    .slice(figureFirst + 1, figureFirst + 1 + CHANGE_NOUN_REACH)
    .some((t) => {
      const after = doc.tokens[t.index + 1]?.normal ?? '';
      return CHANGE_NOUNS.test(t.normal) && !FORECAST_PAST.test(after) && after !== 'seen';
    });

/** Words that open a clause of what happened: "raised its forecast after sales rose 68%". */
const REPORTED_CAUSE = /^(?:after|because|following)$/;

/**
 * "raised its full-year sales forecast on Thursday after third-quarter sales rose 68%": where a clause opened by
 * "after" (or "because") and told in the past (its first verb) begins between tokens `first` and `last`, the figure
 * in it is reported, whatever forecast came before; null when there is none.
 */
function reportedAfter(doc: ArticleDocument, first: number, last: number): number | null {
  for (let i = last; i >= first; i--) {
    if (!REPORTED_CAUSE.test(doc.tokens[i]!.normal)) continue;
    const clause = doc.tokens.slice(i + 1, last + 1);
    // "raised its full-year profit forecast after a 9.2% jump in first-half earnings": a change told as a noun.
    if (clause.every((t) => /^(?:a|an)$/.test(t.normal)) && clause.length > 0 && changeNounAfter(doc, last + 1)) return i;
    // The figure stands in that clause: "hire more staff after it won a contract, bringing its workforce to 12,000" is not.
    if (clause.some((t) => t.text === ',')) return null;
    const verb = clause.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
    return verb !== undefined && (/^\p{Ll}+ed$/u.test(verb.text) || IRREGULAR_PAST.test(verb.normal)) ? i : null;
  }
  return null;
}

/** Whether a forecast word ("expects", "will", "plans to") stands between tokens `first` and `last`. */
export const forecastBetween = (doc: ArticleDocument, first: number, last: number): boolean =>
  FORECAST.test(
    doc.tokens
      .slice(Math.max(0, first), last + 1)
      .map((t) => (t.text === 'May' ? 'month' : capitalisedName(doc, t) ? 'name' : forecastBeaten(doc, t) ? 'benchmark' : t.normal))
      .join(' '),
  );

/** Words before a forecast that make it a benchmark a reported figure is measured against: "beating analyst forecasts". */
const MEASURED_AGAINST = /^(?:beat|beats|beating|topped|topping|tops|above|below|missed|missing|misses|exceeded|exceeding|exceeds|surpassed|than|average|consensus)$/;

/**
 * "beating analyst forecasts", "above the average forecast": someone else's forecast a reported figure beat or
 * missed, which makes the clause a report, not a forecast.
 */
function forecastBeaten(doc: ArticleDocument, token: ArticleDocument['tokens'][number]): boolean {
  if (!/^(?:forecasts?|estimates?|expectations|guidance|targets?)$/.test(token.normal)) return false;
  // "beating analyst forecasts", "topped analysts' estimates", "beat its own guidance": the forecaster between.
  let i = token.index - 1;
  for (let skipped = 0; skipped < 3 && /^(?:analyst|analysts|market|wall|street|its|the|their|company|own|['’]s?)$/.test(doc.tokens[i]?.normal ?? ''); skipped++) i -= 1;
  return MEASURED_AGAINST.test(doc.tokens[i]?.normal ?? '');
}

/**
 * "which launched in May 2024" is the month, not the verb "may"; "sales at Walmart and Target stores" the retailer,
 * not a target: words of a forecast written with a capital inside a sentence are names.
 */
function capitalisedName(doc: ArticleDocument, token: ArticleDocument['tokens'][number]): boolean {
  if (!/^(?:Target|Targets|Will)$/.test(token.text)) return false;
  return token.index !== doc.sentences[token.sentence]!.first;
}

/** Verbs of expecting that take the subject of what is expected as their object: "the firm expected Loomwise to reach …". */
const EXPECTING = /^(?:expects?|expected|forecasts?|predicts?|predicted|projects|projected|sees|saw|anticipates?|anticipated)$/;

/** "expected Loomwise to reach 5 million users": the subject stands between a verb of expecting and "to". */
const expectedOf = (doc: ArticleDocument, subjectFirst: number, from: number): boolean =>
  EXPECTING.test(doc.tokens[subjectFirst - 1]?.normal ?? '') && doc.tokens[from]?.normal === 'to';

/** The `round` of money a company has raised in all its rounds so far: "has raised $1.5 billion to date". */
export const TOTAL_TO_DATE = 'total to date';

/** How far from a figure, in tokens, the round it was raised in may be named: "a $27 million Series A led by …". */
const ROUND_REACH = 8;
/** How far before a figure the words of a total raised may start: "brings the total the company has raised since it was founded in 2021 to". */
const TOTAL_REACH = 16;

/**
 * The round money was raised in, named near the figure in its sentence: "Series D" for "$220 million in a Series D
 * round", "seed", or "total to date" for "has raised $1.5 billion to date" (the predicate's `round` qualifier), so a
 * round's amount is compared with the same round's, never with a company's total or another round. Null when none is
 * named, or when two are ("a $20 million Series B, after a $5 million Series A": the nearer one is not known to be its).
 */
function fundingRound(doc: ArticleDocument, figure: Figure): string | null {
  const sentence = doc.sentences[doc.tokens[figure.first]!.sentence]!;
  let from = Math.max(sentence.first, figure.first - ROUND_REACH);
  let to = Math.min(sentence.last, figure.extent.last + ROUND_REACH);
  // Not past another amount (a year is none): "to $221 million, including an $8 million seed round" names the
  // $8 million's round, not the total's.
  // An amount of money: a number with a currency sign before it or a scale after it ("12 investors", "a 15% stake" are none).
  const amount = (i: number): boolean =>
    doc.tokens[i]!.type === 'number' &&
    !/^(?:19|20)\d\d$/.test(doc.tokens[i]!.text) &&
    (/^(?:million|billion|trillion|m|mn|bn|crore|lakh)$/.test(doc.tokens[i + 1]?.normal ?? '') || /[$€£¥₹]$|^(?:rs\.?|r|eur|usd|gbp|inr)$/i.test(doc.tokens[i - 1]?.text ?? ''));
  for (let i = figure.first - 1; i >= from; i--) if (amount(i)) from = i + 1;
  // A conversion in brackets right after it ("Rs 1,350 crore ($155 million) in a Series D round") is the same amount.
  let past = figure.extent.last + 1;
  if (doc.tokens[past]?.text === '(') while (past <= to && doc.tokens[past]!.text !== ')') past += 1;
  for (let i = past; i <= to; i++) {
    if (!amount(i)) continue;
    to = i - 1;
    break;
  }
  const before = new Set<string>();
  const after = new Set<string>();
  const later = new Set<string>();
  for (let i = from; i <= to; i++) {
    const token = doc.tokens[i]!;
    const next = doc.tokens[i + 1];
    const round =
      // "after a $50 million Series D.": the tokenizer may keep the sentence's stop on the letter.
      token.text === 'Series' && next && /^[A-H]\d?\.?$/.test(next.text)
        ? `Series ${next.text.replace(/\.$/, '')}`
        : /^(?:seed|pre-seed)$/.test(token.normal) && /^(?:round|funding|financing|stage)$/.test(next?.normal ?? '')
          ? token.normal
          : null;
    // After the figure in its own phrase ("a $25 million Series A", "$20 million from 12 investors in a Series B
    // round"); one past a comma is another's ("at $20 million, with Series A backers Atlantica joining").
    const ownPhrase = i > figure.last && !doc.tokens.slice(figure.last + 1, i).some((t) => t.text === ',');
    if (round) (ownPhrase ? after : i < figure.first ? before : later).add(round);
  }
  const words = doc.tokens.slice(figure.extent.last + 1, to + 1).map((t) => t.normal).join(' ');
  let totalFrom = Math.max(sentence.first, figure.first - TOTAL_REACH);
  for (let i = figure.first - 1; i >= totalFrom; i--) if (amount(i)) totalFrom = i + 1;
  const wordsBefore = doc.tokens.slice(totalFrom, figure.first).map((t) => t.normal).join(' ');
  // "brings the total the company has raised since it was founded in 2021 to $221 million": a total raised.
  const totalRaised = /\btotal (?:funding|raised|capital)\b/.test(wordsBefore) || /\bthe total (?:\S+ ){0,4}raised\b/.test(wordsBefore);
  if (/^(?:\S+ ){0,3}?(?:to date|in total|so far|altogether)\b/.test(words) || totalRaised) return after.size + before.size === 0 ? TOTAL_TO_DATE : null;
  // The round named in the figure's own phrase, else before it ("closed a Series B of $116 million"), else later.
  const rounds = after.size > 0 ? after : before.size > 0 ? before : later;
  return rounds.size === 1 ? [...rounds][0]! : null;
}
