// What claim builders see of one clause: its figures, dates and mentions, what earlier clauses carry in, and the article's memory.
import { anchorOver } from './anchor.js';
import type { Candidate } from './candidate.js';
import { claimText, type Wording } from './claim-text.js';
import type { Clause } from './clauses.js';
import type { DateMention } from './dates.js';
import type { ArticleDocument } from './document.js';
import type { Figure } from './figures.js';
import type { Mention } from './mentions.js';
import type { ObjectContext, ObjectRef, SeenMarket } from './objects.js';
import { pronounBefore, subjectCandidates, subjectOf } from './roles.js';
import type { TokenRange } from './spans.js';
import { statedAsNow } from './tense.js';

/** What the article has established so far: who "it" is, the last release, which markets were named. */
export interface ArticleState {
  lastSubject: Mention | null;
  /** The sentence lastSubject was the subject of. */
  lastSubjectSentence: number;
  lastRelease: { subject: Mention; period: string | null; sentence: number } | null;
  /** Markets named so far (known, or proposed by a claim), most recent first. */
  marketsSeen: SeenMarket[];
  /** The market of the sentence's last share, for a later share that does not repeat it ("while OpenAI has dropped to 25%"). */
  sentenceMarket: ObjectRef | null;
  /** Dedup within one article: one candidate per statement and span. */
  seen: Set<string>;
}

export interface ClauseScope {
  doc: ArticleDocument;
  clause: Clause;
  sentence: string;
  /** Every mention of the sentence (subjects may be carried across its clauses). */
  mentions: readonly Mention[];
  figures: readonly Figure[];
  dates: readonly DateMention[];
  /** Which date goes with which figure or cue of this clause. */
  bindings: ReadonlyMap<TokenRange, DateMention>;
  /** The subject of the sentence's previous clause. */
  carried: Mention | null;
  /** The date of the sentence's previous clause, for a clause that states none. */
  carriedDate: DateMention | null;
  /** Partial ISO publication date, the period of a figure stated as current. */
  publishedAt: string | null;
  objects: ObjectContext;
  state: ArticleState;
}

/** Predicates whose present-tense figures describe the state at publication ("holds 32%"). */
const STATES = new Set(['market_share', 'user_count', 'valuation', 'adoption_rate', 'revenue_run_rate', 'leader_of']);

export function subjectAt(scope: ClauseScope, index: number): Mention | null {
  const carried = scope.carried ?? (pronounBefore(scope.doc, scope.clause, index) ? scope.state.lastSubject : null);
  return subjectOf(scope.doc, scope.clause, index, scope.mentions, carried);
}

/**
 * "Nvidia reported revenue of $35.1 billion. Data center revenue rose 112% to $30.8 billion.": a sentence naming no
 * one goes on about the previous sentence's subject.
 */
export function continuedSubject(scope: ClauseScope): Mention | null {
  const sentence = scope.doc.sentences[scope.clause.sentence]!;
  const namesSomeone = subjectCandidates(scope.doc, sentence, scope.mentions).length > 0;
  if (namesSomeone || scope.state.lastSubjectSentence !== sentence.index - 1) return null;
  return opensWithOwnProperty(scope, sentence.first) ? scope.state.lastSubject : null;
}

/** What a company has, opening a sentence about it: "Data center revenue rose", "Shares fell". */
const PROPERTY = /^(?:revenues?|sales|shares|stock|profits?|income|margins?|earnings|users|customers|subscribers|valuation|growth|funding|arr|bookings|market|run|chipmaker|company|startup|firm|model|platform|app|service)$/;

/**
 * The sentence's subject, before its verb, is a property of the last subject ("Data center revenue", "Shares") or
 * a definite description of it ("The chipmaker forecast"), not some other party ("The three leaders together").
 */
function opensWithOwnProperty(scope: ClauseScope, first: number): boolean {
  const tokens = scope.doc.tokens;
  let verb = first;
  while (verb <= scope.clause.last && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb += 1;
  const opening = tokens.slice(first, verb);
  if (opening.some((t) => t.pos === 'NUM')) return false;
  return opening.some((t) => PROPERTY.test(t.normal));
}

export interface PeriodChoice {
  period: string | null;
  /** Words of a period that could not be resolved, for the claim text. */
  unresolved: string | null;
  range: TokenRange | null;
}

/**
 * The period of a claim anchored at `anchor`: the date bound to it, else the previous clause's, else (for a state
 * stated in the present) the publication date. A date counted from launch needs the subject's known launch date.
 */
export function periodFor(scope: ClauseScope, anchor: TokenRange, subject: Mention, predicate: string): PeriodChoice {
  const date = scope.bindings.get(anchor) ?? (scope.dates.length === 0 ? scope.carriedDate : null);
  if (date) {
    const resolvable = date.anchored ? Boolean(subject.entity?.launchDate) : date.period !== null;
    const inClause = date.first >= scope.clause.first && date.last <= scope.clause.last;
    return resolvable ? { period: date.text, unresolved: null, range: inClause ? date : null } : { period: null, unresolved: date.text, range: null };
  }
  if (scope.publishedAt && STATES.has(predicate) && statedAsNow(scope.doc, scope.clause, anchor)) return { period: scope.publishedAt, unresolved: null, range: null };
  return { period: null, unresolved: null, range: null };
}

export interface Draft {
  subject: Mention;
  predicate: string;
  object: ObjectRef | null;
  value: string | null;
  period: PeriodChoice;
  negated: boolean;
  qualifiers?: Array<{ key: string; value: string }>;
  milestone?: string | null;
  /** The figure or cue the claim was read from, and the other words the quote should reach. */
  core: TokenRange;
  parts: ReadonlyArray<TokenRange | null>;
}

/** Puts a market first among those the article has named, so a later short reference finds it. */
export function rememberMarket(state: ArticleState, market: { name: string; entity: SeenMarket['entity'] }): void {
  const seen: SeenMarket = { name: market.name, aliases: market.entity?.aliases ?? [], entity: market.entity };
  state.marketsSeen = [seen, ...state.marketsSeen.filter((m) => m.name !== market.name)];
}

/** Words a draft and anchors it; null when the same statement was already drafted from the same words. */
export function toCandidate(scope: ClauseScope, draft: Draft): Candidate | null {
  // The quote stays inside the clause: a subject or market carried in from an earlier clause is not quoted again.
  const inClause = (range: TokenRange | null): range is TokenRange => range !== null && range.first >= scope.clause.first && range.last <= scope.clause.last;
  const anchor = anchorOver(scope.doc, draft.core, [draft.subject, ...draft.parts, draft.period.range].filter(inClause));
  const wording: Wording = {
    subject: draft.subject.name,
    predicate: draft.predicate,
    object: draft.object?.name ?? null,
    value: draft.value,
    period: draft.period.period === scope.publishedAt && draft.period.period !== null ? 'as of publication' : (draft.period.period ?? draft.period.unresolved),
    negated: draft.negated,
    sentence: scope.sentence,
    milestone: draft.milestone ?? null,
  };
  const key = JSON.stringify([draft.subject.name, draft.predicate, draft.object?.name, draft.value, draft.period.period, anchor.start]);
  if (scope.state.seen.has(key)) return null;
  scope.state.seen.add(key);
  if (draft.object?.market) rememberMarket(scope.state, draft.object);
  return {
    text: claimText(wording),
    subject: draft.subject.name,
    subjectKind: draft.subject.kind,
    predicate: draft.predicate,
    object: draft.object?.name ?? null,
    objectKind: draft.object ? (draft.object.entity?.kind ?? (draft.object.market ? 'MARKET' : 'OTHER')) : null,
    value: draft.value,
    period: draft.period.period,
    qualifiers: draft.qualifiers ?? [],
    negated: draft.negated,
    anchor,
  };
}
