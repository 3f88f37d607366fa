// Where a market figure holds: "In Europe, Hansel-Brauer led the market with 18%" is not its global share, so the
// claim carries a `region` qualifier and is never compared with the worldwide figure; and a region's own volume
// ("North American shipments fell 2%") is a regional market's.
import type { ArticleDocument } from './document.js';
import type { Figure } from './figures.js';
import type { Mention } from './mentions.js';
import { sentenceStart } from './clauses.js';
import type { ArticleState, ClauseScope, Draft } from './scope.js';

/** Capitalised words a place may have: "Europe", "the United States", "Latin America". */
const MAX_PLACE_WORDS = 3;
/** Capitalised words that are dates, not places: "In March, …", "in the Third Quarter". */
const NOT_PLACES = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|h[12]|fiscal|first|second|third|fourth|addition|total|contrast|comparison|particular|general|short|fact|response|recent|other)$/;
/** How far after the figure its "in <place>" may stand: "44% of electric vehicle sales in the United States". */
const REACH = 8;

/** The capitalised place starting at `i` ("the" skipped), with the index after it; null if there is none. */
function placeAt(doc: ArticleDocument, i: number): { name: string; next: number } | null {
  let first = doc.tokens[i]?.normal === 'the' ? i + 1 : i;
  let last = first - 1;
  while (last + 1 < first + MAX_PLACE_WORDS && /^\p{Lu}[\p{L}.]*$/u.test(doc.tokens[last + 1]?.text ?? '') && !NOT_PLACES.test(doc.tokens[last + 1]!.normal)) last += 1;
  if (last < first || /^['’]s$/.test(doc.tokens[last + 1]?.text ?? '')) return null;
  // "in Counterpoint data", "in Acme's report": a name before a noun is a source or an owner, not a place.
  const after = doc.tokens[last + 1];
  if (after && after.sentence === doc.tokens[last]!.sentence && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) return null;
  return { name: doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end), next: last + 1 };
}

/** A place written as an adjective: "North American", "Chinese", "European", "British". */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u;
const VOLUME = /^(?:shipments|sales|billings|deliveries|registrations)$/;

/** "North American shipments rose 4.1%, with Kestrel in first place at 27%": the region the clause's volume is of. */
function volumeRegion(doc: ArticleDocument, first: number): string | null {
  let last = first;
  while (last < first + MAX_PLACE_WORDS && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[last]?.text ?? '')) last += 1;
  if (last === first || !VOLUME.test(doc.tokens[last]?.normal ?? '') || !PLACE_ADJECTIVE.test(doc.tokens[last - 1]!.text)) return null;
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last - 1]!.end);
}

/** "In Europe, Hansel-Brauer led …": the place a sentence (after its dateline) opens with, before its comma. */
function openingPlace(doc: ArticleDocument, sentence: number): string | null {
  const first = sentenceStart(doc, doc.sentences[sentence]!);
  if (doc.tokens[first]!.normal !== 'in') return null;
  const opening = placeAt(doc, first + 1);
  return opening && doc.tokens[opening.next]?.text === ',' ? opening.name : null;
}

/** "the global smartwatch market" -> "smartwatch market": a regional market is named without the world-wide word. */
const WORLD_WIDE = /^(?:the\s+)?(?:global|worldwide|world|world's|international)\s+/i;

/** The market's name without a world-wide word, or null when it names a place of its own ("European EV market"). */
function unplacedName(name: string): string | null {
  const bare = name.replace(WORLD_WIDE, '');
  return /^\p{Ll}/u.test(bare) ? bare : null;
}

/** "China electric-bus market": the reported market's name for a place, or null outside a market report (or for a placed market). */
export function regionalMarketName(state: ArticleState, place: string): string | null {
  const market = state.reportedMarket === null ? null : unplacedName(state.reportedMarket);
  return market === null ? null : `${place} ${market}`;
}

/** The story's opening sentences (its headline and outlet lines among them), where a report on one country's market names it. */
const OPENING_SENTENCES = 6;

/**
 * Remembers the market whose own figures a clause gave ("Global smartwatch shipments rose 6%"), unless it is a region's
 * of a report on a wider one; a report that opens on one country's market ("India smartphone market") is on that one,
 * not on the first category it breaks out later ("shipments of entry-level phones fell 12%").
 */
export function noteReportedMarket(state: ArticleState, drafts: readonly Draft[], sentence: number): void {
  const inOpening = state.reportedMarket === null && sentence < OPENING_SENTENCES;
  const market = drafts.find((draft) => draft.subject.kind === 'MARKET' && (unplacedName(draft.subject.name) !== null || inOpening));
  // The report's market is the first it gives figures of: "the global market was worth …" after "Global sales of
  // electric buses rose 17%" is the same market named less well, and "shipments of simpler fitness bands fell 2.3%"
  // after the wearables market's is a part of it.
  if (market && (state.reportedMarket === null || unplacedName(state.reportedMarket) === 'market')) state.reportedMarket = market.subject.name;
}

/**
 * "In China, the world's largest smartwatch market, shipments grew 15% to 12.6 million units", "North American
 * shipments fell 2% to 8.1 million": a region's volume, with no party named, in a report that gave the market's own
 * figures, is the regional market's, named from that market ("China smartwatch market"), and never compared with the
 * worldwide figure. In a company's story ("Volvo's share of the European market rose. In China, deliveries fell 10%")
 * no market's own figures were given, and the volume stays the company's.
 */
export function regionalVolume(scope: ClauseScope, figure: Figure): Mention | null {
  const doc = scope.doc;
  const market = scope.state.reportedMarket === null ? null : unplacedName(scope.state.reportedMarket);
  if (market === null || figure.first <= scope.clause.first) return null;
  const place = volumeRegion(doc, scope.clause.first) ?? (scope.clause.position === 0 ? openingPlace(doc, scope.clause.sentence) : null);
  if (!place) return null;
  // The volume is what the clause opens with, before its verb: "…, shipments grew", not "Huaxin's shipments grew".
  let head = scope.clause.first;
  while (head < figure.first && !VOLUME.test(doc.tokens[head]!.normal)) {
    if (doc.tokens[head]!.pos === 'VERB' || doc.tokens[head]!.pos === 'AUX') return null;
    head += 1;
  }
  if (head >= figure.first) return null;
  const named = (m: Mention): boolean => m.kind !== 'MARKET' && m.first >= scope.clause.first && m.first < figure.first && !place.includes(m.text);
  if (scope.mentions.some(named)) return null;
  const token = doc.tokens[head]!;
  return { first: head, last: head, start: token.start, end: token.end, text: token.text, name: `${place} ${market}`, kind: 'MARKET', entity: null, possessive: false };
}

/**
 * The region a market claim is about: a sentence opening "In Europe, …", a clause opening with a region's volume
 * ("North American shipments rose …"), or "in <place>" just after the figure or the market ("18% of registrations
 * in Germany"). Null for a global figure, or a place the market's name has.
 */
function regionOf(scope: ClauseScope, draft: Draft): string | null {
  if (!draft.object?.market) return null;
  const doc = scope.doc;
  const sentence = doc.sentences[scope.clause.sentence]!;
  let place = openingPlace(doc, sentence.index) ?? volumeRegion(doc, scope.clause.first);
  const from = Math.max(draft.core.last, draft.object.range.last) + 1;
  for (let i = from; place === null && i <= Math.min(scope.clause.last, from + REACH); i++) {
    // "…, as rivals in Europe gained ground": past a comma the place is another phrase's.
    if (doc.tokens[i]!.text === ',') break;
    if (doc.tokens[i]!.normal !== 'in') continue;
    place = placeAt(doc, i + 1)?.name ?? null;
  }
  return place !== null && !draft.object.name.toLowerCase().includes(place.toLowerCase()) ? place : null;
}

/** Adds the `region` qualifier to each market draft of the clause that holds in one place. */
export function markRegions(scope: ClauseScope, drafts: Draft[]): void {
  for (const draft of drafts) {
    const region = regionOf(scope, draft);
    if (region) draft.qualifiers = [...(draft.qualifiers ?? []), { key: 'region', value: region }];
  }
}
