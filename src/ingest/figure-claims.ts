// Drafts one claim per figure of a clause: its subject, predicate (by cue and unit), object and period.
import { UNCLASSIFIED } from './candidate.js';
import { MONTH_NAMES } from '../domain/period.js';
import { comparesWithPrevious, type ArticleDocument, type Token } from './document.js';
import { figurePredicate, negatedBetween } from './cues.js';
import { AMOUNT_HEDGE, isChangeVerb, type Figure } from './figures.js';
import type { Mention } from './mentions.js';
import { clauseMarket, comparatorAfter, ledMarket, resolveMarket, seenMarketAt, sellerMarket, shareObject, volumeMarket, type ObjectRef } from './objects.js';
import { adoptedThing, categoryHoldingShare, continuedSubject, ownerAfter, shareOfOwnFigure, subjectAt, toldByTheCompany } from './clause-subject.js';
import { marketItself } from './market-subject.js';
import { isNowWord } from './dates.js';
import { runningTotalAfter } from './date-asides.js';
import { hasForecastBasis, namesItsOwnPeriod, periodFor, roundsApart, storyCompany, type ClauseScope, type Draft } from './scope.js';
import { figureQualifiers, TOTAL_TO_DATE } from './scope-qualifiers.js';
import { statedAsNow } from './tense.js';
import { reportingPeriodDates } from './reporting-period.js';
import { contains, type TokenRange } from './spans.js';
import { isEarlierState, toldAsPast } from './earlier-state.js';
import { markEstimatedBy, othersEstimate, outsiderEstimating, outsidersForecast } from './others-estimate.js';
import { restatedEstimate } from './restated-estimate.js';
import { companyInPlace, isPlaceName } from './places.js';
import { measureAgainst, measureOf, measureOfComparedProfit, notAProfit, profitQualifiers } from './profit-figures.js';
import { notCapacityHeld, notEnergyGenerated, powerQualifiers } from './power-figures.js';
import { earningsPerShareMeasure, perShare, perShareLikeBefore, restatedAs, SHARES, sharePrice, writtenWithScale } from './per-share.js';
import { regionalMarketName, regionalVolume } from './region.js';
import { staffChange } from './staff-figures.js';
import { growthValue, multipliedGrowth } from './growth-over-a-hundred.js';
import { relativeAsides } from './asides.js';
import { levelOrChangeTiedTo } from './level-and-change.js';
import { causeClauseBetween } from './date-binding.js';
import { changedMeasureBefore, growthQualifiers } from './growth-figures.js';
import { changeReaching, itGrewAmidRevenue, marketItselfChanged, moneyReachedBy } from './reached-money.js';

interface Classified {
  /** The cue words that chose the predicate, quoted with the figure when close ("valuing the company at $1.5 billion"). */
  cue?: TokenRange | null;
  predicate: string;
  object: ObjectRef | null;
  qualifiers?: Array<{ key: string; value: string }>;
  milestone?: string | null;
}

/** Who can adopt something: "42% of developers", "30% of the Fortune 500". */
const POPULATIONS = /\b(?:developers?|engineers?|companies|enterprises|organi[sz]ations|businesses|firms|users|customers|consumers|respondents|adults|people|teams|students|teachers|doctors|americans|households|fortune \d+|smes|startups)\b/i;

/** "up 4.9% year over year", "down 3%", "a 12% increase": a percentage that measures a change, not a share of anything. */
/** Besides a verb of change (figures.ts), words right before a figure that make it a change: "up 4.9%", "lost 3%". */
const CHANGE_BEFORE = /^(?:up|down|by|lost)$/;
const CHANGE_AFTER = /^(?:year-over-year|year-on-year|yoy|y\/y|increase|decrease|rise|fall|drop|jump|gain|growth|decline|higher|lower|more|less)$/;
function measuresChange(doc: ArticleDocument, figure: Figure): boolean {
  const after = doc.tokens[figure.last + 1]?.normal ?? '';
  const yearOver = after === 'year' && /^(?:over|on)$/.test(doc.tokens[figure.last + 2]?.normal ?? '');
  const before = doc.tokens[figure.first - 1];
  // "an increase of 10%", "a decline of 4%": a change named before its "of".
  const namedChange = before?.normal === 'of' && CHANGE_AFTER.test(doc.tokens[figure.first - 2]?.normal ?? '');
  return (before !== undefined && (CHANGE_BEFORE.test(before.normal) || isChangeVerb(before))) || CHANGE_AFTER.test(after) || yearOver || namedChange || changedMeasureBefore(doc, figure.first);
}

/** "3.1 times faster than the X7, and 1.4 times faster than the Vireo 500": a comparison ends where the next figure starts. */
const comparedUntil = (scope: ClauseScope, figure: Figure): number =>
  Math.min(scope.clause.last, ...scope.figures.filter((f) => f.first > figure.extent.last).map((f) => f.first - 1));

/**
 * What a percentage of a company's money is of: "19.3 per cent of revenue", "4% of its sales", "2.1% of GDP". Not
 * "26% of spending" or "20% of sales" alone, which a market report says of the market's.
 */
const MONEY_WHOLE =
  /^of (?:(?:(?:its|their|group|annual|net|the company 's) )+(?:revenues?|sales|turnover)|(?:(?:its|their|group|annual|net|the company 's|the) )*(?:revenues?|turnover|income|profits?|earnings|gdp|assets|costs|expenses|budget|deposits|loans|ebitda|capex))\b/;
const ratioToMoney = (doc: ArticleDocument, figure: Figure): boolean =>
  MONEY_WHOLE.test(doc.tokens.slice(figure.last + 1, figure.last + 6).map((t) => t.normal).join(' '));

/** "about two-thirds of sales", "35% of revenue": a part of sales or revenue with no owner written. */
const ofBareSales = (doc: ArticleDocument, figure: Figure): boolean =>
  // Not "20% of sales of electric cars in Europe": sales of something, or somewhere, are a market's.
  /^of (?:total )?(?:sales|revenues?|turnover)\b(?! (?:of|in|for|across)\b)/.test(doc.tokens.slice(figure.last + 1, figure.last + 5).map((t) => t.normal).join(' '));
/** The article reports on a market (its own figures were given), where "20% of sales" is of that market's sales. */
const inMarketReport = (scope: ClauseScope): boolean => scope.state.reportedMarket !== null || scope.state.reportingPeriods.market !== null;

/** How a share price's run is named: "taking their gain since January to 57%", "extending the stock's rally to 40%". */
const PRICE_RUN = /^(?:gain|gains|rally|advance|climb|rise|decline|drop|slide|loss|losses|fall)$/;
/** Words before the figure its run may stand at: "taking their gain since January to". */
const PRICE_RUN_REACH = 6;

/**
 * "Ekoline shares rose 2% …, taking their gain since January to 57%": after a sentence's share price, a run's
 * percentage is the price's, no share of any market.
 */
function priceGainBefore(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  if (!tokens.slice(sentence.first, figure.first).some((t) => SHARES.test(t.normal))) return false;
  // Not a share of something named with it: "a rise to 65% in its share of Nigeria's cement market", "took it to 22% of
  // the global smartphone market".
  const around = tokens.slice(Math.max(sentence.first, figure.first - PRICE_RUN_REACH), Math.min(sentence.last, figure.last + PRICE_RUN_REACH) + 1);
  const marketNamed = (t: Token): boolean => t.normal === 'share' || (t.normal === 'market' && !/^(?:value|cap|capitalization|capitalisation)$/.test(tokens[t.index + 1]?.normal ?? ''));
  if (around.some(marketNamed) || tokens[figure.last + 1]?.normal === 'of') return false;
  return tokens.slice(Math.max(sentence.first, figure.first - PRICE_RUN_REACH), figure.first).some((t) => PRICE_RUN.test(t.normal));
}

/** A share: of a market (market_share), of a population (adoption_rate), a speed-up ("25% faster"), or a growth. */
function classifyShare(scope: ClauseScope, figure: Figure, cue: string | null, subject: Mention, asides: readonly TokenRange[]): Classified {
  if (priceGainBefore(scope, figure)) return { predicate: UNCLASSIFIED, object: null };
  // "responds 2.4 times faster …, and costs 60% less to run": a percentage less (or more) of something else is no speed-up.
  const otherComparison = /^(?:less|more|cheaper|lower|higher|fewer|smaller|bigger|larger)$/.test(scope.doc.tokens[figure.last + 1]?.normal ?? '');
  if (cue === 'speedup_over') return otherComparison ? { predicate: UNCLASSIFIED, object: null } : { predicate: cue, object: comparatorAfter(scope.objects, figure.last, comparedUntil(scope, figure), subject) };
  // "Revenue rose 24% from a year earlier": a change of a named measure is its growth rate; of nothing named, or of a
  // share price, no claim any rule compares.
  if (measuresChange(scope.doc, figure) && !/^(?:to|at)$/.test(scope.doc.tokens[figure.first - 1]?.normal ?? '')) {
    // "Stratos grew 33% to $26.1 billion": with no measure named, the money total it reached says it is revenue.
    const excluded = [...asides, ...scope.dates];
    // "in constant currency, it grew 4.3%" amid the story's revenue: a change of revenue too.
    const revenue = moneyReachedBy(scope, figure, excluded, subject) !== null || itGrewAmidRevenue(scope, figure);
    const growth = growthQualifiers(scope.doc, scope.clause, figure, excluded, revenue ? 'revenue' : undefined);
    return growth === null ? { predicate: UNCLASSIFIED, object: null } : { predicate: 'growth_rate', object: null, qualifiers: growth };
  }
  // "capex of €1.62bn, equivalent to 19.3 per cent of revenue": a ratio to a money figure, never a share of a market;
  // nor, outside a report on a market, "two-thirds of sales" (the company's own).
  if (ratioToMoney(scope.doc, figure) || (ofBareSales(scope.doc, figure) && !inMarketReport(scope))) return { predicate: UNCLASSIFIED, object: null };
  const object = shareObject(scope.objects, figure.last + 1, scope.clause.last);
  // "64% of problems" is a share of something, but only people or organisations adopt.
  if (object && !object.market && cue !== 'market_share' && (cue === 'adoption_rate' || POPULATIONS.test(object.name))) return { predicate: 'adoption_rate', object };
  // A share with no cue of its own, after a market share in the same sentence, is one more of them.
  const listed = !object && cue === null && (scope.state.sentenceMarket !== null || rankedWith(scope, figure));
  // "taking 21.4% of global deliveries", "led the battery-electric market with 18% of registrations".
  const volumeAt = !object?.market && (cue === null || cue === 'leader_of' || cue === 'market_share') ? marketVolumeAt(scope, figure, cue !== null || rankedWith(scope, figure)) : null;
  const ofVolume = volumeAt !== null;
  // "Anthropic held 24%, while Google captured 19%." after a sentence of shares: "held" cues a share, of that market.
  const goesOn = !object && (cue === null || cue === 'market_share') && !listed ? sharesGoOn(scope, figure) : null;
  if (goesOn) {
    // The report goes on: the next sentence's bare shares ("South Korea's Koryo held 6.3%") and this one's are of it too.
    const market = { ...goesOn, range: figure };
    scope.state.sentenceMarket = market;
    scope.state.lastShares = { market, sentence: scope.clause.sentence };
    return { predicate: 'market_share', object: market };
  }
  if (object?.market || cue === 'market_share' || listed || ofVolume) {
    // "21.4% of global deliveries of electric vans" names its market; "of global deliveries" takes the sentence's.
    const named = volumeAt !== null ? (volumeMarket(scope.objects, { first: figure.last + 2, last: scope.clause.last }) ?? categoryMarket(scope, volumeAt.category)) : null;
    const sentence = scope.doc.sentences[scope.clause.sentence]!;
    const sold = sellerMarket(scope.objects, sentence) ?? leaderPhraseMarket(scope, sentence);
    const inherited = object?.market
      ? null
      : (named ?? scope.state.sentenceMarket ?? clauseMarket(scope.objects, scope.clause) ?? shareOfVolumeBefore(scope, figure) ?? sold ?? topicMarket(scope, figure, ofVolume));
    // A market named earlier in the sentence is not quoted again with this figure.
    const market = object?.market ? object : inherited ? { ...inherited, range: figure } : null;
    if (market) {
      scope.state.sentenceMarket = market;
      scope.state.lastShares = { market, sentence: scope.clause.sentence };
      return { predicate: 'market_share', object: market };
    }
  }
  if (cue === 'adoption_rate') return { predicate: cue, object: object?.market ? null : object };
  return { predicate: UNCLASSIFIED, object: null };
}

/**
 * A market's own figure: a change of a named measure ("Global sales of electric buses rose 17%", "registrations in
 * Germany jumped 41%") is its growth rate, read as a company's is; anything else about a market is left to a reviewer.
 */
function marketsOwnGrowth(scope: ClauseScope, figure: Figure, subject: Mention): Classified {
  if (figure.dimension !== 'SHARE' || !measuresChange(scope.doc, figure)) return { predicate: UNCLASSIFIED, object: null };
  // "Car sales in China, the world's biggest auto market, fell 5%" read as the global market's (the name found for "car
  // sales" earlier): a world-wide market's growth told in one place is a region's, left to a reviewer. ("Sales of
  // new-energy vehicles in China rose 19%" is that market's own.)
  const place = scope.mentions.find((m) => m.first >= scope.clause.first && m.last < figure.first && isPlaceName(m.name));
  if (place && /^(?:global|worldwide|world)\b/i.test(subject.name)) return { predicate: UNCLASSIFIED, object: null };
  const asides = relativeAsides(scope.doc, figure.first).filter((aside) => !contains(aside, figure));
  const excluded = [...asides, ...scope.dates.filter((d) => !contains(d, figure))];
  // "Europe rose 22% to $25.0 billion": what is spent in the market, its revenue; "the cloud market grew 17%": its size.
  const implied = moneyReachedBy(scope, figure, excluded, subject) ? 'revenue' : marketItselfChanged(scope, figure, subject) ? 'size' : undefined;
  const growth = growthQualifiers(scope.doc, scope.clause, figure, excluded, implied);
  return growth === null ? { predicate: UNCLASSIFIED, object: null } : { predicate: 'growth_rate', object: null, qualifiers: growth };
}

/**
 * A percentage said of a place in a company's story: its change is the company's growth there ("Sales in mainland
 * China jumped 14%"), of the sales a region's growth means when it names no measure ("Asia-Pacific grew 6.8%", "the
 * Americas rose 5.2%"); its part of the company's sales ("38% of sales") is left to a reviewer.
 */
function placesOwnGrowth(scope: ClauseScope, figure: Figure): Classified {
  // "Taiwan made up 24%": a part of the sales, not a rise.
  const madeUp = scope.doc.tokens[figure.first - 1]?.normal === 'up' && /^(?:made|make|makes|making)$/.test(scope.doc.tokens[figure.first - 2]?.normal ?? '');
  // ("organic growth of 0.2%" is a change measuresChange reads: a change noun before its "of".)
  if (madeUp || !measuresChange(scope.doc, figure)) return { predicate: UNCLASSIFIED, object: null };
  const asides = relativeAsides(scope.doc, figure.first).filter((aside) => !contains(aside, figure));
  const growth = growthQualifiers(scope.doc, scope.clause, figure, [...asides, ...scope.dates.filter((d) => !contains(d, figure))], 'sales');
  return growth === null ? { predicate: UNCLASSIFIED, object: null } : { predicate: 'growth_rate', object: null, qualifiers: growth };
}

/**
 * "Phones capable of running generative AI models accounted for 38% of shipments", "Smaller vendors together accounted
 * for 23.5%": a kind of product, or a group of unnamed sellers, named in lower case, is no seller of its own. In a
 * market whose sellers' shares the article gives, as a market share it would add up with theirs past 100%, or outrank
 * the leader, so it stays for a reviewer; where no seller's share is given ("Fully electric cars accounted for 23.7
 * per cent of new car registrations"), it is that market's share.
 */
const productCategory = (subject: Mention): boolean => subject.kind === 'OTHER' && subject.entity === null && /^\p{Ll}/u.test(subject.name);

/** "would have valued it at", "would have been worth": a figure of what did not happen. */
const counterfactualBefore = (scope: ClauseScope, figure: Figure): boolean =>
  /\bwould have\b/.test(scope.doc.tokens.slice(Math.max(scope.clause.first, figure.first - 6), figure.first).map((t) => t.normal).join(' '));

/**
 * "Sales in China fell 17% to 158 billion yen": the place a measure opening the clause is counted in, when the figure's
 * party was found without it (a place right after "in" is not read as a subject); the figure is the company's there.
 */
function measuredInPlace(scope: ClauseScope, figure: Figure, holder: Mention): { company: Mention; place: string } | null {
  const places = scope.mentions.filter((m) => m.first >= scope.clause.first && m.last < figure.first && isPlaceName(m.name));
  for (const place of places) {
    // The story's company, or the party found for the figure where the story has none yet.
    const placed = companyInPlace(scope, place, holder);
    if (placed) return placed;
  }
  return null;
}

/**
 * "India's sales surged 64% to 5,400 units", "China remained the largest market, with revenue expected to rise 8% to
 * $11.2 billion" in a report on a market: a place's volume and its growth are its regional market's ("India
 * electric-bus market"), never the place's own. So is its part of the whole ("China accounted for 62% of global
 * sales"), which as the place's market share would add up with the companies' shares past 100%: a market's own share
 * stays unclassified.
 */
function placesMarket(scope: ClauseScope, subject: Mention, figure: Figure): Mention | null {
  if (subject.kind === 'MARKET' || !isPlaceName(subject.name)) return null;
  // "China, which now accounts for less than 15% of the company's imports": a company's figure, told of a place.
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  // ("its growth slowed" is the place's own).
  const companys = scope.doc.tokens.slice(sentence.first, sentence.last + 1).some((t, k, all) => t.normal === 'the' && /^(?:company|group|firm)$/.test(all[k + 1]?.normal ?? ''));
  if (companys) return null;
  const name = regionalMarketName(scope.state, subject.name);
  return name === null ? null : { ...subject, name, kind: 'MARKET', entity: null, possessive: false };
}

/** Words that make a player the leader: "the largest cloud provider", "the leading chip supplier". */
const LEADING_PLAYER = /^(?:largest|biggest|leading|top|dominant)$/;

/** "remains the largest cloud provider, with a 31% share": a share in a sentence that names what its leader leads is of that market. */
function leaderPhraseMarket(scope: ClauseScope, sentence: TokenRange): ObjectRef | null {
  for (let i = sentence.first; i < sentence.last; i++) {
    if (!LEADING_PLAYER.test(scope.doc.tokens[i]!.normal)) continue;
    const market = ledMarket(scope.objects, i, sentence.last);
    if (market) return market;
  }
  return null;
}

/** Verbs a listed share is held with: "Amazon Music has about 11%". */
const HOLDS = /^(?:has|had|holds|held|takes|took|gets|got|with|at|captured|commands|commanded|controls|controlled|accounted|for)$/;

/** Things counted that are not users: "cancel 412 flights", "cut 2,800 jobs", "842 stores". */
const OTHER_COUNTED =
  /^(?:flights?|jobs?|stores?|shops?|outlets?|branches|restaurants?|offices?|factories|plants?|vehicles?|cars?|trucks?|units?|copies|aircraft|planes?|jets?|employees?|staff|workers?|devices?|phones?|handsets?|countries|cities|languages?|products?)$/;

/** "forced Nordvale to cancel 412 flights" after "members of the union": the figure counts its own noun, not users. */
function countsOtherThings(doc: ArticleDocument, figure: Figure): boolean {
  // The counted noun may follow a modifier or two: "412 domestic flights", "2,800 back-office jobs".
  for (let i = figure.last + 1; i <= figure.last + 3; i++) {
    const token = doc.tokens[i];
    if (token === undefined || token.sentence !== doc.tokens[figure.last]!.sentence) return false;
    if (OTHER_COUNTED.test(token.normal)) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN') return false;
  }
  return false;
}

/** "added 1.2 million customers", "lost around 900,000 subscribers", "net additions of 300,000": a change, not a total. */
const GAINED_OR_LOST = /^(?:add|gain|lose|shed|additions|adds|net|attract|sign|win|churn|up|down)$/;
function countsChange(doc: ArticleDocument, figure: Figure): boolean {
  let i = figure.first - 1;
  while (i > 0 && (AMOUNT_HEDGE.test(doc.tokens[i]!.normal) || /^(?:a|of)$/.test(doc.tokens[i]!.normal))) i -= 1;
  const token = doc.tokens[i];
  return token !== undefined && (GAINED_OR_LOST.test(token.normal) || GAINED_OR_LOST.test(token.lemma));
}

/**
 * "It holds 32% of the market, followed by Tencent Music with 14%. Amazon Music has about 11%.": a bare percentage a
 * party holds, in the sentence right after shares of a market, is one more share of it.
 */
function sharesGoOn(scope: ClauseScope, figure: Figure): ObjectRef | null {
  const last = scope.state.lastShares;
  if (last === null || last.sentence !== scope.clause.sentence - 1) return null;
  let i = figure.first - 1;
  while (i > scope.clause.first && AMOUNT_HEDGE.test(scope.doc.tokens[i]!.normal)) i -= 1;
  // "Mistral AI's share of the European enterprise market rose to 7%" names its own market; "Its gross margin fell to
  // 40%" is no share: the party itself, named right before its verb, moved.
  if (movedTo(scope, i) && clauseMarket(scope.objects, scope.clause) === null) return last.market;
  return HOLDS.test(scope.doc.tokens[i]?.normal ?? '') ? last.market : null;
}

/** Counts written as words: "gained two points". */
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|half)$/;

/** "Kraemer slipped to 13.5%", "Tessaro edged down to 6.5%": the level a party's share moved to is the share held. */
function movedTo(scope: ClauseScope, to: number): boolean {
  const doc = scope.doc;
  if (doc.tokens[to]?.normal !== 'to') return false;
  const before = doc.tokens[to - 1];
  let verb = before !== undefined && /^(?:down|up|back)$/.test(before.normal) ? to - 2 : to - 1;
  // "Helix Compute gained two points to 23%", "added 0.6 percentage points to reach 8.7%": the points moved stand between.
  if (/^(?:points?|pts|pp)$/.test(doc.tokens[verb]?.normal ?? '')) {
    verb -= doc.tokens[verb - 1]?.normal === 'percentage' ? 2 : 1;
    if (doc.tokens[verb]?.type === 'number' || NUMBER_WORDS.test(doc.tokens[verb]?.normal ?? '')) verb -= 1;
  }
  if (!isChangeVerb(doc.tokens[verb] ?? { normal: '', lemma: '' })) return false;
  const partyEndsAt = (at: number): boolean => scope.mentions.some((m) => m.last === at && m.kind !== 'MARKET');
  // "edged up to 2.3% from 2.1% in gross bad loans": a measure named after the figures is no share of the market.
  if (measureAfterShares(scope, to)) return false;
  return partyEndsAt(verb - 1) || partyEndsAt(asideOpeningBefore(scope, verb - 1) - 1);
}

/** "to 22% from 21% in operating margin": past the level moved to and the one it moved from, "in" and a measure. */
function measureAfterShares(scope: ClauseScope, to: number): boolean {
  const tokens = scope.doc.tokens;
  let at = to + 1;
  while (at <= scope.clause.last && (tokens[at]!.type === 'number' || /^(?:%|per|cent|from|about|around)$/.test(tokens[at]!.normal))) at += 1;
  // "in gross bad loans", not "on Tuesday" or "in the third quarter".
  return tokens[at]?.normal === 'in' && !scope.dates.some((date) => date.first === at || date.first === at + 1);
}

/** How far back an aside between a party and its verb may open: ", owned by software maker Ardent Systems,". */
const ASIDE_REACH = 10;

/** "Stratos, owned by software maker Ardent Systems, edged up": where the aside ending at comma `at` opens, or -1. */
function asideOpeningBefore(scope: ClauseScope, at: number): number {
  if (scope.doc.tokens[at]?.text !== ',') return -1;
  for (let i = at - 1; i >= Math.max(scope.clause.first, at - ASIDE_REACH); i--) {
    if (scope.doc.tokens[i]!.text === ',') return i;
    if (scope.doc.tokens[i]!.type === 'number') return -1;
  }
  return -1;
}

/** What a market's volume is counted in: "21.4% of global deliveries", "18% of registrations", "28% of the market". */
const MARKET_VOLUME = /^(?:deliveries|sales|billings|shipments|registrations|spending|market)$/;
/** Words between "of" and that volume that keep it the whole market's ("of total sales" is more often a company's), years too ("of 2024 sales"). */
const VOLUME_SCOPE = /^(?:global|worldwide|world|all|overall|industry|new|the|annual|quarterly|(?:19|20)\d\d)$/;
/** What is sold, between them: "of electric vehicle sales", "of new passenger car sales". */
const MAX_CATEGORY_WORDS = 4;

/** "music streaming" subscriptions are counted in the "music streaming market". */
const categoryMarket = (scope: ClauseScope, category: TokenRange | null): ObjectRef | null =>
  category === null
    ? null
    : // "Nigeria's mobile" names the "Nigeria mobile market", as "South Africa's mobile market" does (objects.ts).
      resolveMarket(`${scope.doc.text.slice(scope.doc.tokens[category.first]!.start, scope.doc.tokens[category.last]!.end).replace(/['’]s\b/u, '')} market`, category, scope.objects.known, scope.objects.mentionedBefore);

/** Volumes a market is counted in only when what is sold is named: "14% of global music streaming subscriptions". */
const COUNTED_VOLUME = /^(?:subscriptions|subscribers)$/;

/**
 * "taking 21.4% of global deliveries": a party's percentage of a market's whole volume is its share of that market.
 * Where the volume's word stands, and the words naming what is sold ("music streaming"), or null. Revenue counts
 * only with a share or leader cue (`cued`): "led the market with 17.9% of 2024 revenue" is a share of it, where
 * "Cloud made up 40% of revenue" is a company's revenue mix.
 */
function marketVolumeAt(scope: ClauseScope, figure: Figure, cued: boolean): { head: number; category: TokenRange | null } | null {
  const tokens = scope.doc.tokens;
  if (tokens[figure.last + 1]?.normal !== 'of') return null;
  let i = figure.last + 2;
  while (i <= scope.clause.last && VOLUME_SCOPE.test(tokens[i]!.normal)) i += 1;
  const category = i;
  const isHead = (normal: string): boolean => MARKET_VOLUME.test(normal) || COUNTED_VOLUME.test(normal) || (cued && normal === 'revenue');
  // "music streaming": the tagger may call a gerund in a category a verb.
  // "of UK online retail sales": a place may open the category, and stays in the market's name.
  const categoryWord = (t: { text: string; pos: string; index: number }): boolean =>
    (/^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && /ing$/.test(t.text)))) || (t.index === category && isPlaceName(t.text));
  // "of Nigeria's mobile subscriptions": a place's possessive may follow it.
  const placePossessive = (at: number): boolean => at === category + 1 && isPlaceName(tokens[category]!.text) && /^['’]s$/.test(tokens[at]!.normal);
  while (i <= scope.clause.last && i - category < MAX_CATEGORY_WORDS && !isHead(tokens[i]!.normal) && (categoryWord(tokens[i]!) || tokens[i]!.text === '-' || placePossessive(i))) i += 1;
  if (i > scope.clause.last || !isHead(tokens[i]!.normal)) return null;
  // "25% of Germany sales": a place alone before the head is the company's own sales there, not a market's.
  if (i - category === 1 && isPlaceName(tokens[category]!.text)) return null;
  // "60% of total sales", "of net revenue": a company's own whole, not a market's.
  if (tokens.slice(category, i).some((t) => /^(?:total|net|gross|comparable|own|domestic)$/.test(t.normal))) return null;
  const named = i > category ? { first: category, last: i - 1 } : null;
  return COUNTED_VOLUME.test(tokens[i]!.normal) && named === null ? null : { head: i, category: named };
}

/**
 * "Hanbit's share of global DRAM revenue rose to 27.4%": the market a share is of, named by its whole volume between
 * "share of" and the figure.
 */
function shareOfVolumeBefore(scope: ClauseScope, figure: Figure): ObjectRef | null {
  const tokens = scope.doc.tokens;
  for (let i = figure.first - 1; i > scope.clause.first; i--) {
    if (tokens[i]!.normal !== 'of' || !/^shares?$/.test(tokens[i - 1]!.normal)) continue;
    return volumeMarket(scope.objects, { first: i + 1, last: figure.first - 1 });
  }
  return null;
}

/** "Samsung was second with 16%", "Kestrel in first place at 27%": a rank in a market report says the figure is a share of it. */
const RANK = /^(?:first|second|third|fourth|fifth|sixth|top|1st|2nd|3rd|4th|5th)$/;

/**
 * "Microsoft Azure's share rose to 20%", "Samsung was second with 16%": the word "share", or a rank, alone means a
 * share of the market the article is about.
 */
const rankedWith = (scope: ClauseScope, figure: Figure): boolean =>
  /^(?:with|at)$/.test(scope.doc.tokens[figure.first - 1]?.normal ?? '') && scope.doc.tokens.slice(scope.clause.first, figure.first).some((t) => RANK.test(t.normal) || LED.test(t.normal));
/** "Hoshida led the market for the ninth year with 17.9%": leading ranks first. */
const LED = /^(?:led|leads|topped|tops)$/;

function topicMarket(scope: ClauseScope, figure: Figure, ofVolume: boolean): ObjectRef | null {
  const saysShare = ofVolume || rankedWith(scope, figure) || scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1).some((t) => t.normal === 'share');
  const last = scope.state.marketsSeen[0];
  return saysShare && last ? seenMarketAt(last, figure) : null;
}

/** "reached a $1 billion run rate six months after launch": the duration is the time to that milestone. */
function classifyDuration(scope: ClauseScope, figure: Figure, cue: string | null): Classified {
  const fromLaunch = scope.dates.some((d) => d.anchored && contains(d, figure));
  const milestone = scope.figures.find((f) => f !== figure && f.dimension !== 'DURATION');
  if ((fromLaunch || cue === 'time_to_milestone') && milestone) {
    const words = scope.doc.text.slice(scope.doc.tokens[milestone.first]!.start, scope.doc.tokens[milestone.extent.last]!.end);
    return { predicate: 'time_to_milestone', object: null, qualifiers: [{ key: 'milestone', value: words }], milestone: words };
  }
  return { predicate: UNCLASSIFIED, object: null };
}

/** How far after "includes" its parts may be listed: "includes Rs 950 crore of primary capital and a secondary component of Rs 400 crore". */
const PARTS_REACH = 12;

/**
 * A figure "includes", "including" or "comprising" governs (no comma between): a part of what the clause is about.
 * Not a round named as one ("has raised $300 million to date, including a $100 million Series C round"), nor a figure
 * past a comma ("revenue, including acquisitions, rose 12% to $3 billion").
 */
function partOfARound(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  const named = tokens.slice(figure.extent.last + 1, figure.extent.last + 4).map((t) => t.normal).join(' ');
  if (/^(?:series [a-h]\d? |seed |pre-seed |angel )?(?:funding )?round\b/.test(named) || /^series [a-h]\b/.test(named)) return false;
  for (let i = figure.first - 1; i >= Math.max(scope.clause.first, figure.first - PARTS_REACH); i--) {
    if (tokens[i]!.text === ',') return false;
    if (/^(?:includes|included|including|comprises|comprised|comprising|consists|consisting)$/.test(tokens[i]!.normal)) return true;
  }
  return false;
}

/** Money written in a currency's hundredths: "19.42 cents", "42 US cents", "287p", "12 pence". */
const SUBUNIT = /\b(?:cents|pence)\b|\dp$/i;

function classify(scope: ClauseScope, figure: Figure, subject: Mention): Classified {
  // "Total revenue, which includes interest income and fees, rose 29% to 6.82 billion pesos": an aside's words say
  // nothing of a figure outside it.
  const asides = relativeAsides(scope.doc, figure.first).filter((aside) => !contains(aside, figure));
  const excluded = [...scope.dates.filter((d) => !contains(d, figure)), ...asides];
  const match = figurePredicate(scope.doc, scope.clause, figure, figure.dimension, excluded);
  // "grew faster than the market in the third quarter, rising 12%": a change told right before the figure is its own
  // growth; the comparison before it has no figure.
  const comparisonBefore = match?.predicate === 'speedup_over' && match.last < figure.first && isChangeVerb(scope.doc.tokens[figure.first - 1] ?? { normal: '', lemma: '' }) && measuresChange(scope.doc, figure);
  const cue = comparisonBefore ? null : (match?.predicate ?? null);
  let classified: Classified;
  switch (figure.dimension) {
    case 'SHARE':
      classified = classifyShare(scope, figure, cue, subject, asides);
      break;
    case 'MULTIPLE':
      classified =
        cue === 'speedup_over'
          ? { predicate: cue, object: comparatorAfter(scope.objects, figure.last, comparedUntil(scope, figure), subject) }
          : multipliedClassified(scope, figure, asides);
      break;
    case 'DURATION':
      classified = classifyDuration(scope, figure, cue);
      break;
    default:
      classified = {
        predicate:
          (cue === 'user_count' && (countsChange(scope.doc, figure) || countsOtherThings(scope.doc, figure))) || (cue === 'employee_count' && (countsChange(scope.doc, figure) || staffChange(scope.doc, scope.clause, figure))) ? UNCLASSIFIED : (cue ?? UNCLASSIFIED),
        object: null,
        qualifiers: cue === 'profit' && match ? profitQualifiers(scope.doc, match) : undefined,
      };
      // "board clears Rs 8,500-crore QIP", "signed a three-year, $280 million agreement": money written before the noun
      // it prices is that thing's value, whatever profit or revenue word stands near it.
      if (cue !== null && cue !== 'earnings_per_share' && pricesTheNounAfter(scope.doc, figure)) classified = { predicate: UNCLASSIFIED, object: null };
      // "Stratos grew 33% to $26.1 billion": a company's money total reached by a change of no named measure.
      if (cue === null && revenueReached(scope, figure, subject, excluded)) classified = { predicate: 'revenue', object: null };
      // "recorded a $3.5 billion charge, deepening its quarterly loss": the money's own noun says what it is.
      if (cue === 'profit' && notAProfit(scope.doc, figure, match!)) classified = { predicate: UNCLASSIFIED, object: null };
      // "Adjusted EPS was 42 cents", not "a dividend of 25 cents a share": money per share is an earning only when it says
      // so. Either way the per-share words stay the figure's cue (its quote runs to "a share").
      // "… from $702 million, or 73 cents, in the same quarter": the base restated per share as the result was.
      if (cue !== 'earnings_per_share' && perShareLikeBefore(scope.doc, scope.doc.sentences[scope.clause.sentence]!, figure)) return { predicate: 'earnings_per_share', object: null };
      // "0.96 crowns per share, against 1.4 billion crowns, or 0.42 crowns": a total in billions is no earning per share.
      if (cue === 'earnings_per_share' && writtenWithScale(scope.doc, figure)) return { predicate: UNCLASSIFIED, object: null };
      if (cue === 'earnings_per_share') {
        const measure = earningsPerShareMeasure(scope.doc, scope.clause, figure.extent);
        if (measure === undefined) return { predicate: UNCLASSIFIED, object: null, cue: match };
        classified = { ...classified, qualifiers: measure === null ? undefined : [{ key: 'measure', value: measure }] };
      }
      // "passenger revenue per available seat mile rose to 19.42 cents": cents or pence are no company's total; nor is a
      // share price ("shares rose 2.4% to 27.85 shillings, valuing the company at …").
      if (cue !== 'earnings_per_share' && (SUBUNIT.test(figure.text) || sharePrice(scope.doc, scope.clause, figure))) classified = { predicate: UNCLASSIFIED, object: null };
      // "The round … includes Rs 950 crore of primary capital and a secondary component of Rs 400 crore": parts of a
      // round are not rounds raised (two would disagree as one statement).
      if (cue === 'funding_raised' && partOfARound(scope, figure)) classified = { predicate: UNCLASSIFIED, object: null };
      // "added 1.2 GW", "produced 19 TWh less than planned": power that is no level held, energy that is no output.
      if ((cue === 'power_capacity' && notCapacityHeld(scope.doc, figure)) || (cue === 'energy_generated' && notEnergyGenerated(scope.doc, figure))) {
        classified = { predicate: UNCLASSIFIED, object: null };
      } else if ((cue === 'power_capacity' || cue === 'energy_generated') && match) {
        classified = { ...classified, qualifiers: powerQualifiers(scope.doc, figure, match) };
      }
  }
  return { ...classified, cue: match && classified.predicate === cue ? match : null };
}

/** Things money written right before them prices: "a $280 million agreement", "a Rs 8,500-crore QIP". */
const PRICED_THINGS = /^(?:qip|ipo|bonds?|notes|loans?|deals?|agreements?|contracts?|orders?|buybacks?|acquisitions?|takeovers?|investments?|programmes?|programs?|facility|projects?|plants?|packages?|charges?|impairments?|fines?|settlements?)$/;

/** Whether the noun right after the money (a hyphen between them or not) is a thing it prices. */
function pricesTheNounAfter(doc: ArticleDocument, figure: Figure): boolean {
  let next = figure.last + 1;
  if (doc.tokens[next]?.text === '-') next += 1;
  return PRICED_THINGS.test(doc.tokens[next]?.normal ?? '');
}

/** A company's money total reached by a change that names no measure of its own: "Stratos grew 33% to $26.1 billion". */
function revenueReached(scope: ClauseScope, money: Figure, subject: Mention, excluded: readonly TokenRange[]): boolean {
  if (subject.kind === 'MARKET' || isPlaceName(subject.name)) return false;
  const change = changeReaching(scope, money, excluded, subject);
  return change !== null && measuresChange(scope.doc, change) && growthQualifiers(scope.doc, scope.clause, change, excluded) === null;
}

/** A measure multiplied ("revenue more than doubled") is its growth; any other multiple names nothing. */
function multipliedClassified(scope: ClauseScope, figure: Figure, asides: readonly TokenRange[]): Classified {
  const growth = multipliedGrowth(scope, figure, asides);
  return growth === null ? { predicate: UNCLASSIFIED, object: null } : { predicate: 'growth_rate', object: null, qualifiers: growth };
}

/** A profit and its per-share restatement: "from $180 million, or 84 cents, a year ago". */
const restatedTogether = (a: Draft, b: Draft): boolean =>
  (a.predicate === 'profit' && b.predicate === 'earnings_per_share') || (a.predicate === 'earnings_per_share' && b.predicate === 'profit');

/**
 * "Anthropic held 32% of the market in Q3 2025, OpenAI 25%": figures listed with one predicate and object share
 * the date written for one of them, also over the publication date a present tense gave ("holds 31% in Q3 2024,
 * ahead of Azure at 20%"). With no date written, a present tense dates the list ("leads with 40%, followed by
 * Globex (22%)").
 */
function shareSiblingDates(scope: ClauseScope, drafts: Draft[]): void {
  const written = (d: Draft): boolean => Boolean(d.period.period) && !d.period.asOfPublication;
  for (const draft of drafts) {
    if (written(draft) || draft.period.unresolved) continue;
    if (isEarlierState(scope.doc, draft.core.first)) {
      // "up from $168 million, or $1.15 per share, a year earlier": earlier states listed together share their date.
      const earlier = drafts.find(
        (d) => d !== draft && written(d) && (d.predicate === draft.predicate || perShare(scope.doc, d.core) || restatedTogether(d, draft)) && isEarlierState(scope.doc, d.core.first),
      );
      if (earlier) draft.period = { ...earlier.period, range: null };
      continue;
    }
    // "has 675 million monthly active users, including 263 million subscribers": a part is counted when its whole is,
    // "now" included.
    const whole = partOfWhole(scope, draft, drafts);
    if (whole?.period.period) {
      draft.period = { ...whole.period, range: null };
      continue;
    }
    // "$241.9 million, or $1.89 per share, in the same period last year": the per-share figure after a total, its
    // restatement, shares the total's date.
    const perShareAfter = drafts[drafts.indexOf(draft) + 1];
    if (perShareAfter && written(perShareAfter) && perShare(scope.doc, perShareAfter.core) && restatedAs(scope.doc, draft.core, perShareAfter.core)) {
      draft.period = { ...perShareAfter.period, range: null };
      continue;
    }
    // "Net income in the fourth quarter rose to $2.38 billion, or $3.21 per share": the restatement is of the total's date.
    const totalBefore = drafts[drafts.indexOf(draft) - 1];
    if (totalBefore && written(totalBefore) && perShare(scope.doc, draft.core) && restatedAs(scope.doc, totalBefore.core, draft.core)) {
      draft.period = { ...totalBefore.period, range: null };
      continue;
    }
    // "rose 17% in the first half of 2026 to a record 62,400 units", "processed 4.6 trillion naira in the first half,
    // up 85%": a level and the change that reached it are of one date.
    const tied = levelOrChangeTiedTo(scope, draft, drafts);
    if (tied && written(tied)) {
      draft.period = { ...tied.period, range: null };
      continue;
    }
    // An earlier state ("from 12% a year earlier") lends its date to no one.
    const siblings = drafts.filter(
      (d) => d !== draft && d.predicate === draft.predicate && d.object?.name === draft.object?.name && !isEarlierState(scope.doc, d.core.first),
    );
    // "grew 9% to £2.1bn and now account for 11%": "now" is the present of its own verb, lent to no other figure.
    // "rose to €248m, bringing the nine-month total to €689m": a running total's span is its own, lent to nothing before it.
    const totalAfter = (d: Draft): boolean => d.period.range !== null && runningTotalAfter(scope.doc, d.period.range, draft.core);
    // "narrowed to 20.8% …, as the company rolled out wage increases averaging 6% from July 1": a figure in a clause of
    // cause or time after it is that clause's, and so is its date.
    const inCauseAfter = (d: Draft): boolean => d.core.first > draft.core.last && causeClauseBetween(scope.doc, draft.core.last + 1, d.core.first, d.period.range ?? d.core);
    // "14% of the total in the quarter, Kulkarni said, adding that more than 180,000 employees had been trained since
    // April 2025": nor across the speaker, into what was added.
    const between = (d: Draft): [number, number] => (d.core.first > draft.core.last ? [draft.core.last + 1, d.core.first] : [d.core.last + 1, draft.core.first]);
    const saidBetween = (d: Draft): boolean => scope.doc.tokens.slice(...between(d)).some((t) => SAID_AND_ADDED.test(t.normal));
    // A running total's "since its founding in 2022" is its own: the rounds listed with it were each raised on a day of their own.
    const runningSince = (d: Draft): boolean => /^since\b/i.test(d.period.period ?? '');
    // "a $92 million Series B, a $38 million Series A in June 2023 and a $9 million seed round": rounds named one by one
    // are raised apart.
    const otherRound = (d: Draft): boolean => d.period.range !== null && roundsApart(scope, d.core, d.period.range, draft.core);
    const lends = (d: Draft): boolean => written(d) && !isNowWord(d.period.period) && !totalAfter(d) && !inCauseAfter(d) && !saidBetween(d) && !runningSince(d) && !otherRound(d);
    // "sales of $2.31 billion in the quarter, bringing its sales in the first nine months to $5.9 billion": its own span.
    if (namesItsOwnPeriod(scope.doc, draft.core)) continue;
    const sibling = siblings.find(lends) ?? (draft.period.period ? undefined : siblings.find((d) => d.period.asOfPublication));
    if (sibling) draft.period = { ...sibling.period, range: null };
  }
}

/** Verbs that close a speaker's words or open more of them: "…, Kulkarni said, adding that …". */
const SAID_AND_ADDED = /^(?:said|says|adding|added|noting|noted)$/;

/** Measures told over a span, whose undated earlier state in a results story is the same span a year before. */
const RESULTS_FLOWS = new Set(['revenue', 'profit', 'earnings_per_share']);
/** Whether each article compares year on year (YEAR_AGO_IN_STORY), read once per article rather than per clause. */
const yearOnYearStories = new WeakMap<ArticleDocument, boolean>();
function comparesYearOnYear(doc: ArticleDocument): boolean {
  let compares = yearOnYearStories.get(doc);
  if (compares === undefined) yearOnYearStories.set(doc, (compares = YEAR_AGO_IN_STORY.test(doc.text)));
  return compares;
}

/** A story that compares with a year before in so many words ("a year earlier", "year-on-year"), as results stories do. */
const YEAR_AGO_IN_STORY = /\b(?:a year (?:earlier|ago|before)|year[- ](?:on|over)[- ]year|(?:the )?same (?:period|quarter|half|months) (?:a year (?:earlier|ago)|last year|of the previous year))\b/i;
/**
 * Words that make a comparison a sequential one ("from the previous quarter", "from the June quarter's"), a figure
 * restated or revised (the same span as first reported), or guidance before the "from" ("now sees … up from") or
 * after it ("from $1.18, which the company had guided"): an undated "from" is none of them a year back. (A forecast's
 * revision, "raised its forecast to $2 billion from $1.8 billion", is told by its basis.)
 */
const NOT_A_YEAR_BACK =
  /\b(?:sequential(?:ly)?|quarter[- ]on[- ]quarter|month[- ]on[- ]month|(?:previous|prior|preceding|last) (?:quarter|month|three-month|three months|six months)|quarter before|month before|(?:from|with|than|over) the (?:first|second|third|fourth|june|march|september|december) quarter|(?:previous|prior|preceding|last|first|second|third|fourth|june|march|september|december) quarter['’]s|q\/q|qoq|m\/m|restat\w*|revis\w*|previously|originally)\b|\b(?:sees|guided|guidance|outlook)\b[^;]{0,60}\bfrom\b|\bfrom\b[^;]{0,40}\b(?:guided|guidance)\b/i;
/** What dates a span a year back may go from: a quarter, half, year or run of months, not a month alone ("October revenue"). */
const REPORTED_SPAN = /\b(?:quarter|half|year|months|weeks|fiscal|fy|q[1-4]|h[12]|(?:19|20)\d\d)\b/i;
/** A month named in a period's words: "October", "in October 2026", which a year written beside it does not make a span. */
const MONTH_NAMED = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`, 'i');
const SPAN_WORD = /\b(?:quarter|half|year|months|weeks|fiscal|fy)\b/i;
const reportedSpan = (period: string): boolean => REPORTED_SPAN.test(period) && !(MONTH_NAMED.test(period) && !SPAN_WORD.test(period));
/** Words right after an earlier state that start a date the parser could not read ("from $190 million in the second"). */
const OWN_DATE_AFTER = /^(?:in|during|for|over|at)$/;

/**
 * "Net income climbed to $806 million from $702 million", "Revenue increased 5.1% to C$4.31 billion from C$4.10
 * billion": a result's earlier state with no date of its own is, as wire copy writes results, the same span a year
 * before (sameSpanAYearBefore reads "a year earlier" against the span the sentence reports on). Only for measures
 * over a span, beside a figure of that measure the clause dates, in a story that compares with a year before in so
 * many words elsewhere, and not where the sentence compares sequentially: a lone "up from $1.2 billion" may be the
 * quarter before, and stays undated.
 */
function comparedResultsAYearBack(scope: ClauseScope, drafts: Draft[]): void {
  if (NOT_A_YEAR_BACK.test(scope.sentence) || !comparesYearOnYear(scope.doc)) return;
  const dated = (d: Draft): boolean =>
    Boolean(d.period.period) && !d.period.asOfPublication && !isNowWord(d.period.period) && reportedSpan(d.period.period!) && !hasForecastBasis(d.qualifiers);
  for (const draft of drafts) {
    if (!RESULTS_FLOWS.has(draft.predicate) || draft.period.period || draft.period.unresolved || hasForecastBasis(draft.qualifiers)) continue;
    if (!isEarlierState(scope.doc, draft.core.first)) continue;
    if (OWN_DATE_AFTER.test(scope.doc.tokens[draft.core.last + 1]?.normal ?? '')) continue;
    const current = drafts.some((d) => d !== draft && (d.predicate === draft.predicate || restatedTogether(d, draft)) && dated(d) && !isEarlierState(scope.doc, d.core.first));
    if (current) draft.period = { period: 'a year earlier', unresolved: null, range: null, asOfPublication: false };
  }
}

/** Words that make the figure after them a part of the one before: "including 263 million subscribers". */
const PART_OF = /^(?:including|incl\.?|among them|of which|of whom)$/;

/** The draft right before `draft`, of the same party and predicate, when `draft`'s figure is introduced as a part of it. */
function partOfWhole(scope: ClauseScope, draft: Draft, drafts: readonly Draft[]): Draft | null {
  const tokens = scope.doc.tokens;
  let i = draft.core.first - 1;
  while (i > 0 && AMOUNT_HEDGE.test(tokens[i]!.normal)) i -= 1;
  const words = [tokens[i - 1]?.normal, tokens[i]?.normal];
  if (!PART_OF.test(words[1] ?? '') && !PART_OF.test(words.join(' '))) return null;
  const before = drafts[drafts.indexOf(draft) - 1];
  return before !== undefined && before.subject.name === draft.subject.name && before.predicate === draft.predicate ? before : null;
}

/** How far after a figure its ", up 24%" may come: "$107.3bn on cloud infrastructure in the third quarter, up 24%". */
const CHANGE_AFTER_REACH = 12;

/**
 * "enterprises spent $107.3bn on cloud infrastructure, up 24% from a year earlier": a change right after a figure,
 * joined by ", up" or ", down", is of the same party's figure, whatever else the clause names.
 */
function changeOfLastFigure(scope: ClauseScope, figure: Figure): Mention | null {
  const last = scope.state.lastFigure;
  const tokens = scope.doc.tokens;
  if (last === null || last.last >= figure.first || figure.first - last.last > CHANGE_AFTER_REACH) return null;
  if (tokens[last.last]!.sentence !== tokens[figure.first]!.sentence) return null;
  const between = tokens.slice(last.last + 1, figure.first);
  const [comma, direction] = between.slice(-2);
  if (comma?.text !== ',' || !/^(?:up|down)$/.test(direction?.normal ?? '')) return null;
  // What lies before them only says what and when ("on cloud infrastructure in the third quarter"): no verb, no clause.
  return between.slice(0, -2).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') ? null : last.subject;
}


/**
 * "runs 3.1 times faster than the Hydra X7, and 1.4 times faster than the Vireo 500": a comparison joined on by "and"
 * has the subject of the one before it, not the thing that one was compared with.
 */
function comparedAgain(scope: ClauseScope, figure: Figure, drafts: readonly Draft[]): Mention | null {
  const previous = drafts.at(-1);
  const tokens = scope.doc.tokens;
  return previous?.predicate === 'speedup_over' && tokens[figure.first - 1]?.normal === 'and' && figure.dimension !== 'MONEY' ? previous.subject : null;
}

/**
 * "Pellix came third with 15.2%, up from 14.1%, followed by Bluecrest at 11.9%, down from 12.6%": an earlier state
 * written right after a figure ("from", ", down from") is of that figure's party, not the clause's first.
 */
function earlierStateOfPrevious(scope: ClauseScope, figure: Figure, drafts: readonly Draft[]): Mention | null {
  const previous = drafts.at(-1);
  if (previous === undefined || !isEarlierState(scope.doc, figure.first)) return null;
  const dimension = scope.figures.find((f) => f.first === previous.core.first)?.dimension;
  const tokens = scope.doc.tokens.slice(previous.core.last + 1, figure.first);
  const between = tokens.map((t) => t.normal).join(' ');
  if (dimension !== figure.dimension) return null;
  if (/^(?:, )?(?:(?:up|down) )?from$/.test(between)) return previous.subject;
  // "accounted for about 42% of revenue in the quarter, up from 27% a year earlier": past what the figure is of and
  // when, with no verb or other comma between.
  const complement = tokens.slice(0, -3);
  const tail = tokens.slice(-3).map((t) => t.normal).join(' ');
  const plain = complement.length <= EARLIER_STATE_REACH && complement.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.text !== ',');
  return plain && complement[0]?.normal === 'of' && /^, (?:up|down) from$/.test(tail) ? previous.subject : null;
}

/** Words naming a part of a company after its name: "the Gas & Services division", "its Cloud Solutions unit". */
const DIVISION_WORDS = /^(?:division|divisions|unit|segment|arm|business)$/;

/** "Watchmaking, the core business, posted sales of …", "Azure, its cloud unit,": an aside saying the name is a division. */
function describedAsDivision(scope: ClauseScope, mention: Mention): boolean {
  const tokens = scope.doc.tokens;
  if (tokens[mention.last + 1]?.text !== ',' || !/^(?:the|its|their)$/.test(tokens[mention.last + 2]?.normal ?? '')) return false;
  for (let k = mention.last + 3; k <= mention.last + 6; k++) {
    if (tokens[k]?.text === ',') return DIVISION_WORDS.test(tokens[k - 1]?.normal ?? '');
  }
  return false;
}

/** The company a named division (or a site of its: assets.ts) is part of, or null when `mention` names neither. */
function divisionOf(scope: ClauseScope, mention: Mention, figure: Figure): Mention | null {
  // A site named before its figure ("Mount Tallis produced …"), not after it ("the 1.1 GW Baltic Hav 2 project").
  const site = scope.state.assets.has(mention.name) && mention.first < figure.first;
  if (mention.kind === 'MARKET' || !(DIVISION_WORDS.test(scope.doc.tokens[mention.last + 1]?.normal ?? '') || describedAsDivision(scope, mention) || site)) return null;
  const tokens = scope.doc.tokens;
  // "Microsoft's LinkedIn unit": the possessive names the company; "Rival Globex said its Cloud Solutions unit": "its"
  // is the party named before it in the sentence.
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  const namedBefore = scope.mentions.filter((m) => m.kind !== 'MARKET' && m.kind !== 'PERSON' && m.first >= sentence.first && m.last < mention.first && !isPlaceName(m.name));
  const possessor = namedBefore.find((m) => m.possessive && m.last >= mention.first - 2);
  const its = /^(?:its|their)$/.test(tokens[mention.first - 1]?.normal ?? '') ? (namedBefore.at(-1) ?? scope.state.lastSubject) : null;
  // Another party named before it in the sentence owns it, not the story's company.
  const company = possessor ?? its ?? (namedBefore.length > 0 ? null : (storyCompany(scope.state, scope.clause.sentence) ?? scope.state.lastSubject));
  return company !== null && company.name !== mention.name ? company : null;
}

/** How many words what a figure is of and when may take before its ", up from": "of DRAM revenue in the quarter". */
const EARLIER_STATE_REACH = 8;

/**
 * The measure an earlier state of a profit or a growth has: "operating profit more than doubled to £412m from £188m" is the
 * operating profit's; "swung to a net profit of $12m from a net loss of $40m" names its own.
 */
function comparedMeasure(scope: ClauseScope, figure: Figure, subject: Mention, compared: Draft): Array<{ key: string; value: string }> {
  // "Sales in mainland China jumped 14%, after falling 6% in the same period of 2025": the earlier growth is of the
  // same measure, in its own direction.
  if (compared.predicate === 'growth_rate') {
    const dates = scope.dates.filter((d) => !contains(d, figure));
    const earlier = measureOf(compared.qualifiers);
    const own = growthQualifiers(scope.doc, scope.clause, figure, dates, earlier ?? undefined) ?? [];
    // "raised its comparable sales forecast to 3% to 3.5% from 2% to 3% previously": the measure is the compared one's.
    return earlier === null ? own : own.map((q) => (q.key === 'measure' ? { key: 'measure', value: earlier } : q));
  }
  if (compared.predicate !== 'profit') return [];
  const before = measureOf(compared.qualifiers);
  const own = classify(scope, figure, subject);
  if (own.predicate !== 'profit' || !own.cue || own.cue.first <= compared.core.last) return before === null ? [] : [{ key: 'measure', value: before }];
  const measure = measureAgainst(measureOf(own.qualifiers), before);
  return measure === null ? [] : [{ key: 'measure', value: measure }];
}

/**
 * "… earned $268.5 million, or $2.14 per share, in the three months ended Nov. 1. That compares with $241.9 million, or
 * $1.89 per share, in the same period last year": the figures of a sentence that opens "That compares with" are
 * earlier states of the last sentence's, the total's of the total, the same party's.
 */
function comparedAcrossSentences(scope: ClauseScope, figure: Figure, subject: Mention): Draft | null {
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  if (!comparesWithPrevious(scope.doc, sentence)) return null;
  if (perShare(scope.doc, figure.extent)) return null;
  const before = scope.state.recentFigures.filter((f) => f.sentence === scope.clause.sentence - 1 && f.dimension === figure.dimension && !perShare(scope.doc, f.draft.core));
  const compared = before[0]?.draft;
  // "That compares with $2.9 billion for rival Beta Inc.": another party's figure, not an earlier state.
  const others = scope.mentions.some((m) => m.kind !== 'MARKET' && m.first >= sentence.first && m.last <= sentence.last && m.name !== compared?.subject.name);
  return compared && !others && compared.subject.name === subject.name ? compared : null;
}

/**
 * "was valued at $66 billion in its last funding round, down from $100 billion in 2022": an earlier state is the same
 * measure as the figure of the same party it is compared with, whatever cue lies nearer to it (here "funding round").
 */
function comparedState(scope: ClauseScope, figure: Figure, subject: Mention, drafts: readonly Draft[]): Draft | null {
  // "up from $4.2bn, or $1.15 a share, a year earlier": a per-share figure is no earlier state of a total.
  if (!isEarlierState(scope.doc, figure.first) || perShare(scope.doc, figure.extent)) return null;
  // "net income climbed to $1.61 billion, or $9.85 per diluted share, from $1.22 billion": not the per-share figure's.
  let k = drafts.length - 1;
  while (k > 0 && perShare(scope.doc, drafts[k]!.core)) k -= 1;
  const before = drafts[k];
  const dimension = scope.figures.find((f) => f.first === before?.core.first)?.dimension;
  return before !== undefined && before.subject.name === subject.name && dimension === figure.dimension ? before : null;
}

/**
 * "has raised $220 million in a Series D round", "said on Wednesday it had raised $310 million in a Series C round":
 * a named round told in the present (perfect), or as just announced, closed by the publication, which dates it, as it
 * dates the valuation the round sets ("that values the company at $4.2 billion"). A total raised to date is no round
 * raised that day, and stays undated.
 */
function datedByAnnouncement(scope: ClauseScope, draft: Draft, drafts: readonly Draft[]): void {
  if (draft.period.period !== null || draft.period.unresolved !== null || scope.publishedAt === null) return;
  if (draft.predicate === 'funding_raised') {
    const round = draft.qualifiers?.find((q) => q.key === 'round')?.value;
    if (round === undefined || round === TOTAL_TO_DATE || !(statedAsNow(scope.doc, scope.clause, draft.core) || announcedAsDone(scope, draft.core))) return;
  } else {
    // The valuation the round announced that day sets.
    const roundToday = drafts.some((d) => d.predicate === 'funding_raised' && d.period.asOfPublication === true);
    if (draft.predicate !== 'valuation' || !roundValues(scope, draft.core) || !roundToday) return;
  }
  draft.period = { period: scope.publishedAt, unresolved: null, range: null, asOfPublication: true };
}

/**
 * "said on Wednesday it had raised $310 million": an announcement told in reported speech, on a day it names, is of
 * that day (not "The startup said it had raised $40 million … before the pandemic", told as background).
 */
function announcedAsDone(scope: ClauseScope, figure: TokenRange): boolean {
  const tokens = scope.doc.tokens;
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  for (let i = figure.first - 1; i > Math.max(sentence.first, figure.first - 4); i--) {
    if (tokens[i]!.normal !== 'had' || !/^(?:raised|secured|closed|completed)$/.test(tokens[i + 1]?.normal ?? '')) continue;
    const said = tokens.slice(Math.max(sentence.first, i - 7), i).map((t) => t.normal).join(' ');
    return /\b(?:said|announced|says|announces) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today)\b/.test(said);
  }
  return false;
}

/** "a Series C funding round that values the company at $4.2 billion": the valuation a round announced that day sets. */
const roundValues = (scope: ClauseScope, figure: TokenRange): boolean =>
  /\bround (?:that|which) values\b|\bvalu(?:es|ing) (?:the company|it|the startup|the firm) at$/.test(
    scope.doc.tokens.slice(Math.max(scope.clause.first, figure.first - 8), figure.first).map((t) => t.normal).join(' '),
  );

export function figureDrafts(scope: ClauseScope): Draft[] {
  const drafts: Draft[] = [];
  for (const figure of scope.figures) {
    if (othersEstimate(scope, figure)) {
      scope.othersFigures.push(figure);
      continue;
    }
    const restated = restatedEstimate(scope, figure);
    if (restated) {
      // Same statement, same period, this estimate's value: two estimates that disagree are then a conflict to review.
      const draft: Draft = { ...restated, value: figure.text, period: { ...restated.period, range: null }, core: figure, parts: [{ first: figure.first, last: figure.extent.last }], restatesEstimate: true };
      drafts.push(draft);
      scope.state.lastFigure = { last: figure.last, subject: restated.subject, dimension: figure.dimension, draft };
      continue;
    }
    const named =
      changeOfLastFigure(scope, figure) ??
      comparedAgain(scope, figure, drafts) ??
      earlierStateOfPrevious(scope, figure, drafts) ??
      marketItself(scope, figure) ??
      adoptedThing(scope, figure) ??
      categoryHoldingShare(scope, figure) ??
      subjectAt(scope, figure.first, figure.dimension === 'SHARE') ??
      continuedSubject(scope) ??
      ownerAfter(scope, figure) ??
      toldByTheCompany(scope, figure);
    const partOfOwn = named ? null : shareOfOwnFigure(scope, figure);
    const regional = named ? placesMarket(scope, named, figure) : null;
    const placed = named && !regional ? (companyInPlace(scope, named) ?? measuredInPlace(scope, figure, named)) : null;
    // "The Gas & Services division posted revenue of 5.71 billion euros": a division's figure is its company's, kept
    // apart by its segment (scope-qualifiers.ts).
    const division = named && !regional && !placed ? divisionOf(scope, named, figure) : null;
    const subject = regional ?? placed?.company ?? division ?? named ?? partOfOwn;
    if (!subject) continue;
    // "Mount Tallis produced 17.3 million tonnes": a site's figure is its company's, kept apart as that site (not one
    // named after the figure: "Net debt rose to A$1.9 billion, reflecting Wirra Creek spending").
    const site = division && named && named.first < figure.first && scope.state.assets.has(named.name) ? named.name : null;
    // No registered predicate is about a market's own size, or a part of a company's own figure; a reviewer picks one.
    // A market's own growth with its measure named ("Global sales of electric buses rose 17%") is its growth rate.
    // "China accounted for 24% of sales": the share of the company's sales made in a place is no market share.
    const placedShare = placed !== null && figure.dimension === 'SHARE';
    // "from $702 million, or 73 cents": a base restated per share is compared with the per-share figure, as its own.
    const restatedPerShare = figure.dimension === 'MONEY' && perShareLikeBefore(scope.doc, scope.doc.sentences[scope.clause.sentence]!, figure);
    const comparedWith = restatedPerShare ? null : (comparedState(scope, figure, subject, drafts) ?? comparedAcrossSentences(scope, figure, subject));
    let classified: Classified = comparedWith
      ? { predicate: comparedWith.predicate, object: comparedWith.object, qualifiers: comparedMeasure(scope, figure, subject, comparedWith) }
      : subject.kind === 'MARKET'
        ? marketsOwnGrowth(scope, figure, subject)
        : placedShare
          ? placesOwnGrowth(scope, figure)
          : partOfOwn
            ? { predicate: UNCLASSIFIED, object: null }
            : classify(scope, figure, subject);
    if (classified.predicate === 'market_share' && classified.object && productCategory(subject) && scope.state.sellerShareMarkets.has(classified.object.name)) {
      classified = { predicate: UNCLASSIFIED, object: null };
    }
    // "Coles' share of Australia's supermarket sales", with its owner unread: a place holds no share of its own market.
    if (classified.predicate === 'market_share' && classified.object && isPlaceName(subject.name) && classified.object.name.startsWith(`${subject.name} `)) {
      classified = { predicate: UNCLASSIFIED, object: null };
    }
    // "turned down offers that would have valued it at more than $8 billion": a valuation that was not made.
    if (classified.predicate === 'valuation' && counterfactualBefore(scope, figure)) classified = { predicate: UNCLASSIFIED, object: null };
    // A time to a milestone is a duration, not a dated state: its date words are its value.
    const period =
      classified.predicate === 'time_to_milestone' ? { period: null, unresolved: null, range: null } : periodFor(scope, figure, subject, classified.predicate);
    const draft: Draft = {
      subject,
      predicate: classified.predicate,
      object: classified.object,
      value: classified.predicate === 'growth_rate' ? growthValue(scope.doc, figure, classified.qualifiers) : figure.text,
      period,
      negated: negatedBetween(scope.doc, Math.max(scope.clause.first, subject.last + 1), figure.first),
      qualifiers: [...(placed ? [{ key: 'region', value: placed.place }] : []), ...(site ? [{ key: 'segment', value: site }] : []), ...(classified.qualifiers ?? []), ...figureQualifiers(scope.doc, figure, classified.predicate, Math.max(scope.clause.first, subject.last + 1), subject.first)].filter(
        // "expects … to exceed $18 billion for fiscal 2026, up from $11.2 billion in fiscal 2025": the base is reported;
        // so is "roughly double the $9.1bn it booked in fiscal 2024".
        (q) => !(q.key === 'basis' && q.value === 'forecast' && (isEarlierState(scope.doc, figure.first) || toldAsPast(scope.doc, figure.extent.last))),
      ),
      milestone: classified.milestone,
      core: figure,
      parts: [classified.object?.range ?? null, classified.cue ?? null, { first: figure.first, last: figure.extent.last }, ...scope.dates.filter((d) => contains(d, figure))],
    };
    datedByAnnouncement(scope, draft, drafts);
    const outsider = outsiderEstimating(scope, draft);
    if (outsider && outsidersForecast(scope, draft)) {
      scope.othersFigures.push(figure);
      continue;
    }
    if (outsider) markEstimatedBy(draft, outsider);
    measureOfComparedProfit(scope.doc, draft, drafts.at(-1) ?? scope.state.lastFigure?.draft ?? null);
    drafts.push(draft);
    if (draft.predicate === 'market_share' && draft.object && !productCategory(subject)) scope.state.sellerShareMarkets.add(draft.object.name);
    scope.state.lastFigure = { last: figure.last, subject, dimension: figure.dimension, draft };
    const sentence = scope.clause.sentence;
    scope.state.recentFigures = [...scope.state.recentFigures.filter((f) => f.sentence >= sentence - 1), { sentence, dimension: figure.dimension, draft }];
    // "Spending on cloud infrastructure services reached $102 billion, with AWS holding 29%, Microsoft 22%": the shares
    // after a market's own figure, in its sentence, are of that market.
    // Not a region's volume ("In China, …, shipments grew 15%"): a share there is of the whole market, in that region.
    if (subject.kind === 'MARKET' && figure.dimension !== 'SHARE' && scope.state.sentenceMarket === null && regionalVolume(scope, figure) === null) {
      scope.state.sentenceMarket = { name: subject.name, entity: subject.entity, range: { first: subject.first, last: subject.last }, market: true };
    }
  }
  shareSiblingDates(scope, drafts);
  reportingPeriodDates(scope, drafts);
  comparedResultsAYearBack(scope, drafts);
  return drafts;
}
