// Fetch-or-fail helpers shared by use cases: a missing id is a clear, coded error naming the field.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim, Entity } from '../domain/model.js';
import type { AppContext } from './context.js';
import { survivorOf } from './entity-resolver.js';

export async function requireClaim(context: AppContext, id: string, field = 'id'): Promise<Claim> {
  const [claim] = await context.store.getClaims([id]);
  if (!claim) throw new DomainError(ErrorCode.ClaimNotFound, `no claim with id ${id}`, [field]);
  return claim;
}

export async function requireEntity(context: AppContext, id: string, field = 'id'): Promise<Entity> {
  const [entity] = await context.store.getEntities([id]);
  if (!entity) throw new DomainError(ErrorCode.EntityNotFound, `no entity with id ${id}`, [field]);
  return entity;
}

/** An entity by name or alias, case-insensitive, following merges to the survivor; null when unknown. */
export async function findEntityByName(context: AppContext, name: string): Promise<Entity | null> {
  const [entity] = await context.store.findEntitiesByName([name]);
  return entity ? survivorOf(context.store, entity) : null;
}

/** Entity ids for names in a filter; an unknown name matches nothing rather than everything. */
export async function entityIdsForNames(context: AppContext, names: readonly string[]): Promise<string[]> {
  const found = await context.store.findEntitiesByName(names);
  const ids: string[] = [];
  for (const entity of found) {
    if (!entity) continue;
    const survivor = await survivorOf(context.store, entity);
    ids.push(survivor.id, ...(await context.store.mergedInto([survivor.id]))[0]!.map((merged) => merged.id));
  }
  return [...new Set(ids)];
}
