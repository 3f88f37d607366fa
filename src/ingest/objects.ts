// Finds what a claim is about besides its subject: the market of a share or a lead ("of the X market"), a population, a comparator.
import { isPlaceName } from './places.js';
import type { Entity } from '../domain/model.js';
import { hyphenJoins, type ArticleDocument, type Token } from './document.js';
import { sentenceStart } from './clauses.js';
import type { KnownEntities } from './known-entities.js';
import type { Mention } from './mentions.js';
import { isOblique } from './roles.js';
import type { TokenRange } from './spans.js';

/** A market the article has named: a known entity, or one proposed from its words. */
export interface SeenMarket {
  name: string;
  aliases: readonly string[];
  entity: Entity | null;
}

export interface ObjectRef {
  name: string;
  entity: Entity | null;
  /** Where the words naming it are, so the quote can reach them. */
  range: TokenRange;
  /** A market, or a population or comparator (for adoption rates and comparisons). */
  market: boolean;
}

/** Words that end a market's name. The weak ones name a market only as what a share is of ("20% of coding workloads"). */
const MARKET_HEADS = /^(?:markets?|segments?|sectors?|space|category|industry|workloads?|spend|spending|niche|vertical|business)$/;
const STRONG_MARKET_HEADS = /^(?:markets?|segments?|sectors?|category|industry|niche|vertical)$/;
const PLAYER_HEADS = /^(?:player|provider|vendor|company|supplier|platform|firm|seller|maker|tool|choice|option|leader|assistant)$/;
/** Words that end a noun phrase: a new clause, a verb, a date or number. */
const STOPS = new Set([
  'by', 'in', 'on', 'at', 'since', 'while', 'whereas', 'and', 'or', 'but', 'to', 'from', 'than', 'as', 'with', 'for',
  'during', 'after', 'before', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'according',
  'up', 'down', 'compared', 'versus', 'vs', 'vs.', 'last', 'this', 'next', 'now', 'today', 'it', 'them', 'these', 'those',
  'years', 'months', 'weeks', 'days', 'ago', 'earlier', 'later', 'such', 'including',
]);
/** Parts of speech a noun phrase is made of (wink tags some names and figures as X or NUM). */
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);
const LEADING = new Set(['of', 'the', 'a', 'an', 'all', 'in', 'among', 'across', 'share', 'stake', 'its', 'their']);

const isPhraseWord = (token: Token): boolean =>
  /^[\p{L}\p{N}]/u.test(token.text) && !STOPS.has(token.normal) && PHRASE_POS.has(token.pos) && token.type !== 'number';

/**
 * "card-acquiring", "ride-hailing", "music streaming": a gerund the tagger reads as a verb, naming what a market does,
 * is a word of the phrase when a word of it follows.
 */
const gerundModifier = (doc: ArticleDocument, k: number): boolean => {
  const token = doc.tokens[k];
  const next = doc.tokens[k + 1];
  if (token === undefined || next === undefined || DESCRIBING.test(token.normal)) return false;
  return token.pos === 'VERB' && /^\p{Ll}[\p{L}-]*ing$/u.test(token.text) && (isPhraseWord(next) || MARKET_HEADS.test(next.normal));
};

/** Gerunds that say how a market is doing, not what is done in it: "the remaining PC market", "the growing cloud market". */
const DESCRIBING = /^(?:remaining|growing|existing|leading|booming|shrinking|emerging|competing|expanding|declining|rising|thriving|developing|evolving|maturing|struggling|recovering|slowing|surging)$/;

/** A word of a noun phrase at token `k`, gerunds naming what is done included. */
const phraseWordAt = (doc: ArticleDocument, k: number): boolean => isPhraseWord(doc.tokens[k]!) || gerundModifier(doc, k);

/** Verbs the tagger may read as nouns after a plural: "half of developers use its tools". */
const PRESENT_VERBS = /^(?:use|rely|adopt|deploy|prefer|want|plan|expect|say|report|own|pay|run|buy|trust|need)$/;
const DETERMINERS = /^(?:its|their|the|a|an|his|her|our|some|this|these|that|those|ai|generative)$/;
const verbAfterPlural = (doc: ArticleDocument, last: number, next: Token): boolean => {
  const after = doc.tokens[next.index + 1];
  return PRESENT_VERBS.test(next.normal) && /s$/.test(doc.tokens[last]?.normal ?? '') && (DETERMINERS.test(after?.normal ?? '') || /^\p{Lu}/u.test(after?.text ?? ''));
};

/** The noun phrase starting at `from` (after "of the", "in"): up to six words. */
export function phraseAt(doc: ArticleDocument, from: number, until: number): TokenRange | null {
  let first = from;
  while (first <= until && LEADING.has(doc.tokens[first]!.normal)) first += 1;
  let last = first - 1;
  while (last + 1 <= until && last + 1 - first < 6) {
    const next = doc.tokens[last + 1]!;
    const glued = next.text === '-' && last >= first;
    if ((!phraseWordAt(doc, last + 1) && !glued) || verbAfterPlural(doc, last, next)) break;
    last += 1;
  }
  while (last >= first && doc.tokens[last]!.text === '-') last -= 1;
  return last >= first ? { first, last } : null;
}

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !['the', 'market', 'markets', 'of', 'for', 'and', 'a'].includes(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));

/** "the world's largest smartwatch market" is the smartwatch market: a rank says how big it is, not which it is. */
const RANK_WORDS = /^(?:(?:the|world['’]s)\s+)*(?:(?:second|third|fourth|fifth)-)?(?:largest|biggest|smallest|fastest-growing|leading|top)\s+(?=\S+\s)/i;

/** A market the article named before, as the object of a figure at `range`. */
export const seenMarketAt = (market: SeenMarket, range: TokenRange): ObjectRef => ({ name: market.name, entity: market.entity, range, market: true });

/**
 * A market named in passing: exactly a known name or alias, or a shorter way of naming one the article mentioned
 * earlier ("the enterprise market" after "the enterprise LLM API market"), the most recent first; else a new one.
 */
export function resolveMarket(written: string, range: TokenRange, known: KnownEntities, mentionedBefore: readonly SeenMarket[]): ObjectRef {
  const name = written.replace(RANK_WORDS, '');
  const exact = known.find(name);
  if (exact) return { name: exact.name, entity: exact, range, market: true };
  const wanted = words(name);
  const shorter = mentionedBefore.find((market) => {
    const have = new Set([market.name, ...market.aliases].flatMap(words));
    return wanted.length > 0 && wanted.every((w) => have.has(w));
  });
  return shorter ? seenMarketAt(shorter, range) : { name, entity: null, range, market: true };
}

const slice = (doc: ArticleDocument, range: TokenRange): string => doc.text.slice(doc.tokens[range.first]!.start, doc.tokens[range.last]!.end);

/** A known market named within a few tokens after `from`. */
const marketMentionAfter = (mentions: readonly Mention[], from: number, until: number, reach = 6): Mention | undefined =>
  mentions.find((m) => m.kind === 'MARKET' && m.first >= from && m.first <= Math.min(until, from + reach));

export interface ObjectContext {
  doc: ArticleDocument;
  mentions: readonly Mention[];
  known: KnownEntities;
  /** Markets the article named before this point, most recent first. */
  mentionedBefore: readonly SeenMarket[];
}

const fromMention = (m: Mention): ObjectRef => ({ name: m.name, entity: m.entity, range: m, market: m.kind === 'MARKET' });

/**
 * The market a phrase ending in a market word names: "the enterprise LLM API market"; "the market for AI accelerator
 * chips" (named "AI accelerator chips market"); a bare "the market" is the one the article named last, if any;
 * "its largest market" names none.
 */
/** "Africa, its largest market", "a key market": words that rank a market for someone, and name none. */
const RANKING_ONLY = /^(?:largest|biggest|smallest|second-largest|third-largest|fastest-growing|fastest|slowest|growing|-|large|larger|big|bigger|small|smaller|key|main|home|core|top|primary|important|major|new|other|own|single)$/;

/** Words that end a span of time: "for the ninth consecutive year", "for a third straight quarter". */
const SPAN_OF_TIME = /^(?:years?|quarters?|months?|weeks?|days?|decades?|seasons?|periods?|time|times|row)$/;

/** How many capitalised words a place owning a market may take: "South Africa's", "Latin America's". */
const MAX_PLACE_WORDS = 3;

/**
 * "41.8% of South Africa's mobile market": a market a place owns is that place's market ("South Africa mobile
 * market"), not the country-less "mobile market" other countries' shares would be compared with.
 */
function placeOwning(doc: ArticleDocument, phraseFirst: number, head: number): TokenRange | null {
  if (!/^['’]s$/.test(doc.tokens[phraseFirst - 1]?.normal ?? '')) return null;
  const last = phraseFirst - 2;
  let first = last;
  while (first > last - MAX_PLACE_WORDS && /^\p{Lu}/u.test(doc.tokens[first - 1]?.text ?? '') && doc.tokens[first - 1]!.sentence === doc.tokens[last]!.sentence) first -= 1;
  // "of South Africa's …", or opening the sentence as its subject: "Brazil's online food-delivery market was worth …"
  // (not "Apple's smartphone market share rose", a company's share).
  const opensSentence =
    (doc.tokens[first - 1] === undefined || doc.tokens[first - 1]!.sentence !== doc.tokens[first]!.sentence) && /^(?:VERB|AUX)$/.test(doc.tokens[head + 1]?.pos ?? '');
  if (!/^\p{Lu}/u.test(doc.tokens[last]?.text ?? '') || !(opensSentence || /^(?:of|in|across)$/.test(doc.tokens[first - 1]?.normal ?? ''))) return null;
  return { first, last };
}

function marketAt(context: ObjectContext, phraseFirst: number, head: number, until: number): ObjectRef | null {
  const { doc, known, mentionedBefore } = context;
  // "the six largest markets in the region", "its European and US markets": several markets are not one to hold a share of.
  if (doc.tokens[head]!.normal === 'markets') return null;
  if (head > phraseFirst && doc.tokens.slice(phraseFirst, head).every((t) => RANKING_ONLY.test(t.normal))) return null;
  if (head > phraseFirst) {
    const range = { first: phraseFirst, last: head };
    const place = placeOwning(doc, phraseFirst, head);
    if (place) return resolveMarket(`${slice(doc, place)} ${slice(doc, range)}`, { first: place.first, last: head }, known, mentionedBefore);
    return resolveMarket(slice(doc, range), range, known, mentionedBefore);
  }
  const of = doc.tokens[head + 1]?.normal;
  const rest = of === 'for' || of === 'of' ? phraseAt(doc, head + 2, until) : null;
  // "led the market for the ninth consecutive year": for how long, not which market.
  if (rest && !SPAN_OF_TIME.test(doc.tokens[rest.last]!.normal)) return resolveMarket(`${slice(doc, rest)} market`, { first: head, last: rest.last }, known, mentionedBefore);
  const last = mentionedBefore[0];
  return last ? seenMarketAt(last, { first: head, last: head }) : null;
}

/**
 * What a share is of: "32% of the enterprise LLM API market", "50% enterprise market control", "42% of developers".
 * `market` is false for a population, which makes the figure an adoption rate rather than a market share.
 */
export function shareObject(context: ObjectContext, after: number, until: number): ObjectRef | null {
  const { doc, mentions } = context;
  const mention = marketMentionAfter(mentions, after, until);
  if (mention) return fromMention(mention);
  const phrase = phraseAt(doc, after, until);
  if (!phrase) return null;
  // "30% of the Fortune 500": a name right there is the population.
  const named = mentions.find((m) => m.first === phrase.first && m.last <= until);
  if (named && (doc.tokens[after]?.normal === 'of' || doc.tokens[after + 1]?.normal === 'of')) return fromMention(named);
  const head = doc.tokens.slice(phrase.first, phrase.last + 1).findIndex((t) => MARKET_HEADS.test(t.normal));
  if (head >= 0) return marketAt(context, phrase.first, phrase.first + head, until);
  const population = doc.tokens[after]?.normal === 'of' || doc.tokens[after + 1]?.normal === 'of';
  return population ? { name: slice(doc, phrase), entity: null, range: phrase, market: false } : null;
}

const gluedHyphen = (doc: ArticleDocument, k: number): boolean => {
  const [before, hyphen, after] = [doc.tokens[k - 1], doc.tokens[k], doc.tokens[k + 1]];
  return hyphen?.text === '-' && before !== undefined && after !== undefined && before.end === hyphen.start && hyphen.end === after.start;
};

/** The market a clause names anywhere ("Mistral AI's share of the European enterprise market rose to 7%"). */
export function clauseMarket(context: ObjectContext, range: TokenRange): ObjectRef | null {
  const mention = context.mentions.find((m) => m.kind === 'MARKET' && m.first >= range.first && m.last <= range.last);
  if (mention) return fromMention(mention);
  for (let i = range.first; i <= range.last; i++) {
    if (!STRONG_MARKET_HEADS.test(context.doc.tokens[i]!.normal)) continue;
    let first = i;
    // "the online food-delivery market": a hyphen glued between words is part of the phrase.
    // Not a hyphen with no word of the phrase before it ("fast-growing").
    const wordBefore = (k: number): boolean => phraseWordAt(context.doc, k) || (gluedHyphen(context.doc, k) && k - 1 >= range.first && phraseWordAt(context.doc, k - 1));
    while (first > range.first && wordBefore(first - 1) && i - first < 6) first -= 1;
    return marketAt(context, first, i, range.last);
  }
  return null;
}

/** Volumes that define a market when a product category names them: "global smartphone shipments", "EV sales". */
const VOLUME_HEADS = /^(?:shipments|deliveries|sales|billings|spending|revenues?)$/;
/** Nouns after a volume word that still speak of the volume: its growth, or a headline's verb ("shipments rise"). */
const VOLUME_GOES_ON =
  /^(?:growth|volumes?|rise|rises|fall|falls|jump|jumps|climb|climbs|drop|drops|slip|slips|dip|dips|surge|surges|gain|gains|decline|declines|slump|slumps|increase|increases|top|tops|hit|hits|grow|grows|soar|soars|edge|edges|stall|stalls|slow|slows|recover|recovers)$/;
/** Words that make a volume the whole market's: "Global PC shipments", "worldwide sales" (revenue counts as one only after them). */
export const MARKET_WIDE = /^(?:global|worldwide|world|industry|industry-wide|overall|nationwide)$/;
/** What a company spends on, as its own cost: "research and development spending", "marketing spending". */
const COMPANY_COSTS = /^(?:research|development|r&d|capital|marketing|advertising|promotional|operating|administrative|overhead|staff|payroll|restructuring|legal|compliance|security)$/;
/** Words that say how a volume is counted, not what is sold: "net sales" and "total shipments" name no market. */
const GENERIC_VOLUME_WORDS = /^(?:net|gross|total|global|worldwide|overall|annual|quarterly|monthly|record|retail|online|same-store|comparable|first|second|third|fourth|half|full-year|year|unit|its|their)$/;

/**
 * The market a volume names, with no company owning it: "Global smartphone shipments rose 2.6%" is about the global
 * smartphone market, "Sales of new-energy vehicles in China" about the new-energy vehicle market, which a later
 * "a 19% share" or "led the market" means; "Apple's sales" and "net sales" are not.
 */
export function volumeMarket(context: ObjectContext, range: TokenRange): ObjectRef | null {
  const { doc, mentions, known, mentionedBefore } = context;
  for (let head = range.first; head <= range.last; head++) {
    if (!VOLUME_HEADS.test(doc.tokens[head]!.normal)) continue;
    // "livestream sales events", "a sales team": the volume word modifies the noun after it, which names no volume (a
    // headline's verb is often tagged a noun: "Smartphone shipments rise").
    const following = doc.tokens[head + 1];
    if (following?.pos === 'NOUN' && /^\p{Ll}/u.test(following.text) && !VOLUME_GOES_ON.test(following.normal)) continue;
    // "Sales of new-energy vehicles in China rose", "spending on cloud infrastructure services", "billings for
    // semiconductor manufacturing equipment": what is sold follows.
    const after = doc.tokens[head + 1]?.normal;
    // Billings only world-wide ("Worldwide billings for …"): "Japan's billings for chip-making equipment" are a part.
    const worldBillings = doc.tokens[head]!.normal === 'billings' && MARKET_WIDE.test(doc.tokens[head - 1]?.normal ?? '');
    const soldAfter = after === 'of' ? doc.tokens[head]!.normal !== 'billings' || worldBillings : (after === 'on' && doc.tokens[head]!.normal === 'spending') || (after === 'for' && worldBillings);
    const sold = soldAfter ? phraseAt(doc, head + 2, range.last) : null;
    if (sold && !mentions.some((m) => m.kind !== 'MARKET' && m.first <= sold.last && m.last >= sold.first)) {
      return resolveMarket(soldMarketName(doc, sold), { first: head, last: sold.last }, known, mentionedBefore);
    }
    if (head === range.first) continue;
    let first = head;
    while (first > range.first && head - first < 4 && isPhraseWord(doc.tokens[first - 1]!) && doc.tokens[first - 1]!.pos !== 'PRON') first -= 1;
    // "Depletions, which measure shipments from distributors": after a relative pronoun the first word is its verb (not
    // after "said that", a conjunction: "IDC said that worldwide smartphone shipments rose").
    const pronoun = doc.tokens[first - 1];
    if (pronoun !== undefined && /^(?:which|that|who)$/.test(pronoun.normal) && pronoun.pos !== 'SCONJ' && first < head) first += 1;
    if (first === head) continue;
    // "Apple's PC shipments", "Lenovo PC shipments" are owned; "IDC said PC shipments" are not.
    const owner = mentions.find((m) => m.kind !== 'MARKET' && m.first < head && (m.last >= first - 1 || (m.possessive && m.last >= first - 2)));
    // "Britain's grocery sales": a place's volume is that place's market ("Britain grocery market"), no party's own.
    const place = owner !== undefined && owner.possessive && isPlaceName(owner.name) && owner.last === first - 2 ? owner : null;
    const owned = owner !== undefined && place === null;
    const words = doc.tokens.slice(first, head);
    if (owned || words.every((t) => GENERIC_VOLUME_WORDS.test(t.normal))) continue;
    // "Research and development spending", "Capital spending": what a company spends on is its cost, not a market.
    if (doc.tokens[head]!.normal === 'spending' && COMPANY_COSTS.test(words.at(-1)!.normal)) continue;
    // "Worldwide industrial robot revenue grew" is a market's; "Cloud revenue rose" a company's segment, and
    // "Industry revenue rose" names no market.
    // So with billings: "hospital billings" are a hospital group's own.
    if (/^(?:revenues?|billings)$/.test(doc.tokens[head]!.normal) && (!MARKET_WIDE.test(words[0]!.normal) || words.length < 2)) continue;
    // "third-quarter battery EV sales": a span word glued on by a hyphen says when, not what is sold; it stays out of the
    // name, and in the range (a volume told with its date is a company's report, market-subject.ts).
    let named = first;
    while (named < head - 1 && hyphenJoins(doc, named - 1) && /^(?:quarter|half|year|month|week|end)$/.test(doc.tokens[named]!.normal)) named += 1;
    // "third-quarter shipments": only when, nothing sold.
    if (doc.tokens.slice(named, head).every((t) => /^(?:first|second|third|fourth|quarter|half|year|month|week|end|full|-)$/.test(t.normal))) continue;
    const phrase = slice(doc, { first: named, last: head - 1 });
    const name = /^\p{Lu}\p{Ll}/u.test(phrase) && first === sentenceStart(doc, doc.sentences[doc.tokens[first]!.sentence]!) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
    if (place) return resolveMarket(`${place.name} ${name} market`, { first: place.first, last: head }, known, mentionedBefore);
    return resolveMarket(`${name} market`, { first, last: head }, known, mentionedBefore);
  }
  return null;
}

/** What a leader leads: "the dominant enterprise player", "leads the cloud market", "the leader in AI coding". */
export function ledMarket(context: ObjectContext, cue: number, until: number): ObjectRef | null {
  const { doc, mentions, known, mentionedBefore } = context;
  const mention = marketMentionAfter(mentions, cue + 1, until);
  if (mention) return fromMention(mention);
  const phrase = phraseAt(doc, cue + 1, until);
  if (!phrase) return null;
  const tokens = doc.tokens.slice(phrase.first, phrase.last + 1);
  const market = tokens.findIndex((t) => MARKET_HEADS.test(t.normal));
  // The phrase's last head names the player: "the largest smartphone assistant maker" is a maker.
  const player = tokens.reduce((last, t, k) => (PLAYER_HEADS.test(t.normal) ? k : last), -1);
  if (market >= 0) return marketAt(context, phrase.first, phrase.first + market, until);
  // "the biggest seller of wireless earbuds": what the player sells names the market.
  if (player === 0 && doc.tokens[phrase.first + 1]?.normal === 'of') {
    const sold = phraseAt(doc, phrase.first + 2, until);
    // Not "the biggest seller of Acme shares" (a holder, not a market) or "the largest supplier of chips to Apple" (one customer's).
    const named = sold && mentions.some((m) => m.first <= sold.last && m.last >= sold.first);
    const holding = sold && doc.tokens.slice(sold.first, sold.last + 1).some((t) => /^(?:shares|stock|stocks|bonds|stakes?)$/.test(t.normal));
    if (sold && !named && !holding && doc.tokens[sold.last + 1]?.normal !== 'to') {
      return resolveMarket(soldMarketName(doc, sold), { first: phrase.first, last: sold.last }, known, mentionedBefore);
    }
    return null;
  }
  if (player > 0) {
    const range = { first: phrase.first, last: phrase.first + player - 1 };
    return resolveMarket(`${slice(doc, range)} market`, { first: phrase.first, last: phrase.first + player }, known, mentionedBefore);
  }
  return null;
}

/** The category a pioneer created: "the category of AI coding assistants", "the AI coding market". */
export function pioneeredMarket(context: ObjectContext, cue: number, until: number): ObjectRef | null {
  const mention = marketMentionAfter(context.mentions, cue + 1, until, 8);
  if (mention) return fromMention(mention);
  const { doc } = context;
  const categoryOf = doc.tokens.slice(cue + 1, until + 1).findIndex((t) => t.normal === 'category' || t.normal === 'market');
  if (categoryOf < 0) return null;
  const phrase = phraseAt(doc, cue + 1 + categoryOf + 1, until);
  return phrase ? resolveMarket(slice(doc, phrase), phrase, context.known, context.mentionedBefore) : null;
}

/** Words between "than" and an appositive that names what is compared: "than its predecessor, the Hydra X7". */
const APPOSITIVE_REACH = 5;

/**
 * The entity compared against: the first mention after the cue that follows "than", "over", "vs" or the cue itself,
 * or names the "than" phrase ("than its predecessor, the Hydra X7"); what a possessive owns ("than Solenne's Vireo
 * 500" is the Vireo 500).
 */
export function comparatorAfter(context: ObjectContext, cue: number, until: number, subject: Mention | null): ObjectRef | null {
  const { doc, mentions } = context;
  const than = doc.tokens.findIndex((t, i) => i > cue && i <= until && t.normal === 'than');
  const appositive = (m: Mention): boolean =>
    than >= 0 && m.first > than && m.first - than <= APPOSITIVE_REACH && /^(?:,|the)$/.test(doc.tokens[m.first - 1]!.normal) && doc.tokens.slice(than, m.first).some((t) => t.text === ',');
  const mention = mentions.find(
    (m) => m.first > cue && m.first <= until && m.kind !== 'MARKET' && m.name !== subject?.name && (m.first <= cue + 2 || isOblique(doc, m) || appositive(m)),
  );
  if (!mention) return null;
  const owned = mention.possessive ? mentions.find((m) => m.first === mention.last + 2 && m.kind !== 'MARKET' && m.first <= until) : undefined;
  return fromMention(owned ?? mention);
}

/**
 * "enterprises spent $107.3bn on cloud infrastructure": the market money was spent on, named after the "on" at
 * `on`; null when no phrase follows or a party is named in it ("spent $2bn on Acme's shares").
 */
export function spentOnMarket(context: ObjectContext, on: number, until: number): ObjectRef | null {
  const { doc, mentions, known, mentionedBefore } = context;
  const bought = phraseAt(doc, on + 1, until);
  if (!bought || bought.first !== on + 1 || mentions.some((m) => m.kind !== 'MARKET' && m.first <= bought.last && m.last >= bought.first)) return null;
  return resolveMarket(soldMarketName(doc, bought), bought, known, mentionedBefore);
}

/**
 * "new-energy vehicles" is sold in the "new-energy vehicle market", "gearboxes" in the "gearbox market", "batteries" in
 * the "battery market": the last word's lemma where the tagger gives one that stems it, else less its "s".
 */
function soldMarketName(doc: ArticleDocument, sold: TokenRange): string {
  const last = doc.tokens[sold.last]!;
  const phrase = slice(doc, sold);
  if (!/[^s]s$/.test(last.normal) || last.normal.length <= 3) return `${phrase} market`;
  // "smartwatches", "gearboxes": a plural in "-es" after a hiss loses the "es" (the tagger gave "smartwatche").
  // As written: the normaliser spells "buses" as "busses".
  const written = last.text.toLowerCase();
  const hissed = /(?:ch|sh|x|ss|z)es$/.test(written) ? written.slice(0, -2) : null;
  const stem = hissed ?? (last.lemma !== last.normal && last.lemma.length >= last.normal.length - 3 && last.normal.startsWith(last.lemma.slice(0, -1)) ? last.lemma : last.normal.slice(0, -1));
  return `${phrase.slice(0, phrase.length - last.text.length)}${stem} market`;
}

/** Who sells in a market: "the world's biggest seller of battery electric vehicles". */
const SELLERS = /^(?:sellers?|makers?|suppliers?|vendors?|providers?|manufacturers?|producers?)$/;
/** Who is in a market: "the largest player in AI meeting assistants". */
const PLAYERS = /^(?:players?|competitors?|leaders?)$/;

/**
 * "the world's biggest seller of battery electric vehicles … taking 21.4% of global deliveries", "the largest player
 * in AI meeting assistants with roughly 28% of the market": the market the party sells in.
 */
export function sellerMarket(context: ObjectContext, range: TokenRange): ObjectRef | null {
  const { doc, known, mentionedBefore } = context;
  for (let i = range.first; i < range.last; i++) {
    const next = doc.tokens[i + 1]!.normal;
    if (!((SELLERS.test(doc.tokens[i]!.normal) && next === 'of') || (PLAYERS.test(doc.tokens[i]!.normal) && next === 'in'))) continue;
    // "a leader in the market": the market is named elsewhere.
    if (/^(?:the|this|that|its)$/.test(doc.tokens[i + 2]?.normal ?? '') && doc.tokens[i + 3]?.normal === 'market') continue;
    const sold = phraseAt(doc, i + 2, range.last);
    // "the largest player in China": a place (capitalised words, not an acronym) is where, not what is sold.
    if (!sold || doc.tokens.slice(sold.first, sold.last + 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) continue;
    return resolveMarket(soldMarketName(doc, sold), { first: i, last: sold.last }, known, mentionedBefore);
  }
  return null;
}
