// Power and energy figures in a clause: power that is no level of capacity held (added, changed by, contracted, drawn)
// and energy that is no output, and which kind of plant a capacity or an output is of (the `technology` qualifier), so a
// company's solar capacity is not compared with its total.
import type { ArticleDocument } from './document.js';
import { AMOUNT_HEDGE, isChangeVerb, type Figure } from './figures.js';
import type { TokenRange } from './spans.js';

type Qualifier = { key: string; value: string };

/** "a further 800 MW", "500 MW of additional capacity", "1.2 GW of new capacity": power added, not the level held. */
const ADDED_POWER = /^(?:new|additional|further|another|extra|incremental)$/;
/** "added 1.2 GW", "net additions of 900 MW", "commissioned 500 MW", "installed 2 GW in 2025": the figure is what was added. */
const ADDING_WORD = /^(?:add|adds|additions|net|gain|commission|install|connect|complete)$/;
/**
 * Words near a figure that make its power something other than capacity held: being built or planned ("1.2 GW of
 * capacity under construction"), bought, sold or contracted ("commitments for 26 GW", "will deliver 4.5 GW to
 * OpenAI"), drawn by a consumer ("electrolyzer capacity of 200 MW", "chargers delivering up to 350 kW each").
 */
const NOT_HELD = /^(?:construction|development|pipeline|backlog|commitments?|deals?|agreements?|contracts?|contracted|ppas?|orders?|deliver|delivers|delivered|delivering|supply|supplies|supplied|procure[sd]?|procuring|acquir(?:e|es|ed|ing)|acquisition|buy|buys|bought|sold|sell|sells|selling|lease[sd]?|leasing|rent|rents|rented|electroly[sz]ers?|chargers?|each|per)$/;
/** How far after a figure its words may say it is added or not held: "500 MW of additional offshore capacity". */
const AFTER_REACH = 6;

/** Tokens `from` to `to` of the figure's sentence (bounds clipped to the text). */
function sentenceTokens(doc: ArticleDocument, figure: Figure, from: number, to: number) {
  const sentence = doc.tokens[figure.first]!.sentence;
  return doc.tokens.slice(Math.max(0, from), to + 1).filter((token) => token.sentence === sentence);
}

/** "15.5 GW of installed capacity, with another 8 GW under construction": what follows a join speaks of the next figure. */
const CLAUSE_JOIN = /^(?:,|;|and|but|while|whereas|with)$/;
/** `tokens` (walking away from a figure) up to the first join of another clause. */
function untilClauseEnd<T extends { normal: string }>(tokens: T[]): T[] {
  const end = tokens.findIndex((token) => CLAUSE_JOIN.test(token.normal));
  return end < 0 ? tokens : tokens.slice(0, end);
}

/** The word before a figure, past its hedges ("about", "more than") and "a", "of": "added about 1.2 GW", "grew by 2 GW". */
function wordBefore(doc: ArticleDocument, figure: Figure): number {
  let i = figure.first - 1;
  while (i > 0 && (AMOUNT_HEDGE.test(doc.tokens[i]!.normal) || /^(?:a|of)$/.test(doc.tokens[i]!.normal))) i -= 1;
  return i;
}

/**
 * Power that is not the level of capacity the subject holds: added ("added 1.2 GW", "of which 4.3 GW was added"),
 * changed by ("grew by 2.2 GW", "fell by 1 GW"), or not held at all (NOT_HELD).
 */
export function notCapacityHeld(doc: ArticleDocument, figure: Figure): boolean {
  const i = wordBefore(doc, figure);
  const before = doc.tokens[i];
  if (before && (ADDING_WORD.test(before.normal) || (before.pos === 'VERB' && ADDING_WORD.test(before.lemma)))) return true;
  if (before?.normal === 'by' && isChangeVerb(doc.tokens[i - 1] ?? { normal: '', lemma: '' })) return true;
  const after = untilClauseEnd(sentenceTokens(doc, figure, figure.last + 1, figure.last + AFTER_REACH));
  const near = [...untilClauseEnd(sentenceTokens(doc, figure, figure.first - 4, figure.first - 1).reverse()), ...after];
  if (near.some((token) => ADDED_POWER.test(token.normal) || NOT_HELD.test(token.normal))) return true;
  // "of which 4.3 GW was added during the year": the figure is what a passive verb of adding says was added (not
  // "15.5 GW of installed capacity").
  return after.slice(0, 3).some((token, k) => k > 0 && /^(?:was|were|is|are|been|be|being)$/.test(after[k - 1]!.normal) && ADDING_WORD.test(token.lemma));
}

/** Energy that is not what the subject generated: a rate it could make ("the capacity to produce 40 GWh a year"), a shortfall ("produced 19 TWh less than planned"). */
export function notEnergyGenerated(doc: ArticleDocument, figure: Figure): boolean {
  if (sentenceTokens(doc, figure, figure.first - 6, figure.first - 1).some((token) => /^capacity$/.test(token.normal))) return true;
  const after = sentenceTokens(doc, figure, figure.last + 1, figure.last + 2).map((token) => token.normal);
  return /^(?:less|more|fewer|lower|higher)$/.test(after[0] ?? '') && after[1] === 'than';
}

/** Kinds of plant, as written, and the name each is kept under. */
const TECHNOLOGIES: ReadonlyMap<string, string> = new Map([
  ['solar', 'solar'], ['photovoltaic', 'solar'], ['pv', 'solar'], ['wind', 'wind'], ['onshore', 'onshore'], ['offshore', 'offshore'],
  ['hydro', 'hydro'], ['hydropower', 'hydro'], ['hydroelectric', 'hydro'], ['nuclear', 'nuclear'], ['gas', 'gas'], ['coal', 'coal'],
  ['thermal', 'thermal'], ['geothermal', 'geothermal'], ['renewable', 'renewable'], ['renewables', 'renewable'], ['biomass', 'biomass'],
  ['fossil', 'fossil'], ['lignite', 'lignite'], ['battery', 'battery'], ['data-center', 'data center'], ['datacenter', 'data center'],
]);
/**
 * Words that may stand between a kind and its cue without changing it: "gas-fired", "data center", "wind power
 * output", "renewable installed capacity", "solar generating capacity", "nuclear fleet generated", "wind farms produced".
 */
const INSIDE_A_KIND = /^(?:-|fired|center|centre|and|power|electricity|energy|installed|operational|operating|generating|generation|storage|fleet|farms?|plants?|parks?|stations?|reactors?|turbines?|portfolio|assets)$/;
/** Words after a figure before the kind it is of: "9.9 GW of offshore wind", "of which 19.6 GW was wind", "10 GW offshore wind". */
const BEFORE_KIND = /^(?:of|is|was|were|are|in|from)$/;
/** How far before its cue a kind may stand ("its offshore wind capacity"), and after its figure ("9.9 GW of offshore wind"). */
const KIND_REACH = 3;

/** The kinds written from token `from` on, up to `to` and the first word that is neither a kind nor inside one: "offshore wind", "solar". */
function kindsIn(doc: ArticleDocument, from: number, to: number): string[] {
  const kinds: string[] = [];
  for (let i = Math.max(0, from); i <= to && i < doc.tokens.length; i++) {
    const kind = TECHNOLOGIES.get(doc.tokens[i]!.normal) ?? (doc.tokens[i]!.normal === 'data' && /^cent(?:er|re)s?$/.test(doc.tokens[i + 1]?.normal ?? '') ? 'data center' : undefined);
    if (kind === undefined && !INSIDE_A_KIND.test(doc.tokens[i]!.normal)) break;
    if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * The `technology` of a capacity or an output: the kind of plant written right before its cue ("nuclear output",
 * "offshore wind capacity") or right after its figure ("9.9 GW of offshore wind"); none for a total ("installed
 * capacity", "generated 41.2 TWh").
 */
export function powerQualifiers(doc: ArticleDocument, figure: Figure, cue: TokenRange): Qualifier[] {
  const sentence = doc.tokens[figure.first]!.sentence;
  const inSentence = (i: number): boolean => doc.tokens[i]?.sentence === sentence;
  const between = (i: number): boolean => TECHNOLOGIES.has(doc.tokens[i]!.normal) || INSIDE_A_KIND.test(doc.tokens[i]!.normal) || doc.tokens[i]!.normal === 'data';
  let from = cue.first;
  while (from > cue.first - KIND_REACH && inSentence(from - 1) && between(from - 1)) from -= 1;
  let kinds = kindsIn(doc, from, cue.first - 1);
  // "generation from offshore wind was 3.9 TWh": the kind right after its cue.
  if (kinds.length === 0 && doc.tokens[cue.last + 1]?.normal === 'from' && cue.last < figure.first) kinds = kindsIn(doc, cue.last + 2, Math.min(cue.last + 1 + KIND_REACH, figure.first - 1));
  if (kinds.length === 0) {
    let start = figure.last + 1;
    if (BEFORE_KIND.test(doc.tokens[start]?.normal ?? '')) start += 1;
    let to = start;
    while (to < start + KIND_REACH - 1 && inSentence(to + 1)) to += 1;
    if (inSentence(start)) kinds = kindsIn(doc, start, to);
  }
  return kinds.length > 0 ? [{ key: 'technology', value: kinds.join(' ') }] : [];
}
