// The subject of a claim in a clause: named there, carried from an earlier clause, stood for by "it", or continued from the last sentence.
import type { Token } from './document.js';
import type { Figure } from './figures.js';
import type { Mention } from './mentions.js';
import { clauseMarket, phraseAt, shareObject, volumeMarket } from './objects.js';
import { companyDescriptionBefore, pronounBefore, reports, subjectCandidates, subjectOf, titledSpeaker } from './roles.js';
import { mainSubject, type ClauseScope } from './scope.js';
import type { TokenRange } from './spans.js';

/** `share`: the claim is read from a share figure ("Azure at 20%" names its holder). */
export function subjectAt(scope: ClauseScope, index: number, share = false): Mention | null {
  // "it" is the last subject; "the company" the one the story is about ("Broadcom remains the leader. The company
  // said it repurchased …" is the story's company, not Broadcom).
  const described = companyDescriptionBefore(scope.doc, scope.clause, index) ? mainSubject(scope.state) : null;
  const carried = scope.carried ?? described ?? (pronounBefore(scope.doc, scope.clause, index) ? scope.state.lastSubject : null);
  const subject = subjectOf(scope.doc, scope.clause, index, scope.mentions, carried, share);
  // "Chief Financial Officer Tom Hale said revenue rose 20%": the revenue is the company's, the one the story is about.
  if (subject && titledSpeaker(scope.doc, subject)) return mainSubject(scope.state) ?? scope.state.lastSubject;
  return subject;
}

/**
 * "Nvidia reported revenue of $35.1 billion. Data center revenue rose 112% to $30.8 billion.": a sentence naming no
 * one goes on about the previous sentence's subject.
 */
export function continuedSubject(scope: ClauseScope): Mention | null {
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  const namesSomeone = subjectCandidates(scope.doc, sentence, scope.mentions).length > 0;
  if (namesSomeone || scope.state.lastSubjectSentence !== sentence.index - 1) return null;
  return opensWithOwnProperty(scope, sentence.first) ? scope.state.lastSubject : null;
}

/** What a company has, opening a sentence about it: "Data center revenue rose", "Shares fell". */
const PROPERTY = /^(?:revenues?|sales|shipments|deliveries|orders|shares|stock|profits?|income|margins?|earnings|users|customers|subscribers|valuation|growth|funding|arr|bookings|market|run|chipmaker|company|startup|firm|model|platform|app|service)$/;

/**
 * The sentence's subject, before its verb, is a property of the last subject ("Data center revenue", "Shares") or
 * a definite description of it ("The chipmaker forecast"), not some other party ("The three leaders together").
 */
function opensWithOwnProperty(scope: ClauseScope, first: number): boolean {
  const tokens = scope.doc.tokens;
  // "Operating profit came in at …": a participle opening the sentence describes its subject.
  let verb = /ing$/.test(tokens[first]!.normal) ? first + 1 : first;
  while (verb <= scope.clause.last && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb += 1;
  const opening = tokens.slice(first, verb);
  // "The three leaders together" is other parties; "Revenue for the three months to September" is a date's number.
  const inDate = (index: number): boolean => scope.dates.some((d) => d.first <= index && index <= d.last);
  if (opening.some((t, k) => t.pos === 'NUM' && !inDate(first + k))) return false;
  return opening.some((t) => PROPERTY.test(t.normal));
}

/**
 * "Global PC shipments rose 8.1% to 68.9 million units": a figure about a market itself, owned by no company, has the
 * market as its subject when the volume naming it is what the clause opens with (no verb before it).
 */
export function marketItself(scope: ClauseScope, figure: Figure): Mention | null {
  if (figure.first <= scope.clause.first) return null;
  return marketOpening(scope, figure) ?? volumeItself(scope, figure);
}

/** Words a clause may open with before the market it is about: "The", "Brazil's online …". */
const MAX_MARKET_OPENING = 4;

/**
 * "Brazil's online food-delivery market was worth about 68 billion reais", "The enterprise AI platform market grew
 * to $38 billion": a clause opening with a market is about the market (its size), not about the last company named.
 */
function marketOpening(scope: ClauseScope, figure: Figure): Mention | null {
  const tokens = scope.doc.tokens;
  const market = clauseMarket(scope.objects, { first: scope.clause.first, last: figure.first - 1 });
  if (!market?.market || market.range.first > scope.clause.first + MAX_MARKET_OPENING || tokens[market.range.last]?.normal !== 'market') return null;
  // The market is what the clause is about when its verb follows ("… market was worth", "… market grew"), not in
  // "The market leader Acme has 40%".
  const next = tokens[market.range.last + 1];
  if (next === undefined || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
  const opening = tokens.slice(scope.clause.first, market.range.last + 1);
  if (opening.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(?:its|their|his|her)$/.test(t.normal))) return null;
  // "Acme's share of the market": a party before the market makes the figure the party's.
  if (scope.mentions.some((m) => m.kind !== 'MARKET' && m.first < figure.first && m.last < market.range.first && !isPlace(scope, m))) return null;
  return asMention(scope, market);
}

/** "Brazil's …", "South Africa's …": a place owning the market, as placeOwning (objects.ts) reads it. */
const isPlace = (scope: ClauseScope, mention: Mention): boolean => mention.possessive && scope.objects.doc.tokens[mention.last + 3] !== undefined && mention.first === scope.clause.first;

function asMention(scope: ClauseScope, market: { name: string; entity: Mention['entity']; range: TokenRange }): Mention {
  const [first, last] = [scope.doc.tokens[market.range.first]!, scope.doc.tokens[market.range.last]!];
  const text = scope.doc.text.slice(first.start, last.end);
  return { ...market.range, start: first.start, end: last.end, text, name: market.name, kind: 'MARKET', entity: market.entity, possessive: false };
}

function volumeItself(scope: ClauseScope, figure: Figure): Mention | null {
  const market = volumeMarket(scope.objects, { first: scope.clause.first, last: figure.first - 1 });
  if (!market?.market || market.range.last >= figure.first) return null;
  const tokens = scope.doc.tokens;
  // "IDC said PC shipments rose", "According to Canalys, …": only a report's verb may come before the volume;
  // "Tesla delivered 400,000 cars as EV sales rose" is the company's clause.
  if (tokens.slice(scope.clause.first, market.range.first).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !reports(t))) return null;
  // "PC shipments at Lenovo rose 5%" are Lenovo's; "in India" only says where.
  const owner = scope.mentions.find((m) => m.kind !== 'MARKET' && m.first > market.range.first && m.first < figure.first);
  if (owner && !/^(?:in|across)$/.test(tokens[owner.first - 1]?.normal ?? '')) return null;
  // "iPhone sales", "Galaxy shipments": a brand's volume is its maker's, not a market's (acronyms such as PC are fine).
  const sentenceFirst = scope.doc.sentences[scope.clause.sentence]!.first;
  const brand = (t: Token): boolean => /\p{Ll}\p{Lu}/u.test(t.text) || (t.index !== sentenceFirst && /^\p{Lu}\p{Ll}/u.test(t.text));
  if (tokens.slice(market.range.first, market.range.last + 1).some(brand)) return null;
  if (!namesACategory(scope, market.range) || !saysMarketWide(scope, market.range, figure)) return null;
  return asMention(scope, market);
}

/** Words in front of a volume that say whose or when, not what is sold: "company forecast deliveries", "digital sales". */
const NOT_A_CATEGORY = /^(?:company|firm|group|forecast|forecasts|quarter|year|half|month|store|stores|digital|online|comparable|net|gross|its|their|our|total|retail|wholesale|unit|record)$/;

/** "PC shipments", not "third-quarter deliveries" or "Comparable-store sales" (a word glued on by a hyphen is a date or kind). */
function namesACategory(scope: ClauseScope, range: TokenRange): boolean {
  const tokens = scope.doc.tokens;
  if (tokens[range.first - 1]?.text === '-' && tokens[range.first - 1]!.end === tokens[range.first]!.start) return false;
  return tokens.slice(range.first, range.last + 1).every((t) => !NOT_A_CATEGORY.test(t.normal));
}

/** Words that make a volume the whole market's: "Global PC shipments", "worldwide sales". */
const MARKET_WIDE = /^(?:global|worldwide|world|industry|industry-wide|overall|nationwide)$/;

/**
 * A volume is the market's when the text says so: "Global …", "… in India", "Sales of new-energy vehicles …", or a
 * tracker reports it ("IDC said", "according to Canalys"). Otherwise "PC shipments rose" after a company's sentence
 * is more likely the company's.
 */
function saysMarketWide(scope: ClauseScope, range: TokenRange, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  const clause = tokens.slice(scope.clause.first, scope.clause.last + 1);
  if (tokens.slice(range.first, range.last + 1).some((t) => MARKET_WIDE.test(t.normal))) return true;
  if (tokens[range.first + 1]?.normal === 'of') return true;
  const where = scope.mentions.some((m) => m.first > range.last && m.first < figure.first && /^(?:in|across)$/.test(tokens[m.first - 1]?.normal ?? ''));
  return where || clause.some(reports);
}

/**
 * "Battery-electric models made up 38% of its global sales": with no one named before it, a share of "its" something
 * is a figure about the party "it" stands for.
 */
export function ownerAfter(scope: ClauseScope, figure: Figure): Mention | null {
  const tokens = scope.doc.tokens;
  const ofIts = tokens[figure.last + 1]?.normal === 'of' && /^(?:its|their)$/.test(tokens[figure.last + 2]?.normal ?? '');
  return ofIts ? scope.state.lastSubject : null;
}

/** "Paying subscribers reached 61 million, the company said.": a sentence naming no one, told by the story's company. */
export function toldByTheCompany(scope: ClauseScope, figure: Figure): Mention | null {
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  if (subjectCandidates(scope.doc, sentence, scope.mentions).length > 0) return null;
  const after = { first: figure.last + 1, last: sentence.last };
  const told = scope.doc.tokens.slice(after.first, after.last + 1).some(reports);
  return told && companyDescriptionBefore(scope.doc, after, sentence.last + 1) ? mainSubject(scope.state) : null;
}

/** Words between a population and its verb of adoption: "58% of large enterprises surveyed had deployed …". */
const BEFORE_ADOPTION = /^(?:surveyed|polled|questioned|now|already|have|has|had|are|were|currently|regularly)$/;
const ADOPTS = /^(?:use|uses|used|using|adopted|adopt|deployed|deploy|rely|relied)$/;
/** "some form of AI-based alert", "some kind of": a hedge before what is adopted, not part of its name. */
const KIND_OF = /^(?:some|a|any) (?:form|kind|type|sort) of$/;

/**
 * "58% of large enterprises surveyed had deployed generative AI", "About 42% of enterprises use generative AI":
 * what a population adopts is the subject of the adoption rate, named or not, and not whoever found it.
 */
export function adoptedThing(scope: ClauseScope, figure: Figure): Mention | null {
  if (figure.dimension !== 'SHARE') return null;
  const { doc } = scope;
  const population = shareObject(scope.objects, figure.last + 1, scope.clause.last);
  if (!population || population.market) return null;
  let i = population.range.last + 1;
  while (i <= scope.clause.last && BEFORE_ADOPTION.test(doc.tokens[i]!.normal)) i += 1;
  if (!ADOPTS.test(doc.tokens[i]?.normal ?? '')) return null;
  i += doc.tokens[i + 1]?.normal === 'on' ? 2 : 1;
  if (KIND_OF.test(doc.tokens.slice(i, i + 3).map((t) => t.normal).join(' '))) i += 3;
  const named = scope.mentions.find((m) => m.first === i && m.kind !== 'MARKET');
  if (named) return named;
  const phrase = phraseAt(doc, i, scope.clause.last);
  if (!phrase || phrase.first !== i) return null;
  const [first, last] = [doc.tokens[phrase.first]!, doc.tokens[phrase.last]!];
  const text = doc.text.slice(first.start, last.end);
  return { ...phrase, start: first.start, end: last.end, text, name: text, kind: 'OTHER', entity: null, possessive: false };
}
