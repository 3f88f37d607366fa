// People named in an article: "said Amira Okonjo-Lind, Fennick's co-founder and chief executive", then "Okonjo-Lind".
// A person speaks for a company and is proposed as a PERSON, never as a company; the company's figures a sentence
// about a person gives ("Okonjo-Lind started the company in 2022, raising a $6 million seed round") are the company's.
import type { ArticleDocument } from './document.js';
import type { Mention } from './mentions.js';
import type { TokenRange } from './spans.js';
import { guessKind, PERSON_TITLES } from './names.js';

/** Words that say what a person does, after a comma ("Per Ove Lunde, an analyst at Nordhavn") or before the name. */
const ROLES = new Set<string>([
  ...PERSON_TITLES,
  // Not "partner" or "leader": "its partner Brightwater Capital", "market leader Acme Corp" are companies.
  // Nor "manager": "Morgan Stanley, the manager of the offering" is a bank.
  'head', 'engineer', 'economist', 'strategist', 'researcher', 'professor', 'minister', 'secretary',
  'chairperson', 'analyst', 'counsel', 'treasurer', 'governor', 'editor', 'co-founder', 'cofounder', 'boss',
]);
/** How far after the name's comma its role may stand: "Amira Okonjo-Lind, Fennick's co-founder and chief executive". */
const ROLE_REACH = 6;
/** Words a role phrase may hold before the role word itself. */
const ROLE_FILLER = /^(?:a|an|the|its|their|former|senior|deputy|acting|interim|['’]s|research|managing|vice|executive)$/;

/** Names of two or more words, not known entities: a person's is a given name and a surname. */
const personShaped = (mention: Mention): boolean =>
  mention.entity === null && guessKind(mention.name) !== 'COMPANY' && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(mention.name);

function hasRoleAround(doc: ArticleDocument, mention: Mention): boolean {
  const before = doc.tokens[mention.first - 1];
  if (before && ROLES.has(before.normal)) return true;
  if (doc.tokens[mention.last + 1]?.text !== ',') return false;
  // "Jürgen Hamm, who heads the works council": a person-shaped name a "who" follows (a company takes "which").
  if (doc.tokens[mention.last + 2]?.normal === 'who') return true;
  for (let i = mention.last + 2; i <= mention.last + 1 + ROLE_REACH; i++) {
    const token = doc.tokens[i];
    if (token === undefined || token.sentence !== doc.tokens[mention.last]!.sentence) return false;
    if (ROLES.has(token.normal)) return true;
    if (!(ROLE_FILLER.test(token.normal) || /^\p{Lu}/u.test(token.text))) return false;
  }
  return false;
}

/**
 * Marks as PERSON, in place, each proposed name an article gives a role ("chief executive Amira Okonjo-Lind", "Per Ove
 * Lunde, an analyst at Nordhavn"), and each other mention of that person, by full name or by surname alone (which
 * takes the full name).
 */
export function markPeople(doc: ArticleDocument, mentions: readonly Mention[]): void {
  const bySurname = new Map<string, Mention>();
  for (const mention of mentions) {
    if (!personShaped(mention) || !hasRoleAround(doc, mention)) continue;
    mention.kind = 'PERSON';
    bySurname.set(mention.name.split(/\s+/).at(-1)!, mention);
  }
  // "Michael Dell, Dell's chief executive": a surname the article also writes as a company's ("Dell's") is the company.
  for (const mention of mentions) if (mention.possessive) bySurname.delete(mention.name);
  // The full name again without its role ("said Ana Ruiz") is the same person.
  const byName = new Map([...bySurname.values()].map((person) => [person.name, person]));
  for (const mention of mentions) {
    const person = mention.entity === null ? (bySurname.get(mention.name) ?? byName.get(mention.name)) : undefined;
    if (!person) continue;
    mention.name = person.name;
    mention.kind = 'PERSON';
  }
}

/** What a company has or does, never a person's: a figure of these read off a sentence about a person is the company's. */
const COMPANY_FIGURES = new Set(['funding_raised', 'valuation', 'revenue', 'profit', 'earnings_per_share', 'growth_rate', 'revenue_run_rate', 'user_count', 'employee_count', 'market_share', 'leader_of', 'released_on', 'power_capacity', 'energy_generated']);

/**
 * Whether a claim of `predicate` about `subject` is a company's figure told through one of its people: the clause
 * speaks of "the company" or "its" something. Not an analyst's ("Sunita Marwah, an analyst at Copperleaf, estimates
 * the market will be worth …" names no company of hers).
 */
export function companyFigureOfPerson(doc: ArticleDocument, clause: TokenRange, mentions: readonly Mention[], subject: Mention, predicate: string): boolean {
  if (subject.kind !== 'PERSON' || !COMPANY_FIGURES.has(predicate)) return false;
  // "Jane Park, an analyst at Bernstein, said its rival Beta Labs held 30%": a party the clause names is not the story's.
  if (mentions.some((m) => m !== subject && m.kind !== 'PERSON' && m.kind !== 'MARKET' && m.first >= clause.first && m.last <= clause.last)) return false;
  const tokens = doc.tokens.slice(clause.first, clause.last + 1);
  return tokens.some((t, k) => /^(?:its|their)$/.test(t.normal) || (t.normal === 'the' && /^(?:company|firm|startup|group)$/.test(tokens[k + 1]?.normal ?? '')));
}
