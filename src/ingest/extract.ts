// Article text in, candidate claims out: runs the finders sentence by sentence and clause by clause, carrying context along.
import type { Entity } from '../domain/model.js';
import { parsePartialDate } from '../domain/period.js';
import { DIMENSIONS, parseQuantity } from '../domain/quantity.js';
import { UNCLASSIFIED, type Candidate } from './candidate.js';
import { splitClauses, type Clause } from './clauses.js';
import { cueDrafts } from './cue-claims.js';
import { clauseCues } from './cues.js';
import { bindDates, datesDocument, describesFiscalYear } from './date-binding.js';
import type { DateMention } from './dates.js';
import { comparesWithPrevious, readArticle, sliceTokens, type ArticleDocument } from './document.js';
import { isEarlierState } from './earlier-state.js';
import { figureDrafts } from './figure-claims.js';
import { noteReportingPeriod } from './reporting-period.js';
import { datedOnlyAYearBack, sameSpanAYearBefore } from './year-earlier.js';
import { companyFiscalOpeningSpans, companyFiscalQuarters, companyFiscalYears, companyWholeYear, fiscalSpansOf, fiscalYearEndMonth, fiscalYearNaming, sameCompany } from './fiscal-year.js';
import { markRegions, noteReportedMarket } from './region.js';
import { withoutConversions, type Figure } from './figures.js';
import { KnownEntities, withoutCompanySuffix } from './known-entities.js';
import { outletsOf, withoutOutlets } from './outlets.js';
import { markUnnamedParts } from './unnamed-parts.js';
import { findKnownMentions, type Mention } from './mentions.js';
import { unifyNewNames } from './name-variants.js';
import { assetNames } from './assets.js';
import { companyFigureOfPerson, markPeople } from './people.js';
import { readSentence, type SentenceReading } from './read-sentence.js';
import { clauseMarket, volumeMarket } from './objects.js';
import { pronounBefore, reports, startsClause, subjectCandidates } from './roles.js';
import { insideQuotation, noteOpener, subjectAt, theCompanyBefore } from './clause-subject.js';
import { isPlaceName } from './places.js';
import { mainSubject, periodFor, storyCompany, type ArticleState, type ClauseScope, type Draft } from './scope.js';
import { rememberMarket, toCandidate } from './to-candidate.js';
import { contains, type TokenRange } from './spans.js';
import { onWeekCalendar, weekCalendarOf } from './week-calendar.js';

export interface ExtractOptions {
  /** Partial ISO date the source was published: "today", "this year" and present-tense states resolve against it. */
  publishedAt: string | null;
  /** The entities the graph holds; mentions link to them by name or alias. */
  entities: readonly Entity[];
}

const within = <T extends TokenRange>(items: readonly T[], range: TokenRange): T[] => items.filter((item) => contains(range, item));

interface SentenceInput {
  doc: ArticleDocument;
  known: KnownEntities;
  publishedAtText: string | null;
  /** The month the article says its company's fiscal year ends in ("runs a financial year to March 31"), or null. */
  fiscalYearEndMonth: number | null;
  /** Whether "fiscal 2027" is the year ending or starting in 2027, where the article shows it (fiscal-year.ts). */
  fiscalYearNaming: 'end' | 'start' | null;
  state: ArticleState;
}

/**
 * "now", "currently": they date a statement, but alone do not make it worth checking; nor does where a company's
 * fiscal year ends ("runs a financial year to March 31"), which says how to read its quarters (fiscal-year.ts).
 */
const PRESENT = /^(?:now|currently|presently|nowadays|right now|(?:a |the |its )?(?:fiscal|financial) year (?:to|ending|ended|ends) .+)$/i;

/** A dated statement about an entity that no cue classifies ("OpenAI was founded in 2015"). */
function datedStatement(scope: ClauseScope): Draft | null {
  // The date of a figure judged someone else's ("Revenue will rise 9% next year, said an analyst at …") is theirs too;
  // not one a comma sets apart ("will report results on Nov. 5, when analysts expect revenue of $3 billion").
  const apart = (figure: Figure, date: DateMention): boolean => {
    const [from, to] = date.last < figure.first ? [date.last + 1, figure.first] : [figure.last + 1, date.first];
    return scope.doc.tokens.slice(from, to).some((t) => t.text === ',');
  };
  const others = new Set(
    scope.othersFigures.flatMap((figure) => {
      const date = scope.bindings.get(figure);
      return date && !apart(figure, date) ? [date] : [];
    }),
  );
  const date = scope.dates.find((d) => d.period !== null && !d.backOnly && !PRESENT.test(d.text) && !datesDocument(scope.doc, d) && !describesFiscalYear(scope.doc, d) && !others.has(d));
  const verb = scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1).some((t) => t.pos === 'VERB');
  const subject = date && verb ? subjectAt(scope, date.first) : null;
  if (!date || !subject) return null;
  const period = periodFor(scope, date, subject, UNCLASSIFIED);
  return { subject, predicate: UNCLASSIFIED, object: null, value: null, period: { ...period, period: date.text, range: date }, negated: false, core: date, parts: [] };
}

function clauseCandidates(input: SentenceInput, clause: Clause, mentions: readonly Mention[], figures: readonly Figure[], dates: readonly DateMention[], carry: { subject: Mention | null; date: DateMention | null }): Candidate[] {
  const { doc, state } = input;
  const clauseFigures = withoutConversions(doc, within(figures, clause));
  const clauseDates = within(dates, clause);
  const cues = clauseCues(doc, clause, clauseDates);
  const scope: ClauseScope = {
    doc,
    clause,
    sentence: sliceTokens(doc, doc.sentences[clause.sentence]!.first, doc.sentences[clause.sentence]!.last),
    mentions,
    figures: clauseFigures,
    dates: clauseDates,
    bindings: bindDates(doc, [...clauseFigures, ...cues], clauseDates),
    carried: clause.position > 0 ? carry.subject : null,
    carriedDate: clause.position > 0 ? carry.date : null,
    publishedAt: input.publishedAtText,
    objects: { doc, mentions, known: input.known, mentionedBefore: state.marketsSeen },
    state,
    othersFigures: [],
  };
  const drafts = [...figureDrafts(scope), ...cueDrafts(scope, cues)];
  // "Okonjo-Lind started the company in 2022, raising a $6 million seed round": the company raised it.
  for (const draft of drafts) if (companyFigureOfPerson(doc, clause, mentions, draft.subject, draft.predicate)) draft.subject = storyCompany(state, clause.sentence) ?? draft.subject;
  markRegions(scope, drafts);
  noteReportedMarket(state, drafts, clause.sentence);
  // A market a figure is about ("Global PC shipments rose 8.1%") is not a party: not what "it" or "the company" means.
  const parties = drafts.filter((draft) => draft.subject.kind !== 'MARKET');
  // Counted once a sentence: "Pellum raised $300 million at a valuation of $2 billion" is one mention of a rival,
  // not two, and does not outweigh the company the story opened with.
  for (const draft of parties) {
    // "China accounted for 24% of sales": a place is where a story's figures hold, never the party it is about.
    if (isPlaceName(draft.subject.name)) continue;
    const held = state.subjectSentences.get(draft.subject.name);
    if (held?.lastSentence === clause.sentence) continue;
    state.subjectSentences.set(draft.subject.name, { mention: held?.mention ?? draft.subject, sentences: (held?.sentences ?? 0) + 1, lastSentence: clause.sentence });
  }
  if (drafts.length === 0) {
    const dated = datedStatement(scope);
    if (dated) drafts.push(dated);
  }
  // A clause opening with "it" or "the company" goes on about the last subject, whatever else it names.
  const continues = pronounBefore(doc, clause, clause.first + 2) && state.lastSubject !== null;
  // With no claim, only a name the clause opens with, or one its verb follows, becomes what "it" means next: not
  // "Sequoia Capital" in "The round was led by a16z, with participation from investors Sequoia Capital".
  // A person is never what a company's figures are about, so a party opening the clause goes first: "Veltrix reported
  // results, and chief financial officer Ana Ruiz spoke on a call" goes on about Veltrix.
  // Nor a thing counted ("168 aircraft — 112 Airbus A320neo-family jets, 41 Embraer E195-E2s"): a number before a name
  // makes it what is counted, not who acts.
  const counted = (m: Mention): boolean => doc.tokens[m.first - 1]?.type === 'number';
  const openers = subjectCandidates(doc, clause, mentions).filter((m) => (m.first <= clause.first + 1 || startsClause(doc, m)) && !counted(m));
  const opener = openers.find((m) => m.kind !== 'PERSON') ?? openers[0] ?? null;
  // "The company plans …" means the party the story is about, as it does in a clause with a figure (subjectAt).
  const described = continues ? theCompanyBefore(doc, clause, clause.first + 2, state) : null;
  // "The smartwatch market was worth $9.8 billion, Meridian estimated": a speaker whose clause has figures of another
  // (a market's) is not what the story goes on about.
  const speakerOfOthers = opener !== null && drafts.some((draft) => draft.subject.kind === 'MARKET') && reports(doc.tokens[opener.last + 1]);
  const firstSubject = parties[0]?.subject ?? (continues ? (described ?? state.lastSubject) : speakerOfOthers ? null : opener);
  carry.subject = firstSubject ?? carry.subject;
  // A dateline's date ("Nov 20 (Reuters) -") dates nothing that follows; a clause with a verb lends its date on.
  // The date of an earlier state ("from 12% a year earlier") is not the clause's own.
  const comparedDates = new Set([...scope.bindings].filter(([anchor]) => isEarlierState(doc, anchor.first)).map(([, date]) => date));
  // The date that dates a figure before any other: "said on Wednesday that revenue for the second quarter rose".
  const ownDates = clauseDates.filter((date) => !comparedDates.has(date));
  const bound = new Set(scope.bindings.values());
  const ownDate = ownDates.find((date) => bound.has(date)) ?? ownDates[0];
  noteReportingPeriod(scope, ownDate, drafts);
  if (doc.tokens.slice(clause.first, clause.last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) carry.date = ownDate ?? carry.date;
  if (clause.position === 0) noteOpener(doc, clause, mentions, drafts, state);
  // Nor is a place what "it" or the next sentence's "Full-year revenue" goes on about, nor a person quoted ("…,"
  // Chief Executive Anneliese Vogt said. … patients on Travelle lost 22.4% of their weight" is no figure of hers).
  // Nor a name a speaker's quoted words open with and claim nothing of: the quote is an aside in the story of its
  // company, which goes on after it ('"Orlion is still growing, but …" Research and development spending rose 22%').
  const quotedOpener = parties.length === 0 && firstSubject !== null && firstSubject === opener && insideQuotation(doc, opener.first);
  const goesOnAbout = quotedOpener ? (mainSubject(state) ?? state.lastSubject) : firstSubject;
  if (goesOnAbout && !isPlaceName(goesOnAbout.name) && goesOnAbout.kind !== 'PERSON') {
    state.lastSubject = goesOnAbout;
    state.lastSubjectSentence = clause.sentence;
  }
  for (const market of within(mentions, clause).filter((m) => m.kind === 'MARKET')) rememberMarket(state, market);
  // A market named in passing ("Cloud market growth accelerates") is what a later "the market" means.
  const named = clauseMarket(scope.objects, clause) ?? volumeMarket(scope.objects, clause);
  if (named) rememberMarket(state, named);
  return drafts.map((draft) => toCandidate(scope, draft)).filter((c): c is Candidate => c !== null);
}

function sentenceCandidates(input: SentenceInput, reading: SentenceReading, previous: readonly Candidate[]): Candidate[] {
  input.state.sentenceMarket = null;
  const carry = { subject: null as Mention | null, date: null as DateMention | null };
  const candidates = splitClauses(input.doc, reading.sentence).flatMap((clause) => clauseCandidates(input, clause, reading.mentions, reading.figures, reading.dates, carry));
  // "…was 6.8% in the first eleven months of 2025, according to Motiva, up from 5.1% in the same period a year
  // earlier": the span a year back is the sentence's own, whichever clause dated it.
  // The company's fiscal quarters first, so the same quarter a year back is the fiscal one.
  const story = mainSubject(input.state)?.name ?? null;
  const quarters = companyFiscalQuarters(candidates, input.fiscalYearEndMonth, input.publishedAtText, input.doc.text, story, input.state.fiscalSpans.ownCalendarTold);
  const spans = companyFiscalOpeningSpans(quarters, input.fiscalYearEndMonth, input.publishedAtText, input.doc.text, input.state.fiscalSpans, story);
  const numbered = companyFiscalYears(spans, input.fiscalYearEndMonth, input.doc.text, input.fiscalYearNaming);
  const fiscal = companyWholeYear(numbered, input.fiscalYearEndMonth, input.publishedAtText, story);
  // "… earned $268.5 million in the three months ended Nov. 1. That compares with $241.9 million in the same period
  // last year": the span a year back is the sentence before's.
  // "Shipments stood at 35.4 million units in the same period last year.": the sentence before named the period.
  const carried = comparesWithPrevious(input.doc, reading.sentence) || datedOnlyAYearBack(fiscal) ? previous : [];
  return sameSpanAYearBefore([...carried, ...fiscal], input.publishedAtText).slice(carried.length);
}

/** "$500M" and "$500 million" are one value: compared as read, not as written. */
function valueKey(value: string | null): unknown {
  if (value === null) return null;
  try {
    const q = parseQuantity(value, { accept: [...DIMENSIONS] });
    return [q.unit, q.lower, q.upper, q.lowerInclusive, q.upperInclusive];
  } catch {
    return value.toLowerCase();
  }
}

/**
 * A headline's undated "Nimbus Labs Raises $120 Million" and the body's "today announced it has raised $120 million"
 * are one statement: the dated telling is kept, so a reviewer sees it once; of undated tellings only, the last (the
 * body's, with its sentence around it).
 */
function withoutUndatedRepeats(candidates: Candidate[]): Candidate[] {
  // "Tembo Telecom" in the headline is the body's "Tembo Telecom PLC".
  const party = (name: string): string => (withoutCompanySuffix(name) ?? name).toLowerCase();
  const key = (c: Candidate): string => JSON.stringify([party(c.subject), c.predicate, c.object, valueKey(c.value)]);
  const dated = new Set(candidates.filter((c) => c.period !== null).map(key));
  const lastUndated = new Map(candidates.map((c, index) => [key(c), index] as const).filter(([k]) => !dated.has(k)));
  return candidates.filter((c, index) => c.period !== null || lastUndated.get(key(c)) === index);
}

/** Every candidate claim in the article, in text order. */
export function extractCandidates(text: string, options: ExtractOptions): Candidate[] {
  const doc = readArticle(text);
  const known = new KnownEntities(options.entities);
  const knownMentions = findKnownMentions(doc, known);
  const publishedAt = options.publishedAt ? parsePartialDate(options.publishedAt) : null;
  const readings = doc.sentences.map((sentence) => readSentence(doc, sentence, knownMentions, publishedAt));
  const outlets = outletsOf(doc);
  for (const reading of readings) reading.mentions = withoutOutlets(reading.mentions, outlets);
  unifyNewNames(readings.flatMap((reading) => reading.mentions), doc);
  markPeople(doc, readings.flatMap((reading) => reading.mentions));
  const state: ArticleState = { lastSubject: null, lastSubjectSentence: -1, subjectSentences: new Map(), lastRelease: null, lastOpener: null, marketsSeen: [], reportedMarket: null, sentenceMarket: null, reportingPeriods: { company: null, market: null, companyByUnit: new Map() }, lastShares: null, lastFigure: null, recentFigures: [], seen: new Set(), fiscalSpans: fiscalSpansOf(text), sellerShareMarkets: new Set(), assets: assetNames(doc, readings.flatMap((reading) => reading.mentions)) };
  const input = { doc, known, publishedAtText: options.publishedAt, fiscalYearEndMonth: fiscalYearEndMonth(text, options.publishedAt ?? null), fiscalYearNaming: fiscalYearNaming(text, options.publishedAt ?? null), state };
  const candidates: Candidate[] = [];
  let previous: Candidate[] = [];
  for (const reading of readings) {
    previous = sentenceCandidates(input, reading, previous);
    candidates.push(...previous);
  }
  // Last, when the whole article has shown the company's calendar: the months each rule counted in become its weeks.
  const story = mainSubject(state)?.name ?? null;
  // The story company itself or its shortening ("Alderwick"): not another company sharing its first word ("Samsung
  // Electronics" in a Samsung Biologics story), whose calendar may be another.
  const owns = (candidate: Candidate): boolean => sameCompany(candidate.subject, story);
  const weekly = onWeekCalendar(candidates, weekCalendarOf(candidates, text, options.publishedAt ?? null, owns), options.publishedAt ?? null, owns);
  return markUnnamedParts(withoutUndatedRepeats(weekly), publishedAt, doc);
}
