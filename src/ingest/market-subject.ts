// The subject of a figure about a market itself ("Global PC shipments rose 8.1%", "Brazil's online food-delivery market
// was worth …"): the market, when the text says the figure is the whole market's and no company's.
import type { Token } from './document.js';
import { AMOUNT_HEDGE, type Figure } from './figures.js';
import type { Mention } from './mentions.js';
import { sentenceStart } from './clauses.js';
import { clauseMarket, MARKET_WIDE, spentOnMarket, volumeMarket } from './objects.js';
import { regionalVolume } from './region.js';
import { reports } from './roles.js';
import { inClauseDate, type ClauseScope } from './scope.js';
import type { TokenRange } from './spans.js';

/**
 * "Global PC shipments rose 8.1% to 68.9 million units": a figure about a market itself, owned by no company, has the
 * market as its subject when the volume naming it is what the clause opens with (no verb before it).
 */
export function marketItself(scope: ClauseScope, figure: Figure): Mention | null {
  if (figure.first <= scope.clause.first) return null;
  return marketOpening(scope, figure) ?? volumeItself(scope, figure) ?? regionalVolume(scope, figure) ?? spendingOn(scope, figure) ?? reportedVolume(scope, figure);
}

/** The whole volume of a market report, named bare: "Shipments", "Billings", "Global shipments" ("Sales" is as often a company's). */
const BARE_VOLUME = /^(?:shipments|billings|deliveries|registrations)$/;

/**
 * "Billings in the April-June quarter were up 5.2% …, the council said", "Global shipments totalled 130 million units
 * in the first half": in a report on a market, a sentence opening with the bare volume (a market-wide word and a date
 * at most before its verb) tells the reported market's figure, not the firm's that reports it. Only while the market's
 * report is the latest under way: after a company's results ("Shipments rose 5% to 12 GWh") they are the company's.
 */
function reportedVolume(scope: ClauseScope, figure: Figure): Mention | null {
  const market = scope.state.reportedMarket;
  const { market: marketReport, company: companyReport } = scope.state.reportingPeriods;
  if (market === null || marketReport === null || (companyReport !== null && companyReport.sentence > marketReport.sentence)) return null;
  const tokens = scope.doc.tokens;
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  const first = sentenceStart(scope.doc, sentence);
  // The sentence's first clause only: "…, while shipments rose 3%" is another clause's.
  if (scope.clause.first > first) return null;
  // Not in a company's paragraph ("Lenovo shipped 16.4 million units. Shipments rose 8%"), nor where a party tells it or
  // owns it in the sentence ("…, Dell said", "…, the company said", "helped by its foldable phones").
  // The firm telling the report ("…, IDC said in its quarterly report") holds no figure of its own and may speak.
  if (scope.state.lastSubjectSentence === scope.clause.sentence - 1) return null;
  const party = (m: Mention): boolean => m.kind !== 'MARKET' && m.first >= sentence.first && m.last <= sentence.last && scope.state.subjectSentences.has(m.name);
  if (scope.mentions.some(party)) return null;
  const owns = (t: Token, k: number, all: Token[]): boolean =>
    (/^(?:its|their)$/.test(t.normal) && !/^(?:quarterly|monthly|annual|latest|report|data|survey|study|estimates?|figures)$/.test(all[k + 1]?.normal ?? '')) ||
    (t.normal === 'company' && all[k - 1]?.normal === 'the');
  if (tokens.slice(sentence.first, sentence.last + 1).some(owns)) return null;
  let volume = -1;
  for (let i = first; i < figure.first; i++) {
    const token = tokens[i]!;
    if (token.pos === 'VERB' || token.pos === 'AUX') break;
    if (inClauseDate(scope, i) || MARKET_WIDE.test(token.normal)) continue;
    if (volume < 0 && BARE_VOLUME.test(token.normal)) volume = i;
    else return null;
  }
  if (volume < 0) return null;
  const token = tokens[volume]!;
  return { first: volume, last: volume, start: token.start, end: token.end, text: token.text, name: market, kind: 'MARKET', entity: null, possessive: false };
}

const SPENT = /^(?:spent|spend|spends|spending|invested|poured)$/;

/**
 * "Canalytics said enterprises spent $107.3bn on cloud infrastructure": what buyers no one names spent on something
 * is that market's spending, not the speaker's nor the last company's.
 */
function spendingOn(scope: ClauseScope, figure: Figure): Mention | null {
  if (figure.dimension !== 'MONEY') return null;
  const tokens = scope.doc.tokens;
  let verb = figure.first - 1;
  while (verb > scope.clause.first && AMOUNT_HEDGE.test(tokens[verb]!.normal)) verb -= 1;
  if (!SPENT.test(tokens[verb]?.normal ?? '')) return null;
  // The buyers are a plural noun no party is named in ("enterprises", "companies", "shoppers").
  const buyers = tokens[verb - 1];
  if (!buyers || buyers.pos !== 'NOUN' || !/^\p{Ll}/u.test(buyers.text) || scope.mentions.some((m) => m.first <= verb - 1 && m.last >= verb - 1)) return null;
  if (!/^(?:on|into)$/.test(tokens[figure.last + 1]?.normal ?? '')) return null;
  const market = spentOnMarket(scope.objects, figure.last + 1, scope.clause.last);
  return market ? asMention(scope, market) : null;
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
  // "Tessaly estimates the market will be worth …": only a report's verb, and its speaker, may come before it.
  if (opening.some((t) => ((t.pos === 'VERB' || t.pos === 'AUX') && !reports(t)) || /^(?:its|their|his|her)$/.test(t.normal))) return null;
  const speaker = (m: Mention): boolean => reports(tokens[m.last + 1]);
  // "Acme's share of the market": a party before the market makes the figure the party's.
  if (scope.mentions.some((m) => m.kind !== 'MARKET' && m.first < figure.first && m.last < market.range.first && !isPlace(scope, m, market.range) && !speaker(m))) return null;
  return asMention(scope, market);
}

/**
 * "Brazil's online food-delivery market was worth …": a possessive opening the clause owns the market as a place;
 * not "Halvorsen's share of Europe's market", where what it owns is a share of it.
 */
const isPlace = (scope: ClauseScope, mention: Mention, market: TokenRange): boolean =>
  mention.possessive && mention.first === scope.clause.first && !scope.doc.tokens.slice(mention.last + 1, market.first).some((t) => t.normal === 'share' || t.normal === 'of');

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
  // "Brisa expects automotive sales to exceed $3 billion": a speaker the story has figures of speaks of its own sales.
  const speaker = scope.mentions.find((m) => m.kind !== 'MARKET' && m.first >= scope.clause.first && m.last < market.range.first);
  if (speaker && scope.state.subjectSentences.has(speaker.name)) return null;
  // "Acme said its own sales grew 12%": sales someone owns are no market's.
  if (/^(?:its|their|our|his|her)$/.test(tokens[market.range.first - 1]?.normal ?? '')) return null;
  // "Hanbit's share of global DRAM revenue rose to 27.4%": a share of the volume is its holder's.
  if (shareOfVolume(scope, market.range)) return null;
  // "PC shipments at Lenovo rose 5%" are Lenovo's; "in India" only says where.
  const owner = scope.mentions.find((m) => m.kind !== 'MARKET' && m.first > market.range.first && m.first < figure.first);
  if (owner && !/^(?:in|across)$/.test(tokens[owner.first - 1]?.normal ?? '')) return null;
  // "iPhone sales", "Galaxy shipments": a brand's volume is its maker's, not a market's (acronyms such as PC are fine).
  // The sentence proper starts after a dateline ("SINGAPORE, August 12 (Newswire) - Global smartwatch shipments").
  const sentenceFirst = sentenceStart(scope.doc, scope.doc.sentences[scope.clause.sentence]!);
  const brand = (t: Token): boolean => /\p{Ll}\p{Lu}/u.test(t.text) || (t.index !== sentenceFirst && /^\p{Lu}\p{Ll}/u.test(t.text));
  if (tokens.slice(market.range.first, market.range.last + 1).some(brand)) return null;
  if (!namesACategory(scope, market.range) || !saysMarketWide(scope, market.range, figure)) return null;
  return asMention(scope, market);
}

/** "share of global DRAM revenue", "share of the world's smartphone shipments": the volume a share is of. */
const shareOfVolume = (scope: ClauseScope, volume: TokenRange): boolean => {
  let i = volume.first - 1;
  while (i > scope.clause.first && /^(?:the|world['’]s|['’]s|world)$/.test(scope.doc.tokens[i]!.normal)) i -= 1;
  return scope.doc.tokens[i]?.normal === 'of' && /^(?:share|shares)$/.test(scope.doc.tokens[i - 1]?.normal ?? '');
};

/** Words in front of a volume that say whose or when, not what is sold: "company forecast deliveries", "digital sales". */
const NOT_A_CATEGORY = /^(?:company|firm|group|forecast|forecasts|quarter|year|half|month|store|stores|digital|online|comparable|net|gross|its|their|our|total|retail|wholesale|unit|record|own|capital|organic|underlying|reported|like|same|constant|adjusted|core)$/;

/** "PC shipments", not "third-quarter deliveries" or "Comparable-store sales" (a word glued on by a hyphen is a date or kind). */
function namesACategory(scope: ClauseScope, range: TokenRange): boolean {
  const tokens = scope.doc.tokens;
  if (tokens[range.first - 1]?.text === '-' && tokens[range.first - 1]!.end === tokens[range.first]!.start) return false;
  return tokens.slice(range.first, range.last + 1).every((t) => !NOT_A_CATEGORY.test(t.normal));
}

/**
 * A volume is the market's when the text says so: "Global …", "… in India", "Sales of new-energy vehicles …", or a
 * tracker reports it ("IDC said", "according to Canalys"). Otherwise "PC shipments rose" after a company's sentence
 * is more likely the company's.
 */
function saysMarketWide(scope: ClauseScope, range: TokenRange, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  const clause = tokens.slice(scope.clause.first, scope.clause.last + 1);
  // "Worldwide spending on cloud services": the word may stand right before the volume's name.
  if (tokens.slice(Math.max(scope.clause.first, range.first - 1), range.last + 1).some((t) => MARKET_WIDE.test(t.normal))) return true;
  if (tokens[range.first + 1]?.normal === 'of') return true;
  const where = scope.mentions.some((m) => m.first > range.last && m.first < figure.first && /^(?:in|across)$/.test(tokens[m.first - 1]?.normal ?? ''));
  return where || clause.some(reports);
}
