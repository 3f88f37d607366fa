// Shortest paths between two entities over the in-memory graph: breadth-first over claims and maker links.
import type { Claim } from '../../domain/model.js';
import type { GraphPathResult, PathStep } from '../port.js';
import { unionByClaimId, type ClaimPositions } from './claim-lists.js';
import { claimKey, type GraphState } from './state.js';
import { cachedLinkedEntities } from './linked-entities-cache.js';

/** Statuses whose claims connect entities; rejected, retracted and stale claims do not. */
const LINKING_STATUSES = new Set(['ACCEPTED', 'CANDIDATE']);

/** Calls `visit` for each link of the entity, in a fixed order: its claims as subject, as object, its maker, its products. */
function eachLink(state: GraphState, entityId: string, visit: (claimId: string | null, other: string) => void): void {
  for (const index of [state.claimsBySubject, state.claimsByObject]) {
    for (const position of index.get(entityId) ?? []) {
      const claim = state.claims.at(position)!;
      if (!claim.objectId || !LINKING_STATUSES.has(claim.status)) continue;
      const other = claim.subjectId === entityId ? claim.objectId : claim.subjectId;
      if (other !== entityId) visit(claim.id, other);
    }
  }
  const maker = state.entities.get(entityId)?.makerId;
  if (maker) visit(null, maker);
  for (const product of state.productsByMaker.get(entityId) ?? []) visit(null, product);
}

function neighbours(state: GraphState, entityId: string): PathStep[] {
  const steps: PathStep[] = [];
  eachLink(state, entityId, (claimId, other) => steps.push(claimId ? { via: 'CLAIM', claimId, entityId: other } : { via: 'MADE_BY', claimId: null, entityId: other }));
  return steps;
}

/** The entities linked to one, without a step object per link (a hub market has tens of thousands). */
function linkedEntities(state: GraphState, entityId: string): Set<string> {
  const linked = new Set<string>();
  eachLink(state, entityId, (_claimId, other) => linked.add(other));
  return linked;
}

/**
 * The steps from an entity straight to the target, in the order neighbours() lists them, without listing
 * the rest: the claims with the entity as subject and the target as object, then the other way round
 * (each in id order), then maker links. A hub target (a market with tens of thousands of claims) then
 * costs a walk of the entity's own, shorter list, not of the target's.
 */
function linksTo(state: GraphState, entityId: string, toId: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const claim of [...claimsBetween(state, entityId, toId), ...claimsBetween(state, toId, entityId)]) {
    if (LINKING_STATUSES.has(claim.status)) steps.push({ via: 'CLAIM', claimId: claim.id, entityId: toId });
  }
  if (state.entities.get(entityId)?.makerId === toId) steps.push({ via: 'MADE_BY', claimId: null, entityId: toId });
  if (state.productsByMaker.get(entityId)?.has(toId)) steps.push({ via: 'MADE_BY', claimId: null, entityId: toId });
  return steps;
}

/** How many claims linksTo() may walk for an entity: the length of its claim lists. */
function degree(state: GraphState, entityId: string): number {
  return (state.claimsBySubject.get(entityId)?.length ?? 0) + (state.claimsByObject.get(entityId)?.length ?? 0);
}

/**
 * The claims about `subjectId` whose object is `objectId`, in id order. Such a claim is in both the
 * subject's and the object's index list, so the shorter list is walked and each claim's other end
 * compared: one claim read per position, where searching the longer list for each claim compared ids
 * (ULIDs sharing long prefixes) a dozen times or more; at 1M claims that search was an eighth of serving
 * the query mix. When both lists are long (a company's claims about a market it has a share of), the
 * (subject, predicate, object) lists are read instead, one per predicate in use: a few dozen lookups
 * instead of hundreds of claims, each a cache miss in a graph of a million (a 1M path twice as fast).
 */
function claimsBetween(state: GraphState, subjectId: string, objectId: string): Claim[] {
  const asSubject = state.claimsBySubject.get(subjectId) ?? [];
  const asObject = state.claimsByObject.get(objectId) ?? [];
  const found: Claim[] = [];
  if (Math.min(asSubject.length, asObject.length) > 2 * state.claimsByPredicate.size) {
    const lists: ClaimPositions[] = [];
    for (const predicate of state.claimsByPredicate.keys()) {
      const list = state.claimsByKey.get(claimKey(subjectId, predicate, objectId));
      if (list) lists.push(list);
    }
    // One claim has one predicate, so the lists are disjoint; their union is in id order.
    for (const position of unionByClaimId(lists, state.claimIdAt)) found.push(state.claims.at(position)!);
  } else if (asSubject.length <= asObject.length) {
    for (const position of asSubject) {
      const claim = state.claims.at(position)!;
      if (claim.objectId === objectId) found.push(claim);
    }
  } else {
    for (const position of asObject) {
      const claim = state.claims.at(position)!;
      if (claim.subjectId === subjectId) found.push(claim);
    }
  }
  return found;
}

/** Every shortest path (up to `limit`) of at most `maxHops` hops, found level by level. */
export function shortestPaths(state: GraphState, fromId: string, toId: string, maxHops: number, limit: number): GraphPathResult[] {
  if (fromId === toId) return [{ fromId, steps: [] }];
  // parents[entity] = the steps that reach it at its shortest distance
  const parents = new Map<string, Array<{ previous: string; step: PathStep }>>([[fromId, []]]);
  const targetDegree = degree(state, toId);
  // Who links to the target, listed once a frontier would cost more to check one by one (below).
  let nextToTarget: ReadonlySet<string> | null = null;
  let frontier = [fromId];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    // On the level that reaches the target only links into it matter, so that level (the widest, often
    // through hubs with thousands of claims) is not expanded: each entity is asked for its links to the
    // target. When that costs more than listing the target's own links (a wide frontier of hubs), the
    // list is made once and only the entities on it are asked: the same entities, in the same order.
    const checking = frontier.reduce((sum, entityId) => sum + Math.min(degree(state, entityId), targetDegree), 0);
    if (!nextToTarget && checking > targetDegree) nextToTarget = cachedLinkedEntities(state, toId, () => linkedEntities(state, toId));
    const candidates = nextToTarget ? frontier.filter((entityId) => nextToTarget!.has(entityId)) : frontier;
    const last = candidates.flatMap((entityId) => linksTo(state, entityId, toId).map((step) => ({ previous: entityId, step })));
    if (last.length > 0) {
      parents.set(toId, last);
      break;
    }
    // Entities one hop further could only reach the target in more than maxHops.
    if (hop === maxHops) break;
    const reachedThisLevel = new Map<string, Array<{ previous: string; step: PathStep }>>();
    for (const entityId of frontier) {
      for (const step of neighbours(state, entityId)) {
        if (parents.has(step.entityId)) continue;
        const list = reachedThisLevel.get(step.entityId) ?? [];
        list.push({ previous: entityId, step });
        reachedThisLevel.set(step.entityId, list);
      }
    }
    for (const [entityId, list] of reachedThisLevel) parents.set(entityId, list);
    frontier = [...reachedThisLevel.keys()];
  }
  if (!parents.has(toId)) return [];

  const results: GraphPathResult[] = [];
  const walkBack = (entityId: string, suffix: PathStep[]): void => {
    if (results.length >= limit) return;
    if (entityId === fromId) {
      results.push({ fromId, steps: suffix });
      return;
    }
    for (const { previous, step } of parents.get(entityId) ?? []) walkBack(previous, [step, ...suffix]);
  };
  walkBack(toId, []);
  return results;
}
