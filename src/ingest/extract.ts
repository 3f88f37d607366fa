// Article text in, candidate claims out: runs the finders sentence by sentence and clause by clause, carrying context along.
import type { Entity } from '../domain/model.js';
import { parsePartialDate, type PartialDate } from '../domain/period.js';
import { UNCLASSIFIED, type Candidate } from './candidate.js';
import { splitClauses, type Clause } from './clauses.js';
import { cueDrafts } from './cue-claims.js';
import { clauseCues } from './cues.js';
import { bindDates } from './date-binding.js';
import { findDates, type DateMention } from './dates.js';
import { readArticle, sliceTokens, type ArticleDocument, type Sentence } from './document.js';
import { figureDrafts } from './figure-claims.js';
import { findFigures } from './figures.js';
import { KnownEntities } from './known-entities.js';
import { findKnownMentions, type Mention } from './mentions.js';
import { findNewNames, longerName } from './names.js';
import { subjectCandidates } from './roles.js';
import { periodFor, rememberMarket, subjectAt, toCandidate, type ArticleState, type ClauseScope, type Draft } from './scope.js';
import { contains, type TokenRange } from './spans.js';

export interface ExtractOptions {
  /** Partial ISO date the source was published: "today", "this year" and present-tense states resolve against it. */
  publishedAt: string | null;
  /** The entities the graph holds; mentions link to them by name or alias. */
  entities: readonly Entity[];
}

const within = <T extends TokenRange>(items: readonly T[], range: TokenRange): T[] => items.filter((item) => contains(range, item));

interface SentenceInput {
  doc: ArticleDocument;
  sentence: Sentence;
  known: KnownEntities;
  knownMentions: readonly Mention[];
  publishedAt: PartialDate | null;
  publishedAtText: string | null;
  state: ArticleState;
}

/** A dated statement about an entity that no cue classifies ("OpenAI was founded in 2015"). */
function datedStatement(scope: ClauseScope): Draft | null {
  const date = scope.dates.find((d) => d.period !== null);
  const verb = scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1).some((t) => t.pos === 'VERB');
  const subject = date && verb ? subjectAt(scope, date.first) : null;
  if (!date || !subject) return null;
  const period = periodFor(scope, date, subject, UNCLASSIFIED);
  return { subject, predicate: UNCLASSIFIED, object: null, value: null, period: { ...period, period: date.text, range: date }, negated: false, core: date, parts: [] };
}

function clauseCandidates(input: SentenceInput, clause: Clause, mentions: readonly Mention[], figures: ReturnType<typeof findFigures>, dates: readonly DateMention[], carry: { subject: Mention | null; date: DateMention | null }): Candidate[] {
  const { doc, state } = input;
  const clauseFigures = within(figures, clause);
  const clauseDates = within(dates, clause);
  const cues = clauseCues(doc, clause, clauseDates);
  const scope: ClauseScope = {
    doc,
    clause,
    sentence: sliceTokens(doc, input.sentence.first, input.sentence.last),
    mentions,
    figures: clauseFigures,
    dates: clauseDates,
    bindings: bindDates(doc, [...clauseFigures, ...cues], clauseDates),
    carried: clause.position > 0 ? carry.subject : null,
    carriedDate: clause.position > 0 ? carry.date : null,
    publishedAt: input.publishedAtText,
    objects: { doc, mentions, known: input.known, mentionedBefore: state.marketsSeen },
    state,
  };
  const drafts = [...figureDrafts(scope), ...cueDrafts(scope, cues)];
  if (drafts.length === 0) {
    const dated = datedStatement(scope);
    if (dated) drafts.push(dated);
  }
  const firstSubject = drafts[0]?.subject ?? subjectCandidates(doc, clause, mentions)[0] ?? null;
  carry.subject = firstSubject ?? carry.subject;
  carry.date = clauseDates[0] ?? carry.date;
  if (firstSubject) state.lastSubject = firstSubject;
  for (const market of within(mentions, clause).filter((m) => m.kind === 'MARKET')) rememberMarket(state, market);
  return drafts.map((draft) => toCandidate(scope, draft)).filter((c): c is Candidate => c !== null);
}

function sentenceCandidates(input: SentenceInput): Candidate[] {
  const { doc, sentence } = input;
  const known = within(input.knownMentions, sentence);
  const dates = findDates(doc, sentence, input.publishedAt, known);
  const longer = known.map((m) => longerName(doc, sentence, m, [...known.filter((k) => k !== m), ...dates]));
  const own = known.filter((_, i) => longer[i] === null);
  const names = [...longer.filter((m): m is Mention => m !== null), ...findNewNames(doc, sentence, [...known, ...dates])];
  const mentions = [...own, ...names].sort((a, b) => a.first - b.first);
  const figures = findFigures(doc, sentence, [...mentions, ...dates.filter((d) => !d.anchored)]);
  input.state.sentenceMarket = null;
  const carry = { subject: null as Mention | null, date: null as DateMention | null };
  return splitClauses(doc, sentence).flatMap((clause) => clauseCandidates(input, clause, mentions, figures, dates, carry));
}

/**
 * A headline's undated "Nimbus Labs Raises $120 Million" and the body's "today announced it has raised $120 million"
 * are one statement: the dated telling is kept, so a reviewer sees it once.
 */
function withoutUndatedRepeats(candidates: Candidate[]): Candidate[] {
  const key = (c: Candidate): string => JSON.stringify([c.subject, c.predicate, c.object, c.value?.toLowerCase() ?? null]);
  const dated = new Set(candidates.filter((c) => c.period !== null).map(key));
  return candidates.filter((c) => c.period !== null || !dated.has(key(c)));
}

/** Every candidate claim in the article, in text order. */
export function extractCandidates(text: string, options: ExtractOptions): Candidate[] {
  const doc = readArticle(text);
  const known = new KnownEntities(options.entities);
  const knownMentions = findKnownMentions(doc, known);
  const publishedAt = options.publishedAt ? parsePartialDate(options.publishedAt) : null;
  const state: ArticleState = { lastSubject: null, lastRelease: null, marketsSeen: [], sentenceMarket: null, seen: new Set() };
  const candidates = doc.sentences.flatMap((sentence) =>
    sentenceCandidates({ doc, sentence, known, knownMentions, publishedAt, publishedAtText: options.publishedAt, state }),
  );
  return withoutUndatedRepeats(candidates);
}
