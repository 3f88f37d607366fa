// The rule engine: groups claims by what they are about and runs each predicate's declared rules on each group.
import type { Claim } from '../model.js';
import type { PredicateDefinition } from '../predicates.js';
import { additiveShareConflicts } from './additive-share.js';
import { eventConflicts } from './event.js';
import { exclusiveConflicts } from './exclusive.js';
import { functionalConflicts } from './functional.js';
import { MarketGrouping } from './grouping.js';
import { polarityConflicts } from './polarity.js';
import type { ClaimView, Finding, PredicateLookup } from './types.js';

/** Only accepted claims take part: a candidate waits for a person, and withdrawn claims assert nothing. */
export const takesPart = (view: Pick<ClaimView, 'claim'>): boolean => claimTakesPart(view.claim);
const claimTakesPart = (claim: Claim): boolean => claim.status === 'ACCEPTED';

type StatementRule = (group: readonly ClaimView[], definition: PredicateDefinition) => Finding[];

/** The rules over one statement (subject, predicate, object, qualifiers), by the semantics that declare them. */
const STATEMENT_RULES: ReadonlyArray<readonly [semantics: string, rule: StatementRule]> = [
  ['FUNCTIONAL', functionalConflicts],
  ['EVENT', eventConflicts],
  ['POLARITY', polarityConflicts],
];

/** Which of the engine's passes a predicate's claims join, read once per predicate rather than once per claim. */
interface Passes {
  /** The rules its statements are compared by (functional, event, polarity), in that order; none when empty. */
  statement: readonly StatementRule[];
  /** Summed per market (additive share). */
  share: boolean;
  /** Compared with the market's leaders (additive share and exclusive). */
  market: boolean;
}

function passesOf(definition: PredicateDefinition | undefined): Passes {
  const semantics: readonly string[] = definition?.semantics ?? [];
  return {
    statement: STATEMENT_RULES.filter(([declared]) => semantics.includes(declared)).map(([, rule]) => rule),
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
 * Detection over claims handed in one at a time, so a caller walking a million claims (a rescan) codes each
 * for grouping in the walk that reads it, instead of collecting them and walking them again. Each claim comes
 * with an item of the caller's, which `viewOf` turns into the claim's view when its market's rules run (a
 * rescan's views then die young, a market at a time). Findings are pure and order-free: the same claims in
 * any order give the same findings. Callers add whole groups (every claim sharing a key), or a group's
 * conflicts are missed. The claims are grouped once; each rule sees only the claims of the predicates that
 * declare it.
 */
export class ConflictDetection<T> {
  private readonly lookup: PredicateLookup;
  private readonly viewOf: (item: T, periodId: string | null) => ClaimView;
  /** By predicate number (the grouping's): a claim's predicate is looked up once, for its pass and its group. */
  private readonly passes: Passes[] = [];
  private readonly grouping = new MarketGrouping<T>();
  /** The rules of each group that found something in the last `findings`. */
  private foundBy: Array<() => Finding[]> = [];

  /** `viewOf` makes an item's view; it is given the item's claim's period id, read when the claim was added. */
  constructor(lookup: PredicateLookup, viewOf: (item: T, periodId: string | null) => ClaimView) {
    this.lookup = memoised(lookup);
    this.viewOf = viewOf;
  }

  /** Takes the claim if a rule judges it (accepted, of a predicate with a rule), and says whether it did. */
  add(item: T, claim: Claim): boolean {
    if (!claimTakesPart(claim)) return false;
    const predicate = this.grouping.predicateCode(claim.predicate);
    const pass = this.passes[predicate] ?? this.passOf(claim.predicate);
    if (pass.statement.length === 0 && !pass.market) return false;
    this.grouping.add(item, claim, predicate);
    return true;
  }

  /** Every conflict among the claims added, sorted by key. */
  findings(): Finding[] {
    const { lookup } = this;
    const findings: Finding[] = [];
    this.foundBy = [];
    // The rules of a group that found something are kept, to be run again by findingsAgain. The closure is made
    // by `rerun`, and only then: one made per group (or capturing the loop's variables) would be made for each
    // of hundreds of thousands of statements.
    const keep = (found: Finding[], again: () => Finding[]) => {
      for (const one of found) findings.push(one);
      this.foundBy.push(again);
    };
    for (const market of this.grouping.groups(this.viewOf)) {
      // Shares and leadership compare different subjects: their groups are markets (object and qualifiers).
      const marketClaims: ClaimView[] = [];
      for (const { predicate, statements, claims: predicateClaims } of market.predicates) {
        const definition = lookup(predicate)!;
        const pass = this.passOf(predicate);
        const rules = pass.statement;
        // Every statement rule compares pairs: a claim alone in its statement has nothing to clash with.
        for (let at = 0; rules.length > 0 && at < statements.length; at++) {
          if (statements[at]!.length < 2) continue;
          const found = statementConflicts(statements[at]!, definition, rules);
          if (found.length > 0) keep(found, rerun(statementConflicts, statements[at]!, definition, rules));
        }
        if (market.objectId === null || !pass.market) continue;
        if (pass.share) {
          const found = additiveShareConflicts(predicateClaims, definition);
          if (found.length > 0) keep(found, rerun(additiveShareConflicts, predicateClaims, definition));
        }
        for (const claim of predicateClaims) marketClaims.push(claim);
      }
      if (marketClaims.length === 0) continue;
      const found = exclusiveConflicts(marketClaims, lookup);
      if (found.length > 0) keep(found, rerun(exclusiveConflicts, marketClaims, lookup));
    }
    return sortedByKey(findings);
  }

  /**
   * The last findings made again by the same rules over the same groups, and only those groups: rules read
   * names and source labels only to explain what they found, so a caller may load those for the claims the
   * findings name, then ask again (a rescan need not load a name for each of a million claims).
   */
  findingsAgain(): Finding[] {
    return sortedByKey(this.foundBy.flatMap((rules) => rules()));
  }

  private passOf(predicate: string): Passes {
    const code = this.grouping.predicateCode(predicate);
    return (this.passes[code] ??= passesOf(this.lookup(predicate)));
  }
}

/** A rule over a group, ready to be run again. */
const rerun = <A extends unknown[]>(rule: (...args: A) => Finding[], ...args: A): (() => Finding[]) => () => rule(...args);

/** One finding per key (a rule that finds the same claims twice finds one conflict), sorted by key. */
function sortedByKey(findings: readonly Finding[]): Finding[] {
  const unique = new Map(findings.map((found) => [found.key, found]));
  return [...unique.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every conflict among `views`, sorted by key (see ConflictDetection). */
export function detectConflicts(views: readonly ClaimView[], lookup: PredicateLookup): Finding[] {
  const detection = new ConflictDetection<ClaimView>(lookup, (view) => view);
  for (const view of views) detection.add(view, view.claim);
  return detection.findings();
}

/** The rules its predicate declares over one statement. */
function statementConflicts(group: readonly ClaimView[], definition: PredicateDefinition, rules: readonly StatementRule[]): Finding[] {
  if (rules.length === 1) return rules[0]!(group, definition);
  const findings: Finding[] = [];
  for (const rule of rules) for (const found of rule(group, definition)) findings.push(found);
  return findings;
}
