// Answers a ClaimFilter from the in-memory indexes: narrow by the most selective index, then test the rest.
import type { Claim } from '../../domain/model.js';
import { periodsOverlap } from '../../domain/period.js';
import { pageOfSorted, pageOfSortedList } from '../pagination.js';
import type { ClaimFilter, ClaimQuery, Page } from '../port.js';
import { unionByClaimId, type ClaimLists, type ClaimPositions } from './claim-lists.js';
import type { GraphState } from './state.js';

/** Candidate claims (their positions, in id order) from the narrowest index the filter names; null means "every claim". */
function candidates(state: GraphState, filter: ClaimFilter): ClaimPositions | null {
  const union = (index: ClaimLists, keys: readonly string[]): ClaimPositions => unionByClaimId(keys.map((key) => index.get(key) ?? []), state.claimIdAt);
  const lists: ClaimPositions[] = [];
  // Requested ids no claim has are left out here: they would match nothing.
  if (filter.ids) lists.push([...new Set(filter.ids)].sort().map((id) => state.claims.positionOf(id)).filter((position) => position >= 0));
  if (filter.subjectIds) lists.push(union(state.claimsBySubject, filter.subjectIds));
  if (filter.objectIds) lists.push(union(state.claimsByObject, filter.objectIds));
  if (filter.entityIds) lists.push(unionByClaimId([union(state.claimsBySubject, filter.entityIds), union(state.claimsByObject, filter.entityIds)], state.claimIdAt));
  if (filter.predicates) lists.push(union(state.claimsByPredicate, filter.predicates));
  if (filter.sourceIds) lists.push(union(state.claimsBySource, filter.sourceIds));
  if (lists.length === 0) return null;
  return lists.reduce((smallest, list) => (list.length < smallest.length ? list : smallest));
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

/**
 * The filter's answer straight from one index, when the index list is exactly the matching set: no more
 * than one index-backed condition and nothing to test per claim. The indexes are kept exact on every
 * write (a claim is unindexed under its old fields before it is indexed under its new ones), so the
 * list's length is the total. Ids are left out: a requested id may not exist. Null when claims must be tested.
 */
function exactList(state: GraphState, filter: ClaimFilter): ClaimPositions | null {
  if (filter.ids !== undefined || filter.statuses !== undefined || filter.periodOverlaps !== undefined || (filter.text ?? '').trim() !== '') return null;
  const indexed = [filter.subjectIds, filter.objectIds, filter.entityIds, filter.predicates, filter.sourceIds].filter((list) => list !== undefined);
  if (indexed.length > 1) return null;
  return candidates(state, filter) ?? state.claimOrder;
}

export function queryClaims(state: GraphState, query: ClaimQuery): Page<Claim> {
  const { filter } = query;
  const exact = exactList(state, filter);
  if (exact) return pageOfSortedList(exact.length, (index) => state.claimIdAt(exact[index]!), query.page, (index) => state.claims.at(exact[index]!)!);
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  // Index lists are kept in id order, so no sort is needed here, whatever the page size.
  const ordered = candidates(state, filter) ?? state.claimOrder;
  const matching: Claim[] = [];
  for (const position of ordered) {
    const claim = state.claims.at(position)!;
    if (matches(state, claim, filter, words)) matching.push(claim);
  }
  return pageOfSorted(matching, query.page);
}
