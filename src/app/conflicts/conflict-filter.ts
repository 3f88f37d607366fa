// Turns the API's conflict filter (entity by name, one rule, one claim) into the store's filter.
import type { ConflictStatus } from '../../domain/model.js';
import type { ConflictFilter } from '../../store/port.js';
import type { AppContext } from '../context.js';
import { entityIdsForNames } from '../lookups.js';

export interface ConflictFilterInput {
  status?: ConflictStatus[] | null;
  rule?: string | null;
  entity?: string | null;
  claim?: string | null;
}

/** Null when the named entity does not exist, so the caller answers with an empty page rather than everything. */
export async function resolveConflictFilter(context: AppContext, input: ConflictFilterInput | null | undefined): Promise<ConflictFilter | null> {
  const filter: ConflictFilter = {};
  if (!input) return filter;
  if (input.status && input.status.length > 0) filter.statuses = input.status;
  if (input.rule?.trim()) filter.rules = [input.rule.trim().toLowerCase()];
  if (input.claim?.trim()) filter.claimIds = [input.claim.trim()];
  if (input.entity?.trim()) {
    const ids = await entityIdsForNames(context, [input.entity.trim()]);
    if (ids.length === 0) return null;
    filter.entityIds = ids;
  }
  return filter;
}
