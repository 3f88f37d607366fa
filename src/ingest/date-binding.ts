// Decides which date in a clause goes with which figure or cue: "30% in 2024, up from 25% in 2023" dates each share.
import type { ArticleDocument } from './document.js';
import { isNowWord, type DateMention } from './dates.js';
import { asOpensClause, reports } from './roles.js';
import { isEarlierState } from './earlier-state.js';
import { asideApart, runningTotalAfter } from './date-asides.js';
import { forecastBetween } from './scope-qualifiers.js';
import { contains, type TokenRange } from './spans.js';

/** Dates usually follow what they date ("reached $1B by 2026"); one before it costs a little more. */
const BEFORE_PENALTY = 2;
/** A comma between them suggests another clause of the sentence. */
const COMMA_PENALTY = 3;
/** A date further than this from a figure or cue, in tokens, dates neither (and long run-on text stays linear). */
const REACH = 40;

function cost(doc: ArticleDocument, date: DateMention, anchor: TokenRange): number {
  const after = date.first > anchor.last;
  const [from, to] = after ? [anchor.last, date.first] : [date.last, anchor.first];
  if (to - from > REACH) return Infinity;
  // "has about 400 employees and plans to reach 600 by the end of next year": the plan's date is not the 400's.
  if (after && forecastBetween(doc, from + 1, to - 1)) return Infinity;
  // "grew 9% to £2.1bn and now account for 11%": "now" before a verb dates what that verb says, not what came before.
  if (after && nowBeforeVerb(doc, date)) return Infinity;
  // "…, bringing the nine-month total to €689m": a running total's date is that total's, not the figures before it.
  if (runningTotalAfter(doc, date, anchor)) return Infinity;
  // "today's 25%": a date in the possessive right before a figure dates it.
  if (!after && to - from === 2 && /^['’]s$/.test(doc.tokens[date.last + 1]?.normal ?? '')) return 0;
  // "with July at 37,800, August at 40,070 and September at 43,590": a month listed with its figure dates it.
  if (!after && to - from === 2 && doc.tokens[date.last + 1]?.normal === 'at' && date.period?.precision === 'MONTH') return 0;
  // "rose 9% to $2.9 billion from $2.1 billion in the year-ago quarter": a span a year back dates only what is compared
  // with ("against a tough comparison in the year-ago quarter" dates no figure of this quarter).
  // "Revenue was $2.8 billion in the year-ago quarter" (the date right after the figure) is that figure's date.
  // Not "rose 5% on the same period of 2025", which is compared with it.
  const inRightAfter = after && to - from <= 2 && (to - from === 1 || doc.tokens[from + 1]!.normal === 'in');
  if (date.backOnly && !isEarlierState(doc, anchor.first) && !inRightAfter) return Infinity;
  // "slumped 11.5%, hit by minimum-price undertakings that Beijing imposed last year": a date after a relative clause's
  // verb dates that verb.
  if (after && relativeVerbBetween(doc, from + 1, to)) return Infinity;
  // "Excluding costs tied to the line, which Cordillera bought last year, adjusted EPS rose": so does one in a relative
  // clause with a subject of its own, closed before the figure.
  if (!after && inOwnRelativeClauseBefore(doc, date, anchor)) return Infinity;
  // "Halden, which has struggled since discontinuing its band in March, saw shipments fall 11%": a date inside a
  // relative aside dates what the aside says, not the main clause's figures.
  // An aside about a measure ("revenue, which covers the three months to September, rose 12%") dates that measure.
  if (asideApart(doc, date, anchor)) return Infinity;
  // "rose 41% … after the expansion … reached nameplate capacity in August", "slipped 3.2% as heavy July rains disrupted
  // mining": a month or day in a clause of time or cause after the figure dates what that clause tells.
  if (after && EVENT_PRECISIONS.has(date.period?.precision ?? '') && causeClauseBetween(doc, from + 1, to, date)) return Infinity;
  // "made up about 14% of the total in the quarter, …, adding that … since April 2025": a figure with its own span
  // named after it (which no date reads) is of that span, not of a date further on.
  if (after && ownSpanBetween(doc, from + 1, to)) return Infinity;
  // "signed 14 large deals, worth more than $50 million, compared with 11 in the June quarter": a date after the
  // comparison dates what is compared with, whether or not it reads as a figure.
  if (after && comparedBetween(doc, from + 1, to)) return Infinity;
  let commas = 0;
  for (let i = from + 1; i < to; i++) if (doc.tokens[i]!.text === ',') commas += 1;
  return to - from + (after ? 0 : BEFORE_PENALTY) + commas * COMMA_PENALTY;
}

/** Nouns of a span that a relative clause may end ("the quarter that ended Sept. 30"): the clause is the date's own. */
const SPAN_NOUN = /^(?:quarter|period|half|year|months|weeks|season)$/;

/**
 * A relative clause between `from` and `to` that the date stands in: a relative pronoun ("that", "which", "who") with
 * a verb after it and no comma between that verb and the date ("revenue rose 9%, a figure that topped forecasts, in
 * the third quarter" closes the clause before the date). Not one that tells a span's end ("the period, which ended
 * Sept. 27"), whose date is the span's.
 */
function relativeVerbBetween(doc: ArticleDocument, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!/^(?:that|which|who)$/.test(doc.tokens[i]!.normal)) continue;
    const before = doc.tokens[i - 1]?.text === ',' ? doc.tokens[i - 2] : doc.tokens[i - 1];
    if (SPAN_NOUN.test(before?.normal ?? '')) continue;
    const verb = doc.tokens.slice(i + 1, to).findIndex((t) => t.pos === 'VERB');
    if (verb >= 0 && !doc.tokens.slice(i + 1 + verb, to).some((t) => t.text === ',')) return true;
  }
  return false;
}

/** How far back from a date its relative pronoun may stand: ", which Cordillera bought last year". */
const RELATIVE_REACH = 8;

/** The date stands in ", which <subject> <verb> … ," closed by a comma before `anchor` (not "revenue, which covers …"). */
function inOwnRelativeClauseBefore(doc: ArticleDocument, date: TokenRange, anchor: TokenRange): boolean {
  const close = doc.tokens.slice(date.last + 1, anchor.first).findIndex((t) => t.text === ',');
  if (close < 0) return false;
  for (let i = date.first - 1; i >= Math.max(0, date.first - RELATIVE_REACH); i--) {
    const token = doc.tokens[i]!;
    if (token.text === ',') return false;
    if (/^(?:which|who|whom)$/.test(token.normal)) return doc.tokens[i - 1]?.text === ',' && /^(?:PROPN|PRON)$/.test(doc.tokens[i + 1]?.pos ?? '');
  }
  return false;
}

/** "in the quarter", "during the year": a span named without saying which (the report's, reporting-period.ts). */
const UNNAMED_SPAN = /^(?:in|for|during|over) the (?:quarter|half|year|period)$/;

/** Words that go on to say which span an unnamed one is: "for the period to Sept. 30", "the year ended …". */
const SPAN_GOES_ON = /^(?:to|ended|ending|through|of|from|since|before|after|in)$/;
/** Span nouns a restatement names: "the three months to …", "the nine months". */
const SPAN_NOUNS = /^(?:months|weeks|quarter|half|year|period)$/;
/**
 * Words after a comma that restate which span it was: "in the quarter, the three months to Sept. 30", "during the
 * year, which ended June 30" (not "in the quarter, the best showing for the unit").
 */
function restatesSpan(doc: ArticleDocument, at: number): boolean {
  const word = doc.tokens[at]?.normal ?? '';
  if (/^(?:which|that)$/.test(word)) return /^(?:ended|ends|ending|ran|runs|covered|covers)$/.test(doc.tokens[at + 1]?.normal ?? '');
  if (/^(?:ended|ending)$/.test(word)) return true;
  return word === 'the' && doc.tokens.slice(at + 1, at + 4).some((t) => SPAN_NOUNS.test(t.normal));
}

/**
 * Whether the tokens from `from` up to `to` hold an unnamed span that the date does not go on: "employees during the
 * quarter, taking …" (not "for the period to Sept. 30", whose date says which period).
 */
function ownSpanBetween(doc: ArticleDocument, from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) {
    if (!UNNAMED_SPAN.test(`${doc.tokens[i]!.normal} ${doc.tokens[i + 1]!.normal} ${doc.tokens[i + 2]!.normal}`)) continue;
    // "in the quarter, the three months to Sept. 30", "during the year, which ended June 30": it goes on after a comma.
    const goesOn = SPAN_GOES_ON.test(doc.tokens[i + 3]?.normal ?? '') || (doc.tokens[i + 3]?.text === ',' && restatesSpan(doc, i + 4));
    if (!goesOn) return true;
  }
  return false;
}

/**
 * Whether "compared with" or "compared to" and a number after it stand from `from` up to `to`: "compared with 11 in
 * the June quarter" (not "rose 6% compared with a year earlier in the third quarter", whose quarter is the 6%'s).
 */
function comparedBetween(doc: ArticleDocument, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    if (doc.tokens[i]!.normal !== 'compared' || !/^(?:with|to)$/.test(doc.tokens[i + 1]!.normal)) continue;
    if (doc.tokens.slice(i + 2, to).some((t) => t.type === 'number')) return true;
  }
  return false;
}

/** Precisions of an event's date rather than a reporting period's ("from July 1", "since April 2025" too). */
const EVENT_PRECISIONS = new Set(['MONTH', 'WEEK', 'DAY', 'OPEN']);
/** Words that open a clause of time or cause. */
const CAUSE_OPENERS = /^(?:after|because|since|following)$/;

/** How far after its opener a clause of time or cause has its verb, the date between them or not. */
const CAUSE_VERB_REACH = 10;

/** A clause of time or cause ("after the expansion … reached", "as heavy July rains disrupted") opening between `from` and `to`. */
export function causeClauseBetween(doc: ArticleDocument, from: number, to: number, date: TokenRange): boolean {
  for (let i = from; i < to; i++) {
    // "as heavy July rains disrupted mining", "as price cuts took effect in January": an "as" clause's month that names
    // its event, or dates its verb; not "as travel demand in September held up", which may be the figure's own month.
    if (asOpensClause(doc, i)) {
      const namesEvent = /^(?:NOUN|PROPN)$/.test(doc.tokens[date.last + 1]?.pos ?? '') && !/^(?:in|during|for|over)$/.test(doc.tokens[date.first - 1]?.normal ?? '');
      const datesItsVerb = doc.tokens.slice(i + 1, date.first).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      if (namesEvent || datesItsVerb) return true;
    }
    if (!CAUSE_OPENERS.test(doc.tokens[i]!.normal)) continue;
    const words = doc.tokens.slice(i + 1, i + 1 + CAUSE_VERB_REACH);
    const end = words.findIndex((t) => t.text === ',' || t.text === '.');
    if ((end < 0 ? words : words.slice(0, end)).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

const nowBeforeVerb = (doc: ArticleDocument, date: DateMention): boolean =>
  isNowWord(date.text) && /^(?:VERB|AUX)$/.test(doc.tokens[date.last + 1]?.pos ?? '');

/** "founded in 2019", "established in 1998": the date of the entity's founding, which no figure or cue is about. */
const FOUNDING = /^(?:founded|co-founded|cofounded|established|incorporated)$/;
const datesFounding = (doc: ArticleDocument, date: DateMention): boolean => FOUNDING.test(doc.tokens[date.first - 1]?.normal ?? '');

/**
 * "whose financial year runs from April to March", "whose fiscal year ends in June", "ends on the last Friday of
 * September": the months a company's year
 * keeps, which date no figure (fiscal-year.ts reads them for the company's calendar). Only its owner's ("whose",
 * "its", "Verital's") with a verb of its own: "for the fiscal year that ends Jan. 31" and "in its financial year
 * ending June 2027" name the period a figure is of.
 */
const YEAR_DESCRIBED = /(?:^|\s)(?:whose|its|their|'s|’s) (?:fiscal|financial|business|accounting) year(?: ,)?(?: which)? (?:runs|ends|ended|begins|began|starts|started|closes)(?: on| in)?(?: the)?(?: (?:last|final) \w+day (?:of|in)| \w+day (?:closest|nearest)(?: to)?(?: the end of)?)?$/;
/** How many words before a date its year's description may take: "Its fiscal year, which ends on the last Friday of". */
const YEAR_DESCRIBED_WORDS = 12;
export const describesFiscalYear = (doc: ArticleDocument, date: DateMention): boolean =>
  YEAR_DESCRIBED.test(
    doc.tokens
      .slice(Math.max(0, date.first - YEAR_DESCRIBED_WORDS), date.first)
      .map((t) => t.normal)
      .join(' '),
  );

/** Words that make a "since" a record's yardstick: "the weakest quarter since 2021", "for the first time since 2019". */
const RECORD_WORD = /^(?:lowest|highest|narrowest|widest|tightest|cheapest|longest|shortest|busiest|fewest|weakest|strongest|biggest|largest|smallest|slowest|fastest|steepest|sharpest|deepest|greatest|best|worst|most|least|first|record)$/;
/** How far before its "since" a record's word may stand: "its lowest quarterly level since". */
const RECORD_REACH = 4;

/** "dropped 19% to 4.1 billion crowns, the weakest quarter since 2021": how long since it was this low, dating nothing. */
function recordSince(doc: ArticleDocument, date: DateMention): boolean {
  const since = /^since\b/i.test(date.text) ? date.first : sinceClauseBefore(doc, date.first, date.last);
  if (since < 0) return false;
  for (let i = since - 1; i >= Math.max(0, since - RECORD_REACH); i--) {
    if (RECORD_WORD.test(doc.tokens[i]!.normal)) return true;
    if (doc.tokens[i]!.type === 'number' || doc.tokens[i]!.text === ',') return false;
  }
  return false;
}

/** How far a date may stand inside a clause opened by "since": "since it began tracking the market in 2017". */
const SINCE_CLAUSE_REACH = 8;

/** Where the "since" opening a clause the date stands in is ("the narrowest … since it began tracking the market in 2017"), or -1. */
function sinceClauseBefore(doc: ArticleDocument, first: number, last: number): number {
  // The clause ends with the date: "since sales there in the second quarter rose 20%" is a cause, not a yardstick.
  if (!/^(?:[,.;:)]|—|–)$/.test(doc.tokens[last + 1]?.text ?? '.')) return -1;
  for (let i = first - 1; i >= Math.max(0, first - SINCE_CLAUSE_REACH); i--) {
    if (doc.tokens[i]!.normal === 'since') return i;
    if (doc.tokens[i]!.text === ',' || doc.tokens[i]!.type === 'number') return -1;
  }
  return -1;
}

/** How far after a reporting verb its day may stand: "the company told TechCrunch on Tuesday". */
const REPORT_DAY_REACH = 3;

/**
 * "Acme on Wednesday reported revenue of …", "…, the company told TechCrunch on Tuesday": the day a figure was
 * reported, which dates the report and not the figure (a quarter's revenue is not Wednesday's).
 */
function reportDay(doc: ArticleDocument, date: DateMention): boolean {
  // One day, not a span ending on one ("the quarter ended Nov. 1").
  if (date.period?.precision !== 'DAY' || date.period.start !== date.period.end) return false;
  // "today announced it has raised $120 million": a round announced today closed today, as press releases mean it.
  if (/\b(?:today|now)\b/i.test(date.text)) return false;
  if (reports(doc.tokens[date.last + 1])) return true;
  if (weekdayOfReport(doc, date)) return true;
  for (let i = date.first - 1; i >= Math.max(0, date.first - REPORT_DAY_REACH); i--) {
    const token = doc.tokens[i]!;
    if (reports(token)) return true;
    if (token.type === 'number' || token.text === ',') return false;
  }
  return false;
}

const WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "Corvane reported third-quarter revenue of $4.2 billion on Tuesday": a bare weekday in a sentence that reports
 * is the day of the report, wherever it stands; the figure is the quarter's.
 */
function weekdayOfReport(doc: ArticleDocument, date: DateMention): boolean {
  if (!WEEKDAY.test(date.text.trim())) return false;
  const sentence = doc.sentences[doc.tokens[date.first]!.sentence]!;
  const verb = doc.tokens.slice(sentence.first, date.first).findIndex(reports);
  // "Zorvex said its shares fell 8% on Tuesday": a verb of its own between them makes the day the fall's.
  return verb >= 0 && !doc.tokens.slice(sentence.first + verb + 1, date.first).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !reports(t));
}

/** Documents that are released or published: "a report released on Tuesday", "data published today". */
const DOCUMENTS = /^(?:report|reports|study|survey|data|figures|statement|filing|results|numbers|research|note|paper|ranking)$/;
export const isDocument = (token: { normal: string } | undefined): boolean => DOCUMENTS.test(token?.normal ?? '');

/** "according to a report released on Tuesday": the date of a document, which is no party's event or figure. */
export const datesDocument = (doc: ArticleDocument, date: DateMention): boolean =>
  /^(?:released|published|issued|out)$/.test(doc.tokens[date.first - 1]?.normal ?? '') && isDocument(doc.tokens[date.first - 2]);

/** "Acme now expects deliveries of 2.4 million": "now" dates the expectation, not the figure's period. */
const expectsNow = (doc: ArticleDocument, date: DateMention): boolean =>
  isNowWord(date.text) && /^(?:expects|sees|forecasts|projects|anticipates|predicts|targets|plans|estimates|guides)$/.test(doc.tokens[date.last + 1]?.normal ?? '');

/** "The data-centre segment, now the company's largest, …": "now" dates the aside's description, not the figures. */
const nowInAside = (doc: ArticleDocument, date: DateMention): boolean =>
  isNowWord(date.text) && doc.tokens[date.first - 1]?.text === ',' && /^(?:the|a|an|its|their)$/.test(doc.tokens[date.last + 1]?.normal ?? '');

/** "up 2.6% from a year earlier", "unchanged from the same period last year", "higher than in 2023": a base of comparison. */
const COMPARED_WITH = /^(?:from|than|versus|vs\.?|compared|against)$/;
/** Words between that word and its date: "from the same period last year", "compared with a year earlier". */
const COMPARISON_FILLER = /^(?:the|same|period|quarter|month|week|time|a|with|to|in|levels?)$/;
const MAX_FILLER = 4;

/** A date read with its "from" ("from a year earlier") is a base when it looks back: not "from 2024 onwards". */
const LOOKS_BACK = /\b(?:earlier|ago|last|same|prior|previous|before)\b/i;

/** "up 12% from 2024": the year a change right before it is measured from, not a period the figures hold from. */
function changedFromYear(doc: ArticleDocument, date: DateMention): boolean {
  if (!/^from (?:19|20)\d\d$/i.test(date.text)) return false;
  const before = doc.tokens[date.first - 1];
  if (before === undefined || !(before.text === '%' || /^(?:cent|percent|points?)$/.test(before.normal) || before.type === 'number')) return false;
  // The figure is a change told as done: "up 12% from 2024", "sales rose 9% from 2023". Not "will cut its dividend by
  // 10% from 2027" or "tariffs to 35% from 2026", where the year is when something starts.
  const lead = doc.tokens.slice(Math.max(0, date.first - 6), date.first - 1);
  return lead.some((t) => CHANGED.test(t.normal)) && !lead.some((t) => /^(?:will|would|to|by)$/.test(t.normal));
}

/** Words of a change already made. */
const CHANGED = /^(?:up|down|rose|fell|grew|gained|jumped|climbed|declined|dropped|increased|decreased|higher|lower|slipped|surged|soared)$/;

function comparisonBase(doc: ArticleDocument, date: DateMention): boolean {
  // "compared with a loss of 48 million reais in the same period of 2024": the same period of another year.
  const before = doc.tokens.slice(Math.max(0, date.first - 3), date.first).map((t) => t.normal).join(' ');
  if (/^same (?:period|quarter|half|month|week|time) (?:of|in)$/.test(before)) return true;
  // "values the company at $4.2 billion, nearly four times its valuation 19 months ago": the state compared with (not
  // "grew faster than the market in the third quarter", which dates the growth).
  const lead = doc.tokens.slice(Math.max(0, date.first - 4), date.first).map((t) => t.normal).join(' ');
  if (/\b(?:times|double|doubling|triple|tripling|quadruple|quadrupling|twice|half) (?:its|their|the) (?:\S+ )?\S+$/.test(lead)) return true;
  const opening = doc.tokens[date.first]!.normal;
  if (opening === 'from' ? LOOKS_BACK.test(date.text) || changedFromYear(doc, date) : COMPARED_WITH.test(opening)) return true;
  for (let i = date.first - 1; i >= Math.max(0, date.first - 1 - MAX_FILLER); i--) {
    const normal = doc.tokens[i]!.normal;
    if (COMPARED_WITH.test(normal)) return true;
    if (!COMPARISON_FILLER.test(normal)) return false;
  }
  return false;
}

/** "the fiscal 2026 second quarter, which ended July 27": the last day of the period just named, which dates nothing itself. */
function endOfNamedPeriod(doc: ArticleDocument, date: DateMention, dates: readonly DateMention[]): boolean {
  let i = date.first - 1;
  if (doc.tokens[i]?.normal === 'on') i--;
  if (!/^(?:ended|ending|ends|closed)$/.test(doc.tokens[i]?.normal ?? '')) return false;
  i--;
  if (/^(?:which|that)$/.test(doc.tokens[i]?.normal ?? '')) i--;
  if (doc.tokens[i]?.text === ',') i--;
  return dates.some((named) => named !== date && named.last === i);
}

/**
 * "Revenue for the six months to Sept. 30, the first half of the group's fiscal year, rose 3.9%": a date set off by a
 * comma right after another, naming no day, says again which span that is, and dates nothing. ("Revenue for the fourth
 * quarter, the quarter ended June 30, was …" names its days, and binds as any date does.)
 */
const restatesDateBefore = (doc: ArticleDocument, date: DateMention, dates: readonly DateMention[]): boolean =>
  doc.tokens[date.first - 1]?.text === ',' &&
  /^(?:the|its|their)$/.test(doc.tokens[date.first]?.normal ?? '') &&
  !/\d/.test(date.text) &&
  dates.some((named) => named.last === date.first - 2);

/**
 * Each date goes to the anchor (figure or cue) it costs least to reach; each anchor keeps the cheapest date it was
 * given. A date never dates a figure inside it ("six months" in "six months after launch"), nor anything when it
 * is a founding date ("Acme, founded in 2019, has raised $300 million": the $300 million is not 2019's) or the
 * base of a comparison ("a 19% share, unchanged from the same period last year" is this period's 19%), nor a record's
 * yardstick ("the weakest quarter since 2021").
 */
export function bindDates(doc: ArticleDocument, anchors: readonly TokenRange[], dates: readonly DateMention[]): Map<TokenRange, DateMention> {
  const best = new Map<TokenRange, { date: DateMention; cost: number }>();
  for (const date of dates) {
    if (datesFounding(doc, date) || describesFiscalYear(doc, date) || comparisonBase(doc, date) || reportDay(doc, date) || expectsNow(doc, date) || datesDocument(doc, date)) continue;
    if (endOfNamedPeriod(doc, date, dates) || nowInAside(doc, date) || restatesDateBefore(doc, date, dates) || recordSince(doc, date)) continue;
    let chosen: { anchor: TokenRange; cost: number } | null = null;
    for (const anchor of anchors) {
      if (contains(date, anchor)) continue;
      const c = cost(doc, date, anchor);
      if (c !== Infinity && (!chosen || c < chosen.cost)) chosen = { anchor, cost: c };
    }
    if (!chosen) continue;
    const held = best.get(chosen.anchor);
    if (!held || chosen.cost < held.cost) best.set(chosen.anchor, { date, cost: chosen.cost });
  }
  const bound = new Map([...best].map(([anchor, { date }]) => [anchor, date] as const));
  shareWithinPairs(doc, anchors, bound, dates);
  return bound;
}

/** Up to this many words between a change and the figure it moved: "rose 41% from a year earlier to $6.3 billion". */
const PAIR_REACH = 6;

/**
 * A change and the level it reached ("rose 41% … to $6.3 billion"), or a level and its change (", up 27% from a year
 * earlier") are one statement over one period: a date given to either dates both.
 */
function shareWithinPairs(doc: ArticleDocument, anchors: readonly TokenRange[], bound: Map<TokenRange, DateMention>, dates: readonly DateMention[]): void {
  const ordered = [...anchors].sort((a, b) => a.first - b.first);
  for (let k = 1; k < ordered.length; k++) {
    const [a, b] = [ordered[k - 1]!, ordered[k]!];
    // "41.5 billion euros in the first nine months of 2026, up 64%": the level's own date stands between them.
    const dated = dates.find((date) => date.first === a.last + 1 || (date.first === a.last + 2 && /^(?:in|for|during|over)$/.test(doc.tokens[a.last + 1]!.normal)));
    const level = dated && bound.get(a) === dated ? { first: a.first, last: dated.last } : a;
    if (bound.has(a) === bound.has(b) || !pairedFigures(doc, level, b)) continue;
    if (bound.has(a)) bound.set(b, bound.get(a)!);
    else bound.set(a, bound.get(b)!);
  }
}

function pairedFigures(doc: ArticleDocument, a: TokenRange, b: TokenRange): boolean {
  const between = doc.tokens.slice(a.last + 1, b.first).map((t) => t.normal);
  if (between.length === 0 || between.length > PAIR_REACH) return false;
  // "…, up 27%": the change follows its level.
  if (between.join(' ') === ', up' || between.join(' ') === ', down') return true;
  // "rose 41% to $6.3 billion", "rose 41% from a year earlier to $6.3 billion".
  return between.at(-1) === 'to' && (between.length === 1 || between[0] === 'from') && !between.includes(',');
}
