// Finds where known entities are named in the text, by name or alias, and marks possessives ("Anthropic's").
import type { Entity, EntityKind } from '../domain/model.js';
import type { ArticleDocument } from './document.js';
import type { KnownEntities } from './known-entities.js';
import type { TokenRange } from './spans.js';

export interface Mention extends TokenRange {
  /** Character offsets of the name itself, possessive ending excluded. */
  start: number;
  end: number;
  text: string;
  /** The known entity's name, or the proposed name of a new one. */
  name: string;
  kind: EntityKind;
  /** Null for a name proposed as a new entity. */
  entity: Entity | null;
  /** Followed by 's: it owns the next noun phrase ("Anthropic's Claude Code"). */
  possessive: boolean;
}

const firstWord = (text: string): string => /^[\p{L}\p{N}]+/u.exec(text.toLowerCase())?.[0] ?? '';

/**
 * A name must stand alone: not inside a longer word or version ("Codex" in "GPT-5.3-Codex", "GPT-5" in "GPT-5.3").
 * A capitalised name must appear capitalised ("Apple", not "apple"); a lower-case one may open a sentence.
 */
function standsAt(text: string, start: number, surface: string): boolean {
  const written = text.slice(start, start + surface.length);
  if (written.toLowerCase() !== surface.toLowerCase()) return false;
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(start + surface.length, start + surface.length + 2);
  if (/[\p{L}\p{N}_-]/u.test(before) || /^(?:[\p{L}\p{N}_]|-[\p{L}\p{N}]|[.,]\p{N})/u.test(after)) return false;
  const capitalised = surface[0] !== surface[0]?.toLowerCase();
  return !capitalised || written[0] === surface[0] || written[0] !== written[0]?.toLowerCase();
}

/** Token range covering a character range (binary search: an article has tens of thousands of tokens). */
function tokenRange(doc: ArticleDocument, start: number, end: number): TokenRange | null {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (doc.tokens[mid]!.end > start) high = mid;
    else low = mid + 1;
  }
  const first = low;
  if (first >= doc.tokens.length) return null;
  let last = first;
  while (doc.tokens[last + 1] && doc.tokens[last + 1]!.start < end) last += 1;
  return { first, last };
}

const POSSESSIVE = /^['’]s?$/;

export function possessiveAfter(doc: ArticleDocument, last: number): boolean {
  const next = doc.tokens[last + 1];
  return next !== undefined && next.start === doc.tokens[last]!.end && POSSESSIVE.test(next.normal);
}

/**
 * Every mention of a known entity, longest names first where they overlap. Names are looked up by the word they
 * start with, token by token, so the cost grows with the text, not with text × the number of entities.
 */
export function findKnownMentions(doc: ArticleDocument, known: KnownEntities): Mention[] {
  const byFirstWord = new Map<string, Array<{ surface: string; entity: Entity }>>();
  for (const entry of known.surfaces) {
    const word = firstWord(entry.surface);
    if (word) byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), entry]);
  }
  const found: Array<{ start: number; end: number; entity: Entity }> = [];
  for (const token of doc.tokens) {
    for (const { surface, entity } of byFirstWord.get(firstWord(token.text)) ?? []) {
      if (standsAt(doc.text, token.start, surface)) found.push({ start: token.start, end: token.start + surface.length, entity });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Array<{ start: number; end: number }> = [];
  const mentions: Mention[] = [];
  for (const { entity, ...place } of found) {
    if (taken.some((t) => t.start < place.end && place.start < t.end)) continue;
    const range = tokenRange(doc, place.start, place.end);
    if (!range) continue;
    taken.push(place);
    const text = doc.text.slice(place.start, place.end);
    mentions.push({ ...range, ...place, text, name: entity.name, kind: entity.kind, entity, possessive: possessiveAfter(doc, range.last) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
