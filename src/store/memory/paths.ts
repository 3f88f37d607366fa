// Shortest paths between two entities over the in-memory graph: breadth-first over claims and maker links.
import type { GraphPathResult, PathStep } from '../port.js';
import type { GraphState } from './state.js';

/** Statuses whose claims connect entities; rejected, retracted and stale claims do not. */
const LINKING_STATUSES = new Set(['ACCEPTED', 'CANDIDATE']);

function neighbours(state: GraphState, entityId: string): PathStep[] {
  const steps: PathStep[] = [];
  const viaClaims = [...(state.claimsBySubject.get(entityId) ?? []), ...(state.claimsByObject.get(entityId) ?? [])];
  for (const claimId of viaClaims) {
    const claim = state.claims.get(claimId);
    if (!claim || !claim.objectId || !LINKING_STATUSES.has(claim.status)) continue;
    const other = claim.subjectId === entityId ? claim.objectId : claim.subjectId;
    if (other !== entityId) steps.push({ via: 'CLAIM', claimId, entityId: other });
  }
  const maker = state.entities.get(entityId)?.makerId;
  if (maker) steps.push({ via: 'MADE_BY', claimId: null, entityId: maker });
  for (const product of state.productsByMaker.get(entityId) ?? []) steps.push({ via: 'MADE_BY', claimId: null, entityId: product });
  return steps;
}

/** Every shortest path (up to `limit`) of at most `maxHops` hops, found level by level. */
export function shortestPaths(state: GraphState, fromId: string, toId: string, maxHops: number, limit: number): GraphPathResult[] {
  if (fromId === toId) return [{ fromId, steps: [] }];
  // parents[entity] = the steps that reach it at its shortest distance
  const parents = new Map<string, Array<{ previous: string; step: PathStep }>>([[fromId, []]]);
  // Who links to the target: on the level that reaches it, only links into it matter, so that level (the
  // widest, often through hubs with thousands of claims) is not expanded at all.
  const nextToTarget = new Set(neighbours(state, toId).map((step) => step.entityId));
  let frontier = [fromId];
  for (let hop = 1; hop <= maxHops && frontier.length > 0 && !parents.has(toId); hop++) {
    const last = frontier.filter((entityId) => nextToTarget.has(entityId));
    if (last.length > 0) {
      // Same entries, in the same order, as expanding the level and keeping those for the target.
      parents.set(toId, last.flatMap((entityId) => neighbours(state, entityId).filter((step) => step.entityId === toId).map((step) => ({ previous: entityId, step }))));
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
