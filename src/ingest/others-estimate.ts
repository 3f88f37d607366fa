// Figures that are someone else's and not the article's claim: an estimate ("analysts had expected $7.61 billion") or a
// report the party denies ("denied a media report that it was in talks to buy a stake of up to 20%").
import type { Figure } from './figures.js';
import { outsideSpeaker, speakingPerson } from './roles.js';
import type { Mention } from './mentions.js';
import { hasForecastBasis, type ClauseScope, type Draft } from './scope.js';
import { startsAfterPublication } from './future-period.js';

/** Who expects a figure that is not the claim: "the 30.6 billion euros analysts had expected". */
export const FORECASTERS = /^(?:analysts|economists|investors|wall|markets?)$/;
/**
 * The present tense: "analysts expect quarterly profit of $30.1 billion" is their estimate of the company's figure, but
 * "Bernstein analysts estimate global wafer fab equipment spending will reach $118 billion" is their forecast, a claim
 * of their own (a verb of its own stands between).
 */
const EXPECTING = /^(?:expect|expects|expecting|estimate|estimating|forecasting|predict|predicting|project|projecting)$/;
const EXPECTED = new RegExp(`^(?:expected|forecast|estimated|predicted|anticipated|projected|looking|eyeing|pencilled|penciled|modelled|modeled)$|${EXPECTING.source}`);
/** What a forecast or a guidance is called: "raised its forecast", "a previous range of", "its guidance of". */
const FORECAST_NOUN = /^(?:forecasts?|guidance|outlook|targets?|projections?|estimates?)$/;

/**
 * "ahead of analysts' estimates of $33.2 billion", "the 30.6 billion euros analysts had expected", "Analysts had
 * expected revenue of $7.61 billion": someone else's estimate of the figure; "raising its previous forecast of 2.3
 * million": a forecast replaced; "denied a report that it would buy a 20% stake": what the party says is untrue.
 * None is a claim.
 */
export function othersEstimate(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  const [before, word, owner] = [tokens[figure.first - 1], tokens[figure.first - 2], tokens[figure.first - 3]];
  // "beat an LSEG SmartEstimate of 8.4 trillion won": a data vendor's estimate, whatever it calls it.
  if (before?.normal === 'of' && /^(?:estimates?|expectations?|consensus|projections?|smartestimates?)$/.test(word?.normal ?? '')) return true;
  // "beating analysts' average forecast of £1.86 billion", "a Reuters poll forecast of …": a forecast someone else made.
  if (before?.normal === 'of' && /^forecasts?$/.test(word?.normal ?? '') && /^(?:average|consensus|analysts?|poll|mean|median|street|'|')$/.test(owner?.normal ?? '')) return true;
  // "above its guidance of €1.2 billion", "beating its own forecast of …": the benchmark the result is measured against.
  if (before?.normal === 'of' && /^(?:forecasts?|guidance|outlook|targets?)$/.test(word?.normal ?? '') && measuredAgainst(tokens.slice(Math.max(0, figure.first - 6), figure.first - 2).map((t) => t.normal))) return true;
  // "above the expected 36 cents", "versus an estimated $1.05": the figure the result is measured against.
  if (expectedFigureMeasuredAgainst(scope, figure) || analystWhoForecasts(scope, figure)) return true;
  // "compared with a previous range of A$790 million to A$850 million": the guidance replaced.
  if (before?.normal === 'of' && (FORECAST_NOUN.test(word?.normal ?? '') || word?.normal === 'range') && /^(?:previous|prior|earlier|original|old)$/.test(owner?.normal ?? '')) return true;
  const after = tokens.slice(figure.extent.last + 1, figure.extent.last + 5).map((t) => t.normal);
  const measured = measuredAgainst(tokens.slice(Math.max(0, figure.first - 4), figure.first).map((t) => t.normal));
  if (namedAsEstimate(after, measured) || replacedForecast(scope, after) || revisedFrom(scope, figure)) return true;
  // "the 2.3% analysts had forecast": the words right after the figure (its extent may have taken them in).
  const right = tokens.slice(figure.last + 1, figure.last + 5).map((t) => t.normal);
  return namedByForecasters(after) || namedByForecasters(right) || expectedByForecasters(scope, figure) || forecastersExpected(scope, figure) || deniedReport(scope, figure);
}

/** "the 30.6 billion euros analysts had expected", "the $4.15 billion Wall Street was looking for", from the words after. */
function namedByForecasters(after: readonly string[]): boolean {
  const by = after.findIndex((normal) => FORECASTERS.test(normal));
  // "… rose to $2 billion as analysts expect $8 billion for the year": a clause of the forecasters' own.
  const joined = by > 0 && after.slice(0, by).some((normal) => /^(?:as|while|and|but|when|whereas|since|because|,|;)$/.test(normal));
  return by >= 0 && !joined && after.slice(by + 1).some((normal) => EXPECTED.test(normal));
}

/**
 * "beating the €1.01 billion average forecast", "the $5bn consensus estimate", "the $6.9 billion average of analysts'
 * estimates", "ahead of the €1.2 billion it had guided" (`measured`: a result is set against it): the figure is the
 * estimate's. "down from the $19.5bn it had expected in July" is the company's earlier forecast, kept as one.
 */
const namedAsEstimate = (after: readonly string[], measured: boolean): boolean => {
  if (after[0] === 'average' && after[1] === 'of') return after.slice(2).some((normal) => /^(?:estimates?|forecasts?|expectations?|analysts?)$/.test(normal));
  if (measured && /^(?:it|they)$/.test(after[0] ?? '') && /^(?:had|has)$/.test(after[1] ?? '') && /^(?:guided|forecast|targeted|projected|expected)$/.test(after[2] ?? '')) return true;
  const k = /^(?:average|consensus|mean|median|analyst|analysts|market|poll)$/.test(after[0] ?? '') ? 1 : 0;
  return /^(?:forecasts?|estimates?|expectations?|consensus)$/.test(after[k] ?? '');
};

/**
 * "above the expected 36 cents", "versus an estimated $4 million" (the figure may have taken "an estimated" in as a
 * hedge): an expectation the result is measured against.
 */
function expectedFigureMeasuredAgainst(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  let amount = figure.first;
  while (amount < figure.last && !/[\p{N}\p{Sc}]/u.test(tokens[amount]!.text)) amount += 1;
  const [expected, article] = [tokens[amount - 1], tokens[amount - 2]];
  if (!/^(?:expected|anticipated|estimated|forecast|projected)$/.test(expected?.normal ?? '') || !/^(?:the|an)$/.test(article?.normal ?? '')) return false;
  const words = tokens.slice(Math.max(0, amount - 5), amount - 2).map((t) => t.normal);
  return measuredAgainst(words) || words.some((normal) => /^(?:versus|vs|vs\.|compared|against)$/.test(normal));
}

/** Between an analyst and the "who" of a forecast: "Ayaka Mori, an analyst at Marunouchi Securities, who forecasts". */
const ANALYST_REACH = 6;

/**
 * "said Ayaka Mori, an analyst at Marunouchi Securities, who forecasts full-year operating profit of ¥325 billion": an
 * analyst's own forecast of the company's figure, as "analysts expect" is, is no claim of the article's (and not the
 * analyst's employer's figure).
 */
function analystWhoForecasts(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  for (let who = figure.first - 1; who > sentence.first; who--) {
    // The figure stands in the "who" clause: "…, who expects a slowdown, said Acme revenue rose" is Acme's.
    if (tokens[who]!.text === ',' && tokens[who + 1]?.normal !== 'who') return false;
    if (tokens[who]!.normal !== 'who') continue;
    if (!EXPECTING.test(tokens[who + 1]?.normal ?? '') && !/^(?:forecasts|expects|estimates|predicts|sees|projects)$/.test(tokens[who + 1]?.normal ?? '')) return false;
    return tokens.slice(Math.max(sentence.first, who - ANALYST_REACH), who).some((t) => /^(?:analyst|analysts|economist|strategist)$/.test(t.normal));
  }
  return false;
}

/** Words before "its guidance of" that make it a benchmark: "above", "beating", "ahead of", "short of". */
const measuredAgainst = (before: readonly string[]): boolean =>
  before.some((normal) => /^(?:above|below|beating|beat|beats|topping|topped|exceeding|exceeded|missing|missed|ahead|short|surpassing|surpassed)$/.test(normal));

/**
 * "raised its full-year operating profit forecast to between €900 million and €1 billion, from €800 million to €900
 * million previously": the forecast replaced, as "its previous forecast of …" is. Only where the clause speaks of a
 * forecast: "up from $4bn previously" in a report of results is an earlier result.
 */
const replacedForecast = (scope: ClauseScope, after: readonly string[]): boolean =>
  after[0] === 'previously' &&
  scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1).some((t) => FORECAST_NOUN.test(t.normal));

const REVISED = /^(?:raised|raises|raising|lifted|lifts|increased|cut|cuts|lowered|lowers|trimmed|reduced|narrowed|upgraded|downgraded|revised)$/;

/**
 * "raised its operating profit forecast to ¥1.43 trillion from ¥1.33 trillion", "cut its forecast … to between 1% and
 * 1.5%, from 1.5% to 2.5%": the forecast it replaced. Not where a verb of its own follows a comma ("Acme, which raised
 * its outlook in October, said revenue increased to $5 billion from $4.5 billion").
 */
function revisedFrom(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens.slice(scope.clause.first, figure.first - 1);
  if (scope.doc.tokens[figure.first - 1]?.normal !== 'from') return false;
  let verb = tokens.length - 1;
  while (verb >= 0 && !REVISED.test(tokens[verb]!.normal)) verb -= 1;
  const after = tokens.slice(verb + 1);
  const comma = after.map((t) => t.text).lastIndexOf(',');
  const anotherVerb = comma >= 0 && after.slice(comma + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb >= 0 && after.some((t) => FORECAST_NOUN.test(t.normal)) && !anotherVerb;
}

/** How far after a figure its "expected" may stand ("6.1 billion crowns expected"), and "by analysts" after that. */
const EXPECTED_REACH = 3;
const BY_FORECASTERS_REACH = 4;

/** "ahead of the 6.1 billion crowns expected on average by analysts": the forecasters named after their verb, in the passive. */
function expectedByForecasters(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  for (let e = figure.last + 1; e <= Math.min(scope.clause.last, figure.last + EXPECTED_REACH); e++) {
    if (!EXPECTED.test(tokens[e]!.normal)) continue;
    for (let i = e + 1; i <= Math.min(scope.clause.last, e + BY_FORECASTERS_REACH); i++) {
      if (tokens[i]!.normal === 'by' && FORECASTERS.test(tokens[i + 1]?.normal ?? '')) return true;
    }
    return false;
  }
  return false;
}

const DENIES = /^(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes)$/;
const HEARSAY = /^(?:report|reports|rumou?rs?|speculation|suggestions?|claims?|allegations?)$/;

/** "Zenova denied a media report that it was in talks to buy a stake of up to 20%": what the party says is untrue. */
function deniedReport(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  const sentence = scope.doc.sentences[tokens[figure.first]!.sentence]!;
  // The report's own words, "that …", run on to the figure with no comma: "Acme, which denied reports of a sale last
  // month, said revenue rose 10%" denies nothing of the 10%.
  let told = false;
  for (let i = figure.first - 1; i >= sentence.first && tokens[i]!.text !== ','; i--) {
    if (tokens[i]!.normal === 'that' && HEARSAY.test(tokens[i - 1]?.normal ?? '')) told = true;
    else if (told && DENIES.test(tokens[i]!.normal)) return true;
  }
  return false;
}

/** Words between the forecasters and their "expected": "Analysts on average had expected". */
const BETWEEN_FORECASTERS_AND_VERB = /^(?:on|average|had|have|been|were|widely|broadly|generally|mostly|polled|surveyed|by|lseg|factset|bloomberg|visible|alpha)$/;
/** How far before "expected" its forecasters may stand: "Analysts on average had expected". */
const FORECASTER_REACH = 4;

/**
 * "Analysts on average had expected revenue of $7.61 billion", and after it "they had expected $7.18 billion":
 * the forecasters' figure, named before their verb in the figure's clause ("they" for forecasters just named).
 */
function forecastersExpected(scope: ClauseScope, figure: Figure): boolean {
  const tokens = scope.doc.tokens;
  for (let e = figure.first - 1; e >= scope.clause.first; e--) {
    if (!EXPECTED.test(tokens[e]!.normal)) continue;
    if (EXPECTING.test(tokens[e]!.normal) && tokens.slice(e + 1, figure.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.normal === 'to')) return false;
    for (let i = e - 1; i >= Math.max(scope.clause.first, e - FORECASTER_REACH); i--) {
      const normal = tokens[i]!.normal;
      if (FORECASTERS.test(normal)) return true;
      if (normal === 'they') return forecastersInSentenceBefore(scope, i);
      // "Acme told investors it expected …": another subject of "expected" stands between.
      if (!BETWEEN_FORECASTERS_AND_VERB.test(normal)) return false;
    }
    return false;
  }
  return false;
}

function forecastersInSentenceBefore(scope: ClauseScope, at: number): boolean {
  const sentence = scope.doc.sentences[scope.doc.tokens[at]!.sentence - 1];
  return sentence !== undefined && scope.doc.tokens.slice(sentence.first, sentence.last + 1).some((t) => FORECASTERS.test(t.normal));
}

/**
 * "Priya Raman, an analyst at Harbourside Securities, said margins were 12%", "Revenue rose 12%, said Maria Lopez, an
 * analyst at Corbin Research": what an outsider says of a company the clause does not name is their estimate of the
 * company's figure, neither the company's own report nor a person's figure. Returns the outsider, or null. "Veltrix
 * expects revenue to rise 9%, said Maria Lopez, an analyst" names whose figure it is.
 */
export function outsiderEstimating(scope: ClauseScope, draft: Draft): Mention | null {
  if (draft.subject.kind !== 'PERSON' && draft.subject.first >= scope.clause.first && draft.subject.last <= scope.clause.last) return null;
  const tokens = scope.doc.tokens;
  // "The company expects …": the company is named, by its description, as the one whose figure it is.
  if (tokens.slice(scope.clause.first, draft.core.first).some((t, k, all) => COMPANY_WORDS.test(t.normal) && all[k - 1]?.normal === 'the')) return null;
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  const outsider = scope.mentions.find((m) => m.first >= sentence.first && m.last <= sentence.last && speakingPerson(scope.doc, m) && outsideSpeaker(scope.doc, m));
  if (!outsider) return null;
  // Only the one who speaks the figure: no other speaker's verb ("the company said") and no clause of a contrast
  // ("…, though Maria Lopez, an analyst, said that was optimistic") between them.
  const [from, to] = outsider.first > draft.core.last ? [draft.core.last + 1, outsider.first - 1] : [outsider.last + 1, draft.core.first - 1];
  const between = tokens.slice(from, to + 1);
  // The outsider's own verb is one of them.
  if (between.some((t) => CONTRAST.test(t.normal)) || between.filter((t) => SPOKEN.test(t.normal)).length > 1) return null;
  return outsider;
}

/** Words for the company itself after "the": "the company expects". */
const COMPANY_WORDS = /^(?:company|firm|group)$/;
/** Verbs of speech between a figure and who spoke it. */
const SPOKEN = /^(?:said|says|told|added|noted|estimates|estimated|expects|expected|forecasts)$/;
/** Words that open a clause of another view: "…, though Maria Lopez said that was optimistic". */
const CONTRAST = /^(?:though|although|but|while|whereas|however)$/;

/**
 * "Revenue will rise 9% next year, said Maria Lopez, an analyst", "Sunita Marwah, an analyst at Copperleaf, estimates
 * the software will be worth about $2.1 billion in 2028": an outsider's forecast is an analyst's forecast, which is not
 * read (as analysts' estimates are not): often of something the clause does not name, never the company's guidance.
 */
export function outsidersForecast(scope: ClauseScope, draft: Draft): boolean {
  return hasForecastBasis(draft.qualifiers) || startsAfterPublication(draft.period.period, scope.publishedAt);
}

/**
 * Marks a draft as an outsider's estimate (`basis: estimate`, `estimated_by`): it is then a statement of its own,
 * compared with other estimates by the same party and never with the company's figures.
 */
export function markEstimatedBy(draft: Draft, outsider: Mention): void {
  draft.qualifiers = [...(draft.qualifiers ?? []), { key: 'basis', value: 'estimate' }, { key: 'estimated_by', value: outsider.name }];
}
