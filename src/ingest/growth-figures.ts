// Growth rates: "revenue rose 24% from a year earlier", "net profit jumped 37%", "shipments fell about 3%". A change of
// a party's measure over the period, in per cent: `growth_rate`, with what grew as `measure`, which way as `direction`,
// and what it is counted against as `against` where the words say so, so that a revenue growth is never compared with
// a profit's, a rise with a fall, or a year-on-year growth with a quarter-on-quarter one.
import type { ArticleDocument } from './document.js';
import { SHARES } from './per-share.js';
import { profitMeasure, PROFIT_CUE } from './profit.js';
import { isChangeVerb } from './figures.js';
import { contains, type TokenRange } from './spans.js';

type Qualifier = { key: string; value: string };

/** What grows, as the article writes it, and the measure it is kept as. Profit words are read by profit.ts. */
const MEASURES: ReadonlyArray<readonly [RegExp, string]> = [
  // "Sales" are as often units as money ("EV sales will grow 18%"): kept apart from revenue.
  [/^(?:revenues?|turnover)$/, 'revenue'],
  [/^(?:sales)$/, 'sales'],
  [/^(?:eps)$/, 'EPS'],
  [/^(?:shipments)$/, 'shipments'],
  [/^(?:deliveries)$/, 'deliveries'],
  [/^(?:orders|bookings)$/, 'orders'],
  [/^(?:billings)$/, 'billings'],
  [/^(?:users|customers|subscribers|members|accounts)$/, 'users'],
  [/^(?:employees|headcount|workforce|staff)$/, 'employees'],
  [/^(?:passengers|traffic|rpks?|rpms?)$/, 'passengers'],
  [/^(?:asks?|asms?)$/, 'capacity'],
  [/^(?:prask|rask|trask|prasm|rasm)$/, 'unit revenue'],
  [/^(?:cask|casm)$/, 'unit costs'],
  [/^(?:output|production|generation)$/, 'output'],
  [/^(?:volumes?)$/, 'volume'],
  [/^(?:gmv|tpv|gov)$/, 'GMV'],
  [/^(?:gtv)$/, 'GTV'],
  [/^(?:arr)$/, 'ARR'],
  [/^(?:registrations)$/, 'registrations'],
  [/^(?:transactions)$/, 'transactions'],
  [/^(?:downloads)$/, 'downloads'],
  [/^(?:intake)$/, 'orders'],
  [/^(?:prices?|asps?)$/, 'price'],
  [/^(?:costs|expenses)$/, 'costs'],
  [/^(?:spending|expenditures?|capex)$/, 'spending'],
  [/^(?:deposits)$/, 'deposits'],
  [/^(?:loans|lending)$/, 'loans'],
  [/^(?:capacity)$/, 'capacity'],
  [/^(?:exports)$/, 'exports'],
  [/^(?:imports)$/, 'imports'],
  [/^(?:consumption|demand)$/, 'demand'],
];
/** How far before the figure its measure may be named: "Revenue for the quarter ended Oct. 31 rose 24%". */
const MEASURE_REACH = 14;

const FALLS = /^(?:fell|fallen|falls|fall|falling|declined|declines|decline|dropped|drops|drop|dipped|dips|slipped|slips|slid|slumped|sank|shrank|shrunk|shrinks|decreased|decreases|tumbled|plunged|plummeted|eased|lost|loses|down|lower|less|contracted|narrowed|cut|cuts|reduced|reduces|slashed|slashes|lowered|lowers|trimmed|trims)$/;
// Over the tokens joined by spaces, as the tokenizer cuts them: "year-on-year" is "year - on - year", "y/y" is "y / y".
const YEAR_EARLIER = /\b(?:year (?:- )?(?:on|over) (?:- )?year|y \/ y|yoy|a year (?:earlier|ago|before)|(?:the )?year (?:- )?(?:earlier|ago) (?:period|quarter|half|month)|(?:the )?same (?:period|quarter|half|month) (?:of )?(?:a year (?:earlier|ago)|last year)|from last year)\b/;
const QUARTER_EARLIER = /\b(?:quarter (?:- )?(?:on|over) (?:- )?quarter|q \/ q|qoq|sequentially|(?:the )?(?:previous|prior|preceding) quarter|three months earlier)\b/;
const MONTH_EARLIER = /\b(?:month (?:- )?(?:on|over) (?:- )?month|m \/ m|(?:the )?(?:previous|prior|preceding) month)\b/;
/** How far before the figure its basis may be written: "year-on-year revenue rose 24%". */
const BASIS_BEFORE = 6;

/**
 * The qualifiers of a growth rate (the figure is a change, measuresChange): its measure, named nearest before it in the
 * clause (outside `excluded` asides), its direction, and what it is counted against. Null where no measure is named
 * and none is `implied`, or the measure is a share price: such a change stays unclassified.
 */
export function growthQualifiers(doc: ArticleDocument, clause: TokenRange, figure: TokenRange, excluded: readonly TokenRange[], implied?: string): Qualifier[] | null {
  // "cut 1,850 jobs, about 7% of its workforce": a share of something, not a change.
  if (doc.tokens[figure.last + 1]?.normal === 'of') return null;
  const measure = measureAfter(doc, clause, figure) ?? measureBefore(doc, clause, figure, excluded) ?? implied ?? volumeBefore(doc, clause, figure) ?? comparableGrowthOf(doc, clause, figure);
  if (measure === null) return null;
  // The basis is the figure's own: from a few words before it ("year-on-year revenue rose 24%") to the next figure of
  // another measure ("rose 24% from a year earlier to $1.42 billion, and 8% sequentially" gives the 24% a year).
  const words = doc.tokens.slice(Math.max(clause.first, figure.first - BASIS_BEFORE), nextNumber(doc, figure.last + 1, clause.last)).map((t) => t.normal).join(' ');
  const before = doc.tokens.slice(Math.max(clause.first, figure.first - 3), figure.first).map((t) => t.normal);
  const after = doc.tokens[figure.last + 1]?.normal ?? '';
  const falls = before.some((word) => FALLS.test(word)) || /^(?:decrease|decline|drop|fall|lower|less)$/.test(after);
  const against = QUARTER_EARLIER.test(words) ? 'previous quarter' : MONTH_EARLIER.test(words) ? 'previous month' : YEAR_EARLIER.test(words) ? 'year earlier' : null;
  const basis = countedBasis(doc, clause, figure, words);
  const measured = basis === null ? measure : `${basis} ${measure}`;
  return [{ key: 'measure', value: measured }, { key: 'direction', value: falls ? 'decrease' : 'increase' }, ...(against ? [{ key: 'against', value: against }] : [])];
}

/**
 * "posted like-for-like growth of 4.2%", "same-store growth of 3%": a retailer's comparable growth with no measure
 * named is of its sales (the basis, "comparable", is read with the rest).
 */
function comparableGrowthOf(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): string | null {
  const words = doc.tokens.slice(Math.max(clause.first, figure.first - 8), figure.first).map((t) => t.normal).join(' ');
  return /\b(?:like - for - like|same - store|comparable) growth of$/.test(words) ? 'sales' : null;
}

/** Verbs of moving goods, by the measure their volume is: "shipped 10.9 million units, up 15%". */
const VOLUME_VERBS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:ship|shipped|ships|shipping)$/, 'shipments'],
  [/^(?:deliver|delivered|delivers|delivering)$/, 'deliveries'],
  [/^(?:sell|sold|sells|selling)$/, 'sales'],
];

/**
 * "Pexio shipped 10.9 million units, up 15% year on year", "… with 2.7 million units, up 23%": a change told right
 * after a count of units is the growth of that volume, named by the verb that moved it, else "units" ("volume" for tonnes). Null otherwise.
 */
function volumeBefore(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): string | null {
  const [unit, comma, up] = [doc.tokens[figure.first - 3], doc.tokens[figure.first - 2], doc.tokens[figure.first - 1]];
  if (!/^(?:up|down)$/.test(up?.normal ?? '') || comma?.text !== ',' || !/^(?:units|vehicles|cars|phones|smartphones|devices|tonnes|tons)$/.test(unit?.normal ?? '')) return null;
  for (let i = figure.first - 4; i >= clause.first; i--) {
    const verb = VOLUME_VERBS.find(([pattern]) => pattern.test(doc.tokens[i]!.normal));
    if (verb) return verb[1];
  }
  return /^(?:tonnes|tons)$/.test(unit!.normal) ? 'volume' : 'units';
}

/** How a growth may be counted, as the words name it; each is a measure of its own, never compared with the reported one. */
const BASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\borganic(?:ally)?\b|\bon an organic basis\b/, 'organic'],
  [/\b(?:comparable (?:\S+ ){0,3}(?:sales|revenues?|growth|basis)|like - for - like|lfl|same - store|same store)\b/, 'comparable'],
  [/\b(?:at|in) constant (?:exchange rates?|currenc(?:y|ies))\b|\bconstant - currency\b|\bcurrency - neutral\b|\bexcluding currency\b/, 'constant-currency'],
];

/**
 * "organic sales grew 4.5%", "sales rose 4.8% at constant exchange rates", "Same-store sales, which exclude new
 * stores, rose 4.7%": a growth counted without currency moves, acquisitions or new stores is a measure of its own
 * (4.5% organic and 2.1% reported are both right). Read in the figure's own words only (below).
 */
function countedBasis(doc: ArticleDocument, clause: TokenRange, figure: TokenRange, words: string): string | null {
  // Its own words only: after the last clause join, aside or other figure before it ("organic sales rose 4.5% and
  // reported sales rose 2.1%": the 2.1% is reported), and up to the next figure after it.
  // An aside between commas right before the verb is stepped over: "Same-store sales, which exclude new stores, rose";
  // not one further off ("Acme Corp, which makes organic baby food, said third-quarter revenue rose 9%").
  const found = commaAside(doc, clause, figure);
  const aside = found && figure.first - found.last <= 3 ? found : null;
  let from = figure.first;
  while (from > clause.first && doc.tokens[from - 1]!.type !== 'number') {
    if (aside && from - 1 === aside.last) from = aside.first;
    else if (/^(?:and|while|but|whereas|,|;)$/.test(doc.tokens[from - 1]!.normal)) break;
    else from -= 1;
  }
  const before = doc.tokens.slice(from, figure.first).map((t) => t.normal).join(' ');
  const after = words.slice(words.indexOf(doc.tokens[figure.first]!.normal));
  for (const [pattern, basis] of BASES) if (pattern.test(before) || pattern.test(after)) return basis;
  return null;
}

/**
 * The end (exclusive) of the figure's own words: the next figure of another measure, a participle's clause (", lifting
 * the margin to 37%"), or past the clause. Not the level it rose to, the level it rose from, or a conversion: "fell
 * 9.5% to €1.62 billion ($1.87 billion) from €1.79 billion a year earlier" is counted from a year earlier.
 */
function nextNumber(doc: ArticleDocument, from: number, last: number): number {
  for (let i = from; i <= last; i++) {
    const token = doc.tokens[i]!;
    if (token.text === ',' && doc.tokens[i + 1]?.pos === 'VERB') return i;
    if (token.type !== 'number' || doc.tokens[i - 1]?.text === '-' || doc.tokens[i + 1]?.text === '-') continue;
    const own = doc.tokens.slice(Math.max(from, i - 2), i).some((t) => /^(?:to|from|\()$/.test(t.normal));
    if (!own) return i;
  }
  return last + 1;
}

/** Words that may join another clause before the figure's: "revenue was flat and costs fell 3%". */
const CLAUSE_JOINS = /^(?:and|but|while|whereas|;)$/;
/** Words a measure named after them is a complement of: "revenue from enterprise customers grew 12%". */
const PREPOSITIONS = /^(?:from|among|by|for|to)$/;

/** Nouns of change a measure follows with "in": "a 7.2% rise in fourth-quarter profit", "15% growth in registrations". */
export const CHANGE_NOUNS = /^(?:rise|increase|gain|jump|growth|climb|surge|fall|decrease|decline|drop|dip|slump|slide|contraction)$/;
/** How many words may stand between "in" and the measure: "a 7.2% rise in fourth - quarter net profit". */
const MEASURE_AFTER_REACH = 6;

/**
 * The measure named after a change noun: "a 7.2% rise in fourth-quarter profit". It says what changed more plainly
 * than any word before the figure, so it is read first. Null when the figure is not followed by "<change> in".
 */
function measureAfter(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): string | null {
  if (!CHANGE_NOUNS.test(doc.tokens[figure.last + 1]?.normal ?? '') || doc.tokens[figure.last + 2]?.normal !== 'in') return null;
  const from = figure.last + 3;
  for (let i = from; i <= Math.min(clause.last, from + MEASURE_AFTER_REACH); i++) {
    const normal = doc.tokens[i]!.normal;
    if (SHARES.test(normal) && doc.tokens[i + 1]?.normal !== 'of') return null;
    if (normal === 'of' || doc.tokens[i]!.type === 'number' || doc.tokens[i]!.pos === 'VERB') break;
    const perShare = perShareAt(doc, i);
    if (perShare !== undefined) return perShare;
    const profit = profitAt(doc, from, i);
    const measure = profit ?? MEASURES.find(([pattern]) => pattern.test(normal))?.[1];
    // "a 12% rise in revenue from cloud customers": the measure, not what follows it.
    if (measure !== undefined) return measure;
  }
  return null;
}

/**
 * The measure named nearest before the figure in its own clause, or null (none, or a share price). A measure word
 * inside a preposition's phrase ("from enterprise customers") is what the measure is of, not the measure.
 */
function measureBefore(doc: ArticleDocument, clause: TokenRange, figure: TokenRange, excluded: readonly TokenRange[]): string | null {
  // "net profit, despite higher costs, rose 10%": the words between two commas before the verb are an aside, whose
  // measure is not the figure's; read past it first, and only where that finds nothing, with it.
  const aside = commaAside(doc, clause, figure);
  return (aside ? measureBeforeOutside(doc, clause, figure, [...excluded, aside]) : null) ?? measureBeforeOutside(doc, clause, figure, excluded);
}

/** Words an aside between commas may have at most: "the value of transactions processed for merchants". */
const ASIDE_WORDS = 9;

/**
 * The last stretch between two commas before the figure in its clause, when short enough to be an aside: "despite
 * higher costs" in "net profit, despite higher costs, rose 10%"; not "processed total payment volume of 41.5 billion
 * euros in the first nine months of 2026" between "The company, which …," and ", up 64%".
 */
function commaAside(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): TokenRange | null {
  let close = -1;
  for (let i = figure.first - 1; i > clause.first; i--) {
    if (doc.tokens[i]!.text !== ',') continue;
    if (close < 0) close = i;
    // A relative clause is an aside however long: "Comparable sales, which include stores open at least 14 months and
    // digital channels, had risen 1.9%". (asides.ts's relativeAsides is stricter, wanting a verb right after the
    // closing comma and a short aside; tried in its place, it lost two growths' bases and measures.)
    else return close - i - 1 <= ASIDE_WORDS || /^(?:which|who|that|where)$/.test(doc.tokens[i + 1]?.normal ?? '') ? { first: i, last: close } : null;
  }
  return null;
}

function measureBeforeOutside(doc: ArticleDocument, clause: TokenRange, figure: TokenRange, excluded: readonly TokenRange[]): string | null {
  // The reach counts words outside the excluded ranges (asides, dates): "Revenue for the six months to Sept. 30, the
  // first half of the group's fiscal year, rose 3.9%".
  let first = figure.first;
  for (let counted = 0; first > clause.first && counted < MEASURE_REACH; ) {
    first -= 1;
    if (!excluded.some((range) => contains(range, { first, last: first }))) counted += 1;
  }
  let joined = false;
  for (let i = figure.first - 1; i >= first; i--) {
    if (excluded.some((range) => contains(range, { first: i, last: i }))) continue;
    const normal = doc.tokens[i]!.normal;
    // Prices of shares move every minute; their moves stay unclassified ("its stock price has fallen 30%" too).
    if (SHARES.test(normal) || (/^prices?$/.test(normal) && SHARES.test(doc.tokens[i - 1]?.normal ?? '') && doc.tokens[i - 2]?.normal !== 'of')) return null;
    // Past an "and", a verb is another clause's ("revenue was flat and costs fell 3%"); "sales at Walmart and Target
    // stores climbed 8%" has none.
    if (CLAUSE_JOINS.test(normal)) joined = true;
    else if (joined && (doc.tokens[i]!.pos === 'VERB' || doc.tokens[i]!.pos === 'AUX')) return null;
    const perShare = perShareAt(doc, i);
    if (perShare !== undefined) return perShare;
    const profit = profitAt(doc, first, i);
    const measure = profit ?? MEASURES.find(([pattern]) => pattern.test(normal))?.[1];
    // "revenue per available seat mile", "revenue per user": a unit measure, not the total; left unread.
    if (measure !== undefined && doc.tokens[i + 1]?.normal === 'per') return null;
    // "revenue passenger kilometers": an airline's traffic, named by the revenue it earns.
    if (measure === 'revenue' && /^(?:passenger|ton|tonne)$/.test(doc.tokens[i + 1]?.normal ?? '')) continue;
    if (measure !== undefined && !complementAt(doc, first, i)) return measure;
  }
  return null;
}

/** The measure word at `at` stands in a preposition's phrase: a preposition within the two words before it. */
const complementAt = (doc: ArticleDocument, first: number, at: number): boolean =>
  doc.tokens.slice(Math.max(first, at - 2), at).some((t) => PREPOSITIONS.test(t.normal));

/** "earnings per share rose 15%", "loss per share narrowed": at the "share" of a per-share measure, which one. */
function perShareAt(doc: ArticleDocument, at: number): string | undefined {
  if (doc.tokens[at]!.normal !== 'share' || doc.tokens[at - 1]?.normal !== 'per') return undefined;
  return /^(?:loss|losses)$/.test(doc.tokens[at - 2]?.normal ?? '') ? 'loss per share' : 'EPS';
}

/** A profit named by words ending at token `last` ("net profit", "operating income"), as its measure; else undefined. */
function profitAt(doc: ArticleDocument, first: number, last: number): string | undefined {
  if (!/^(?:profits?|income|earnings|loss|losses|ebit|ebitda|ebita)$/.test(doc.tokens[last]!.normal)) return undefined;
  // "earnings per share" is read whole by perShareAt.
  if (/^(?:per|-)$/.test(doc.tokens[last + 1]?.normal ?? '')) return undefined;
  const words = doc.tokens.slice(Math.max(first, last - 3), last + 1).map((t) => t.normal).join(' ');
  // A bare "earnings" or "income" may be a bank's line: only a named profit, ending at `last`.
  const cue = [...words.matchAll(PROFIT_CUE)].at(-1);
  if (cue === undefined || cue.index + cue[0].length !== words.length) return undefined;
  return profitMeasure(cue[0]) ?? 'profit';
}

/** How many words a moved measure may have between its verb and its figure: "lifted its trading profit 9%". */
const MOVED_MEASURE_WORDS = 4;
/** How far back the conjunct before an "and" may hold its own change: "7.1% to R55.1 billion and trading profit 9.4%". */
const CONJUNCT_REACH = 6;
const isWord = (text: string): boolean => /^[\p{L}'’-]+$/u.test(text);
/** Words after a figure that compare it with what was expected: "20% above forecasts", "5% below estimates". */
const AGAINST_FORECASTS = /^\S+ (?:%|percent|pc )?\s*(?:above|below|ahead of|short of|under|over) /;
const isMeasureWord = (doc: ArticleDocument, at: number): boolean =>
  MEASURES.some(([pattern]) => pattern.test(doc.tokens[at]!.normal)) || profitAt(doc, Math.max(0, at - 3), at) !== undefined;

/**
 * A figure right after the measure a verb of change moved: "Kestrel grew shipments 6.1% to 55.6 million", "increased
 * sales 7.1% to R55.1 billion and trading profit 9.4% to R3.41 billion" (the verb goes on over the "and"). The figure
 * is a change though no change word stands next to it.
 */
export function changedMeasureBefore(doc: ArticleDocument, figureFirst: number, overAnd = true): boolean {
  if (figureFirst < 2 || !isMeasureWord(doc, figureFirst - 1)) return false;
  // "shares jumped on sales 20% above forecasts": a figure measured against forecasts is no change.
  if (AGAINST_FORECASTS.test(doc.tokens.slice(figureFirst, figureFirst + 4).map((t) => t.normal).join(' '))) return false;
  let at = figureFirst - 2;
  for (let words = 1; at > 0 && words < MOVED_MEASURE_WORDS && isWord(doc.tokens[at]!.text) && !isChangeVerb(doc.tokens[at]!) && doc.tokens[at]!.normal !== 'and'; words++) {
    // "jumped on sales": a preposition makes the measure the cause of another change, not the thing changed.
    if (/^(?:on|after|as|with|despite|amid|from|by|for|of|in)$/.test(doc.tokens[at]!.normal)) return false;
    at--;
  }
  const token = doc.tokens[at]!;
  if (token.pos === 'VERB' && isChangeVerb(token)) return true;
  if (!overAnd || token.normal !== 'and') return false;
  // The conjunct before: "<measure> 7.1% to <level>", itself a moved measure.
  for (let k = at - 1; k >= Math.max(1, at - CONJUNCT_REACH); k--) {
    if (!/^(?:%|percent|pc)$/.test(doc.tokens[k]!.normal) || doc.tokens[k + 1]?.normal !== 'to') continue;
    return changedMeasureBefore(doc, k - 1, false);
  }
  return false;
}
