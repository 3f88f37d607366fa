// Finds the figures in a sentence ("over half", "$2.5 billion", "25% faster", "10,000 customers") with the domain's value parser.
import { DomainError } from '../domain/errors.js';
import { CURRENCY_NOUNS, DIMENSIONS, dimensionOf, GLUED_DOLLARS, parseQuantity, withSharedCurrencies, type Dimension, type Quantity, type SharedCurrencies } from '../domain/quantity.js';
import type { ArticleDocument, Sentence } from './document.js';
import { sliceTokens } from './document.js';
import { longestFirst, longestReading, TokenMask, type TokenRange } from './spans.js';
import { countsInRand } from './rand.js';
import { sharedCurrenciesOf } from './shared-currencies.js';
import { codeGluedToAmount } from './currency-codes.js';

export interface Figure extends TokenRange {
  /** The value as written, hedges and bounds included ("roughly 20 to 21%"), without what it measures. */
  text: string;
  quantity: Quantity;
  dimension: Dimension;
  /** The longest reading around the value, e.g. "32% of the enterprise LLM API market", "a $1 billion run rate". */
  extent: TokenRange;
}

const ALL_DIMENSIONS: Dimension[] = [...DIMENSIONS];

/** Words that hedge or bound an amount before its number: "about", "more than", "an estimated", "fewer than". */
export const AMOUNT_HEDGE = /^(?:about|around|roughly|nearly|almost|just|some|approximately|over|under|more|less|fewer|than|an|estimated)$/;

/** Words that can start a figure without a digit; parseQuantity decides whether they really do. */
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'dozen', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth',
  'tenths', 'twice', 'double', 'doubled', 'triple', 'tripled', 'quadrupled', 'majority', 'minority',
]);

const isSeed = (doc: ArticleDocument, i: number): boolean => {
  const token = doc.tokens[i]!;
  // "R12.4bn": the rand's sign glued to its amount (the tokenizer gives "R12", ".", "4bn"); read only if it is money.
  // "RM1.2bn", "VND190 trillion": a currency code glued to its amount (wink gives "RM1", ".", "2bn").
  return (
    token.type === 'number' ||
    token.type === 'currency' ||
    NUMBER_WORDS.has(token.normal) ||
    /^\p{N}[\p{N},.]*$/u.test(token.text) ||
    /^\w+fold$/.test(token.normal) ||
    /^R\d/.test(token.text) ||
    codeGluedToAmount(token.text) ||
    // "Sh9.7 billion": the shilling's sign glued to its amount, in an article whose shillings are known.
    (/^Shs?\d/.test(token.text) && sharedCurrenciesOf(doc).shillings !== undefined)
  );
};

const EDGE_SYMBOLS_FIRST = /^(?:[$€£¥₹₩฿₱₫₺₽₪₦~≈<>≥≤]|\p{L}|\p{N})/u;
const EDGE_SYMBOLS_LAST = /^(?:[%+×]|\p{L}|\p{N})/u;
const badEdge = (text: string, edge: 'first' | 'last'): boolean => !(edge === 'first' ? EDGE_SYMBOLS_FIRST : EDGE_SYMBOLS_LAST).test(text);

/** How an article counts: "R96" is rand in an article in rand, "42 cents" a dollar's hundredths in one in dollars. */
interface ArticleCurrency {
  inRand: boolean;
  shared: SharedCurrencies;
}
const currencies = new WeakMap<ArticleDocument, ArticleCurrency>();
/** Read once per article: figures are read from many windows of tokens, each parsed with it. */
function currencyOf(doc: ArticleDocument): ArticleCurrency {
  let currency = currencies.get(doc);
  if (currency === undefined) currencies.set(doc, (currency = { inRand: countsInRand(doc), shared: sharedCurrenciesOf(doc) }));
  return currency;
}

function read(text: string, currency: ArticleCurrency, overAHundred = true): Quantity | null {
  try {
    return parseQuantity(text, { accept: ALL_DIMENSIONS, bareRandSign: currency.inRand, shared: currency.shared });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // "jumped 240%", "net revenue retention of 138%": a percentage over 100 is no share of a whole but a change or a
    // ratio, read as the value parser reads a relative one ("240% increase").
    return overAHundred && OVER_A_HUNDRED.test(text) ? readRelative(`${text} increase`) : null;
  }
}

/** A percentage written with three or more digits before its point: "240%", "about 155 per cent". */
const OVER_A_HUNDRED = /(?:^|\s)(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?\s?(?:%|per ?cent|percent|pc)$/i;

function readRelative(text: string): Quantity | null {
  try {
    return parseQuantity(text, { accept: ALL_DIMENSIONS });
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** The value of tokens `first` to `last`, read as the article counts ("R96" is rand in an article in rand). */
const readIn = (doc: ArticleDocument, first: number, last: number, overAHundred = true): Quantity | null =>
  read(sliceTokens(doc, first, last), currencyOf(doc), overAHundred);

const sameReading = (a: Quantity | null, b: Quantity): boolean =>
  a !== null && a.unit === b.unit && a.lower === b.lower && a.upper === b.upper && a.lowerInclusive === b.lowerInclusive && a.upperInclusive === b.upperInclusive && a.approx === b.approx;

/**
 * The shortest window inside `range` around `seed` that still reads the same: the value without what it measures.
 * Read strictly: "250%" alone reads past 100 only as a change, which would cut "250% faster" to "250%".
 */
function core(doc: ArticleDocument, range: TokenRange, seed: number, quantity: Quantity): TokenRange {
  let last = range.last;
  for (let end = seed; end < range.last; end++) {
    if (!badEdge(doc.tokens[end]!.text, 'last') && sameReading(readIn(doc, range.first, end, false), quantity)) {
      last = end;
      break;
    }
  }
  // "20% to 21%" reads as "20% to 21" does, but a reader quoting it keeps the sign it was written with.
  if (last < range.last && /^(?:%|percent)$/.test(doc.tokens[last + 1]!.normal) && sameReading(readIn(doc, range.first, last + 1, false), quantity)) last += 1;
  let first = range.first;
  for (let start = seed; start > range.first; start--) {
    if (!badEdge(doc.tokens[start]!.text, 'first') && sameReading(readIn(doc, start, last, false), quantity)) {
      first = start;
      break;
    }
  }
  return { first, last };
}

/** Words after a figure showing it is measured against something else: "half its previous share". */
const RELATIVE_TO = new Set(['its', 'their', 'his', 'her', 'our']);

/** Things whose count is worth checking; other small counts ("two fundamental realities") are prose. */
const COUNTED = /^(?:users?|customers?|subscribers?|developers?|employees?|members?|seats?|downloads?|installs?|accounts?|businesses|companies|enterprises|organi[sz]ations|people|paying|monthly|weekly|daily|active|clients?|partners?|stores?|shops?|outlets?|branches|restaurants?|locations?|offices?|factories|plants?|flights?|aircraft|planes?|jets?|jobs?|staff|workers?|patients?|copies|passengers?|cars?|trucks?|countries|markets?|visitors?|readers?|students?|teams?|units?|devices?|vehicles?|models?|gpus?|requests?|queries|tokens?|lines?|repositories|repos?|contributors?|stars?)$/;

/** A bare number is only a figure when it counts something worth checking, or is large ("10,000 customers", "2 million"). */
/** "for a fifth straight quarter", "a third time": after these, "a fifth" counts in order and is no fraction. */
const ORDINAL_FOLLOWERS = /^(?:straight|consecutive|successive|time|times|round|place|year|quarter|month|week|day|row|season|attempt|generation|version|edition)$/;

/** "according to two people familiar with the matter": who told the reporter, not a figure to check. */
const SOURCES_AFTER = /^(?:familiar|close|briefed|with|knowledge)$/;
/** The last word of an amount: a number or its scale ("$14.2 billion"). */
const AMOUNT_END = /^(?:\d[\d,.]*|billion|million|bn|mn|m|trillion|thousand|k)$/;
/** A year, which ends no amount: "In 2025 a quarter of Acme's revenue came from China". */
const YEAR = /^(?:19|20)\d{2}$/;
/** "its first profitable half", "the second half": a half-year, not a fraction. */
const HALF_YEAR_BEFORE = /^(?:first|second|1st|2nd|front|back|latter|profitable|weak|weaker|strong|stronger|difficult|record|the|its|their|this|that)$/;

/** Words before a number written out that make it pick things out ("the four markets") rather than count them. */
const REFERRING_BEFORE = /^(?:the|its|their|these|those|all|our|his|her|['’]s)$/;

function isCheckable(doc: ArticleDocument, figure: Figure): boolean {
  const next = doc.tokens[figure.last + 1];
  if (next && /^(?:people|persons|sources|officials|executives)$/.test(next.normal) && SOURCES_AFTER.test(doc.tokens[figure.last + 2]?.normal ?? '')) return false;
  if (figure.text.toLowerCase() === 'half' && next?.normal !== 'of' && HALF_YEAR_BEFORE.test(doc.tokens[figure.first - 1]?.normal ?? '')) return false;
  // "Tembo Telecom half-year profit rises 18pc": a half-year's, no fraction.
  if (figure.text.toLowerCase() === 'half' && /^(?:-|year|yearly)$/.test(next?.normal ?? '') && /^(?:year|yearly)$/.test(doc.tokens[figure.last + (next?.normal === '-' ? 2 : 1)]?.normal ?? '')) return false;
  if (next && RELATIVE_TO.has(next.normal)) return false;
  if (next && ORDINAL_FOLLOWERS.test(next.normal) && /^(?:a|the)\s+\p{L}+$/iu.test(figure.text)) return false;
  // "hits $14.2 billion a quarter": a rate per quarter after an amount, no fraction of anything.
  const beforeRate = doc.tokens[figure.first - 1]?.normal ?? '';
  if (/^a\s+(?:quarter|half)$/i.test(figure.text) && AMOUNT_END.test(beforeRate) && !YEAR.test(beforeRate)) return false;
  // "in the first nine months of the year", "over the eight months after its launch": a span the figures around it
  // are dated by, not a figure; "six months after launch" (no article before it) is a time to a milestone.
  if (figure.dimension === 'DURATION' && /^(?:the|first|past|last|next)$/.test(doc.tokens[figure.first - 1]?.normal ?? '')) return false;
  // "The results come three years after Sorrel Bank was fined": how long ago something happened, not a time to a
  // milestone ("six months after launch", "18 months after Zelto launched its app").
  const comes = /^(?:come|comes|came|coming)$/.test(doc.tokens[figure.first - 1]?.normal ?? '');
  if (figure.dimension === 'DURATION' && comes && /^(?:after|before)$/.test(next?.normal ?? '') && /^\p{Lu}/u.test(doc.tokens[figure.last + 2]?.text ?? '')) return false;
  if (figure.quantity.unit !== 'COUNT') return true;
  // "across the four countries", "Southeast Asia's four biggest markets": a number in words after a determiner says
  // which ones, not how many of something there are.
  if (!/\p{N}/u.test(figure.text) && REFERRING_BEFORE.test(doc.tokens[figure.first - 1]?.normal ?? '')) return false;
  // The counted thing is the noun right after the number, perhaps after an adjective ("15 million monthly users").
  const counted = doc.tokens.slice(figure.last + 1, Math.min(figure.extent.last, figure.last + 3) + 1).some((t) => COUNTED.test(t.normal));
  return counted || (figure.quantity.statedLower ?? 0) >= 1000;
}

/** How far back from its "from" the count it compares with may stand: "310 people at the end of September, compared with". */
const EARLIER_COUNT_REACH = 10;

/**
 * "more than 1,200 business customers, up from about 400 a year earlier", "310 people, compared with about 190": a
 * bare count after "from" or "compared with" counts what the count it follows counted, so it is checkable when that one is.
 */
function earlierCountOf(doc: ArticleDocument, figure: Figure, found: readonly Figure[]): boolean {
  const before = doc.tokens[figure.first - 1]?.normal ?? '';
  const comparing = before === 'from' || before === 'versus' || (/^(?:with|to)$/.test(before) && doc.tokens[figure.first - 2]?.normal === 'compared');
  if (figure.quantity.unit !== 'COUNT' || !comparing) return false;
  const compared = found.at(-1);
  return compared !== undefined && compared.quantity.unit === 'COUNT' && figure.first - 1 - compared.extent.last <= EARLIER_COUNT_REACH;
}

/** Verbs of change: after one, "X to Y" is a change and the level it reached, not a range. */
const CHANGE_VERB =
  /^(?:rise|rose|fall|fell|grow|grew|increase|decrease|decline|drop|climb|jump|surge|soar|slip|slide|slid|plunge|plummet|tumble|gain|expand|shrink|shrank|contract|improve|widen|narrow|double|triple|edge|tick|go|went|swell|swelled|sink|sank|cut|lift|raise|lower)$/;
/** A verb of change, by its lemma or as written ("rose", "fell", "gained"). */
export const isChangeVerb = (token: { normal: string; lemma: string }): boolean => CHANGE_VERB.test(token.lemma) || CHANGE_VERB.test(token.normal);

/** Verbs that are figures themselves ("doubled" is 2x), which a range could otherwise start with. */
const MULTIPLE_VERB = /^(?:doubled|tripled|trebled|quadrupled|halved)$/;
/** How far after the verb its "to" may stand: "fell by nearly 20,000 to 593,314". */
const CHANGE_REACH = 8;

const isPercentAt = (doc: ArticleDocument, i: number): boolean => /^(?:%|percent|per cent|pc)$/.test(doc.tokens[i]?.normal ?? '');

/**
 * The "to" of "fell 11% to 28.6 million", "fell by nearly 20,000 to 593,314", "rose from $2 billion to $3 billion":
 * each figure is read on its own side of it. "to grow 10% to 15%" and "to grow by 30% to 35%" stay ranges: two
 * percentages after a change verb with no "from" are how forecasts write one.
 */
function changeSeparators(doc: ArticleDocument, sentence: Sentence): TokenRange[] {
  const separators: TokenRange[] = [];
  for (let v = sentence.first; v <= sentence.last; v++) {
    if (!isChangeVerb(doc.tokens[v]!)) continue;
    for (let k = v + 1; k <= Math.min(sentence.last, v + CHANGE_REACH); k++) {
      const token = doc.tokens[k]!;
      if (/^[,;:]$/.test(token.text)) break;
      if (token.normal !== 'to') continue;
      // "rose to 18%": no first figure; but "doubled to 2%" is a change and a level, "doubled" no figure of its own.
      if (k === v + 1) {
        if (MULTIPLE_VERB.test(doc.tokens[v]!.normal)) separators.push({ first: k, last: k });
        break;
      }
      const between = doc.tokens.slice(v + 1, k);
      const from = between.some((t) => t.normal === 'from');
      const percentRange = between.some((_, j) => isPercentAt(doc, v + 1 + j)) && isPercentAt(doc, k + 2);
      if (from || !percentRange) separators.push({ first: k, last: k });
      break;
    }
  }
  return separators;
}

/** Letters glued before "$" that name another dollar ("S$41 billion", "A$1.25 billion"); the value parser knows these. */
const DOLLAR_LETTERS = new RegExp(`^(?:s|hk|nz|r|${Object.keys(GLUED_DOLLARS).join('|').toLowerCase()})$`);
/** wink's one token for "A$", "C$" …: the dollars the value parser reads from it. */
const KNOWN_DOLLAR_TOKEN = new RegExp(`^(?:${Object.keys(GLUED_DOLLARS).join('|')})\\$$`);

/**
 * Letters before a "$": glued on ("S$", "HK$") they name another dollar, and an unknown one ("NT$") leaves the figure
 * unread rather than read as US dollars; spaced ("Series C $50 million") they are no part of the figure.
 */
function dollarLetters(doc: ArticleDocument, sentence: Sentence): TokenRange[] {
  const blocked: TokenRange[] = [];
  for (let i = sentence.first + 1; i <= sentence.last; i++) {
    const sign = doc.tokens[i]!;
    const letters = doc.tokens[i - 1]!;
    // wink reads "A$" and "C$" as one token: read where the value parser knows the dollar, blocked where not ("NT$").
    if (/^\p{Lu}{1,3}\$$/u.test(sign.text) && !KNOWN_DOLLAR_TOKEN.test(sign.text)) {
      blocked.push({ first: i, last: Math.min(i + 1, sentence.last) });
      continue;
    }
    if (sign.text !== '$' || !/^\p{Lu}{1,3}$/u.test(letters.text)) continue;
    const glued = letters.end === sign.start;
    if (!glued) blocked.push({ first: i - 1, last: i - 1 });
    else if (!DOLLAR_LETTERS.test(letters.normal)) blocked.push({ first: i - 1, last: i + 1 });
  }
  return blocked;
}

/** How many tokens a currency written before a figure may take: "Rs 14", "Rs. 14". */
const CURRENCY_PREFIX_TOKENS = 2;

/**
 * "a dividend of Rs 14 per share": the longest reading is a count ("14 per share" counts what follows it), which
 * drops the currency before it; read with that currency, the figure is money.
 */
function withCurrencyBefore(doc: ArticleDocument, sentence: Sentence, mask: TokenMask, counted: TokenRange): { range: TokenRange; quantity: Quantity } | null {
  const alone = readIn(doc, counted.first, counted.last);
  if (alone?.unit !== 'COUNT') return null;
  for (let first = counted.first - 1; first >= Math.max(sentence.first, counted.first - CURRENCY_PREFIX_TOKENS) && !mask.has(first); first--) {
    const quantity = readIn(doc, first, counted.last);
    if (quantity !== null && quantity.unit !== null && dimensionOf(quantity.unit) === 'MONEY') return { range: { first, last: counted.last }, quantity };
  }
  return null;
}

/**
 * Every figure in the sentence. `blocked` are ranges no figure may overlap: names ("Claude Opus 4.6") and dates
 * ("Q3 2025"), but not dates counted from an event, whose duration is a value too ("six months after launch").
 */
const SCALE_OR_NUMBER = /^(?:hundred|thousand|million|billion|trillion|bn|mn|m|tn|k|crore|lakh)$/;

/**
 * A name blocked as a mention that is part of a figure's currency: "14.2 billion Hong Kong dollars", "2.4 billion UAE
 * dirhams" (a place between an amount and its currency noun). The value parser decides whether it knows the currency.
 */
function namesCurrency(doc: ArticleDocument, range: TokenRange): boolean {
  const before = doc.tokens[range.first - 1];
  const after = doc.tokens[range.last + 1];
  // The currency nouns are the value parser's own (CURRENCY_NOUNS): "Hong Kong dollars", "UAE dirhams", "Saudi riyals".
  return before !== undefined && after !== undefined && (before.type === 'number' || SCALE_OR_NUMBER.test(before.normal)) && CURRENCY_NOUNS.has(after.normal);
}

export function findFigures(doc: ArticleDocument, sentence: Sentence, blocked: readonly TokenRange[]): Figure[] {
  const found: Figure[] = [];
  const mask = new TokenMask(sentence, [...blocked.filter((range) => !namesCurrency(doc, range)), ...changeSeparators(doc, sentence), ...dollarLetters(doc, sentence)]);
  const claimed = new TokenMask(sentence);
  for (let i = sentence.first; i <= sentence.last; i++) {
    if (!isSeed(doc, i) || mask.has(i) || claimed.has(i)) continue;
    const best = longestReading(doc, sentence, i, { before: 4, after: 8, blocked: mask, badEdge }, (text: string) => read(text, currencyOf(doc)));
    if (!best) continue;
    const counted = core(doc, best, i, best.reading);
    const { range, quantity } = withCurrencyBefore(doc, sentence, mask, counted) ?? { range: counted, quantity: readIn(doc, counted.first, counted.last) ?? best.reading };
    // What the figure measures ends on a content word: "32% of the" says no more than "32%".
    let extentLast = best.last;
    while (extentLast > range.last && /^(?:DET|ADP|CCONJ|PART|PRON)$/.test(doc.tokens[extentLast]!.pos)) extentLast -= 1;
    // "… of 3.6p.": the tokenizer reads "p." as an abbreviation that took the sentence's full stop.
    const written = range.last === sentence.last ? sliceTokens(doc, range.first, range.last).replace(/(?<=\p{L})\.$/u, '') : sliceTokens(doc, range.first, range.last);
    const figure: Figure = {
      ...range,
      // "42 cents" is written "42 US cents" in an article in US dollars, "Sh9.7 billion" "KSh9.7 billion" in a Kenyan
      // one: the value is read again, out of the article.
      text: withSharedCurrencies(written, currencyOf(doc).shared),
      quantity,
      dimension: dimensionOf(quantity.unit ?? 'COUNT'),
      extent: { first: Math.min(best.first, range.first), last: extentLast },
    };
    claimed.mark(range);
    if (isCheckable(doc, figure) || earlierCountOf(doc, figure, found)) found.push(figure);
  }
  return longestFirst(found);
}

/**
 * The figures without the reporter's conversions: money in brackets right after money in another currency ("rose 58%
 * to 174 million euros ($202 million)", "to R12.4bn (about $714 million) in the quarter ended Sept. 30") is the first
 * figure again, not a second one, and the date after it dates the figure it converts.
 */
export function withoutConversions(doc: ArticleDocument, figures: readonly Figure[]): Figure[] {
  return figures.filter((figure) => {
    if (figure.dimension !== 'MONEY') return true;
    let open = figure.first - 1;
    while (open > 0 && AMOUNT_HEDGE.test(doc.tokens[open]!.normal)) open -= 1;
    if (doc.tokens[open]?.text !== '(') return true;
    const converted = figures.find((f) => f.last === open - 1);
    return !(converted !== undefined && converted.dimension === 'MONEY' && converted.quantity.unit !== figure.quantity.unit);
  });
}
