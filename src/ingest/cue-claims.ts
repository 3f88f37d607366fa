// Drafts the claims a clause states without a figure: releases, leaders, pioneers, comparisons, "helped build itself".
import type { CueMatch } from './cues.js';
import { negatedBetween } from './cues.js';
import type { Mention } from './mentions.js';
import { comparatorAfter, ledMarket, pioneeredMarket, seenMarketAt, type ObjectRef } from './objects.js';
import { isOblique, reports } from './roles.js';
import { subjectAt } from './clause-subject.js';
import { periodFor, type ClauseScope, type Draft, type PeriodChoice } from './scope.js';
import { forecastBetween } from './scope-qualifiers.js';
import type { TokenRange } from './spans.js';
import { isDocument } from './date-binding.js';

/** How far back "the same day" may point to an earlier release, in sentences. */
const SAME_DAY_REACH = 2;

const asObject = (mention: Mention): ObjectRef => ({ name: mention.name, entity: mention.entity, range: mention, market: false });

/** How close after the verb the released thing is named ("launched the new Claude Opus 4.6"). */
const OBJECT_REACH = 4;

/** What was released: the product or model named after the verb ("OpenAI released GPT-5"), else the clause's subject ("GPT-5 was released"). */
function releasedThing(scope: ClauseScope, cue: CueMatch): Mention | null {
  const after = scope.mentions.find(
    (m) => m.first > cue.last && m.first <= cue.last + OBJECT_REACH && m.last <= scope.clause.last && m.kind !== 'COMPANY' && m.kind !== 'MARKET' && !isOblique(scope.doc, m),
  );
  if (after) return after;
  const named = namedInApposition(scope, cue);
  if (named) return named;
  // "Globex shipped a new widget": what was released is not an entity, and Globex was not released.
  const next = scope.doc.tokens[cue.last + 1];
  const passive = /^(?:was|were|been|is|are|be|being)$/.test(scope.doc.tokens[cue.first - 1]?.normal ?? '');
  const takesObject = next !== undefined && next.sentence === scope.doc.tokens[cue.first]!.sentence && /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(next.pos);
  return passive || !takesObject ? subjectAt(scope, cue.first) : null;
}

/** Words of the description a released thing's name follows: "its first product, Fennick Close". */
const DESCRIPTION_REACH = 5;

/** "launched its first product, Fennick Close, in January 2023": the name set beside a description of what was released. */
function namedInApposition(scope: ClauseScope, cue: CueMatch): Mention | null {
  const tokens = scope.doc.tokens;
  let comma = cue.last + 1;
  while (comma <= cue.last + DESCRIPTION_REACH && comma <= scope.clause.last && /^(?:DET|ADJ|NOUN|PRON)$/.test(tokens[comma]!.pos) && /^\p{Ll}/u.test(tokens[comma]!.text)) comma += 1;
  if (comma === cue.last + 1 || tokens[comma]?.text !== ',' || tokens[comma - 1]!.pos !== 'NOUN') return null;
  // Not a speaker: "launched a new service, Google Cloud said on Tuesday".
  const named = scope.mentions.find((m) => m.first === comma + 1 && m.kind !== 'COMPANY' && m.kind !== 'MARKET' && m.kind !== 'PERSON');
  return named && !reports(scope.doc.tokens[named.last + 1]) ? named : null;
}

/** Where the clause says "(the) same day", if it does. */
function sameDayWords(scope: ClauseScope): TokenRange | null {
  for (let i = scope.clause.first; i < scope.clause.last; i++) {
    if (scope.doc.tokens[i]!.normal === 'same' && scope.doc.tokens[i + 1]?.normal === 'day') {
      return { first: scope.doc.tokens[i - 1]?.normal === 'the' ? i - 1 : i, last: i + 1 };
    }
  }
  return null;
}

function releaseDrafts(scope: ClauseScope, cue: CueMatch): Draft[] {
  // "plans to launch in Brazil next month", "will ship in March": a plan is not a release, and its date is no event's.
  if (forecastBetween(scope.doc, scope.clause.first, cue.first - 1)) return [];
  // "according to a report released on Tuesday", "data published today": a document was released, not a product.
  if (isDocument(scope.doc.tokens[cue.first - 1])) return [];
  // "in under 13 months from launch", "since launch": the launch a span is counted from, no release told.
  if (/^(?:launch|release)$/.test(scope.doc.tokens[cue.first]!.normal) && /^(?:from|since|until|at)$/.test(scope.doc.tokens[cue.first - 1]?.normal ?? '')) return [];
  const subject = releasedThing(scope, cue);
  if (!subject) return [];
  const earlier = scope.state.lastRelease;
  const sameDay = sameDayWords(scope);
  const sameDayAs = sameDay && earlier && earlier.subject.name !== subject.name && scope.clause.sentence - earlier.sentence <= SAME_DAY_REACH ? earlier : null;
  let period: PeriodChoice = periodFor(scope, cue, subject, 'released_on');
  if (!period.period && sameDayAs?.period) period = { period: sameDayAs.period, unresolved: null, range: null };
  scope.state.lastRelease = { subject, period: period.period, sentence: scope.clause.sentence };
  const negated = negatedBetween(scope.doc, scope.clause.first, cue.first);
  const draft: Draft = { subject, predicate: 'released_on', object: null, value: null, period, negated, core: cue, parts: [subject, sameDay] };
  if (!sameDayAs) return [draft];
  return [draft, { ...draft, predicate: 'released_same_day_as', object: asObject(sameDayAs.subject) }];
}

/**
 * "Hoshida Electric held on to first place with a 17.1% share": first place names no market; with a share in the
 * clause, in an article about one, it is that one ("finished in first place in a customer survey" is no market's).
 */
function placeInMarket(scope: ClauseScope, cue: CueMatch): ObjectRef | null {
  const last = scope.objects.mentionedBefore[0];
  const firstPlace = scope.doc.tokens[cue.last]?.normal === 'place' && scope.doc.tokens[cue.first]?.normal === 'first';
  const withShare = scope.figures.some((figure) => figure.dimension === 'SHARE');
  return firstPlace && withShare && last ? seenMarketAt(last, cue) : null;
}

/** "slipped from first place to third", "formerly the biggest seller of phones": a lead lost or past is no lead. */
function leadLostOrPast(scope: ClauseScope, cue: CueMatch): boolean {
  const before = scope.doc.tokens.slice(Math.max(scope.clause.first, cue.first - 3), cue.first).map((t) => t.normal);
  return before.at(-1) === 'from' || before.some((word) => /^(?:formerly|former|once|previously|no)$/.test(word));
}

function relationDraft(scope: ClauseScope, cue: CueMatch): Draft | null {
  const subject = subjectAt(scope, cue.first);
  if (!subject) return null;
  const until = scope.clause.last;
  let object: ObjectRef | null = null;
  if (cue.predicate === 'leader_of') object = leadLostOrPast(scope, cue) ? null : (ledMarket(scope.objects, cue.last, until) ?? placeInMarket(scope, cue));
  else if (cue.predicate === 'pioneered') object = pioneeredMarket(scope.objects, cue.last, until);
  else if (cue.predicate === 'outperforms' || cue.predicate === 'larger_than') object = comparatorAfter(scope.objects, cue.last, until, subject);
  if (cue.predicate !== 'helped_build_itself' && !object) return null;
  const negated = negatedBetween(scope.doc, Math.max(scope.clause.first, subject.last + 1), cue.first);
  const period = periodFor(scope, cue, subject, cue.predicate);
  return { subject, predicate: cue.predicate, object, value: null, period, negated, core: cue, parts: [object?.range ?? null] };
}

/** "unveiled Nimbus Serverless, an edition released on March 4": one release, told twice; the dated telling wins. */
function oneReleaseEach(drafts: Draft[]): Draft[] {
  return drafts.filter((draft) => {
    if (draft.predicate !== 'released_on' || draft.period.period) return true;
    return !drafts.some((other) => other !== draft && other.predicate === 'released_on' && other.subject.name === draft.subject.name && other.period.period);
  });
}

export function cueDrafts(scope: ClauseScope, cues: readonly CueMatch[]): Draft[] {
  const drafts: Draft[] = [];
  for (const cue of cues) {
    if (cue.predicate === 'released_on') drafts.push(...releaseDrafts(scope, cue));
    else {
      const draft = relationDraft(scope, cue);
      if (draft) drafts.push(draft);
    }
  }
  return oneReleaseEach(drafts);
}
