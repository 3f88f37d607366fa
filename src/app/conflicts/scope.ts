// Narrows what incremental detection compares: statement groups whole, and of each market only the claims whose periods connect to the written ones.
import type { PredicateLookup, RuleId } from '../../domain/conflicts/index.js';
import type { PredicateDefinition, Semantics } from '../../domain/predicates.js';
import type { Claim, Period } from '../../domain/model.js';
import type { ClaimKey } from '../../store/port.js';

/** Rules that compare the claims of one statement (subject, predicate, object, qualifiers). */
export const STATEMENT_RULES: ReadonlySet<string> = new Set<RuleId>(['functional', 'event', 'polarity']);
/** Rules that compare every subject's claims about one market. */
export const MARKET_RULES: ReadonlySet<string> = new Set<RuleId>(['additive_share', 'exclusive']);

type Interval = { start: string | null; end: string | null } | null;

/** Open starts sort first, open ends last; an undated claim (null) meets every period. */
const startKey = (interval: Interval): string => interval?.start ?? '';
const endKey = (interval: Interval): string => interval?.end ?? '\uffff';

/**
 * The claims about one market that can share a conflict with a seed: the connected components, under
 * "periods overlap", that hold a seed. Every rule over a market compares claims whose periods all meet
 * (a sum is the shares alive on one day; a leader, its share and a rival's pairwise meet), so such a
 * conflict lies inside one component, and computed over the component it is exactly what it would be
 * over the whole market. A market with thousands of claims over many periods then costs a write only the
 * handful in the written claim's period. An undated claim meets everything: it joins all into one.
 */
function connectedToSeeds(claims: readonly Claim[], seedIds: ReadonlySet<string>, periodOf: (claim: Claim) => Interval): Claim[] {
  if (claims.some((claim) => periodOf(claim) === null)) return [...claims];
  const sorted = claims.map((claim) => ({ claim, interval: periodOf(claim) })).sort((a, b) => (startKey(a.interval) < startKey(b.interval) ? -1 : startKey(a.interval) > startKey(b.interval) ? 1 : 0));
  const kept: Claim[] = [];
  let component: Claim[] = [];
  let componentEnd = '';
  let hasSeed = false;
  const close = () => {
    if (hasSeed) kept.push(...component);
    component = [];
    hasSeed = false;
  };
  for (const { claim, interval } of sorted) {
    // Intervals sorted by start form one component while each starts on or before the furthest end so far.
    if (component.length > 0 && startKey(interval) > componentEnd) close();
    if (component.length === 0 || endKey(interval) > componentEnd) componentEnd = endKey(interval);
    component.push(claim);
    if (seedIds.has(claim.id)) hasSeed = true;
  }
  close();
  return kept;
}

export interface DetectionScope {
  /** Claims fetched by statement keys (those meeting the written ones, or whole groups), and the written ones, for the statement rules. */
  statement: Claim[];
  /** Claims about the written claims' markets, in periods connected to theirs, for the market rules. */
  market: Claim[];
}

/**
 * Splits what claimsByKey returned (one list per key, in key order) into the two scopes, each claim in the
 * version `current` holds (the pending write over the store). `written` are the claims being written;
 * `previous` their stored versions, whose periods mark where a moved claim's old conflicts lie.
 */
export function detectionScope(
  keys: readonly ClaimKey[],
  fetched: readonly Claim[][],
  current: ReadonlyMap<string, Claim>,
  written: readonly Claim[],
  previous: readonly Claim[],
  periodOf: (claim: Claim) => Interval,
): DetectionScope {
  const statementIds = new Set<string>(written.map((claim) => claim.id));
  const marketIds = new Map<string, Set<string>>();
  keys.forEach((key, index) => {
    // A market the store holds nothing about yet still scopes the written claims about it.
    if (key.subjectId === null && !marketIds.has(key.objectId ?? '')) marketIds.set(key.objectId ?? '', new Set<string>());
    for (const claim of fetched[index] ?? []) {
      if (key.subjectId !== null) statementIds.add(claim.id);
      else {
        const ids = marketIds.get(key.objectId ?? '') ?? new Set<string>();
        ids.add(claim.id);
        marketIds.set(key.objectId ?? '', ids);
      }
    }
  });
  const seedIds = new Set(written.map((claim) => claim.id));
  // A written claim joins its market only if its predicate is one the market keys cover (shares, leaders).
  const marketKeys = marketKeysOf(keys);
  // Grouped by market once: a batch of 1,000 claims over hundreds of markets would otherwise scan every written claim per market.
  const writtenByMarket = byMarket(written);
  const previousByMarket = byMarket(previous);
  // A market fetched within windows (fetchScoped) holds only claims connected to a seed: no component to cut away.
  const windowed = new Set(keys.filter((key) => key.subjectId === null && key.overlapping).map((key) => key.objectId ?? ''));
  const market = new Map<string, Claim>();
  for (const [objectId, ids] of marketIds) {
    for (const claim of writtenByMarket.get(objectId) ?? []) if (marketKeys.has(marketKey(claim.predicate, objectId))) ids.add(claim.id);
    const members = [...ids].flatMap((id) => current.get(id) ?? []);
    const oldPlaces = previousByMarket.get(objectId) ?? [];
    const candidates = [...members, ...oldPlaces];
    for (const claim of windowed.has(objectId) ? candidates : connectedToSeeds(candidates, seedIds, periodOf)) {
      const version = current.get(claim.id);
      if (version) market.set(version.id, version);
    }
  }
  return { statement: [...statementIds].flatMap((id) => current.get(id) ?? []), market: [...market.values()] };
}

const marketKey = (predicate: string, objectId: string | null): string => `${predicate}|${objectId ?? ''}`;

/** The (predicate, market) pairs the any-subject keys ask for: only their claims join a market's rules. */
const marketKeysOf = (keys: readonly ClaimKey[]): Set<string> =>
  new Set(keys.filter((key) => key.subjectId === null).map((key) => marketKey(key.predicate, key.objectId)));

/** Claims by object id ('' for none), each list in the order given. */
function byMarket(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const objectId = claim.objectId ?? '';
    const group = groups.get(objectId);
    if (group) group.push(claim);
    else groups.set(objectId, [claim]);
  }
  return groups;
}

/** Period intervals by id, for claims: null when undated (or the period is unknown, as the views treat it). */
export function periodLookup(periods: ReadonlyMap<string, Period>): (claim: Claim) => Interval {
  return (claim) => {
    if (!claim.periodId) return null;
    const period = periods.get(claim.periodId);
    return period ? { start: period.start, end: period.end } : null;
  };
}

type Window = NonNullable<Interval>;

const contains = (outer: Window, inner: Window): boolean =>
  (outer.start === null || (inner.start !== null && outer.start <= inner.start)) && (outer.end === null || (inner.end !== null && inner.end <= outer.end));

/** Rounds of widening before asking for whole markets: components that keep growing are rare, and whole markets are always right. */
const MAX_ROUNDS = 4;

/** Adds a seed's period to the windows held under `key`; an undated seed (null) asks for everything under it. */
function addWindow(windows: Map<string, Window[] | null>, key: string, interval: Interval): void {
  const known = windows.get(key);
  if (interval === null) windows.set(key, null);
  else if (known === undefined) windows.set(key, [interval]);
  else if (known !== null && !known.some((window) => contains(window, interval))) known.push(interval);
}

const statementKey = (subjectId: string | null, predicate: string, objectId: string | null): string => `${subjectId ?? ''}|${predicate}|${objectId ?? ''}`;

/**
 * Fetches by key, asking each key only for the claims in periods that overlap the seeds' (a hint a store
 * may ignore: more claims only cost time, never change a finding).
 *
 * A statement key whose rules all compare pairs whose periods meet (`pairwiseOnly`: functional and
 * polarity, not event, which compares across periods) needs only the claims that meet a seed: a
 * finding is about one pair, so claims meeting no seed can neither join nor change one. A company's
 * revenue stated for a hundred quarters then costs a write the few claims of its own quarter.
 *
 * A market (any-subject) key needs whole connected components: a market claim that sticks out of every
 * window may connect to claims beyond them, so its period joins the windows and the fetch is repeated;
 * once every claim fetched lies inside a window, nothing outside can connect to the seeds' components,
 * and they are whole. An undated claim connects to everything: that market is fetched whole.
 */
export async function fetchScoped(
  keys: readonly ClaimKey[],
  seeds: readonly Claim[],
  fetch: (keys: readonly ClaimKey[]) => Promise<Claim[][]>,
  intervalsOf: (claims: readonly Claim[]) => Promise<(claim: Claim) => Interval>,
  pairwiseOnly: (predicate: string) => boolean,
): Promise<{ keys: ClaimKey[]; fetched: Claim[][] }> {
  const seedInterval = await intervalsOf(seeds);
  const marketKeys = marketKeysOf(keys);
  /** Windows per market, and per pairwise-only statement; null: the whole market or statement. */
  const windows = new Map<string, Window[] | null>();
  const statementWindows = new Map<string, Window[] | null>();
  for (const seed of seeds) {
    const interval = seedInterval(seed);
    if (pairwiseOnly(seed.predicate)) addWindow(statementWindows, statementKey(seed.subjectId, seed.predicate, seed.objectId), interval);
    // Only shares and leaders place a market's windows; another claim about the market (e.g. undated "pioneered") does not join its rules.
    if (marketKeys.has(marketKey(seed.predicate, seed.objectId))) addWindow(windows, seed.objectId ?? '', interval);
  }
  const statementAsked = (key: ClaimKey): ClaimKey => {
    const window = statementWindows.get(statementKey(key.subjectId, key.predicate, key.objectId));
    return window ? { ...key, overlapping: [...window] } : key;
  };
  const isWindowedMarket = (key: ClaimKey): boolean => key.subjectId === null && key.overlapping !== undefined;
  for (let round = 0; ; round++) {
    const asked = keys.map((key): ClaimKey => {
      if (key.subjectId !== null) return statementAsked(key);
      const market = windows.get(key.objectId ?? '');
      return market && round < MAX_ROUNDS ? { ...key, overlapping: [...market] } : key;
    });
    const fetched = await fetch(asked);
    if (!asked.some(isWindowedMarket)) return { keys: asked, fetched };
    const intervalOf = await intervalsOf(asked.flatMap((key, index) => (isWindowedMarket(key) ? (fetched[index] ?? []) : [])));
    let widened = false;
    asked.forEach((key, index) => {
      const market = isWindowedMarket(key) ? windows.get(key.objectId ?? '') : undefined;
      if (!market) return;
      for (const claim of fetched[index] ?? []) {
        const interval = intervalOf(claim);
        if (interval === null) {
          windows.set(key.objectId ?? '', null);
          widened = true;
          return;
        }
        if (!market.some((window) => contains(window, interval))) {
          market.push(interval);
          widened = true;
        }
      }
    });
    if (!widened) return { keys: asked, fetched };
  }
}

/**
 * A predicate lookup that keeps only some semantics, so a detection pass over one scope runs only the
 * rules it can judge (the statement pass skips sums and leaders, the market pass skips statement rules).
 */
export function withSemantics(lookup: PredicateLookup, keep: readonly Semantics[]): PredicateLookup {
  const narrowed = new Map<string, PredicateDefinition | undefined>();
  return (name) => {
    if (!narrowed.has(name)) {
      const definition = lookup(name);
      narrowed.set(name, definition && { ...definition, semantics: definition.semantics.filter((semantics) => keep.includes(semantics)) });
    }
    return narrowed.get(name);
  };
}
