// Read use cases: filters given by names turned into store filters, page sizes checked, paths found.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { ClaimStatus } from '../domain/model.js';
import { parsePeriod } from '../domain/period.js';
import type { ClaimFilter, GraphPathResult, PageRequest } from '../store/port.js';
import type { AppContext } from './context.js';
import { entityIdsForNames, findEntityByName } from './lookups.js';

export interface ClaimFilterInput {
  subject?: string | null;
  object?: string | null;
  entity?: string | null;
  predicate?: string | null;
  source?: string | null;
  status?: ClaimStatus[] | null;
  period?: string | null;
  text?: string | null;
}

export function pageRequest(context: AppContext, first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? context.limits.defaultPageSize;
  if (!Number.isInteger(size) || size < 0 || size > context.limits.maxPageSize) {
    throw new DomainError(ErrorCode.PageSizeInvalid, `first must be between 0 and ${context.limits.maxPageSize}, got ${size}`, ['first']);
  }
  return { first: size, after: after ?? null };
}

/** Returns null when a named entity or source does not exist, so the caller answers with an empty page. */
export async function resolveClaimFilter(context: AppContext, input: ClaimFilterInput | null | undefined): Promise<ClaimFilter | null> {
  const filter: ClaimFilter = {};
  if (!input) return filter;
  const byName = async (name: string | null | undefined): Promise<string[] | undefined> =>
    name ? entityIdsForNames(context, [name]) : undefined;
  filter.subjectIds = await byName(input.subject);
  filter.objectIds = await byName(input.object);
  filter.entityIds = await byName(input.entity);
  for (const ids of [filter.subjectIds, filter.objectIds, filter.entityIds]) if (ids && ids.length === 0) return null;
  if (input.predicate) filter.predicates = [input.predicate];
  if (input.status && input.status.length > 0) filter.statuses = input.status;
  if (input.text?.trim()) filter.text = input.text.trim();
  if (input.source) {
    const [byUrl] = await context.store.findSourcesByUrl([input.source]);
    const [byId] = byUrl ? [byUrl] : await context.store.getSources([input.source]);
    if (!byId) return null;
    filter.sourceIds = [byId.id];
  }
  if (input.period) {
    try {
      const period = parsePeriod(input.period, { publishedAt: null });
      filter.periodOverlaps = { start: period.start, end: period.end };
    } catch (error) {
      throw error instanceof DomainError ? error.at('filter', 'period') : error;
    }
  }
  for (const key of Object.keys(filter) as Array<keyof ClaimFilter>) if (filter[key] === undefined) delete filter[key];
  return filter;
}

export async function findPaths(context: AppContext, from: string, to: string, maxHops: number | null | undefined): Promise<GraphPathResult[]> {
  const hops = maxHops ?? 4;
  if (!Number.isInteger(hops) || hops < 1 || hops > context.limits.maxPathHops) {
    throw new DomainError(ErrorCode.InputInvalid, `maxHops must be between 1 and ${context.limits.maxPathHops}, got ${hops}`, ['maxHops']);
  }
  const [start, end] = await Promise.all([findEntityByName(context, from), findEntityByName(context, to)]);
  if (!start) throw new DomainError(ErrorCode.EntityNotFound, `no entity named "${from}"`, ['from']);
  if (!end) throw new DomainError(ErrorCode.EntityNotFound, `no entity named "${to}"`, ['to']);
  return context.store.paths(start.id, end.id, hops, 20);
}
