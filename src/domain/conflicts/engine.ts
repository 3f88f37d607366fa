// The rule engine: groups claims by what they are about and runs each predicate's declared rules on each group.
import type { PredicateDefinition } from '../predicates.js';
import { additiveShareConflicts } from './additive-share.js';
import { eventConflicts } from './event.js';
import { exclusiveConflicts } from './exclusive.js';
import { functionalConflicts } from './functional.js';
import { groupByMarket } from './grouping.js';
import { polarityConflicts } from './polarity.js';
import type { ClaimView, Finding, PredicateLookup } from './types.js';

/** Only accepted claims take part: a candidate waits for a person, and withdrawn claims assert nothing. */
export const takesPart = (view: Pick<ClaimView, 'claim'>): boolean => view.claim.status === 'ACCEPTED';

/** Which of the engine's passes a predicate's claims join, read once per predicate rather than once per claim. */
interface Passes {
  /** Compared within their statement (functional, event, polarity). */
  statement: boolean;
  /** Summed per market (additive share). */
  share: boolean;
  /** Compared with the market's leaders (additive share and exclusive). */
  market: boolean;
}

function passesOf(definition: PredicateDefinition | undefined): Passes {
  const semantics = definition?.semantics ?? [];
  return {
    statement: definition !== undefined && semantics.some((s) => s === 'FUNCTIONAL' || s === 'EVENT' || s === 'POLARITY'),
    share: semantics.includes('ADDITIVE_SHARE'),
    market: semantics.some((s) => s === 'ADDITIVE_SHARE' || s === 'EXCLUSIVE'),
  };
}

/** A lookup that asks `lookup` once per name: rules look predicates up per claim, a rescan has a million. */
function memoised(lookup: PredicateLookup): PredicateLookup {
  const known = new Map<string, PredicateDefinition | undefined>();
  return (name) => {
    if (known.has(name)) return known.get(name);
    const definition = lookup(name);
    known.set(name, definition);
    return definition;
  };
}

/**
 * Every conflict among `views`, sorted by key. Pure and order-free: the same claims in any order give the
 * same findings. Callers pass whole groups (every claim sharing a key), or a group's conflicts are missed.
 * The claims are grouped once; each rule sees only the claims of the predicates that declare it.
 */
export function detectConflicts(views: readonly ClaimView[], lookupAny: PredicateLookup): Finding[] {
  const lookup = memoised(lookupAny);
  const passes = new Map<string, Passes>();
  const passOf = (predicate: string): Passes => {
    let pass = passes.get(predicate);
    if (!pass) passes.set(predicate, (pass = passesOf(lookup(predicate))));
    return pass;
  };
  const judged = (view: ClaimView): boolean => {
    if (!takesPart(view)) return false;
    const pass = passOf(view.claim.predicate);
    return pass.statement || pass.market;
  };

  const findings: Finding[] = [];
  for (const market of groupByMarket(views, judged)) {
    // Shares and leadership compare different subjects: their groups are markets (object and qualifiers).
    const marketClaims: ClaimView[] = [];
    for (const { predicate, statements, claims: predicateClaims } of market.predicates) {
      const definition = lookup(predicate)!;
      const pass = passOf(predicate);
      // Every statement rule compares pairs: a claim alone in its statement has nothing to clash with.
      if (pass.statement) for (const statement of statements) if (statement.length > 1) findings.push(...statementConflicts(statement, definition));
      if (market.objectId === null) continue;
      const claims = pass.market ? predicateClaims : [];
      if (pass.share) findings.push(...additiveShareConflicts(claims, definition));
      for (const claim of claims) marketClaims.push(claim);
    }
    if (marketClaims.length > 0) findings.push(...exclusiveConflicts(marketClaims, lookup));
  }

  const unique = new Map(findings.map((found) => [found.key, found]));
  return [...unique.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The rules over one statement (subject, predicate, object, qualifiers) that its predicate declares. */
function statementConflicts(group: readonly ClaimView[], definition: PredicateDefinition): Finding[] {
  const findings: Finding[] = [];
  if (definition.semantics.includes('FUNCTIONAL')) findings.push(...functionalConflicts(group, definition));
  if (definition.semantics.includes('EVENT')) findings.push(...eventConflicts(group, definition));
  if (definition.semantics.includes('POLARITY')) findings.push(...polarityConflicts(group, definition));
  return findings;
}
