// Power and energy figures in a clause: capacity added (not the level held), and which kind of plant a capacity or an
// output is of (the `technology` qualifier), so a company's solar capacity is not compared with its total.
import type { ArticleDocument } from './document.js';
import { AMOUNT_HEDGE, type Figure } from './figures.js';
import type { TokenRange } from './spans.js';

type Qualifier = { key: string; value: string };

/** "a further 800 MW", "500 MW of additional capacity", "1.2 GW of new capacity": power added, not the level held. */
const ADDED_POWER = /^(?:new|additional|further|another|extra|incremental)$/;
/** "added 1.2 GW", "net additions of 900 MW", "commissioned 500 MW", "installed 2 GW in 2025": the figure is what was added. */
const ADDING_WORD = /^(?:add|adds|additions|net|gain|commission|install|connect|complete)$/;
/** How far after a figure its words may say it is added: "500 MW of additional offshore capacity". */
const ADDED_REACH = 3;

export function addsCapacity(doc: ArticleDocument, figure: Figure): boolean {
  let i = figure.first - 1;
  while (i > 0 && (AMOUNT_HEDGE.test(doc.tokens[i]!.normal) || /^(?:a|of)$/.test(doc.tokens[i]!.normal))) i -= 1;
  const before = doc.tokens[i];
  if (before && (ADDING_WORD.test(before.normal) || (before.pos === 'VERB' && ADDING_WORD.test(before.lemma)))) return true;
  const sentence = doc.tokens[figure.first]!.sentence;
  const around = [...doc.tokens.slice(Math.max(0, figure.first - 2), figure.first), ...doc.tokens.slice(figure.last + 1, figure.last + 2 + ADDED_REACH)];
  return around.some((token) => token.sentence === sentence && ADDED_POWER.test(token.normal));
}

/** Kinds of plant, as written, and the name each is kept under. */
const TECHNOLOGIES: ReadonlyMap<string, string> = new Map([
  ['solar', 'solar'], ['photovoltaic', 'solar'], ['pv', 'solar'], ['wind', 'wind'], ['onshore', 'onshore'], ['offshore', 'offshore'],
  ['hydro', 'hydro'], ['hydropower', 'hydro'], ['hydroelectric', 'hydro'], ['nuclear', 'nuclear'], ['gas', 'gas'], ['coal', 'coal'],
  ['thermal', 'thermal'], ['geothermal', 'geothermal'], ['renewable', 'renewable'], ['renewables', 'renewable'], ['biomass', 'biomass'],
  ['fossil', 'fossil'], ['data-center', 'data center'], ['datacenter', 'data center'],
]);
/** Words that may stand inside a kind without changing it: "gas-fired", "coal - fired", "data center". */
const INSIDE_A_KIND = /^(?:-|fired|center|centre|and)$/;
/** How far before its cue a kind may stand ("its offshore wind capacity"), and after its figure ("9.9 GW of offshore wind"). */
const KIND_REACH = 3;

/** The kinds written in tokens `from` to `to` (inclusive, one sentence), in order: "offshore wind", "solar". */
function kindsIn(doc: ArticleDocument, from: number, to: number): string[] {
  const kinds: string[] = [];
  for (let i = Math.max(0, from); i <= to && i < doc.tokens.length; i++) {
    const kind = TECHNOLOGIES.get(doc.tokens[i]!.normal) ?? (doc.tokens[i]!.normal === 'data' && /^cent(?:er|re)s?$/.test(doc.tokens[i + 1]?.normal ?? '') ? 'data center' : undefined);
    if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
    else if (kind === undefined && !INSIDE_A_KIND.test(doc.tokens[i]!.normal) && kinds.length > 0) break;
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
  let from = cue.first;
  while (from > cue.first - KIND_REACH && doc.tokens[from - 1]?.sentence === sentence && (TECHNOLOGIES.has(doc.tokens[from - 1]!.normal) || INSIDE_A_KIND.test(doc.tokens[from - 1]!.normal) || doc.tokens[from - 1]!.normal === 'data')) from -= 1;
  let kinds = kindsIn(doc, from, cue.first - 1);
  if (kinds.length === 0 && doc.tokens[figure.last + 1]?.normal === 'of') {
    let to = figure.last + 2;
    while (to < figure.last + 2 + KIND_REACH && doc.tokens[to + 1]?.sentence === sentence) to += 1;
    kinds = kindsIn(doc, figure.last + 2, to);
  }
  return kinds.length > 0 ? [{ key: 'technology', value: kinds.join(' ') }] : [];
}
