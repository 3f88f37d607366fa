// Answers a ClaimFilter from the in-memory indexes: narrow by the most selective index, then test the rest.
import type { Claim } from '../../domain/model.js';
import { periodsOverlap } from '../../domain/period.js';
import { pageOfSorted } from '../pagination.js';
import type { ClaimFilter, ClaimQuery, Page } from '../port.js';
import type { GraphState } from './state.js';

function union(index: Map<string, Set<string>>, keys: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (const key of keys) for (const id of index.get(key) ?? []) result.add(id);
  return result;
}

/** Candidate ids from the narrowest index the filter names; null means "every claim". */
function candidateIds(state: GraphState, filter: ClaimFilter): Set<string> | null {
  const sets: Set<string>[] = [];
  if (filter.ids) sets.push(new Set(filter.ids));
  if (filter.subjectIds) sets.push(union(state.claimsBySubject, filter.subjectIds));
  if (filter.objectIds) sets.push(union(state.claimsByObject, filter.objectIds));
  if (filter.entityIds) {
    const both = union(state.claimsBySubject, filter.entityIds);
    for (const id of union(state.claimsByObject, filter.entityIds)) both.add(id);
    sets.push(both);
  }
  if (filter.predicates) sets.push(union(state.claimsByPredicate, filter.predicates));
  if (filter.sourceIds) sets.push(union(state.claimsBySource, filter.sourceIds));
  if (sets.length === 0) return null;
  sets.sort((a, b) => a.size - b.size);
  return sets[0]!;
}

function matches(state: GraphState, claim: Claim, filter: ClaimFilter, words: string[]): boolean {
  if (filter.ids && !filter.ids.includes(claim.id)) return false;
  if (filter.subjectIds && !filter.subjectIds.includes(claim.subjectId)) return false;
  if (filter.objectIds && (claim.objectId === null || !filter.objectIds.includes(claim.objectId))) return false;
  if (filter.entityIds && !filter.entityIds.includes(claim.subjectId) && !(claim.objectId && filter.entityIds.includes(claim.objectId))) {
    return false;
  }
  if (filter.predicates && !filter.predicates.includes(claim.predicate)) return false;
  if (filter.sourceIds && !claim.citations.some((citation) => filter.sourceIds!.includes(citation.sourceId))) return false;
  if (filter.statuses && !filter.statuses.includes(claim.status)) return false;
  if (filter.periodOverlaps) {
    const period = claim.periodId ? state.periods.get(claim.periodId) : undefined;
    if (!period || !periodsOverlap(period, filter.periodOverlaps)) return false;
  }
  if (words.length > 0) {
    const text = claim.text.toLowerCase();
    if (!words.every((word) => text.includes(word))) return false;
  }
  return true;
}

export function queryClaims(state: GraphState, query: ClaimQuery): Page<Claim> {
  const { filter } = query;
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const candidates = candidateIds(state, filter);
  const ordered = candidates === null ? state.claimOrder : [...candidates].sort();
  const matching: Claim[] = [];
  for (const id of ordered) {
    const claim = state.claims.get(id);
    if (claim && matches(state, claim, filter, words)) matching.push(claim);
  }
  return pageOfSorted(matching, query.page);
}
