// One proposed entity per name however the article writes it: "NVIDIA" and "Nvidia", "Perplexity" and "Perplexity AI",
// "Samsung Electronics" and "Samsung".
import { withoutCompanySuffix } from './known-entities.js';
import type { Mention } from './mentions.js';
import type { ArticleDocument } from './document.js';

/**
 * Words that end a company's full name and are dropped when the article shortens it ("Lumora Health" … "Lumora",
 * "Samsung Electronics" … "Samsung"). Words that more often name a division ("Cloud", "Energy", "Music") are not here:
 * "Google Cloud" and "Google" are two parties.
 */
const COMPANY_DESCRIPTOR =
  /\s+(?:health|healthcare|robotics|robotique|automation|industrial|electric|energi|airways|aviation|insurance|therapeutics|biosciences|biotech|pharmaceuticals|pharma|motors|automotive|electronics|systems|software|networks|semiconductors?|industries|financial|capital|ventures|airlines|bank|dynamics|solutions|analytics|interactive|enterprises|telecom|communications|platforms|brands|international|micro|microdevices|devices|auto|mobile|wireless|logistics|aerospace|infotech|tech|technology|technologies)$/i;

/**
 * Words that open a Spanish, Portuguese, French or Italian company's name and are dropped when the article shortens it
 * ("Cementos Altiplano" … "Altiplano", "Grupo Calizas" … "Calizas").
 */
const LEADING_DESCRIPTOR = /^(?:grupo|groupe|gruppo|cementos|banco|banca|banque|compa[ñn][ií]a|industrias|laboratorios|corporaci[óo]n|empresas|soci[ée]t[ée])\s+/i;

const stem = (name: string): string => {
  const short = withoutCompanySuffix(name) ?? name;
  const shorter = short.replace(COMPANY_DESCRIPTOR, '').replace(LEADING_DESCRIPTOR, '');
  return shorter.length >= 3 ? shorter : short;
};
const key = (name: string): string => stem(name).toLowerCase().replace(/\s+/g, ' ');

/** The better of two spellings: the fuller name, then mixed case over headline capitals, then the first seen. */
function better(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  const shouting = (name: string): boolean => name === name.toUpperCase();
  return shouting(a) && !shouting(b) ? b : a;
}

/** "Jaguar Land Rover" → "JLR": the initials of a name of two words or more. */
const initials = (name: string): string | null => {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
};

/**
 * Whether a name read before a bracketed acronym may be what it stands for: a name of two words or more whose initials
 * end the acronym ("Semiconductor Equipment Council" for GSEC, its "Global" cut off) or are its letters in another
 * order (a name translated); not "Traders" or "Development", the last piece of a name the reader broke up ("Society of
 * Motor Manufacturers and Traders (SMMT)", "Organisation for Economic Co-operation and Development (OECD)").
 */
function standsFor(acronym: string, name: string): boolean {
  const letters = initials(name);
  if (letters === null) return false;
  const sorted = (text: string): string => [...text].sort().join('');
  return acronym.endsWith(letters) || sorted(acronym) === sorted(letters);
}

/**
 * An acronym standing for exactly one longer name the article gave ("JLR" for "Jaguar Land Rover") takes that name;
 * so does one the article defines in brackets right after a name it stands for (standsFor: "the Global Semiconductor
 * Equipment Council (GSEC)", read as "Semiconductor Equipment Council (GSEC)": every later "GSEC" is that council).
 */
function expandAcronyms(mentions: readonly Mention[], doc?: ArticleDocument): void {
  const byInitials = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const letters = mention.entity ? null : initials(mention.name);
    if (letters) byInitials.set(letters, (byInitials.get(letters) ?? new Set()).add(mention.name));
  }
  const defined = new Map<string, Mention>();
  if (doc) {
    for (const mention of mentions) {
      if (!/^\p{Lu}{2,6}$/u.test(mention.name) || doc.tokens[mention.first - 1]?.text !== '(' || doc.tokens[mention.last + 1]?.text !== ')') continue;
      const named = mentions.find((m) => m.last === mention.first - 2 && m !== mention && !/^\p{Lu}{2,6}$/u.test(m.name));
      if (named && standsFor(mention.name, named.name) && !defined.has(mention.name)) defined.set(mention.name, named);
    }
  }
  for (const mention of mentions) {
    if (mention.entity || !/^\p{Lu}{2,6}$/u.test(mention.name)) continue;
    const full = byInitials.get(mention.name);
    const only = full?.size === 1 ? [...full][0]! : null;
    const source = defined.get(mention.name) ?? (only ? mentions.find((m) => m.name === only) : undefined);
    if (source) {
      mention.name = source.name;
      mention.kind = source.kind;
    }
  }
}

const sameOrShortened = (name: string, fuller: string): boolean =>
  name.toLowerCase() === fuller.toLowerCase() || key(name) === name.toLowerCase().replace(/\s+/g, ' ') || stem(name) === name;

/** Renames proposed (not known) mentions to one spelling per name, in place; kinds follow the chosen spelling's. */
export function unifyNewNames(mentions: readonly Mention[], doc?: ArticleDocument): void {
  expandAcronyms(mentions, doc);
  const chosen = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.entity) continue;
    const held = chosen.get(key(mention.name));
    if (!held || better(held.name, mention.name) !== held.name) chosen.set(key(mention.name), mention);
  }
  for (const mention of mentions) {
    const best = mention.entity ? undefined : chosen.get(key(mention.name));
    // Only a shortening or another spelling takes the fuller name: "Vestland" is "Vestland Energi", but "General
    // Motors" is not "General Electric" though both shorten to "General".
    if (best && !sameOrShortened(mention.name, best.name)) continue;
    if (best) {
      mention.name = best.name;
      mention.kind = best.kind;
    }
  }
}
