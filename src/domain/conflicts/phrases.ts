// How an explanation names what a claim is about ("OpenAI's share of the enterprise LLM API market").
import type { ClaimView } from './types.js';

type Phrase = (subject: string, object: string) => string;

/** Built-in predicates read naturally; a declared predicate falls back to its name, which is still checkable. */
const PHRASES: Readonly<Record<string, Phrase>> = {
  market_share: (s, o) => `${s}'s share of the ${o}`,
  leader_of: (s, o) => `${s} leads the ${o}`,
  revenue_run_rate: (s) => `${s}'s annualized revenue run rate`,
  revenue: (s) => `${s}'s revenue`,
  profit: (s) => `${s}'s profit`,
  time_to_milestone: (s) => `${s}'s time to milestone`,
  released_on: (s) => `${s}'s release date`,
  released_same_day_as: (s, o) => `${s} was released the same day as ${o}`,
  speedup_over: (s, o) => `${s}'s speed-up over ${o}`,
  adoption_rate: (s, o) => `${s}'s adoption among ${o}`,
  valuation: (s) => `${s}'s valuation`,
  funding_raised: (s) => `funding raised by ${s}`,
  user_count: (s) => `${s}'s user count`,
  helped_build_itself: (s) => `${s} helped build itself`,
  outperforms: (s, o) => `${s} outperforms ${o}`,
  larger_than: (s, o) => `${s} is larger than ${o}`,
  pioneered: (s, o) => `${s} pioneered the ${o}`,
  has_capability: (s) => `${s}'s capabilities`,
};

/** The statement a claim makes, without its value: names the entities, the predicate and the qualifiers. */
export function statementOf(view: ClaimView): string {
  const object = view.objectName ?? '';
  const phrase = PHRASES[view.claim.predicate];
  const base = phrase
    ? phrase(view.subjectName, object)
    : `${view.subjectName} ${view.claim.predicate.replace(/_/g, ' ')}${object ? ` ${object}` : ''}`;
  return base + qualifierText(view);
}

/** " (measure: usage)", or nothing: qualifiers scope a statement, so a reader must see them. */
export function qualifierText(view: ClaimView): string {
  const qualifiers = view.claim.qualifiers.map((q) => `${q.key}: ${q.value}`).join(', ');
  return qualifiers ? ` (${qualifiers})` : '';
}

/** "the enterprise LLM API market (measure: spend)": the market a share or a leadership is of. */
export const marketOf = (view: ClaimView): string => `the ${view.objectName ?? 'market'}${qualifierText(view)}`;
