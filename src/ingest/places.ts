// Places a business story reports a company's figures by ("North America contributed $452 million"): a place is
// where a figure holds, not a party of its own, in a story about a company.
import { isChangeVerb } from './figures.js';
import type { Mention } from './mentions.js';
import { mainSubject, type ClauseScope } from './scope.js';

/** World regions companies report by, and the countries stories most often break figures down to. */
const PLACES = new Set(
  [
    'europe', 'north america', 'latin america', 'south america', 'central america', 'asia', 'asia-pacific', 'asia pacific',
    'apac', 'emea', 'americas', 'the americas', 'middle east', 'the middle east', 'africa', 'greater china', 'southeast asia',
    'south asia', 'western europe', 'eastern europe', 'central europe', 'northern europe', 'nordics', 'the nordics', 'oceania',
    'united states', 'the united states', 'china', 'japan', 'india', 'germany', 'france', 'united kingdom',
    'the united kingdom', 'uk', 'u.k.', 'britain', 'italy', 'spain', 'canada', 'brazil', 'mexico', 'south korea', 'korea',
    'australia', 'indonesia', 'russia', 'turkey', 'saudi arabia', 'netherlands', 'the netherlands', 'switzerland', 'sweden',
    'norway', 'denmark', 'finland', 'poland', 'thailand', 'vietnam', 'philippines', 'the philippines', 'malaysia', 'singapore',
    'taiwan', 'hong kong', 'south africa', 'nigeria', 'egypt', 'argentina', 'chile', 'colombia', 'israel', 'ireland',
    'belgium', 'austria', 'portugal', 'new zealand', 'kenya', 'uganda', 'tanzania', 'ghana', 'ethiopia', 'rwanda', 'morocco',
    'pakistan', 'bangladesh', 'sri lanka', 'peru', 'qatar', 'kuwait', 'united arab emirates', 'the united arab emirates', 'uae',
    'greece', 'czech republic', 'hungary', 'romania', 'ukraine',
    'america', 'great britain', 'england', 'scotland', 'wales', 'latam', 'iran', 'iraq', 'algeria',
    'zambia', 'zimbabwe', 'senegal', 'ivory coast', 'cameroon', 'angola', 'mozambique', 'ecuador', 'venezuela', 'uruguay',
    'paraguay', 'bolivia', 'myanmar', 'cambodia', 'kazakhstan', 'uzbekistan', 'oman', 'bahrain',
    // Capitals that stories name for their governments ("tariffs Beijing imposed last year", "Washington's export curbs").
    'beijing', 'washington', 'brussels', 'moscow', 'tokyo', 'seoul', 'new delhi', 'tehran', 'ankara', 'riyadh', 'ottawa',
    'canberra', 'brasilia', 'pretoria', 'berlin', 'taipei', 'kyiv', 'jakarta', 'abu dhabi',
  ],
);

/** What says a sentence is about a company's figure: its verb of contribution, or the figure's name. */
const COMPANY_FIGURE_WORDS =
  /^(?:contributed|contributes|accounted|accounts|generated|generates|represented|represents|revenue|revenues|sales|billings|deliveries|shipments|orders|bookings|profit|customers|subscribers|users)$/;

/**
 * The last word of a landform or a body of water: "the Great Lakes", "the Pacific coast", "the Permian Basin" are where
 * a railway runs or oil is pumped, not parties. Left out, as companies are named with them as often: "Bay", "Delta",
 * "Valley", "Plains" (Hudson's Bay, Delta, Great Plains), and "Lake", "River" and "Sea" in the singular (Silver Lake).
 */
export const LANDFORM = /^(?:lakes|rivers|seas|ocean|coast|coastline|gulf|mountains|basin|islands|peninsula|strait|straits|canal|desert)$/;

/** "the Great Lakes", "the Permian Basin": a landform or a body of water (roles.ts drops one on a route as a subject). */
export function isLandformName(name: string): boolean {
  const words = name.trim().toLowerCase().replace(/^the\s+/, '').split(/\s+/);
  return words.length >= 2 && LANDFORM.test(words[words.length - 1]!);
}

export const isPlaceName = (name: string): boolean => PLACES.has(name.trim().toLowerCase().replace(/\s+/g, ' ')) || isLandformName(name);

/** How many sentences back a run of places' changes looks for the company's sales told by place. */
const REGIONS_GO_ON = 3;

/** Sales told place by place in the sentences before `before`: a figure word and a place or "region" among them. */
function goingThroughRegions(scope: ClauseScope, before: number): boolean {
  const from = scope.doc.sentences[Math.max(0, scope.clause.sentence - REGIONS_GO_ON)]!.first;
  const words = scope.doc.tokens.slice(from, before);
  return words.some((t) => COMPANY_FIGURE_WORDS.test(t.normal)) && words.some((t) => /^regions?$/.test(t.normal) || isPlaceName(t.text));
}
/** How long an aside between a place and its verb may be: "Europe, the group's largest region, grew 4.8%". */
const ASIDE_WORDS = 8;

/** "Japan rose 14%", "Europe, the group's largest region, grew 4.8%": a verb of change right after the place. */
function changedRightAfter(scope: ClauseScope, place: Mention): boolean {
  const tokens = scope.doc.tokens;
  let at = place.last + 1;
  if (tokens[at]?.text === ',') {
    const close = tokens.slice(at + 1, at + 2 + ASIDE_WORDS).findIndex((t) => t.text === ',');
    if (close < 0) return false;
    at += close + 2;
  }
  return tokens[at] !== undefined && isChangeVerb(tokens[at]!);
}

/**
 * "North America contributed $452 million", "China accounted for 24% of sales": in a story about a company, a place
 * that opens its clause (or an item of a list), in a sentence about a company's figure, is where the company's figure
 * holds. Returns the company (the story's, or `holder` while the story has none yet) and the place, or null when the
 * subject is no place, owns the figure by a possessive ("India's economy grew 7%"), a party is named before it, the
 * story is a market report, or it is about no company.
 */
export function companyInPlace(scope: ClauseScope, subject: Mention, holder: Mention | null = null): { company: Mention; place: string } | null {
  if (subject.kind === 'MARKET' || subject.possessive || !isPlaceName(subject.name)) return null;
  const tokens = scope.doc.tokens;
  // The place opens the clause ("the" aside), and the sentence speaks of a company's figure: "North America contributed
  // $452 million", "China accounted for 24% of sales"; not "Germany, Europe's largest economy, shrank 0.3%".
  const opening = tokens[scope.clause.first]?.normal === 'the' ? scope.clause.first + 1 : scope.clause.first;
  // Or an item of a list after the first: "…, Europe $281 million and Asia-Pacific $236 million".
  const listed = /^(?:,|and)$/.test(tokens[subject.first - 1]?.normal ?? '');
  // Or the place a measure opening the clause is counted in: "Sales in mainland China jumped 14%".
  const before = tokens.slice(scope.clause.first, subject.first).map((t) => t.normal).join(' ');
  const measuredIn = /^(?:the )?(?:sales|revenues?|orders|deliveries|shipments|billings|volumes?|bookings) in (?:the )?(?:mainland |continental |greater )?$/.test(`${before} `);
  if (subject.first !== opening && !listed && !measuredIn) return null;
  // The sentence, not the clause: "North America contributed $452 million, Europe $281 million".
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  // "Taiwan made up 24%": "made up" contributes as "accounted for" does.
  // Not "China made up 60% of global battery production": a share of a market or the world is the place's own.
  const ofAMarket = tokens.slice(sentence.first, sentence.last + 1).some((t) => /^(?:global|world|worldwide|market|industry|production|output)$/.test(t.normal));
  const madeUp = (k: number): boolean => !ofAMarket && /^(?:made|makes|make)$/.test(tokens[k]!.normal) && tokens[k + 1]?.normal === 'up';
  const ownFigure = tokens.slice(sentence.first, sentence.last + 1).some((t, k) => COMPANY_FIGURE_WORDS.test(t.normal) || madeUp(sentence.first + k));
  // "By region, … organic sales up 11% … Japan rose 14%. The Americas grew 6.2%.": a place that itself rose or fell,
  // while the story goes through the company's sales place by place.
  if (!ownFigure && !(changedRightAfter(scope, subject) && goingThroughRegions(scope, sentence.first))) return null;
  // "Rival Globex said China accounted for 30% of its revenue": a party named before it in the sentence owns it.
  if (scope.mentions.some((m) => m.kind !== 'MARKET' && !isPlaceName(m.name) && m.first >= sentence.first && m.last < subject.first)) return null;
  // In a market report a place's figures are its regional market's (region.ts), not the leading company's.
  if (scope.state.reportedMarket !== null || scope.state.reportingPeriods.market !== null) return null;
  const company = mainSubject(scope.state) ?? holder;
  if (company === null || isPlaceName(company.name)) return null;
  return { company, place: subject.name };
}
