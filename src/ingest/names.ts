// Proposes new entities from capitalised names no known entity covers ("Gemini 2.5 Pro", "Mistral AI", "GPT-5.3-Codex").
import type { EntityKind } from '../domain/model.js';
import type { ArticleDocument, Sentence, Token } from './document.js';
import { possessiveAfter, type Mention } from './mentions.js';
import { TokenMask, type TokenRange } from './spans.js';

/** Capitalised words that open sentences or name no one. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'when', 'while', 'but', 'yet', 'and', 'or', 'so', 'first', 'second',
  'third', 'finally', 'both', 'neither', 'either', 'its', 'it', 'their', 'they', 'we', 'our', 'i', 'he', 'she', 'his', 'her',
  'in', 'on', 'at', 'for', 'as', 'after', 'before', 'since', 'if', 'although', 'though', 'however', 'meanwhile', 'today',
  'now', 'also', 'still', 'there', 'here', 'what', 'which', 'who', 'how', 'why', 'each', 'every', 'all', 'some', 'many',
  'most', 'more', 'less', 'not', 'no', 'one', 'instead', 'yes', 'by', 'with', 'from', 'to', 'of', 'about', 'over', 'under',
  'according', 'despite', 'until', 'during', 'last', 'next', 'earlier', 'later', 'then', 'thus', 'overall', 'together',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'ms', 'mrs', 'dr',
  // Acronyms for things, not parties to a claim.
  'ai', 'api', 'apis', 'llm', 'llms', 'ceo', 'cto', 'cfo', 'coo', 'us', 'u.s.', 'uk', 'eu', 'gpu', 'gpus', 'cpu', 'saas',
  'arr', 'ipo', 'ml', 'it', 'hr', 'pr', 'sdk', 'ide', 'cli', 'ui', 'ux', 'os', 'pc', 'tv', 'usd', 'eur', 'gbp', 'yoy',
]);

const VERSION = /^v?\d+(?:\.\d+)*[a-z]?$/i;
const COMPANY_ENDINGS = /\b(?:inc\.?|corp\.?|corporation|ltd\.?|llc|plc|gmbh|labs?|technologies|systems|group|holdings|ai)$/i;

const capitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text) && !NOT_NAMES.has(token.normal);

/** Headlines in title case capitalise every word; names cannot be told apart there. */
function isTitleCase(doc: ArticleDocument, sentence: Sentence): boolean {
  const words = doc.tokens.slice(sentence.first, sentence.last + 1).filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.6;
}

/** "GPT-5" "." "3-Codex": punctuation inside a name is glued on both sides. */
function gluedInside(doc: ArticleDocument, i: number): boolean {
  const token = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  const after = doc.tokens[i + 2];
  if (!next || next.start !== token.end || /^['’]s?$/.test(next.normal)) return false;
  if (/^\p{L}|^\p{N}/u.test(next.text)) return true;
  return after !== undefined && after.start === next.end && /^[\p{L}\p{N}]/u.test(after.text);
}

/** "Opus 4.6", "Windows 11": a version number continues a name; a figure ("OpenAI 25%") or a year does not. */
function isVersion(doc: ArticleDocument, i: number): boolean {
  const token = doc.tokens[i]!;
  const after = doc.tokens[i + 1];
  if (!VERSION.test(token.text) || /^(?:19|20)\d{2}$/.test(token.text)) return false;
  return !(after && /^(?:%|percent|per|x|times|million|billion|thousand|trillion|bn|m|k)$/.test(after.normal));
}

/** Titles and places written in capitals that follow a name without being part of it ("Anthropic CEO Dario Amodei"). */
const NEVER_IN_NAMES = new Set(['ceo', 'cto', 'cfo', 'coo', 'vp', 'svp', 'evp', 'us', 'u.s.', 'uk', 'eu']);

/** Later words of a name may be acronyms ("Mistral AI") though an acronym alone names no one. */
const continuesName = (token: Token): boolean =>
  capitalised(token) || (/^\p{Lu}{2,}$/u.test(token.text) && !NEVER_IN_NAMES.has(token.normal));

function extend(doc: ArticleDocument, sentence: Sentence, first: number, blocked: TokenMask): number {
  let last = first;
  for (;;) {
    const next = last + 1;
    if (next > sentence.last || blocked.has(next)) return last;
    const token = doc.tokens[next]!;
    const spaced = doc.tokens[last]!.end < token.start && !/[.,;:]$/.test(doc.tokens[last]!.text);
    if (gluedInside(doc, last)) last = next;
    else if (spaced && (continuesName(token) || isVersion(doc, next))) last = next;
    else return last;
  }
}

export function guessKind(name: string): EntityKind {
  if (COMPANY_ENDINGS.test(name)) return 'COMPANY';
  if (/\d/.test(name)) return 'MODEL';
  return 'OTHER';
}

/** Words the article also writes in lower case are common words, even where they open a sentence ("Developers ..."). */
const lowerCaseWords = new WeakMap<ArticleDocument, Set<string>>();
function writtenLowerCase(doc: ArticleDocument, word: string): boolean {
  let words = lowerCaseWords.get(doc);
  if (!words) {
    words = new Set(doc.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.normal));
    lowerCaseWords.set(doc, words);
  }
  return words.has(word);
}

/** A sentence's first word is a name only if tagged a proper noun, uninflected ("Teams" is a plural), and never written lower-case. */
const nameOpensSentence = (doc: ArticleDocument, token: Token): boolean =>
  token.pos === 'PROPN' && token.lemma === token.normal && !writtenLowerCase(doc, token.normal);

/**
 * A known name that runs on into a longer one ("Nimbus" in "Nimbus Serverless", "GitHub" in "GitHub Copilot") names
 * something else: the longer name, proposed as a new entity. Null when the known name stands alone.
 */
export function longerName(doc: ArticleDocument, sentence: Sentence, known: Mention, blocked: readonly TokenRange[]): Mention | null {
  if (known.possessive || isTitleCase(doc, sentence)) return null;
  const last = extend(doc, sentence, known.last, new TokenMask(sentence, blocked));
  if (last === known.last) return null;
  const text = doc.text.slice(known.start, doc.tokens[last]!.end);
  return { first: known.first, last, start: known.start, end: doc.tokens[last]!.end, text, name: text, kind: guessKind(text), entity: null, possessive: possessiveAfter(doc, last) };
}

/** Capitalised names in the sentence outside `blocked` (known mentions, dates); a sentence's first word only if tagged a proper noun. */
export function findNewNames(doc: ArticleDocument, sentence: Sentence, blocked: readonly TokenRange[]): Mention[] {
  if (isTitleCase(doc, sentence)) return [];
  const names: Mention[] = [];
  const mask = new TokenMask(sentence, blocked);
  for (let i = sentence.first; i <= sentence.last; i++) {
    const token = doc.tokens[i]!;
    if (mask.has(i) || !capitalised(token)) continue;
    const opensSentence = i === sentence.first || /^["“'‘(—–:-]$/.test(doc.tokens[i - 1]?.text ?? '');
    if (opensSentence && !nameOpensSentence(doc, token)) continue;
    const last = extend(doc, sentence, i, mask);
    const start = token.start;
    const end = doc.tokens[last]!.end;
    const text = doc.text.slice(start, end);
    i = last;
    // "SAN FRANCISCO": several words in capitals are a dateline or shouting, not a name.
    if (/\s/.test(text) && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text)) continue;
    names.push({ first: token.index, last, start, end, text, name: text, kind: guessKind(text), entity: null, possessive: possessiveAfter(doc, last) });
  }
  return names;
}
