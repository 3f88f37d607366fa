// A fact (one statement about the world) and its claims: each source that states it gives one claim, in its own words.
import type { EntityKind } from '../../src/domain/model.js';
import type { ClaimInput, SourceInput } from '../../src/app/inputs.js';
import type { Random } from './random.js';

export interface Fact {
  subject: string;
  subjectKind: EntityKind;
  predicate: string;
  object?: string;
  objectKind?: EntityKind;
  /** Phrasings of the one value; each source picks one. */
  values?: string[];
  /** Phrasings of the one period; each source picks one. */
  periods?: string[];
  qualifiers?: Array<{ key: string; value: string }>;
  negated?: boolean;
}

const VERBS: Record<string, (f: Fact, v: string) => string> = {
  market_share: (f, v) => `${f.subject} ${f.negated ? 'did not hold' : 'held'} ${v} of the ${f.object}`,
  leader_of: (f) => `${f.subject} ${f.negated ? 'did not lead' : 'led'} the ${f.object}`,
  revenue_run_rate: (f, v) => `${f.subject} reached a ${v} annualized revenue run rate`,
  revenue: (f, v) => `${f.subject} reported revenue of ${v}`,
  valuation: (f, v) => `${f.subject} was valued at ${v}`,
  funding_raised: (f, v) => `${f.subject} raised ${v}`,
  user_count: (f, v) => `${f.subject} had ${v}`,
  adoption_rate: (f, v) => `${v} of ${f.object} used ${f.subject}`,
  speedup_over: (f, v) => `${f.subject} is ${v} faster than ${f.object}`,
  time_to_milestone: (f, v) => `${f.subject} took ${v} from launch to reach ${f.qualifiers?.[0]?.value ?? 'the milestone'}`,
  released_on: (f) => `${f.subject} ${f.negated ? 'was not released' : 'was released'}`,
  helped_build_itself: (f) => `${f.subject} ${f.negated ? 'was not used' : 'was used'} to build itself`,
  outperforms: (f) => `${f.subject} ${f.negated ? 'does not outperform' : 'outperforms'} ${f.object}`,
  larger_than: (f) => `${f.subject} ${f.negated ? 'is not larger' : 'is larger'} than ${f.object}`,
  pioneered: (f) => `${f.subject} ${f.negated ? 'did not pioneer' : 'pioneered'} the ${f.object}`,
  has_capability: (f, v) => `${f.subject} ${f.negated ? 'does not offer' : 'offers'} ${v}`,
};

const FILLER = ['According to the report,', 'Analysts say', 'The company said', 'Figures show that', 'In a statement,', 'Sources confirm'];

/** The claim one source makes of a fact: its own phrasing of value and period, quoted with a text span. */
export function claimOf(fact: Fact, source: SourceInput, random: Random): ClaimInput {
  const value = fact.values ? random.pick(fact.values) : undefined;
  const period = fact.periods ? random.pick(fact.periods) : undefined;
  const verb = VERBS[fact.predicate];
  if (!verb) throw new Error(`no sentence template for ${fact.predicate}`);
  const core = verb(fact, value ?? '');
  const measure = fact.qualifiers?.find((q) => q.key === 'measure');
  const when = period?.replace(/^in /, '');
  const text = `${core}${measure ? ` by ${measure.value}` : ''}${when ? ` in ${when}` : ''}.`;
  const quote = value ?? core;
  const start = random.int(0, 20_000);
  const input: ClaimInput = {
    text: text.charAt(0).toUpperCase() + text.slice(1),
    subject: fact.subject,
    subjectKind: fact.subjectKind,
    predicate: fact.predicate,
    source,
    quote,
    span: { start, end: start + quote.length, prefix: `${random.pick(FILLER)} `, suffix: when ? ` in ${when}` : '.' },
  };
  if (fact.object !== undefined) input.object = fact.object;
  if (fact.objectKind !== undefined) input.objectKind = fact.objectKind;
  if (value !== undefined) input.value = value;
  if (period !== undefined) input.period = period;
  if (fact.qualifiers) input.qualifiers = fact.qualifiers;
  if (fact.negated) input.negated = true;
  return input;
}

/** One claim per source, from `count` distinct sources. */
export function claimsOf(fact: Fact, sources: readonly SourceInput[], count: number, random: Random): ClaimInput[] {
  return random.sample(sources, count).map((source) => claimOf(fact, source, random));
}
