// A company's named mines, plants and projects: "its flagship Mount Tallis hub", "the Cobar Deeps underground mine",
// "The Wirra Creek expansion". Their figures, told with the site's name before them, are the company's, kept apart as
// a segment, and a story that names one goes on about the company, not the site.
import type { ArticleDocument } from './document.js';
import type { Mention } from './mentions.js';

/** Nouns that make the name before them a company's site or project. */
// Not a wind "park" or "farm", whose capacity is its own ("the 1.1 GW Baltic Hav 2 park").
const ASSET_WORDS = /^(?:mine|mines|hub|project|expansion|plant|smelter|refinery|field|oilfield|gasfield|terminal|factory|complex|deposit|concentrator|facility|fab|operation|operations|site)$/;
/** Words that may stand between the name and that noun: "the Cobar Deeps underground mine", "Yalgoo joint venture". */
const ASSET_ADJECTIVES = /^(?:underground|open-pit|open|pit|copper|gold|iron|ore|lithium|nickel|coal|gas|oil|lng|solar|wind|offshore|onshore|production|processing|assembly|chip|battery|expansion|joint|venture)$/;
const MAX_ADJECTIVES = 2;

/** The names the article writes right before a site's noun, read once per article. */
export function assetNames(doc: ArticleDocument, mentions: readonly Mention[]): ReadonlySet<string> {
  const names = new Set<string>();
  // "the group's 35% stake in the Sula Bank offshore wind project": a project others own too is no part of the company,
  // wherever else the article names it; unless it also calls it its own ("its smaller Yalgoo operation", run by it).
  const owned = new Set(mentions.filter((mention) => /\b(?:its|their)(?: [a-z-]+)?$/.test(wordsBefore(doc, mention.first))).map((mention) => mention.name));
  const heldInPart = new Set(
    mentions.filter((mention) => /\bstake in(?: the)?$/.test(wordsBefore(doc, mention.first)) && !owned.has(mention.name)).map((mention) => mention.name),
  );
  for (const mention of mentions) {
    if (mention.kind === 'MARKET' || mention.kind === 'PERSON' || mention.possessive || heldInPart.has(mention.name)) continue;
    let at = mention.last + 1;
    for (let skipped = 0; skipped < MAX_ADJECTIVES && ASSET_ADJECTIVES.test(doc.tokens[at]?.normal ?? '') && !ASSET_WORDS.test(doc.tokens[at]!.normal); skipped++) at++;
    if (ASSET_WORDS.test(doc.tokens[at]?.normal ?? '')) names.add(mention.name);
  }
  return names;
}

const wordsBefore = (doc: ArticleDocument, first: number): string =>
  doc.tokens
    .slice(Math.max(0, first - 3), first)
    .map((t) => t.normal)
    .join(' ');
