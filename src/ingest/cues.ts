// Chooses a predicate from the registry by the words around a figure or in a clause (share, run rate, faster, released, leads, itself).
import type { Dimension } from '../domain/quantity.js';
import { UNCLASSIFIED } from './candidate.js';
import { PER_SHARE, perShare, writtenWithScale } from './per-share.js';
import { PROFIT_CUE } from './profit.js';
import type { ArticleDocument } from './document.js';
import type { TokenRange } from './spans.js';

/** A figure cue: a predicate whose values have one of `dimensions`, signalled by `pattern` near the figure. */
interface FigureCue {
  predicate: string;
  dimensions: readonly Dimension[];
  pattern: RegExp;
}

// Patterns run over the clause's lower-cased tokens joined by single spaces ("run - rate", "series b").
const FIGURE_CUES: readonly FigureCue[] = [
  { predicate: 'speedup_over', dimensions: ['SHARE', 'MULTIPLE'], pattern: /\b(?:faster|quicker|speed ?-? ?ups?|speeds? up|as fast|the speed of)\b/g },
  // "delivers 2.4 times the inference throughput of its predecessor": a multiple of a speed is a speed-up (the word
  // right after the multiple: not "a strong performance" elsewhere in the clause).
  { predicate: 'speedup_over', dimensions: ['MULTIPLE'], pattern: /\btimes (?:the|its) (?:[a-z-]+ ){0,2}(?:throughput|bandwidth|performance)\b/g },
  { predicate: 'revenue_run_rate', dimensions: ['MONEY'], pattern: /\b(?:run ?-? ?rates?|arr|annuali[sz]ed(?: revenue)?(?: run ?-? ?rates?)?|annual recurring(?: revenue)?)\b/g },
  { predicate: 'valuation', dimensions: ['MONEY'], pattern: /\b(?:valuations?|valu(?:ed|ing|es)|worth|market (?:value|capitali[sz]ation|cap)|most valuable)\b/g },
  {
    predicate: 'funding_raised',
    dimensions: ['MONEY'],
    // Not "investment": a company investing spends money rather than raising it. Nor "raised its full-year forecast
    // to $462 billion", "raised its dividend": a figure lifted is no money raised.
    pattern: /\b(?:rais(?:e|es|ed|ing)(?! (?:its |the |their |a )?(?:[^ ]+ ){0,4}?(?:forecasts?|guidance|outlook|targets?|estimates?|projections?|expectations?|prices?|stakes?|dividends?|payouts?|rates?|fees?|tariffs?)\b)|funding|round|series [a-h]|investors?|secur(?:ed|es))\b/g,
  },
  // Not "bookings": orders won, which become revenue only as they are delivered.
  { predicate: 'revenue', dimensions: ['MONEY'], pattern: /\b(?:revenues?|sales|turnover|generat(?:ed|es|ing))\b(?! per (?:user|subscriber|member|customer|account|unit|share|paying)| \(?arpu)/g },
  // Before profit, so that a per-share figure as near its "per share" as its "lost" is one: "lost 38 cents a share".
  // "Adjusted EPS was 42 cents", "earnings per share of $1.12", "$2.14 per share" (per-share.ts keeps only earnings:
  // not "a dividend of 25 cents a share", "priced at $18 a share").
  { predicate: 'earnings_per_share', dimensions: ['MONEY'], pattern: new RegExp(`\\b(?:eps|${PER_SHARE})\\b`, 'g') },
  // "net income of $1.61 billion", "an operating loss of ¥3.8 billion": which profit is the claim's `measure` (profit.ts).
  { predicate: 'profit', dimensions: ['MONEY'], pattern: PROFIT_CUE },
  // Money that is not revenue, nearer the figure than any revenue word: the claim stays unclassified, not revenue.
  // Nor a round raised: "the company Verital agreed to buy for $2.3 billion" in a sentence about a "raised outlook".
  // (Profit words are here too: where the profit cue passes one over, "earnings per share", "credit losses", the money
  // is still not revenue.)
  {
    predicate: UNCLASSIFIED,
    dimensions: ['MONEY'],
    pattern: new RegExp(
      String.raw`\b(?:(?:net |operating |pre-tax )?income|profits?|earnings|earned|bookings|backlog|net loss|loss(?:es)?|eps|${PER_SHARE}|gmv|gross merchandise (?:value|volume)|(?:payment|transaction|card) volumes?|tpv|margins?|capex|capital expenditures?|spend(?:s|ing)?|spent|costs?|expenses|cash|debt|budget|fines?d?|penalty|buybacks?|dividends?|prices?|priced|pricing|fees?|tariffs?|a month|per month|buy|buys|bought|buying|acquir(?:e|es|ed|ing)|acquisitions?|takeover|merger)\b`,
      'g',
    ),
  },
  // Power and energy that are not a level held or a total generated, listed first so that they win a tie: "a 2 GW
  // supply deal", "data-center demand of 5 GW", "350 MWh of storage capacity", "sold 12 TWh".
  {
    predicate: UNCLASSIFIED,
    dimensions: ['POWER'],
    pattern: /\b(?:additions?|pipeline|backlog|under construction|contracted|awarded|auctions?|tenders?|ppas?|power purchase agreements?|deals?|agreements?|orders?|demand|consum(?:e|es|ed|ing|ption)|draws?|requir(?:e|es|ed|ing|ements?)|needs?|shortfall|curtail(?:ed|ment)|storage|batter(?:y|ies))\b/g,
  },
  { predicate: UNCLASSIFIED, dimensions: ['ENERGY'], pattern: /\b(?:consum(?:e|es|ed|ing|ption)|demand|use[sd]?|using|sold|sales|sells?|selling|storage|stor(?:e|es|ed|ing)|batter(?:y|ies)|capacity|imports?|imported|exports?|exported|purchas(?:e|es|ed|ing)|bought|buys?|buying)\b/g },
  // "installed capacity of 12.4 GW", "operates 3 gigawatts", "10 GW of data-center capacity" (planned ones too: a plan is
  // marked a forecast, and two sources' plans can disagree).
  { predicate: 'power_capacity', dimensions: ['POWER'], pattern: /\b(?:capacity|capacities|installed|operat(?:es|ed|ing|ional)|online|in operation|connected|fleet|portfolio)\b/g },
  { predicate: 'energy_generated', dimensions: ['ENERGY'], pattern: /\b(?:generat(?:e|es|ed|ing|ion)|produc(?:e|es|ed|ing|tion)|output)\b/g },
  {
    predicate: 'market_share',
    dimensions: ['SHARE'],
    // "with about 42% of the market": a share of a market the sentence names elsewhere.
    pattern: /\b(?:shares?|of the (?:[a-z-]+ ){0,2}market|command(?:s|ed|ing)?|captur(?:e|es|ed|ing)|hold(?:s|ing)?|held|control(?:s|led|ling)?|accounts? for|accounted for|own(?:s|ed)?|(?:dropped|fell|grew|rose|slipped|climbed|declined|increased|jumped) to)\b/g,
  },
  { predicate: 'adoption_rate', dimensions: ['SHARE'], pattern: /\b(?:us(?:e|es|ed|ing)|adopt(?:s|ed|ing|ion)?|deploy(?:s|ed|ing)?|rel(?:y|ies|ied) on)\b/g },
  // "62,000 paying small businesses": who pays is a customer, whatever it is.
  {
    predicate: 'user_count',
    dimensions: ['COUNT'],
    pattern: /\b(?:users?|customers?|clients?|subscribers?|developers?|members?|seats?|active (?:buyers|shoppers)|(?:mobile|fixed|phone|telephone|postpaid|prepaid|broadband) lines|(?:broadband|fibre|fiber|internet|home|fixed) connections|(?:mobile|broadband|subscriber|customer|user|prepaid|postpaid|contract) base|paying (?:[a-z-]+ ){0,2}(?:businesses|companies|firms|households|merchants|organi[sz]ations|accounts|teams))\b/g,
  },
  // "now serves more than 14,000 merchants": merchants a payments or commerce company serves are its customers.
  { predicate: 'user_count', dimensions: ['COUNT'], pattern: /\bserv(?:es|ed|ing) (?:[a-z]+ ){0,2}[\d,.]+(?: (?:million|thousand))? (?:[a-z-]+ )?merchants\b/g },
  // People a company employs: "employs about 1,100 people …, mostly in customer support" counts no customers (jobs cut or
  // added are no headcount: staff-figures.ts).
  { predicate: 'employee_count', dimensions: ['COUNT'], pattern: /\b(?:employees|staff|staffers|workers|employ(?:s|ed|ing)?|headcount|workforce)\b/g },
  // Counts that are not of users, nearer the figure than any users word: "55 million users, processed 110 million orders".
  { predicate: UNCLASSIFIED, dimensions: ['COUNT'], pattern: /\b(?:orders|trips|rides|deliveries|units|vehicles|cars|shipments|downloads|transactions|stores|jobs|hires|hired|hiring)\b/g },
  {
    predicate: 'time_to_milestone',
    dimensions: ['DURATION'],
    pattern: /\b(?:reach(?:ed|es)?|hit|hits|cross(?:ed|es)|surpass(?:ed|es)|pass(?:ed|es)|top(?:ped|s)|took|takes|(?:got|gets|get) to)\b/g,
  },
];

/** A clause cue: a predicate about entities rather than a figure. `verb` cues must be tagged verbs ("released", not "a release"). */
interface ClauseCue {
  predicate: string;
  pattern: RegExp;
  verb?: boolean;
  /** Another pattern the clause must also match. */
  also?: RegExp;
}

const CLAUSE_CUES: readonly ClauseCue[] = [
  {
    predicate: 'released_on',
    pattern: /\b(?:releas(?:e|es|ed|ing)|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:es|ed|ing)|debut(?:s|ed|ing)?|ship(?:s|ped|ping)|roll(?:s|ed) out)\b/g,
    verb: true,
  },
  // "led by" names who led a funding round, not a market leader.
  // "became the largest smartphone vendor", "held on to first place" (not "the second-largest seller").
  {
    predicate: 'leader_of',
    pattern:
      /\b(?:leads?|led(?! by)|leading|leader|dominant|dominates?|dominated|dominating|number one|first place|top (?:player|vendor|provider))\b|(?<![-\w])(?<!(?:second|third|fourth|fifth|sixth)(?:\s*-\s*|\s))(?:largest|biggest)(?= (?:[a-z0-9-]+ ){0,3}?(?:vendor|seller|maker|player|provider|supplier|brand|carrier|airline|operator|retailer|assistant)s?\b)/g,
  },
  { predicate: 'helped_build_itself', pattern: /\bitself\b/g, also: /\b(?:creat|build|built|train|develop|debug|instrumental|design)/ },
  { predicate: 'pioneered', pattern: /\b(?:invent(?:s|ed|ing)?|pioneer(?:s|ed|ing)?|created the (?:category|market)|first to (?:build|launch|release|offer|create|ship))\b/g },
  { predicate: 'outperforms', pattern: /\b(?:outperform(?:s|ed|ing)?|beats?|better than|surpass(?:es|ed)|outscor(?:es|ed))\b/g },
  { predicate: 'larger_than', pattern: /\b(?:larger|bigger) than\b/g },
];

/** The clause's tokens lower-cased and joined, with the token each character belongs to. */
function joined(doc: ArticleDocument, range: TokenRange): { text: string; tokenAt: number[] } {
  let text = '';
  const tokenAt: number[] = [];
  for (let i = range.first; i <= range.last; i++) {
    const word = doc.tokens[i]!.normal;
    if (text) {
      text += ' ';
      tokenAt.push(i);
    }
    text += word;
    for (let k = 0; k < word.length; k++) tokenAt.push(i);
  }
  return { text, tokenAt };
}

export interface CueMatch {
  predicate: string;
  /** Token range of the cue words. */
  first: number;
  last: number;
}

function matches(doc: ArticleDocument, range: TokenRange, pattern: RegExp): CueMatch[] {
  const { text, tokenAt } = joined(doc, range);
  return [...text.matchAll(pattern)].map((m) => ({ predicate: '', first: tokenAt[m.index]!, last: tokenAt[m.index + m[0].length - 1]! }));
}

/** How far from a figure, in tokens, a cue may stand. */
const CUE_REACH = 30;

/** A comma between a cue and its figure suggests another clause ("from ¥1.33 trillion, citing strong sales"). */
const COMMA_PENALTY = 4;

function distance(doc: ArticleDocument, cue: TokenRange, figure: TokenRange): number {
  const [from, to] = cue.last < figure.first ? [cue.last, figure.first] : cue.first > figure.last ? [figure.last, cue.first] : [0, 0];
  let commas = 0;
  for (let i = from + 1; i < to; i++) if (doc.tokens[i]!.text === ',') commas += 1;
  return to - from + commas * COMMA_PENALTY;
}

/** "contracts worth $10 billion", "a stake worth $2 billion": what is worth it is a thing, not the company's valuation. */
const THING_WORTH = (doc: ArticleDocument, cue: TokenRange): boolean =>
  doc.tokens[cue.first]!.normal === 'worth' && doc.tokens[cue.first - 1]?.pos === 'NOUN' && !/^(?:company|firm|startup|business|group)$/.test(doc.tokens[cue.first - 1]!.normal);

/** Words that join a second clause to the first: "…, and operating profit rose", "… while costs fell". */
const CLAUSE_JOINS = /^(?:and|but|while|whereas|,|;)$/;

/**
 * "Revenue climbed 11% to €5.8 billion and operating profit rose to €412 million": a cue after the figure that is
 * the subject of a verb of its own, past a join, speaks of the next clause's figure, not this one.
 */
function opensNextClause(doc: ArticleDocument, figure: TokenRange, cue: TokenRange): boolean {
  if (cue.first <= figure.last) return false;
  const between = doc.tokens.slice(figure.last + 1, cue.first);
  if (!between.some((t) => CLAUSE_JOINS.test(t.normal))) return false;
  let next = cue.last + 1;
  if (doc.tokens[next]?.pos === 'ADV') next += 1;
  return /^(?:VERB|AUX)$/.test(doc.tokens[next]?.pos ?? '') && doc.tokens[next]!.sentence === doc.tokens[cue.last]!.sentence;
}

/**
 * "operating profit rose to 28.4 trillion won on revenue of 96.2 trillion won": a cue after the figure that names
 * another figure right after it ("revenue of …", "and trading profit 9.4%") is that figure's, not this one's.
 */
function namesNextFigure(doc: ArticleDocument, figure: TokenRange, cue: TokenRange): boolean {
  if (cue.first <= figure.last) return false;
  // "sales 7.1% to R55.1 billion and trading profit 9.4% to R3.41 billion": a cue with a number right after it is that number's.
  if (doc.tokens[cue.last + 1]?.type === 'number') return true;
  // "…, lifting the operating margin to 14.8%": a cue raised to a number is that number's too (not "profit to Aug. 31").
  const next = doc.tokens[cue.last + 1]?.normal ?? '';
  if (next === 'to') return doc.tokens[cue.last + 2]?.type === 'number' || (doc.tokens[cue.last + 2]?.type === 'currency' && doc.tokens[cue.last + 3]?.type === 'number');
  if (next !== 'of') return false;
  // The number within a currency sign and a hedge of the "of": "of 96.2", "of $96.2", "of about S$9.6".
  return doc.tokens.slice(cue.last + 2, cue.last + 2 + NUMBER_AFTER_OF).some((t) => t.type === 'number');
}

/**
 * A number of its own between tokens `first` and `last`: "71" in "$287 million, or 71 cents a share". Not one glued into
 * a word or a name: "28.4 million 30-day active users", "41% of Fortune 500 companies", "GPT-5 users".
 */
function anotherNumberBetween(doc: ArticleDocument, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const token = doc.tokens[i]!;
    if (token.type !== 'number') continue;
    const [before, after] = [doc.tokens[i - 1], doc.tokens[i + 1]];
    // A capitalised word before a number names it ("Series B", "Oct. 31"), but a currency's letters ("C$3.21") do not.
    if (after?.text !== '-' && before?.text !== '-' && (before?.type === 'currency' || !/^\p{Lu}/u.test(before?.text ?? ''))) return true;
  }
  return false;
}

/** "12 cents a share", "$1.12 per diluted share": per-share words starting at `first` follow a number of their own. */
const perShareOfNumberBefore = (doc: ArticleDocument, first: number): boolean => {
  const before = doc.tokens[first - 1];
  return before !== undefined && /^per|^a$/.test(doc.tokens[first]!.normal) && (before.type === 'number' || /^(?:cents|pence|paise|sen|million|billion|yen|won)$/.test(before.normal));
};

/** Tokens after "revenue of" its number may stand at: a sign ("US$") and a hedge ("about") before it. */
const NUMBER_AFTER_OF = 3;

/**
 * The predicate for a figure of `dimension` in `clause`: the cue nearest the figure (inside its reading counts as
 * nearest), so "$100M at a $1B valuation" gives funding for one figure and valuation for the other. Null: no cue.
 */
export function figurePredicate(doc: ArticleDocument, clause: TokenRange, figure: TokenRange & { extent: TokenRange }, dimension: Dimension, excluded: readonly TokenRange[]): CueMatch | null {
  let best: (CueMatch & { distance: number }) | null = null;
  // Cues further than this do not speak of the figure (and run-on text stays linear).
  const near = { first: Math.max(clause.first, figure.first - CUE_REACH), last: Math.min(clause.last, figure.extent.last + CUE_REACH) };
  for (const cue of FIGURE_CUES) {
    if (!cue.dimensions.includes(dimension)) continue;
    for (const match of matches(doc, near, cue.pattern)) {
      if (excluded.some((r) => r.first <= match.first && match.last <= r.last) || THING_WORTH(doc, match) || opensNextClause(doc, figure.extent, match) || namesNextFigure(doc, figure.extent, match)) continue;
      // "44.1 billion yen, or 83.60 yen per share": "per share" after a figure is only that figure's right after it.
      if (cue.predicate === 'earnings_per_share' && match.first > figure.extent.last && !perShare(doc, figure)) continue;
      // "…, or 12 cents a share, against $40 million": per-share words right after another number are that number's,
      // and no total's ("…, against analysts' $1.98, and $1.52 a year ago" is still per share).
      if (cue.predicate === 'earnings_per_share' && match.last < figure.first && perShareOfNumberBefore(doc, match.first) && writtenWithScale(doc, figure)) continue;
      // "a widely used test of whether AI systems can fix bugs": "used" before a noun describes it, and adopts nothing.
      if (cue.predicate === 'adoption_rate' && /^us(?:ed|ing)$/.test(doc.tokens[match.last]!.normal) && doc.tokens[match.last + 1]?.pos === 'NOUN') continue;
      // "net earnings … rose to $287 million, or 71 cents a share": a cue past the next number speaks of that number.
      if (match.first > figure.extent.last && anotherNumberBetween(doc, figure.extent.last + 1, match.first - 1)) continue;
      const d = match.first >= figure.extent.first && match.last <= figure.extent.last ? 0 : distance(doc, match, figure);
      if (!best || d < best.distance) best = { ...match, predicate: cue.predicate, distance: d };
    }
  }
  return best;
}

/** Every clause cue in `clause`, outside `excluded` ranges (dates: "after launch" is no launch). */
/** "shipped 10.1 million PCs", "shipped roughly 169,000 cars": a volume shipped, not a release. */
const shipsVolume = (doc: ArticleDocument, last: number): boolean => {
  if (!/^ship/.test(doc.tokens[last]!.normal)) return false;
  const next = doc.tokens[last + 1];
  const after = doc.tokens[last + 2];
  const hedged = /^(?:about|around|roughly|nearly|almost|over|more|some|approximately|an|a)$/.test(next?.normal ?? '');
  return next?.type === 'number' || (hedged && after?.type === 'number');
};

/** "before the results were released", "the report, published on Tuesday": a document out, not a product launched. */
const documentReleased = (doc: ArticleDocument, first: number): boolean =>
  doc.tokens.slice(Math.max(0, first - 3), first).some((t) => /^(?:results|report|reports|figures|data|statement|filing|numbers|earnings)$/.test(t.normal));

export function clauseCues(doc: ArticleDocument, clause: TokenRange, excluded: readonly TokenRange[]): CueMatch[] {
  const found: CueMatch[] = [];
  const clauseText = joined(doc, clause).text;
  for (const cue of CLAUSE_CUES) {
    if (cue.also && !cue.also.test(clauseText)) continue;
    for (const match of matches(doc, clause, cue.pattern)) {
      if (excluded.some((r) => r.first <= match.first && match.last <= r.last)) continue;
      if (cue.verb && doc.tokens[match.first]!.pos !== 'VERB') continue;
      if (cue.predicate === 'released_on' && (shipsVolume(doc, match.last) || documentReleased(doc, match.first))) continue;
      found.push({ ...match, predicate: cue.predicate });
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

/** "not", "n't", "never", "no longer" between `from` and `to`, unless a "but" after it opens what is told. */
export function negatedBetween(doc: ArticleDocument, from: number, to: number): boolean {
  let negated = false;
  for (let i = Math.max(0, from); i < to; i++) {
    // ", which does not break out subscriber numbers, said ...": a relative clause's negation is its own.
    if (doc.tokens[i]!.text === ',' && /^(?:which|who|whose|where)$/.test(doc.tokens[i + 1]?.normal ?? '')) {
      let close = i + 1;
      while (close < to && doc.tokens[close]!.text !== ',') close += 1;
      i = close;
      continue;
    }
    const normal = doc.tokens[i]!.normal;
    // "did not disclose its valuation, but a person familiar with the matter said the round valued it at $1.15
    // billion": what follows "but" is told, not denied.
    if (normal === 'but' && negated) negated = false;
    if (normal === 'not' || normal === "n't" || normal === 'never' || (normal === 'no' && doc.tokens[i + 1]?.normal === 'longer')) negated = true;
  }
  return negated;
}
