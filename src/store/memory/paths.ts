// Shortest paths between two entities over the in-memory graph: breadth-first over claims and maker links.
import type { GraphPathResult, PathStep } from '../port.js';
import type { GraphState } from './state.js';

/** Statuses whose claims connect entities; rejected, retracted and stale claims do not. */
const LINKING_STATUSES = new Set(['ACCEPTED', 'CANDIDATE']);

function neighbours(state: GraphState, entityId: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const index of [state.claimsBySubject, state.claimsByObject]) {
    for (const claimId of index.get(entityId) ?? []) {
      const claim = state.claims.get(claimId);
      if (!claim || !claim.objectId || !LINKING_STATUSES.has(claim.status)) continue;
      const other = claim.subjectId === entityId ? claim.objectId : claim.subjectId;
      if (other !== entityId) steps.push({ via: 'CLAIM', claimId, entityId: other });
    }
  }
  const maker = state.entities.get(entityId)?.makerId;
  if (maker) steps.push({ via: 'MADE_BY', claimId: null, entityId: maker });
  for (const product of state.productsByMaker.get(entityId) ?? []) steps.push({ via: 'MADE_BY', claimId: null, entityId: product });
  return steps;
}

/** How many links neighbours() would look at: what expanding an entity costs, without expanding it. */
function degree(state: GraphState, entityId: string): number {
  return (
    (state.claimsBySubject.get(entityId)?.length ?? 0) +
    (state.claimsByObject.get(entityId)?.length ?? 0) +
    (state.productsByMaker.get(entityId)?.size ?? 0) +
    1
  );
}

/** Every shortest path (up to `limit`) of at most `maxHops` hops, found level by level. */
export function shortestPaths(state: GraphState, fromId: string, toId: string, maxHops: number, limit: number): GraphPathResult[] {
  if (fromId === toId) return [{ fromId, steps: [] }];
  // parents[entity] = the steps that reach it at its shortest distance
  const parents = new Map<string, Array<{ previous: string; step: PathStep }>>([[fromId, []]]);
  // Who links to the target. On the level that reaches it only links into it matter, so that level (the
  // widest, often through hubs with thousands of claims) is not expanded. The set costs the target's
  // degree (a market can have tens of thousands of claims), so it is built only once a frontier costs more
  // to expand than the target: until then the frontier's own links are scanned for the target, and the
  // same scan expands the level when the target is not among them.
  let nextToTarget: Set<string> | null = null;
  const targetDegree = degree(state, toId);
  let frontier = [fromId];
  for (let hop = 1; hop <= maxHops && frontier.length > 0 && !parents.has(toId); hop++) {
    const expanded: PathStep[][] | null =
      !nextToTarget && frontier.reduce((sum, entityId) => sum + degree(state, entityId), 0) <= targetDegree
        ? frontier.map((entityId) => neighbours(state, entityId))
        : null;
    nextToTarget ??= expanded ? null : new Set(neighbours(state, toId).map((step) => step.entityId));
    const linksOf = (entityId: string, index: number) => expanded?.[index] ?? neighbours(state, entityId);
    const last = frontier.flatMap((entityId, index) =>
      expanded || nextToTarget!.has(entityId)
        ? linksOf(entityId, index)
            .filter((step) => step.entityId === toId)
            .map((step) => ({ previous: entityId, step }))
        : [],
    );
    if (last.length > 0) {
      // Same entries, in the same order, as expanding the level and keeping those for the target.
      parents.set(toId, last);
      break;
    }
    // Entities one hop further could only reach the target in more than maxHops.
    if (hop === maxHops) break;
    const reachedThisLevel = new Map<string, Array<{ previous: string; step: PathStep }>>();
    frontier.forEach((entityId, index) => {
      for (const step of linksOf(entityId, index)) {
        if (parents.has(step.entityId)) continue;
        const list = reachedThisLevel.get(step.entityId) ?? [];
        list.push({ previous: entityId, step });
        reachedThisLevel.set(step.entityId, list);
      }
    });
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
