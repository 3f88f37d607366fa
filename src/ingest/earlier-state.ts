// Whether a figure is an earlier or compared state ("up from 12% a year earlier"), which dates no other figure.
import { currencyCodeAt } from './currency-codes.js';
import { asTokens, BACK_COMPOUNDS, FULL_YEAR, SPAN_UNITS } from './span-back-words.js';
import type { ArticleDocument } from './document.js';
import { IRREGULAR_PAST } from './tense.js';

/** Words before a figure that make it an earlier or compared state ("from 50%"), which takes no sibling's date. */
const EARLIER = new Set(['from', 'than', 'versus', 'vs', 'vs.']);

/** A sign written as a word before the figure: "from negative 7%". */
const SIGN_WORDS = /^(?:negative|minus|positive|plus)$/;

/** How far back, in tokens, the figure an ", or …" restates may start: "$168 million" and "Rs 11,909 crore" are short. */
const RESTATED_REACH = 6;

/** Whether the figure starting at `first` is an earlier or compared state ("up from 12% a year earlier", "from negative 7%"). */
export const isEarlierState = (doc: ArticleDocument, figureFirst: number): boolean => {
  // "from C$2.22 billion": a currency token of its own ("C$", "A$") is part of the figure.
  const first = doc.tokens[figureFirst - 1]?.type === 'currency' ? figureFirst - 1 : figureFirst;
  const before = SIGN_WORDS.test(doc.tokens[first - 1]?.normal ?? '') ? first - 2 : first - 1;
  const word = doc.tokens[before]?.normal ?? '';
  // "compared with Rs 11,909 crore a year ago"
  if (EARLIER.has(word) || (/^(?:with|to)$/.test(word) && doc.tokens[before - 1]?.normal === 'compared')) return true;
  // "against 1.4 billion crowns in the same period of 2025", not "at 6.5%, against roughly 45%" (two parties compared).
  if (word === 'against' && yearBackAfter(doc, first)) return true;
  if (comparedMeasureOf(doc, before)) return true;
  // "jumped 14%, after falling 6% in the same period of 2025": the change that came before.
  if (CHANGE_BEFORE.test(word) && doc.tokens[before - 1]?.normal === 'after') return true;
  // "to 12.7% from 10.8% in the second quarter and 7.3% a year ago": one more earlier state, listed after the first.
  if (word === 'and' && listedAfterEarlierState(doc, before) && !verbAfter(doc, first)) return true;
  // "up from $168 million, or $1.15 per share, a year earlier": the same earlier state, restated per share.
  if (word !== 'or' || doc.tokens[before - 1]?.text !== ',') return false;
  for (let i = before - 2; i >= Math.max(0, before - 1 - RESTATED_REACH); i--) {
    const token = doc.tokens[i]!;
    if (token.text === ',' || token.sentence !== doc.tokens[first]!.sentence) return false;
    // "compared with $96.8 million, or 74 cents per share, a year earlier" restates a compared state too, and so does
    // "narrower than its loss of $61.5 million, or 24 cents a share".
    const compared = /^(?:with|to)$/.test(token.normal) && doc.tokens[i - 1]?.normal === 'compared';
    if (comparedMeasureOf(doc, i)) return true;
    const against = token.normal === 'against' && yearBackAfter(doc, i + 1);
    if (EARLIER.has(token.normal) || compared || against) return /^[\p{N}\p{Sc}]/u.test(doc.tokens[i + 1]?.text ?? '') || doc.tokens[i + 1]?.type === 'currency' || SIGN_WORDS.test(doc.tokens[i + 1]?.normal ?? '') || currencyCodeAt(doc.tokens[i + 1]!, doc.tokens[i + 2]);
  }
  return false;
};

/** How far before a figure "reversing" may stand: "reversing a net reduction of 1,350". */
const REVERSED_REACH = 5;

/**
 * "…, reversing a net reduction of 1,350 in the June quarter", "reversing a loss of $3 million a year earlier": what a
 * change undid, told after it (not the company's own "reversed $42 million of charges in the quarter").
 */
export function undoneBefore(doc: ArticleDocument, first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - REVERSED_REACH); i--) {
    const token = doc.tokens[i]!;
    if (token.text === ',' || token.type === 'number' || token.sentence !== doc.tokens[first]!.sentence) return false;
    if (token.normal === 'reversing') return true;
  }
  return false;
}

/** How far after a figure its year back may be told: "1.4 billion crowns, or 0.42 crowns, in the same period of 2025". */
const YEAR_BACK_REACH = 16;

/** "$1.02 in the third quarter of 2025", "1.4 billion crowns in the first half of 2025": a part of a year named with its number, right after the figure. */
const NAMED_PART_RIGHT_AFTER = new RegExp(`^(?:[^\\s]+ ){1,4}in (?:the )?(?:first|second|third|fourth) (?:quarter|half) of ${FULL_YEAR}\\b`);

/** The words of a year back as the tokenizer joins them ("year - ago"): "a year earlier", "the same period of 2025". */
const YEAR_BACK_AFTER = new RegExp(
  `\\b(?:a year (?:earlier|ago|before)|last year|the same (?:${SPAN_UNITS}) (?:last year|a year (?:earlier|ago|before)|(?:of|in) ${FULL_YEAR})|${asTokens(BACK_COMPOUNDS)})\\b`,
);

/** A year back told right after the figure: "a year earlier", "last year", "the same period of 2025", "the year-ago quarter". */
function yearBackAfter(doc: ArticleDocument, first: number): boolean {
  const words = doc.tokens
    .slice(first, first + YEAR_BACK_REACH)
    .map((t) => t.normal)
    .join(' ');
  // Not "the same period" alone: "against roughly 45% for Applied Materials in the same period" is a rival's, now.
  // A quarter of a year named right after the figure ("against $1.02 in the third quarter of 2025") is an earlier
  // state too; not one after another party ("against 45% for Beta in the third quarter of 2026").
  return YEAR_BACK_AFTER.test(words) || NAMED_PART_RIGHT_AFTER.test(words);
}

/** Changes told as what came before: "after falling 6%", "after rising 3%". */
const CHANGE_BEFORE = /^(?:falling|rising|growing|declining|dropping|climbing|gaining|slipping|sliding|jumping|shrinking|increasing|decreasing)$/;

/** A measure compared with before its figure: "compared with a loss of", "than its loss of", "from an operating profit of". */
const COMPARED_MEASURE = /(?:compared (?:with|to)|than|from|versus|vs\.?|against) (?:an?|its|their|the) (?:[a-z-]+ ){0,2}(?:loss|profit|gain|deficit|surplus|income|revenue|sales) of$/;

/** Whether the "of" at `of` ends a compared measure ("compared with an operating loss of"), so the figure after it is one. */
const comparedMeasureOf = (doc: ArticleDocument, of: number): boolean =>
  doc.tokens[of]?.normal === 'of' && COMPARED_MEASURE.test(doc.tokens.slice(Math.max(0, of - 6), of + 1).map((t) => t.normal).join(' '));

/** How far back from its "and" an earlier state a figure is listed after may start: "from $10.8 million in the second quarter". */
const LISTED_REACH = 10;

/**
 * Whether the "and" at `and` follows an earlier state ("from 10.8% in the second quarter and"), with no verb or comma
 * between: not "up from $5.62 a year earlier, and $3,870 an ounce for its gold", nor the hedge "more than 15 million".
 */
function listedAfterEarlierState(doc: ArticleDocument, and: number): boolean {
  for (let i = and - 1; i >= Math.max(0, and - LISTED_REACH); i--) {
    const token = doc.tokens[i]!;
    if (token.sentence !== doc.tokens[and]!.sentence || token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (EARLIER.has(token.normal) && !HEDGED_THAN.test(doc.tokens[i - 1]?.normal ?? '')) return /^[\p{N}\p{Sc}]/u.test(doc.tokens[i + 1]?.text ?? '');
  }
  return false;
}

/** "… and 40% of revenue came from China": a verb after the figure, before the next comma, makes it a clause's own. */
function verbAfter(doc: ArticleDocument, first: number): boolean {
  for (let i = first + 1; i < first + LISTED_REACH; i++) {
    const token = doc.tokens[i];
    if (token === undefined || token.sentence !== doc.tokens[first]!.sentence || token.text === ',') return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  }
  return false;
}

/** "more than", "fewer than": a hedge of the figure after it, not a comparison. */
const HEDGED_THAN = /^(?:more|less|fewer|no)$/;

/** Who a relative clause after a figure may name: "the $9.1bn it booked", "the 12% the company held". */
const CLAUSE_SUBJECT = /^(?:it|they|we|he|she)$/;
/** Past forms that name an earlier forecast, not a result: "the $19.5bn it had expected in July", "the $20bn it promised". */
export const FORECAST_PAST = /^(?:expected|forecast|forecasted|projected|predicted|promised|targeted|planned|guided|estimated|anticipated|budgeted|pledged)$/;

/**
 * "expects revenue to exceed $18bn, roughly double the $9.1bn it booked in fiscal 2024": a figure a relative clause
 * in the past tense reports after it is what was, not what the forecast verb before it expects.
 */
export function toldAsPast(doc: ArticleDocument, last: number): boolean {
  let i = last + 1;
  if (/^(?:that|which)$/.test(doc.tokens[i]?.normal ?? '')) i += 1;
  if (doc.tokens[i]?.normal === 'the' && /^(?:company|group|firm)$/.test(doc.tokens[i + 1]?.normal ?? '')) i += 2;
  else if (CLAUSE_SUBJECT.test(doc.tokens[i]?.normal ?? '')) i += 1;
  else return false;
  if (doc.tokens[i]?.normal === 'had') i += 1;
  const verb = doc.tokens[i];
  if (verb === undefined || verb.sentence !== doc.tokens[last]!.sentence || FORECAST_PAST.test(verb.normal)) return false;
  return /^\p{Ll}+ed$/u.test(verb.text) || IRREGULAR_PAST.test(verb.normal);
}
