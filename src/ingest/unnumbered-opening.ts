// "the nine months", "the nine-month period", "Nine-month revenue": a results story's running total since its year
// began, which it calls "the first nine months" too; and where it is only a length of time ("the nine months it took").
import { sliceTokens, type ArticleDocument, type Sentence } from './document.js';
import { monthNumber } from '../domain/period.js';

// The same words the period parser reads (src/domain/period/parts.ts), here with the prepositions a date mention keeps.
const UNNUMBERED_OPENING = /^(?:(?:in|for|during|over) )?(?:(?:the|its|their) )?(six|nine)(?:-month(?: period)?| months)$/i;

/** The opening span "the nine months" and its kin name, as the period parser writes it ("nine months"), or null. */
export function unnumberedOpening(text: string): 'six months' | 'nine months' | null {
  const match = UNNUMBERED_OPENING.exec(text.trim());
  return match ? (`${match[1]!.toLowerCase()} months` as 'six months' | 'nine months') : null;
}

/** "the nine-month period", "Nine-month revenue": the "month" of a hyphened span, after "the"/"its" or opening the sentence. */
export function openingMonthsModifier(doc: ArticleDocument, sentence: Sentence, i: number): boolean {
  const tokens = doc.tokens;
  if (tokens[i]!.normal !== 'month' || tokens[i - 1]?.text !== '-' || !/^(?:six|nine)$/.test(tokens[i - 2]?.normal ?? '')) return false;
  return i - 2 === sentence.first || /^(?:the|its|their)$/.test(tokens[i - 3]?.normal ?? '');
}

/** What a results story totals over "nine-month" spans: not "the nine-month strike", "a six-month lock-up", "Nine-month Treasury bills". */
const RESULT_WORDS =
  /^(?:period|revenues?|sales|turnover|profits?|net|operating|pre-tax|pretax|loss|losses|earnings|ebitda|ebit|income|total|tally|figures?|results|volumes?|shipments|deliveries|orders|production|output|traffic|growth|cash|capex|spending|margin|deficit|surplus|bookings|premiums|dividend|like-for-like|organic|group|service)$/;
/** Words after "the nine months" that go on with a results sentence: "In the nine months, …", "the nine months rose". */
const GOES_ON = /^(?:[,.;:)]|and|compared|versus|vs|against|under|was|were|is|are|totall?ed|reached|came|stood)$/;

/**
 * Whether the words ending at `last` stand as the year's opening span: "In the nine months, revenue rose", "for the
 * six months was", "Nine-month revenue". Not a length of time: "the nine months since its launch", "the six months
 * starting July 1", "during the six months of the strike", "the nine months it took", "a nine-month high".
 */
export function standsAsRunningTotal(doc: ArticleDocument, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (next === undefined) return true;
  if (doc.tokens[last]!.normal === 'month') return RESULT_WORDS.test(next.normal);
  if (GOES_ON.test(next.normal)) return true;
  // "revenue in the nine months rose 5%": a verb of the clause, not "starting", "leading up" or "it took".
  return next.pos === 'VERB' && !/ing$/.test(next.normal);
}

/** "the six months to September", "the nine months ended Sept. 30": a span a story names by its end. */
const NAMED_BY_END = /\b(six|nine) months (?:to|ended|ending|through|until) (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?: \d{1,2})?(?:,? \d{4})?)/g;

/**
 * "Net profit for the six months to September fell 26%. In the six months, it sold 4.7 million vehicles": the bare
 * span points back to the one the story named by its end, which dates it (a company's fiscal half included). The
 * words of that span, when the story names one of that length (and only one), else null.
 */
export function namedSpanFor(doc: ArticleDocument, first: number, last: number): string | null {
  const months = unnumberedOpening(sliceTokens(doc, first, last));
  if (months === null) return null;
  // (A stop after the month ends the sentence as often as it abbreviates the month: "to September.")
  // Only a span named before the words (the headline's included): they point back to it.
  const before = doc.text.slice(0, doc.tokens[first]!.start);
  const named = new Set([...before.matchAll(NAMED_BY_END)].filter((match) => `${match[1]!.toLowerCase()} months` === months).map((match) => match[0].replace(/\.$/, '')));
  return named.size === 1 ? `the ${[...named][0]!}` : null;
}

/** "for the period to", "the period ended": words before a date that make it a span named only by its end. */
const PERIOD_TO = /(?:^|\s)((?:(?:for|in|over|during) )?the (?:reporting )?period (?:to|ended|ending|through))$/;
/** How many words "for the reporting period ended" may take. */
const PERIOD_TO_WORDS = 6;
/** "the first nine months of 2026", "the first six months": the year's opening span a story named before. */
const OPENING_NAMED = /\bfirst (three|six|nine) months(?: of ((?:19|20)\d\d))?/gi;
/** The month a calendar year's opening span ends in: "the first nine months" end with September. */
const OPENING_END_MONTH: Readonly<Record<string, number>> = { three: 3, six: 6, nine: 9 };

/**
 * "…swung to a profit in the first nine months of 2026. Pretax profit came in at 212.4 billion naira for the period to
 * Sept. 30": a date (`first`..`last`, "Sept. 30") after "for the period to" names a span by its end, which is the
 * opening span the story named before when that ends in the same month. That span's words and where the mention
 * starts, or null (a span whose start is unknown is left to the date alone).
 */
export function periodToNamedSpan(doc: ArticleDocument, first: number, last: number): { first: number; words: string } | null {
  const from = Math.max(doc.sentences[doc.tokens[first]!.sentence]!.first, first - PERIOD_TO_WORDS);
  const lead = PERIOD_TO.exec(from < first ? sliceTokens(doc, from, first - 1) : '');
  const month = /^[A-Z][a-z]+/.exec(sliceTokens(doc, first, last))?.[0];
  if (!lead || !month) return null;
  const opening = [...doc.text.slice(0, doc.tokens[first]!.start).matchAll(OPENING_NAMED)].at(-1);
  if (!opening || OPENING_END_MONTH[opening[1]!.toLowerCase()] !== monthNumber(month.toLowerCase())) return null;
  const words = lead[1]!.split(' ').length;
  return { first: first - words, words: `the first ${opening[1]!.toLowerCase()} months${opening[2] ? ` of ${opening[2]}` : ''}` };
}
