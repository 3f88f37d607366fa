// Splits a sentence into clauses, so "X holds 32% while Y has dropped to 25%" gives each figure its own subject.
import { factsOf, type ArticleDocument, type Sentence } from './document.js';
import type { TokenRange } from './spans.js';

export interface Clause extends TokenRange {
  sentence: number;
  /** Position in the sentence: later clauses may inherit a subject, market or date from earlier ones. -1: a dateline. */
  position: number;
}

/** Words that open a new clause wherever they stand. */
const OPENERS = new Set(['while', 'whereas', 'although', 'though', 'meanwhile']);
/** Conjunctions that open a clause after a comma (", and reached", ", but"). */
const AFTER_COMMA = new Set(['and', 'but', 'yet', 'while', 'whereas']);

/** ", and reached $2.5B", ", and Anthropic raised $5M" open clauses; ", and Google Cloud's Vertex AI" ends a list. */
function opensClause(doc: ArticleDocument, conjunction: number, last: number): boolean {
  for (let i = conjunction + 1; i <= Math.min(last, conjunction + 5); i++) {
    const token = doc.tokens[i]!;
    if (token.text === ',' || token.text === ';') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ') return true;
    // ", and Taiwan's Brightwell rounded out the top five": a past tense after a name, though tagged an adjective.
    if (token.pos === 'ADJ' && /ed$/.test(token.normal) && doc.tokens[i - 1]!.pos === 'PROPN') return true;
  }
  return false;
}

/** How many words a dateline may run to: "SAN FRANCISCO, March 4 (Newswire) -". */
const DATELINE_REACH = 10;

/**
 * "STOCKHOLM, February 6 (Newswire) -", "Nov 20 (Reuters) -": the place, date and agency a story opens with,
 * up to the dash `last` stands before: a place in capitals with a comma and a number after it, or an agency in
 * brackets just before the dash. Not "LVMH - the luxury group - said …", an aside after a name in capitals.
 */
function isDateline(doc: ArticleDocument, first: number, last: number): boolean {
  if (last - first > DATELINE_REACH) return false;
  let place = first;
  // "TOKYO/LONDON, Nov 13 -": two places joined by a slash, whether the tokenizer splits them or not.
  while (place < last && /^(?:\p{Lu}{2,}(?:\/\p{Lu}{2,})*|\/)$/u.test(doc.tokens[place]!.text)) place += 1;
  const dated = place > first && doc.tokens[place]!.text === ',' && doc.tokens.slice(place, last).some((t) => /\d/.test(t.text));
  // "DALLAS (AP) —", "Oct 9 (Meridian Wire) -", not "Crestline Airways (CRST.N) - the largest carrier in Texas -": a
  // place in capitals or a date stands before the agency.
  const open = doc.tokens.slice(first, last).findIndex((t) => t.text === '(');
  const placeOrDate = place > first || doc.tokens.slice(first, first + Math.max(open, 0)).some((t) => /\d/.test(t.text));
  const agency = placeOrDate && doc.tokens[last - 1]?.text === ')' && open >= 0;
  return dated || agency || placeOnlyDateline(doc, first, last);
}

/**
 * "AMSTERDAM — Zuvio said …", "HONG KONG/OSLO — …": a place in capitals alone before the dash, opening a paragraph.
 * Only at a paragraph's start: "LVMH - the luxury group - said" inside one is a name and an aside.
 */
function placeOnlyDateline(doc: ArticleDocument, first: number, last: number): boolean {
  const span = doc.tokens.slice(first, last);
  return opensParagraph(doc, first) && span.length > 0 && span.every((t) => /^\p{Lu}{2,}$/u.test(t.text) || /^[,/]$/.test(t.text)) && span.some((t) => t.text.length >= 3);
}

/** Token `index` is the first of a paragraph: the text's first, or a line break before it. */
export const opensParagraph = (doc: ArticleDocument, index: number): boolean =>
  index === 0 || doc.text.slice(doc.tokens[index - 1]!.end, doc.tokens[index]!.start).includes('\n');

/** Where the sentence proper starts: after its dateline, if it opens with one. */
export function sentenceStart(doc: ArticleDocument, sentence: Sentence): number {
  for (let i = sentence.first + 1; i <= Math.min(sentence.last, sentence.first + DATELINE_REACH + 1); i++) {
    if (colonDatelineBefore(doc, sentence, i)) return i;
    if (spacedDashBefore(doc, i)) return isDateline(doc, sentence.first, i - 1) ? i : sentence.first;
  }
  return sentence.first;
}

/** Words a place before a colon dateline may have: "Bengaluru:", "New Delhi:", "MUMBAI:". */
const COLON_DATELINE_WORDS = 3;

/**
 * "BENGALURU: Wealth-tech startup Sahaj Money has raised …", "Bengaluru: Kaveri Digital Services Ltd … reported": a
 * place of one to three capitalised words opening a paragraph, then a colon, is a dateline in Indian papers, when a
 * party is named after it. "IBM: Revenue rose 7% …" names none after the colon: the word before it is the party.
 */
function colonDatelineBefore(doc: ArticleDocument, sentence: Sentence, i: number): boolean {
  if (doc.tokens[i - 1]!.text !== ':') return false;
  const first = sentence.first;
  const place = doc.tokens.slice(first, i - 1);
  if (!opensParagraph(doc, first) || place.length === 0 || place.length > COLON_DATELINE_WORDS || !place.every((t) => /^\p{Lu}/u.test(t.text))) return false;
  if (COMPANY_WORD.test(place.at(-1)!.normal)) return false;
  // What follows opens with a name ("Kaveri Digital Services Ltd", "Wealth-tech startup Sahaj Money"), not with a
  // measure ("Net profit rose", "Pre-tax profit", "Q4 Revenue").
  const opening = doc.tokens[i];
  if (!opening || MEASURE_OPENER.test(opening.normal)) return false;
  if (!factsOf(opening.normal).inLexicon && /^\p{Lu}/u.test(opening.text)) return true;
  return doc.tokens.slice(i + 1, Math.min(sentence.last + 1, i + NAME_REACH)).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
}

/** How far after the colon a dateline's story names its party: "Wealth-tech startup Sahaj Money". */
const NAME_REACH = 7;

/** The last word of a company's name, never a place's: "HSBC Holdings:", "Zynex Corp:". */
const COMPANY_WORD = /^(?:holdings|group|corp|corporation|inc|ltd|plc|ag|sa|nv|se|co|bank|energy|foods|airways|airlines|motors|technologies|systems|labs?|capital|partners)\.?$/;
/** Words a results paragraph opens with after a company's name and a colon: "Infosys: Net profit rose 6%". */
const MEASURE_OPENER = /^(?:net|pre-tax|pretax|revenue|revenues|sales|profit|profits|earnings|operating|q[1-4]|h[12]|fy\d*|full-year|quarterly|annual|shares|orders|ebitda|income|loss|losses)$/;

/** "SAN FRANCISCO, March 4 -- Acme": a dash with space on both sides stands before token i. */
function spacedDashBefore(doc: ArticleDocument, i: number): boolean {
  const previous = doc.tokens[i - 1]!;
  return /^(?:--|—|–|-)$/.test(previous.text) && doc.tokens[i - 2] !== undefined && doc.tokens[i - 2]!.end < previous.start && previous.end < doc.tokens[i]!.start;
}

export function splitClauses(doc: ArticleDocument, sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  let first = sentence.first;
  /** A dateline is outside the sentence proper: its clause has position -1, and the sentence starts after it. */
  let datelineSeen = false;
  const close = (last: number, dateline = false): void => {
    if (last < first) return;
    if (dateline) datelineSeen = true;
    clauses.push({ first, last, sentence: sentence.index, position: dateline ? -1 : clauses.length - (datelineSeen ? 1 : 0) });
  };
  for (let i = sentence.first + 1; i <= sentence.last; i++) {
    const token = doc.tokens[i]!;
    const previous = doc.tokens[i - 1]!;
    // A spaced dash ends a dateline ("SAN FRANCISCO, March 4 -- Acme ...") or opens an aside.
    const spacedDash = spacedDashBefore(doc, i);
    // A colon ends only a dateline ("BENGALURU: …"); a spaced dash also opens an aside.
    const dateline = clauses.length === 0 && ((spacedDash && isDateline(doc, first, i - 1)) || (first === sentence.first && colonDatelineBefore(doc, sentence, i)));
    if (previous.text === ';' || spacedDash || dateline) {
      close(i - 1, dateline);
      first = i;
    } else if (OPENERS.has(token.normal) || (previous.text === ',' && AFTER_COMMA.has(token.normal) && opensClause(doc, i, sentence.last))) {
      close(i - 1);
      first = i;
    }
  }
  close(sentence.last);
  return clauses;
}

/** A line that ends without a stop: a headline, a section heading, a dateline's line. */
const endsWithoutStop = (doc: ArticleDocument, sentence: Sentence): boolean => !/^[.!?"”)]$/.test(doc.tokens[sentence.last]!.text);

/** A section heading in capitals: "2024 IN REVIEW", "FULL-YEAR HIT FROM OFFSHORE WIND". */
export function isCapitalsHeading(doc: ArticleDocument, sentence: Sentence): boolean {
  const letters = doc.text.slice(doc.tokens[sentence.first]!.start, doc.tokens[sentence.last]!.end).replace(/[^\p{L}]/gu, '');
  return endsWithoutStop(doc, sentence) && letters === letters.toUpperCase();
}

/** A heading: a line with no stop that is in capitals or has no verb ("Acme Corp results"). */
export const isHeading = (doc: ArticleDocument, sentence: Sentence): boolean =>
  isCapitalsHeading(doc, sentence) ||
  (endsWithoutStop(doc, sentence) && !doc.tokens.slice(sentence.first, sentence.last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));

