// The subject of a claim in a clause: named there, carried from an earlier clause, stood for by "it", or continued from the last sentence.
import { verbTagOnModifier, type ArticleDocument, type Sentence } from './document.js';
import { AMOUNT_HEDGE, type Figure } from './figures.js';
import type { Mention } from './mentions.js';
import { MARKET_WIDE, phraseAt, shareObject } from './objects.js';
import { clauseOpensBetween, companyDescriptionBefore, pronounBefore, qualifiesNoun, relativeClauseSubject, reports, speakingPerson, speaks, subjectCandidates, subjectOf, titledSpeaker } from './roles.js';
import { isHeading, sentenceStart } from './clauses.js';
import { inClauseDate, mainSubject, storyCompany, type ArticleState, type ClauseScope, type Draft } from './scope.js';
import type { Clause } from './clauses.js';
import type { TokenRange } from './spans.js';
import { isPlaceName } from './places.js';
import { escapeRegExp } from './regexp.js';

/** "The company", "the firm" before `index` in the clause: the party the last sentence opened with, or the story's. */
export const theCompanyBefore = (doc: ArticleDocument, range: TokenRange, index: number, state: ArticleState): Mention | null =>
  companyDescriptionBefore(doc, range, index) ? storyCompany(state, doc.tokens[range.first]!.sentence) : null;

/** `share`: the claim is read from a share figure ("Azure at 20%" names its holder). */
export function subjectAt(scope: ClauseScope, index: number, share = false): Mention | null {
  // "it" is the last subject; "the company" the one the story is about ("Broadcom remains the leader. The company
  // said it repurchased …" is the story's company, not Broadcom).
  const described = theCompanyBefore(scope.doc, scope.clause, index, scope.state) ?? companySaidAfter(scope, index);
  const carried = scope.carried ?? described ?? lastFigureGoesOn(scope) ?? (pronounBefore(scope.doc, scope.clause, index) ? scope.state.lastSubject : null);
  const beaten = marginOver(scope, index);
  const subject =
    valuedParty(scope, index) ??
    rivalAfterVersus(scope, index) ??
    possessiveOwner(scope, index) ??
    ownerOfFigureNoun(scope, index) ??
    ownerOfCountedParts(scope, index) ??
    rankedAfterComma(scope, index) ??
    subjectOf(scope.doc, scope.clause, beaten ?? index, scope.mentions, carried, share);
  // "Chief Financial Officer Tom Hale said revenue rose 20%", "Revenue rose 12%, Ana Ruiz said": the revenue is the
  // company's, the one the story is about.
  if (subject && (titledSpeaker(scope.doc, subject) || speakingPerson(scope.doc, subject))) return mainSubject(scope.state) ?? scope.state.lastSubject;
  // "Sales in China fell 17% …, at prices Arakawa described as …": a person named after the figure, who does something
  // else there, does not hold it (one a stake "belongs to" does).
  if (subject?.kind === 'PERSON' && subject.first > index && scope.doc.tokens[subject.last + 1]?.pos === 'VERB') return mainSubject(scope.state) ?? scope.state.lastSubject;
  if (subject && talliedBy(scope, subject, index)) {
    return (
      countedOwner(scope, index) ??
      talliedParty(scope, subject, index) ??
      (talliesAnotherFigure(scope, subject, index) ? (mainSubject(scope.state) ?? subject) : (talliedMarket(scope, subject, index) ?? subject))
    );
  }
  return (subject && receiverOfGiven(scope, subject, index)) ?? subject;
}

/**
 * "Online sales grew 14% to £1.09 billion …, the company said": the sentence's figures with no party named are those
 * of the company the story is about, not of the research firm the sentence before quoted.
 */
function companySaidAfter(scope: ClauseScope, index: number): Mention | null {
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  // "Revenue at Lumenor Cloud rose 38% …, the company said": a party the clause names before the figure holds it.
  if (scope.mentions.some((m) => m.first >= scope.clause.first && m.last < index && m.kind !== 'PERSON' && m.kind !== 'MARKET' && !isPlaceName(m.name))) return null;
  for (let i = index + 1; i + 2 <= sentence.last; i++) {
    if (scope.doc.tokens[i]!.text !== ',') continue;
    const words = scope.doc.tokens.slice(i + 1, i + 4).map((t) => t.normal);
    if (words[0] !== 'the' || !/^(?:company|group|firm)$/.test(words[1] ?? '') || !/^(?:said|says|added|reported)$/.test(words[2] ?? '')) continue;
    // "Beta Inc reported weaker numbers. Revenue fell 8% …, the company said": the company the sentence before opened
    // with, else the story's (as "The company said …" means: storyCompany).
    // Not a research firm the sentence before opened with ("Kantwell said grocery price inflation slowed …").
    const opener = scope.state.lastOpener;
    const openedBy = opener !== null && opener.sentence === sentence.index - 1 && !opener.rankedOnly ? opener.mention : null;
    const openedByParty = openedBy !== null && !researchFirm(scope.doc, openedBy);
    const company = openedBy !== null && !openedByParty ? mainSubject(scope.state) : storyCompany(scope.state, sentence.index);
    // "The average selling price of a smartphone rose 5% to a record $372, the firm said": in a report on a market,
    // the firm is the research firm (unless the sentence before opened with another party), and the figure is the market's.
    const market = scope.state.reportedMarket;
    if (words[1] === 'firm' && market !== null && !openedByParty) {
      return marketAt(scope, index, market);
    }
    return company;
  }
  return null;
}

/** The market a report is about, standing as the subject of the figure at `index`. */
function marketAt(scope: ClauseScope, index: number, market: string): Mention {
  const token = scope.doc.tokens[index]!;
  return { first: index, last: index, start: token.start, end: token.end, text: token.text, name: market, kind: 'MARKET', entity: null, possessive: false };
}

/** "research firm Horizon Device Research (HDR)", "tracker Canalys": a name the article gives as a research firm's. */
export function researchFirm(doc: ArticleDocument, mention: Pick<Mention, 'name'>): boolean {
  return /\b(?:Research|Analytics|Insights|Intelligence|Data)\b/.test(mention.name) || describedAsResearchFirm(doc, mention);
}

/** The article calls it one: "research firm Kantwell", "tracker Canalys", "Halden Research (HDR)" (not "Lam Research" by its name alone). */
export function describedAsResearchFirm(doc: ArticleDocument, mention: Pick<Mention, 'name'>): boolean {
  const name = escapeRegExp(mention.name);
  return new RegExp(`\\b(?:research firm|tracker|researcher|consultancy|data provider|market intelligence firm)\\s+(?:\\S+\\s+){0,3}?${name}\\b|\\b(?:Research|Analytics|Insights|Intelligence|Data)\\s*\\(${name}\\)`).test(doc.text);
}

/** Verbs a party ranked in a list holds its figure with: "…, Kaiyuan Bus was second with 11.8%". */
const RANKED_VERB = /^(?:was|were|is|are|had|has|held|holds|took|takes|came|comes|ranked|ranks|followed|trailed)$/;

/**
 * "Huaxing Motor led the global market with a 24.1% share, Kaiyuan Bus was second with 11.8%": a party after a comma
 * and before its own verb opens a clause of its own in the list; the figure after it, with no other party or figure
 * between, is its.
 */
function rankedAfterComma(scope: ClauseScope, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  const party = scope.mentions.filter((m) => m.kind !== 'MARKET' && m.first > scope.clause.first && m.last < index).at(-1);
  if (!party || tokens[party.first - 1]?.text !== ',' || !RANKED_VERB.test(tokens[party.last + 1]?.normal ?? '')) return null;
  return scope.figures.some((f) => f.first > party.last && f.first < index) ? null : party;
}

/**
 * "put Pexio narrowly ahead of Lumora, with 19.9% of the market against 19.4%": the figure set against the first is
 * the rival's the clause ranked the first party ahead of (or behind).
 */
function rivalAfterVersus(scope: ClauseScope, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  if (!/^(?:against|versus|vs\.?)$/.test(tokens[index - 1]?.normal ?? '') || !scope.figures.some((f) => f.last < index - 1 && f.first >= scope.clause.first)) return null;
  for (let i = index - 2; i > scope.clause.first; i--) {
    const ranked = (tokens[i]!.normal === 'of' && tokens[i - 1]?.normal === 'ahead') || tokens[i]!.normal === 'behind';
    if (ranked) return scope.mentions.find((m) => m.first === i + 1 && m.kind !== 'MARKET' && m.kind !== 'PERSON') ?? null;
  }
  return null;
}

/** What an investment is called before the company it is in: "a $68 million round in Kudipay". */
const ROUND_WORDS = /^(?:round|investment|stake|funding|financing|raise)$/;
/** Verbs of an investor's part in a round: "SoftBank led a $68 million round". */
const INVESTED = /^(?:led|leads|invested|invests|backed|backs|co-led|joined)$/;
/** Verbs of valuing, whose object is the party valued: "values the company at $410 million". */
const VALUES = /^(?:values|valued|valuing|value)$/;

/**
 * "a round led by Savanna Growth Partners that values the company at $410 million": the party valued is the object of
 * "values", named there, or meant by "the company" or "it": the company the round is in, else the one that raised it;
 * never the investor before the verb.
 */
function valuedParty(scope: ClauseScope, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  let at = index - 1;
  while (at > scope.clause.first && AMOUNT_HEDGE.test(tokens[at]!.normal)) at -= 1;
  if (tokens[at]?.normal !== 'at') return null;
  const named = scope.mentions.find((m) => m.last === at - 1 && m.kind !== 'MARKET' && VALUES.test(tokens[m.first - 1]?.normal ?? ''));
  if (named) return named;
  const object = tokens.slice(Math.max(scope.clause.first, at - 3), at).map((t) => t.normal);
  const verb = object.findIndex((normal) => VALUES.test(normal));
  if (verb < 0 || !/^(?:the (?:company|startup|start-up|firm|group|business)|it|them)$/.test(object.slice(verb + 1).join(' '))) return null;
  // "a $68 million round in Kudipay that values it": the company the round is in; else the party the sentence's last
  // figure was about (the one that raised it), unless that party led or made the investment.
  const inTheRound = (m: Mention): boolean =>
    /^(?:in|into)$/.test(tokens[m.first - 1]?.normal ?? '') && tokens.slice(Math.max(0, m.first - 5), m.first - 1).some((t) => ROUND_WORDS.test(t.normal));
  const into = scope.mentions.find((m) => m.kind !== 'MARKET' && m.first >= scope.clause.first && m.last < at && inTheRound(m));
  if (into) return into;
  const last = scope.state.lastFigure;
  const investor = (m: Mention): boolean => INVESTED.test(tokens[m.last + 1]?.normal ?? '');
  const raised = last !== null && tokens[last.last]!.sentence === scope.clause.sentence && !investor(last.subject) ? last.subject : null;
  return raised ?? scope.carried ?? storyCompany(scope.state, scope.clause.sentence) ?? scope.state.lastSubject;
}

/** Verbs that hand a figure to the party named right after them: "gave Huaxing a 28.9% share", "ranked Kanda second with 10.2%". */
const HANDS_TO = /^(?:gave|gives|giving|give|credited|credits|crediting|ranked|ranks|ranking|placed|places|placing|awarded|awards)$/;

/** Words between the party handed a share and the share: "gave Huaxing a 28.9% share", "ranked Kanda second with 10.2%". */
const HANDED_SHARE = /^(?:(?:a|an)|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|top) with|(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) with a|with)$/;

/**
 * "Halvorsen gave Huaxing a 28.9% share and ranked Kanda second with 10.2%": the party right after a verb that hands a
 * share to it holds the share, not the verb's subject (a tracker, here). Only a share handed right there: not "credited
 * Microsoft's Copilot PCs for a 15% rise", "gave Amazon a run for its money, lifting sales 27%", "gave OpenAI $10 billion".
 */
function receiverOfGiven(scope: ClauseScope, subject: Mention, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  if (!/%$|percent|per cent/.test(tokens[index + 1]?.normal ?? '') && tokens[index + 1]?.text !== '%') return null;
  for (let v = index - 1; v > subject.last; v--) {
    if (!HANDS_TO.test(tokens[v]!.normal)) continue;
    const receiver = scope.mentions.find((m) => m.first === v + 1 && m.last < index && m.kind !== 'MARKET' && !m.possessive);
    if (!receiver) return null;
    const between = tokens.slice(receiver.last + 1, index).map((t) => t.normal).join(' ');
    return HANDED_SHARE.test(between) ? receiver : null;
  }
  return null;
}

/** Verbs by which one party beats another by a margin: "outperforms Nvidia's H200 by 15%". */
const BEATS = /^(?:outperforms?|outperformed|beats?|beat|surpass(?:es|ed)?|exceeds?|exceeded|tops|topped|leads|led|trails|trailed)$/;

/**
 * "the chip outperforms Nvidia's H200 by 15%": the margin is the winner's over the one beaten, so its subject is
 * sought before the verb, not in the party right before "by". Returns the verb's index, or null.
 */
function marginOver(scope: ClauseScope, index: number): number | null {
  const tokens = scope.doc.tokens;
  if (tokens[index - 1]?.normal !== 'by') return null;
  for (let i = index - 2; i >= Math.max(scope.clause.first, index - 8); i--) {
    // "…, led by Azure, which grew by 31%": past a comma or a relative pronoun the margin is another clause's.
    if (tokens[i]!.text === ',' || /^(?:which|who|that)$/.test(tokens[i]!.normal)) return null;
    // "was topped by Apple": a passive names the winner after "by", not before the verb.
    if (BEATS.test(tokens[i]!.normal)) return tokens[i + 1]?.normal === 'by' ? null : i;
  }
  return null;
}

/** The last word of a research firm's name: "Pointwise Analytics", "Castellan Research", "Calder Retail Insight". */
const RESEARCH_FIRM_WORDS = 'research|analytics|insights?|intelligence|economics|consulting|advisors|data';
const RESEARCH_FIRM = new RegExp(`^(?:${RESEARCH_FIRM_WORDS})$`, 'i');
/** What a research firm does to a figure it reports on: it counts or estimates the company's, it does not have it. */
const TALLIES = /^(?:counted|counts|counting|estimated|estimates|estimating|put|puts|putting|tallied|reckons|calculated|calculates|pegged|pegs|measured)$/;
/** Words between the tally verb and its figure: "counted 12.9 million", "estimates the nine-month figure at 36.5 million". */
const TALLY_REACH = 8;

/**
 * "Pointwise Analytics … counted 12.9 million Vantor phones", "Pointwise estimates the nine-month figure at 36.5
 * million": a research firm's tally verb before the figure makes the firm its source, not its subject.
 */
function talliedBy(scope: ClauseScope, subject: Mention, index: number): boolean {
  const before = scope.doc.tokens.slice(Math.max(subject.last + 1, index - TALLY_REACH), index);
  if (!before.some((t) => TALLIES.test(t.normal))) return false;
  // "Pointwise estimates …" after "Pointwise Analytics" earlier in the article: the short name is the firm's.
  const escaped = escapeRegExp(subject.name);
  return RESEARCH_FIRM.test(subject.name.split(/\s+/).at(-1) ?? '') || new RegExp(`\\b${escaped}\\s+(?:${RESEARCH_FIRM_WORDS})\\b`, 'i').test(scope.doc.text);
}

/**
 * "Pointwise estimates the nine-month figure at 36.5 million": what the firm puts a number on is a figure the story
 * told, so the number is the story company's. Not "estimated global shipments at 309 million units" (a market's) nor
 * "put its own revenue at $80 million" (the firm's), which stay with the firm.
 */
function talliesAnotherFigure(scope: ClauseScope, firm: Mention, index: number): boolean {
  const between = scope.doc.tokens.slice(firm.last + 1, index).map((t) => t.normal);
  return between.some((word) => /^(?:figure|tally|total|number|count)$/.test(word)) && !between.some((word) => /^(?:its|own|their)$/.test(word));
}

/**
 * "Quadrant put Kestrel narrowly ahead of Solara, with 56.0 million units", "estimated Kestrel's revenue at $12
 * billion": the party the firm's tally verb names first is the one counted.
 */
function talliedParty(scope: ClauseScope, firm: Mention, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  // The tally verb nearest the figure: "which put Orbis ahead of Vantor, estimated total shipments at 301 million".
  let verb = -1;
  for (let k = index - 1; k > firm.last && verb < 0; k--) if (TALLIES.test(tokens[k]!.normal)) verb = k;
  if (verb < 0) return null;
  return scope.mentions.find((m) => m.first > verb && m.last < index && m.kind !== 'MARKET' && m.kind !== 'PERSON' && m.name !== firm.name && !isPlaceName(m.name)) ?? null;
}

/** What a market's whole volume is called in a firm's tally: "estimating third-quarter shipments at 306.0 million". */
const MARKET_VOLUME = /^(?:shipments|sales|billings|deliveries|registrations|revenue|spending|subscriptions|market)$/;

/**
 * "Rival tracker Quadrant Data …, estimating third-quarter shipments at 306.0 million units": in a report on a market,
 * a volume the firm tallies with no party named is the market's (not "put its own revenue at …", the firm's).
 */
function talliedMarket(scope: ClauseScope, firm: Mention, index: number): Mention | null {
  const market = scope.state.reportedMarket;
  if (market === null) return null;
  const between = scope.doc.tokens.slice(firm.last + 1, index).map((t) => t.normal);
  if (!between.some((word) => MARKET_VOLUME.test(word)) || between.some((word) => /^(?:its|own|their)$/.test(word))) return null;
  return marketAt(scope, index, market);
}

/** "counted 12.9 million Vantor phones": the party named right after the tallied figure, before what it counts. */
function countedOwner(scope: ClauseScope, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  let k = index + 1;
  while (k < index + 3 && /^(?:million|billion|thousand|m|bn|k)$/.test(tokens[k]?.normal ?? '')) k += 1;
  return scope.mentions.find((m) => m.first === k && m.kind !== 'MARKET' && !m.possessive) ?? null;
}

/**
 * "… which values Lumenfold at $31bn. That is close to triple the $11.5bn valuation it was given": a sentence opening
 * on the last sentence's figure goes on about that figure's party (none when that figure had none).
 */
function lastFigureGoesOn(scope: ClauseScope): Mention | null {
  const { doc, clause, state } = scope;
  const sentence = doc.sentences[clause.sentence]!;
  const opening = `${doc.tokens[clause.first]?.normal} ${doc.tokens[clause.first + 1]?.normal}`;
  if (clause.first !== sentence.first || !/^(?:that|this) (?:is|was|compares|marks|represents)$/.test(opening)) return null;
  const last = state.lastFigure;
  // The last figure is the last sentence's, or one this sentence already went on with ("close to triple the $11.5bn").
  const back = last === null ? -1 : clause.sentence - doc.tokens[last.last]!.sentence;
  return last !== null && (back === 0 || back === 1) && last.subject.kind !== 'MARKET' ? last.subject : null;
}

/** What a party's figure is of, after its possessive: "Loomwise's total funding", "Acme's quarterly revenue". */
const OWN_FIGURE = /^(?:funding|revenues?|sales|valuation|users|customers|subscribers|shipments|deliveries|profits?|income|headcount|workforce)$/;
/** What a possessive owns besides those: "Corvane's share rising to 9%" (not "a share of GOV", which owns nothing). */
const POSSESSED_FIGURE = new RegExp(`${OWN_FIGURE.source.slice(0, -2)}|share|stake)$`);
/** Words between the possessive and that noun ("total", "annual recurring"), and between the noun and the figure. */
const OWN_FIGURE_WORDS = 3;
const OWN_FIGURE_REACH = 6;

/**
 * "Existing investors Tidewater Capital and Oriel Partners took part, bringing Loomwise's total funding to $122
 * million": the party whose figure the words before it name is its subject, not the clause's first party.
 */
function possessiveOwner(scope: ClauseScope, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  const owners = scope.mentions.filter((m) => m.possessive && m.kind !== 'MARKET' && m.first >= scope.clause.first && m.last < index);
  // "Tesco's share of Britain's grocery sales rose to 27.8%": a place's possessive after "of" names what the share is
  // of; the owner is the possessive before it.
  const ofPlace = (m: Mention): boolean => tokens[m.first - 1]?.normal === 'of' && isPlaceName(m.name);
  const nearest = owners.filter((m) => !ofPlace(m)).at(-1);
  // "After Nvidia's revenue beat, AMD shares rose 5%": past a comma the possessive is another phrase's.
  if (!nearest || scope.doc.tokens.slice(nearest.last + 1, index).some((t) => t.text === ',')) return null;
  // "about 301,000 units against Zenova's 268,000": the figure right after the possessive is the party's own.
  if (index === nearest.last + 2) return nearest;
  let k = nearest.last + 2;
  while (k < index && k - nearest.last - 2 < OWN_FIGURE_WORDS && !POSSESSED_FIGURE.test(tokens[k]!.normal) && /^\p{Ll}/u.test(tokens[k]!.text) && /^(?:NOUN|ADJ|VERB)$/.test(tokens[k]!.pos)) k += 1;
  return k < index && POSSESSED_FIGURE.test(tokens[k]!.normal) && index - k <= OWN_FIGURE_REACH ? nearest : null;
}

/** Words that join a figure's noun to its owner: "sales of Wegovy", "revenue from Azure", "revenue at AWS". */
const OWNED_BY = /^(?:of|from|at)$/;

/**
 * "Novo Nordisk said sales of Wegovy rose 86% to 17.3 billion crowns", "Revenue from Azure rose 39%": the party a
 * figure's noun is of owns the figure, whoever speaks or is named first in the clause.
 */
function ownerOfFigureNoun(scope: ClauseScope, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  for (const owner of scope.mentions) {
    // "sales from China" are a company's sales made in a place, not the place's.
    if (owner.kind === 'MARKET' || isPlaceName(owner.name) || owner.first <= scope.clause.first + 1 || owner.last >= index || owner.possessive) continue;
    const joined = tokens[owner.first - 1]?.normal === 'the' ? owner.first - 2 : owner.first - 1;
    if (!OWNED_BY.test(tokens[joined]?.normal ?? '') || !OWN_FIGURE.test(tokens[joined - 1]?.normal ?? '') || joined - 1 < scope.clause.first) continue;
    // The figure follows within a few words, with no comma (another phrase) between: "sales of Wegovy rose 86% to …".
    if (index - owner.last > OWN_FIGURE_REACH || tokens.slice(owner.last + 1, index).some((t) => t.text === ',')) continue;
    return owner;
  }
  return null;
}

/** Tokens that may follow a figure's first token within it: "81.3 %", "23.7 per cent". */
const FIGURE_TAIL = /^(?:%|per|cent|percent|percentage|points?)$/;

/**
 * "81.3% of AeroNordic flights arrived on time": a share of a party's flights, passengers or customers is the
 * party's figure, whoever the sentence names as its source ("According to data firm SkyMetric, …").
 */
function ownerOfCountedParts(scope: ClauseScope, index: number): Mention | null {
  const tokens = scope.doc.tokens;
  // Only a share that opens its clause: in "Brambleway now supplies 40% of Sorano stores" the share is Brambleway's.
  let opener = index - 1;
  while (opener >= scope.clause.first && AMOUNT_HEDGE.test(tokens[opener]!.normal)) opener -= 1;
  if (opener >= scope.clause.first && tokens[opener]!.text !== ',') return null;
  let k = index + 1;
  while (k < index + 4 && FIGURE_TAIL.test(tokens[k]?.normal ?? '')) k += 1;
  if (tokens[k]?.normal !== 'of') return null;
  k += tokens[k + 1]?.normal === 'the' || tokens[k + 1]?.normal === 'all' ? 2 : 1;
  const owner = scope.mentions.find((m) => m.first === k && m.kind !== 'MARKET' && !m.possessive && !isPlaceName(m.name));
  return owner && COUNTED_PARTS.test(tokens[owner.last + 1]?.normal ?? '') ? owner : null;
}

/**
 * "Nvidia reported revenue of $35.1 billion. Data center revenue rose 112% to $30.8 billion.": a sentence naming no
 * one goes on about the previous sentence's subject.
 */
export function continuedSubject(scope: ClauseScope): Mention | null {
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  // A party named only in a clause of time or cause ("…, after the Baltic Hav 2 park became operational"), or in a
  // later clause ("Revenue rose 19% to EUR 1.08 billion, and Lumora reported …"), is not whose it is.
  // Nor is a person who speaks: "Revenue rose 12% to $3.2 billion, Ana Ruiz said" goes on about the company.
  // Nor a place or the subject of a relative clause after the figure ("hit by curbs that Beijing imposed"), nor a party
  // named in a phrase of counting the sentence opens with ("Excluding costs tied to the Kootenay Short Line, …").
  const basisEnd = countingBasisEnd(scope, sentenceStart(scope.doc, sentence));
  const namesSomeone = subjectCandidates(scope.doc, sentence, scope.mentions).some(
    (m) =>
      m.first <= scope.clause.last &&
      m.first > basisEnd &&
      !clauseOpensBetween(scope.doc, sentence.first, m.first) &&
      !speakingPerson(scope.doc, m) &&
      !qualifiesNoun(scope.doc, m) &&
      !isPlaceName(m.name) &&
      !relativeClauseSubject(scope.doc, m),
  );
  const property = namesSomeone ? null : (openingProperty(scope, sentence.first) ?? countOpening(scope, sentence.first) ?? joinedClauseProperty(scope));
  if (!property) return null;
  if (property.owner) return property.owner;
  // "Group revenue rose 9%", "Consolidated sales": the whole company's figure, after a sentence about its product too.
  if (property.wholeCompany) return storyCompany(scope.state, sentence.index) ?? scope.state.lastSubject;
  const previous = sentenceBefore(scope.doc, sentence.index, scope.state);
  if (scope.state.lastSubjectSentence === previous) {
    // "… trails rival Questline Games, which reported 240 million users. Paying users increased 9%": a rival's figure
    // is an aside; the story goes on about its own company.
    const last = scope.state.lastSubject;
    // "Jürgen Hamm, who heads the works council, said … The drives division was hit hardest, with revenue down 14%": a
    // company's property is never a person's.
    if (last?.kind === 'PERSON') return storyCompany(scope.state, sentence.index) ?? null;
    // Past a heading ("FULL-YEAR HIT FROM OFFSHORE WIND", "ACME CORP OUTLOOK"), a new section is the story's company's.
    if (previous !== sentence.index - 1) return mainSubject(scope.state) ?? last;
    if (last !== null && (introducedAsRival(scope, last) || rankedAside(scope, last))) return mainSubject(scope.state) ?? last;
    // Nor is a research firm's tally ("Kantwell said grocery price inflation eased to 3.4%. Underlying profit rose
    // 10%"), where the story is a company's (not a market report's, whose figures are often read as the firm's).
    const company = mainSubject(scope.state);
    const storyOfCompany = company !== null && scope.state.reportedMarket === null && !isPlaceName(company.name) && !researchFirm(scope.doc, company);
    return last !== null && storyOfCompany && researchFirm(scope.doc, last) ? company : last;
  }
  // "Analysts on average had expected $6.45 billion. Revenue in the fiscal first quarter rose 41%": after one sentence
  // about no party, the company's figures go on, outside a market report (whose "Shipments rose" are the market's).
  // Not past a rival's quoted words ('"We will not join a price war," Nio founder William Li said.'): what follows is theirs.
  const before = scope.doc.sentences[previous]!;
  if (QUOTE_MARK.test(scope.doc.tokens[before.first]?.text ?? '') && !quoted(scope.doc, before, scope.state)) return null;
  if (scope.state.reportingPeriods.market !== null) return null;
  const afterOneAside = scope.state.lastSubjectSentence === sentenceBefore(scope.doc, previous, scope.state);
  // After more sentences about no party ("The naira weakened to 1,662 per dollar …", a lease owed to a landlord, a
  // heading), a company's own measure opening the sentence ("Mobile subscribers rose 6.8%") is still the story's.
  // Only a company's: in a story mostly about a market's parts ("AI-related workloads"), no one's; and not a figure
  // another source tells ("Deposits grew 8% in September, central bank data showed").
  const owner = afterOneAside ? storyCompany(scope.state, sentence.index) : mainSubject(scope.state);
  if (owner === null || toldByAnother(scope, sentence, owner)) return null;
  return afterOneAside || namedLikeACompany(owner) ? owner : null;
}

/**
 * "Lending to households grew 8% in September, central bank data showed", "…, the VDMA industry association said",
 * "according to Kestrel": a figure another source reports is that source's tally, not the story company's ("according
 * to the filing" is the company's own).
 */
function toldByAnother(scope: ClauseScope, sentence: Sentence, owner: Mention): boolean {
  const tokens = scope.doc.tokens;
  // Another party's own words: a name (not the owner's, nor an employer "at" or "of" whom someone speaks for) with a
  // verb of saying right after it ("the VDMA industry association said") or after "according to".
  const other = (m: Mention): boolean => m.name !== owner.name && m.kind !== 'PERSON' && m.first >= sentence.first && m.last <= sentence.last && !/^(?:at|of)$/.test(tokens[m.first - 1]?.normal ?? '');
  const tellsIt = (m: Mention): boolean =>
    tokens.slice(m.last + 1, m.last + 1 + SAYING_REACH).some((t) => reports(t)) || (tokens[m.first - 1]?.normal === 'to' && tokens[m.first - 2]?.normal === 'according');
  if (scope.mentions.some((m) => other(m) && tellsIt(m))) return true;
  // "central bank data showed", "RBI figures show": statistics of no party the story names.
  return tokens.slice(sentence.first, sentence.last).some((t, k, all) => /^(?:showed|show|shows)$/.test(t.normal) && /^(?:data|figures|statistics)$/.test(all[k - 1]?.normal ?? ''));
}

/** How far after a name its verb of saying may stand: "the VDMA industry association said". */
const SAYING_REACH = 4;

/** Small words a company's name may have in lower case: "Banco de la Plata", "Marlow and Finch". */
const NAME_LINKS = /^(?:of|and|de|del|la|le|du|des|van|von|der|&)$/;

/** A company, or a name written as one ("Caléris SA"), not a kind of thing ("AI-related workloads") or a market. */
const namedLikeACompany = (mention: Mention): boolean =>
  mention.kind === 'COMPANY' || (mention.kind === 'OTHER' && mention.name.split(/\s+/).every((word) => /^[\p{Lu}\d&]/u.test(word) || NAME_LINKS.test(word)));

/** Words that join a clause of its own to the sentence: "The strong franc cut growth by 2.7 points, and sales rose 4.8%". */
const JOINS_CLAUSE = /^(?:and|but|while|whereas)$/;

/** A later clause of the sentence that opens, after its conjunction, with a measure: "…, and sales rose 4.8%". */
function joinedClauseProperty(scope: ClauseScope): { owner: Mention | null; wholeCompany?: boolean } | null {
  const first = scope.clause.first;
  if (first <= scope.doc.sentences[scope.clause.sentence]!.first) return null;
  const opening = JOINS_CLAUSE.test(scope.doc.tokens[first]!.normal) ? first + 1 : first;
  return opening <= scope.clause.last ? openingProperty(scope, opening) : null;
}

/**
 * The index of the sentence before sentence `index`, past section headings ("FULL-YEAR HIT FROM OFFSHORE WIND",
 * "2024 in review"): a line with no stop and no verb, or in capitals, that gave no subject ("Acme Corp results" does)
 * goes on about nothing, so a story's subject carries across it.
 */
function sentenceBefore(doc: ArticleDocument, index: number, state: ArticleState): number {
  let before = index - 1;
  while (before > 0 && state.lastSubjectSentence !== before && (isHeading(doc, doc.sentences[before]!) || quoted(doc, doc.sentences[before]!, state))) before -= 1;
  return before;
}

/**
 * '"This was a quarter in which copper did the heavy lifting," the chief executive told analysts.': a speaker's words
 * that gave no subject are an aside too; the story's figures go on after them ("Copper production rose 41% …").
 */
function quoted(doc: ArticleDocument, sentence: Sentence, state: ArticleState): boolean {
  const tokens = doc.tokens.slice(sentence.first, sentence.last + 1);
  if (!QUOTE_MARK.test(tokens[0]?.text ?? '')) return false;
  // Not a rival's speaker: '"We will not join a price war," Nio founder William Li said', '…, a Vale spokesman said'.
  let close = tokens.length - 1;
  while (close > 0 && !QUOTE_MARK.test(tokens[close]!.text)) close -= 1;
  const attribution = tokens.slice(close + 1).map((t) => t.text).join(' ');
  if (/\b(?:rival|competitor)s?\b/i.test(attribution)) return false;
  // "Nio founder William Li said", "said Jan Li, founder of Nio": a speaker for a party other than the story's company.
  const speakerOf = SPEAKER_OF.exec(attribution)?.[1] ?? SPEAKER_FOR.exec(attribution)?.[1];
  const story = mainSubject(state)?.name;
  if (speakerOf === undefined || story === undefined || TITLE_WORD.test(speakerOf)) return true;
  return story.split(' ')[0] === speakerOf.split(' ')[0];
}

const QUOTE_MARK = /^["“”]$/;
/** "Nio founder William Li said", "a Vale spokesman said": the party a speaker speaks for, named before the title. */
const SPEAKER_OF = /\b([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*) (?:[Ff]ounder|[Cc]o-founder|[Ss]pokes(?:man|woman|person)|[Cc]hief|CEO|CFO|[Pp]resident|[Cc]hair(?:man|woman)?|[Ee]xecutive|[Dd]irector)\b/;
const SPEAKER_FOR = /\b(?:[Ff]ounder|[Cc]o-founder|[Ss]pokes(?:man|woman|person)|[Cc]hief [Ee]xecutive|CEO|CFO|[Pp]resident|[Cc]hair(?:man|woman)?) (?:of|at) ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)/;
const TITLE_WORD = /^(?:Chief|Executive|Senior|Vice|Group|Deputy|Managing|Finance|Financial|Operating|The|A|An)\b/;

/** Words that say which things a count counts, not whose they are: "More than 290,000 merchants took part". */
const COUNTED_PARTS = /^(?:merchants|sellers|vendors|suppliers|partners|drivers|couriers|riders|brands|stores|shops|branches|restaurants|employees|staff|workers|engineers|customers|users|subscribers|members|orders|trips|deliveries|vehicles|units|flights|passengers)$/;

/**
 * "More than 290,000 merchants took part": a sentence opening with a count of the company's parts or customers,
 * naming no one, goes on about the last subject as "Revenue rose" does; outside a market report, whose counts are
 * the market's.
 */
function countOpening(scope: ClauseScope, first: number): { owner: null; wholeCompany: false } | null {
  if (scope.state.reportingPeriods.market !== null || scope.state.reportedMarket !== null) return null;
  const tokens = scope.doc.tokens;
  let i = first;
  while (i < first + 3 && AMOUNT_HEDGE.test(tokens[i]?.normal ?? '')) i += 1;
  if (tokens[i]?.pos !== 'NUM') return null;
  while (tokens[i]?.pos === 'NUM') i += 1;
  return COUNTED_PARTS.test(tokens[i]?.normal ?? '') ? { owner: null, wholeCompany: false } : null;
}

/**
 * "The company's share of the card-acquiring market rose to 11.8%. Market leader Trilha held 24.5%. Headcount fell
 * to about 7,900": a party the last sentence gave only a share or a lead of a market, in a story mostly about another
 * company, was ranked beside it; the story's company goes on.
 */
function rankedAside(scope: ClauseScope, mention: Mention): boolean {
  const opener = scope.state.lastOpener;
  const main = mainSubject(scope.state);
  if (opener === null || !opener.rankedOnly || opener.mention.name !== mention.name || main === null || main.name === mention.name) return false;
  const sentences = (name: string): number => scope.state.subjectSentences.get(name)?.sentences ?? 0;
  return sentences(main.name) > sentences(mention.name);
}

/**
 * "… trails rival Questline Games, which reported …": a rival brought in inside another party's sentence. One whose
 * sentence it opens ("Rival Globex reported sales of $1.5 billion") is what the next sentence may go on about.
 */
function introducedAsRival(scope: ClauseScope, mention: Mention): boolean {
  const role = mention.first - 1;
  if (!/^(?:rival|rivals|competitor|competitors|peer|peers)$/.test(scope.doc.tokens[role]?.normal ?? '')) return false;
  return role > sentenceStart(scope.doc, scope.doc.sentences[scope.doc.tokens[mention.first]!.sentence]!);
}

/** How far a phrase of counting may run before its comma: "Excluding a deferred tax recovery and costs tied to …". */
const BASIS_PHRASE_REACH = 25;
/** Openings that say how a measure is counted: "Excluding …", "Stripping out …", "On an adjusted basis", "In constant currency". */
const COUNTING_BASIS = /^(?:excluding|stripping|adjusting|on (?:an? )?(?:adjusted|like-for-like|comparable|organic|reported|underlying|constant-currency|currency-neutral) basis|in constant currency|at constant (?:currency|exchange rates))\b/;

/** The comma closing a phrase of counting that opens the sentence at `start` ("Excluding one-off items,"), or -1. */
function countingBasisEnd(scope: ClauseScope, start: number): number {
  const tokens = scope.doc.tokens;
  // "on a like - for - like basis": the tokenizer cuts hyphens apart, so the words are joined before they are read.
  const words = tokens.slice(start, start + 10).map((t) => t.normal).join(' ').replace(/ - /g, '-');
  if (!COUNTING_BASIS.test(words)) return -1;
  for (let i = start + 1; i <= Math.min(scope.clause.last, start + BASIS_PHRASE_REACH); i++) {
    if (tokens[i]!.text !== ',') continue;
    // "…, which Cordillera bought last year," an aside inside the phrase: its comma does not close the phrase.
    if (/^(?:which|who|that)$/.test(tokens[i + 1]?.normal ?? '')) {
      const close = tokens.slice(i + 1, start + BASIS_PHRASE_REACH).findIndex((t) => t.text === ',');
      if (close < 0) return -1;
      i += close + 1;
      continue;
    }
    return i;
  }
  return -1;
}

/** Words of an economy's or a market's whole volume besides MARKET_WIDE's: "consumer spending", "U.S. retail sales". */
const WHOLE_ECONOMY_WORDS = /^(?:national|market|consumer|retail|household|box|sector)$/;

/** What a company has, opening a sentence about it: "Data center revenue rose", "Shares fell". */
const PROPERTY = /^(?:revenues?|sales|realised|realized|asps?|products|services|additions|shipments|deliveries|orders|order|intake|generation|output|production|capacity|shares|stock|profits?|income|margins?|earnings|eps|users|customers|subscribers|valuation|growth|funding|arr|gmv|gtv|tpv|registrations|transactions|bookings|churn|arpu|ebitda|ebitdaal|ebita|ebit|costs|expenses|loss|losses|deficit|backlog|obligations|rpo|crpo|nrr|fcf|headcount|members|subscriptions|charges|impairments?|provisions|deposits|attrition|loans|lending|assets|cash|debt|capex|expenditures?|spending|dividends?|buybacks?|payouts?|fees|premiums|writedowns?|traffic|passengers|rpks?|asks?|prask|rask|casm|cask|market|run|chipmaker|company|startup|firm|model|platform|app|service|segment|unit|division)$/;

/**
 * The sentence's subject, before its verb, is a property ("Data center revenue", "Shares") or a definite description
 * ("The chipmaker forecast") of the last subject (owner null), or of a party named with it ("Losses at rival Acme
 * Corp", "Revenue at Pratto Mercado, the grocery unit": that party is the owner); null when it is neither ("The three
 * leaders together").
 */
function openingProperty(scope: ClauseScope, start: number): { owner: Mention | null; wholeCompany?: boolean } | null {
  const tokens = scope.doc.tokens;
  // "For the fiscal year ended Sept. 25, revenue rose 7.6%": the sentence's subject follows the date it opens with.
  const opensDate = (d: { first: number }): boolean => d.first === start || (d.first === start + 1 && /^(?:for|in|during|over)$/.test(tokens[start]!.normal));
  const leadingDate = scope.dates.find((d) => opensDate(d) && tokens[d.last + 1]?.text === ',');
  // "Excluding one-off items, adjusted EPS rose 12.3%", "On an adjusted basis, operating profit rose": so does it after
  // a phrase saying how the measure is counted.
  const basisEnd = leadingDate ? -1 : countingBasisEnd(scope, start);
  const first = leadingDate ? leadingDate.last + 2 : basisEnd >= 0 ? basisEnd + 1 : start;
  if (first > scope.clause.last) return null;
  // "Operating profit came in at …": a participle opening the sentence describes its subject.
  let verb = /ing$/.test(tokens[first]!.normal) ? first + 1 : first;
  // "Annual recurring revenue has passed": a participle before a noun modifies it and is not the verb; nor is a
  // "verb" another verb follows ("Monthly churn improved": the tagger's verb is a noun).
  // "Installed renewable capacity stood at …", "Adjusted operating profit rose", "Adjusted EBITDA was": an opening "-ed"
  // before a noun modifies it.
  // "The average realised price was": so does an "-ed" after the article and an adjective, before the noun.
  const describedBefore = (k: number): boolean => k === first || (k <= first + 2 && tokens.slice(first, k).every((t) => /^(?:DET|ADJ)$/.test(t.pos)));
  const openingModifier = (k: number): boolean => describedBefore(k) && /ed$/.test(tokens[k]!.normal) && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '');
  while (verb <= scope.clause.last && ((tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') || verbTagOnModifier(scope.doc, verb) || openingModifier(verb))) verb += 1;
  const opening = tokens.slice(first, verb);
  // After the date, only the company's own measure: not "In the quarter ended Sept. 27, global smartphone shipments
  // rose", "U.S. retail sales", "industry box office sales" (a market's, a country's), which name no one either.
  // A capitalised word there is a place or a market's region ("North American box office"), not "EPS" or "U.S. revenue".
  // A market-wide word counts only with what is sold after it ("global smartphone shipments", not "global output").
  const marketWide = (k: number): boolean => MARKET_WIDE.test(opening[k]!.normal) && k + 2 < opening.length;
  if (leadingDate && opening.some((t, k) => /^\p{Lu}\p{Ll}/u.test(t.text) || marketWide(k) || WHOLE_ECONOMY_WORDS.test(t.normal))) return null;
  // "The three leaders together" is other parties; "Revenue for the three months to September" is a date's number.
  // A number word in a relative aside is neither: "Adjusted earnings, which strip out one-time items, came to …".
  const inDate = (index: number): boolean => inClauseDate(scope, index);
  const aside = opening.findIndex((t, k) => t.text === ',' && /^(?:which|who|that)$/.test(opening[k + 1]?.normal ?? ''));
  if (opening.some((t, k) => t.pos === 'NUM' && !inDate(first + k) && (aside < 0 || k < aside))) return null;
  if (!opening.some((t) => PROPERTY.test(t.normal))) return null;
  // "The U.S. trade deficit widened", "The deficit in the government's budget": a country's, not the company's.
  if (opening.some((t) => /^(?:trade|budget|fiscal|current|government|federal|national|account)$/.test(t.normal)) && opening.some((t) => /^(?:deficit|surplus)$/.test(t.normal))) return null;
  // "Members of rival Acme's scheme" are Acme's, not the last subject's ("Revenue in the Intelligent Cloud segment"
  // is a part of the last subject).
  const owner = scope.mentions.find(
    (m) => m.kind !== 'MARKET' && m.first >= first && m.last < verb && tokens.slice(Math.max(first, m.first - 2), m.first).some((t) => /^(?:at|of|from|rival|rivals)$/.test(t.normal)),
  );
  return { owner: owner ?? null, wholeCompany: opening.some((t) => /^(?:group|consolidated|company-wide|companywide)$/.test(t.normal)) };
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

/** Words between "of" and the company's figure it is a share of: "of second-quarter deliveries", "of total sales". */
const SHARE_OF_WORDS = 4;

/**
 * "Overseas markets accounted for 29% of second-quarter deliveries": in a sentence naming no one, right after one
 * about a company and outside a market report, a share of deliveries or sales is of that company's (a part of its
 * figure, not a share of a market).
 */
export function shareOfOwnFigure(scope: ClauseScope, figure: Figure): Mention | null {
  const tokens = scope.doc.tokens;
  if (figure.dimension !== 'SHARE' || tokens[figure.last + 1]?.normal !== 'of') return null;
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  if (scope.state.lastSubjectSentence !== sentence.index - 1 || scope.state.reportingPeriods.market !== null) return null;
  // "HBM accounted for 42% of Seorim's DRAM revenue, Chief Financial Officer Park Ji-hoon told analysts": the owner
  // after "of" and a person speaking name no other party.
  const owner = scope.mentions.find((m) => m.possessive && m.kind !== 'MARKET' && m.first > figure.last + 1 && m.first <= figure.last + 1 + SHARE_OF_WORDS);
  const others = subjectCandidates(scope.doc, sentence, scope.mentions).filter((m) => m !== owner && !speakingPerson(scope.doc, m));
  if (others.length > 0) return null;
  // "Electric cars accounted for 18% of total sales in Europe, industry data showed": a whole market's figure.
  if (scope.doc.tokens.slice(sentence.first, sentence.last + 1).some((t) => /^(?:industry|market|nationwide|countrywide)$/.test(t.normal))) return null;
  for (let k = figure.last + 2; k <= Math.min(scope.clause.last, figure.last + 1 + SHARE_OF_WORDS + (owner ? owner.last - owner.first + 2 : 0)); k++) {
    if (OWN_FIGURE.test(tokens[k]!.normal)) return owner ?? scope.state.lastSubject;
    if (owner && k >= owner.first && k <= owner.last + 1) continue;
    // "of DRAM revenue": a kind of product written in capitals, which no name is.
    const kindInCapitals = /^\p{Lu}{2,6}$/u.test(tokens[k]!.text) && !scope.mentions.some((m) => m.first <= k && k <= m.last);
    if (!kindInCapitals && !/^(?:the|total|overall|its|-|first|second|third|fourth|quarter|half|year|annual|quarterly|global|group|vehicle|unit)$/.test(tokens[k]!.normal)) return null;
  }
  return null;
}

/**
 * "Paying subscribers reached 61 million, the company said.": a sentence naming no one, told by the story's company.
 * Also when the company is named as the one speaking after the figure ("The net loss narrowed to $96 million, Halcyra
 * said."), by its name or the first words of it; a research firm speaking ("…, IDC said") is not the story's company.
 */
export function toldByTheCompany(scope: ClauseScope, figure: Figure): Mention | null {
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  const parties = subjectCandidates(scope.doc, sentence, scope.mentions);
  if (parties.length > 0) return companySpeakingAfter(scope, figure, parties);
  const after = { first: figure.last + 1, last: sentence.last };
  const told = scope.doc.tokens.slice(after.first, after.last + 1).some(reports);
  return told ? theCompanyBefore(scope.doc, after, sentence.last + 1, scope.state) : null;
}

/** The story's company, when every party of the sentence is it, speaking after the figure: "…, Halcyra said." */
function companySpeakingAfter(scope: ClauseScope, figure: Figure, parties: readonly Mention[]): Mention | null {
  const company = storyCompany(scope.state, scope.clause.sentence);
  if (company === null) return null;
  const words = company.name.toLowerCase().split(/\s+/);
  const isCompany = (m: Mention): boolean => {
    const named = m.name.toLowerCase().split(/\s+/);
    return named.length <= words.length && named.every((word, k) => word === words[k]);
  };
  // Not an executive speaking ("…, Chief Executive Dana Whitfield said."): tried, it gave the story's last opener
  // ("China") a CFO's quoted cost of new rules, and a forecast to a question an executive declined to answer.
  return parties.every((m) => m.first > figure.last && speaks(scope.doc, m) && isCompany(m)) ? company : null;
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

/** Verbs a category takes its share of a whole with: "Fully electric cars accounted for 23.7 per cent of registrations". */
const TAKES_SHARE = /^(?:accounted|accounts|account|made|make|makes|represented|represent|represents|took|take|takes|comprised|comprise|comprises|captured|generated|generate|generates)$/;
/** Words a category's name may have: "battery-electric vehicles", "devices with 5G connectivity" stops at "with". */
const MAX_CATEGORY_WORDS = 5;

/**
 * "Fully electric cars accounted for 23.7 per cent of new car registrations", "Plug-in hybrids took 9.8% of the
 * market": a kind of thing, written in lower case where a party's name would stand, is what holds the share. The
 * clause opens with it (past a dateline), names no party before the figure, and its verb takes the share.
 */
export function categoryHoldingShare(scope: ClauseScope, figure: Figure): Mention | null {
  if (figure.dimension !== 'SHARE') return null;
  const { doc } = scope;
  const first = afterReportingWords(scope, Math.max(scope.clause.first, sentenceStart(doc, doc.sentences[scope.clause.sentence]!)));
  if (scope.mentions.some((m) => m.first >= first && m.first < figure.first && !isPlaceName(m.name))) return null;
  let last = first - 1;
  // "Plug-in hybrids": words glued by a hyphen are one.
  const glued = (t: ArticleDocument['tokens'][number]): boolean => t.text === '-' || doc.tokens[t.index - 1]?.text === '-';
  const word = (t: ArticleDocument['tokens'][number]): boolean => /^(?:NOUN|ADJ|ADV|PROPN)$/.test(t.pos) || glued(t);
  while (last + 1 < figure.first && last + 1 - first < MAX_CATEGORY_WORDS && word(doc.tokens[last + 1]!)) last += 1;
  // "phones capable of …": the name ends at its plural noun, what describes it follows.
  const pluralNoun = (t: ArticleDocument['tokens'][number]): boolean => /[^s]s$/.test(t.normal) && t.pos === 'NOUN';
  while (last > first && !pluralNoun(doc.tokens[last]!)) last -= 1;
  const head = doc.tokens[last];
  // A plural noun ends the name ("hybrids", "cars"), its verb right after it or after what describes it ("phones
  // capable of running generative AI models accounted for 38%"); "Revenue", "It" are no category.
  if (last < first || head === undefined || !/[^s]s$/.test(head.normal) || head.pos !== 'NOUN' || !takesShareAfter(doc, last + 1, figure.first)) return null;
  // A company's own figures or parts ("Overseas markets accounted for 29% of deliveries") are the company's.
  if (/^(?:shares|sales|shipments|deliveries|revenues|profits|earnings|customers|users|subscribers|markets|regions|countries|segments|units|divisions|businesses|operations)$/.test(head.normal)) return null;
  // "Battery-electric models made up 38% of its global sales": a part of a company's own whole is the company's figure.
  // "of the company's sales", "of Acme's revenue", "of the total" are a company's own whole too.
  const whole = doc.tokens.slice(figure.last + 1, Math.min(scope.clause.last, figure.last + 4) + 1);
  if (whole.some((t) => /^(?:its|their|total|['’]s)$/.test(t.normal))) return null;
  const [start, end] = [doc.tokens[first]!, head];
  const written = doc.text.slice(start.start, end.end);
  // Capitalised only because it opens the sentence.
  const name = /^\p{Lu}\p{Ll}/u.test(written) ? written[0]!.toLowerCase() + written.slice(1) : written;
  return { first, last, start: start.start, end: end.end, text: written, name, kind: 'OTHER', entity: null, possessive: false };
}

/** How many words may describe a category between its name and its verb: "phones capable of running generative AI models on the device". */
const CATEGORY_DESCRIPTION_WORDS = 10;

/** A verb of taking a share at `from`, or after lower-case words describing the category, and the figure soon after it. */
function takesShareAfter(doc: ArticleDocument, from: number, figureFirst: number): boolean {
  // Right after the name: "Data-centre products generated $2.95bn, or about 70% of sales".
  if (TAKES_SHARE.test(doc.tokens[from]?.normal ?? '')) return true;
  for (let i = from; i < figureFirst && i <= from + CATEGORY_DESCRIPTION_WORDS; i++) {
    const token = doc.tokens[i]!;
    // A verb ("accounted"), not a noun ("its digital banking accounts"); its figure right after it.
    if (TAKES_SHARE.test(token.normal) && token.pos === 'VERB') return figureFirst - i <= 3;
    // "Client deposits in its digital banking accounts rose 33%": a company's own things are its figures.
    if (token.text === ',' || token.type === 'number' || !/^\p{L}/u.test(token.text) || /^(?:its|their|our)$/.test(token.normal)) return false;
  }
  return false;
}

const REPORTS = /^(?:said|says|estimated|estimates|reported|reports|found|finds|calculated|calculates)$/;

/**
 * "HDR estimated that phones …", "The firm estimated that …": where the clause's own words start, past a source (a
 * name, "it" or "the firm") with its reporting verb and "that".
 */
function afterReportingWords(scope: ClauseScope, first: number): number {
  const tokens = scope.doc.tokens;
  const source = scope.mentions.find((m) => m.first === first);
  const sourceLast = source ? source.last : tokens[first]?.normal === 'it' ? first : tokens[first]?.normal === 'the' && tokens[first + 1]?.pos === 'NOUN' ? first + 1 : null;
  if (sourceLast === null) return first;
  return REPORTS.test(tokens[sourceLast + 1]?.normal ?? '') && tokens[sourceLast + 2]?.normal === 'that' ? sourceLast + 3 : first;
}

/** How far into its sentence the opening party may stand: "U.S.-based Veltrix", "California startup Aurelian". */
const OPENER_REACH = 3;

/** Whether more quotation marks open than close in the paragraph before token `index`. */
export function insideQuotation(doc: ArticleDocument, index: number): boolean {
  let open = false;
  for (let i = index - 1; i >= 0; i--) {
    const text = doc.tokens[i]!.text;
    if (doc.text.slice(doc.tokens[i]!.end, doc.tokens[i + 1]!.start).includes('\n\n')) break;
    if (text === '“') return true;
    if (text === '”') return false;
    if (text === '"') open = !open;
  }
  return open;
}

/** Remembers the party a sentence opens with as its subject, which "the company" in the next sentence means. */
export function noteOpener(doc: ArticleDocument, clause: Clause, mentions: readonly Mention[], drafts: readonly Draft[], state: ArticleState): void {
  // "That beat an LSEG SmartEstimate of 8.4 trillion won": a name that names a figure (an estimate of it) opens nothing.
  const namesAFigure = (m: Mention): boolean => doc.tokens[m.last + 1]?.normal === 'of' && /^(?:\d|[$€£¥₹₩])/.test(doc.tokens[m.last + 2]?.text ?? '');
  const opener = subjectCandidates(doc, clause, mentions).find((m) => m.kind !== 'PERSON' && m.first <= clause.first + OPENER_REACH && !namesAFigure(m));
  // "Its main rival, Pellum, raised …": a party brought in by "its" is an aside in the story of another.
  const aside = opener && doc.tokens.slice(clause.first, opener.first).some((t) => /^(?:its|their|his|her)$/.test(t.normal));
  // '"Sula Bank is now 20 percent over budget," Bratland said. The board proposed …': what a speaker's quoted words
  // open with is not what "the board" or "the company" of the story's next sentence means.
  const quoted = opener && insideQuotation(doc, opener.first);
  if (!opener || aside || quoted) {
    state.lastOpener = null;
    return;
  }
  const own = drafts.filter((draft) => draft.subject.name === opener.name);
  // "Acme released Widget Pro in March. … the app": a sentence whose claims are about another party is about that party.
  if (own.length === 0 && drafts.length > 0) {
    state.lastOpener = null;
    return;
  }
  const rankedOnly = own.length > 0 && own.every((draft) => draft.predicate === 'market_share' || draft.predicate === 'leader_of');
  state.lastOpener = { mention: opener, sentence: clause.sentence, rankedOnly };
}
