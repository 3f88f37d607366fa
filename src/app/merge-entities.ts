// Use case: merge two entities found to be one (SAME_AS): names, claims and products move to the survivor.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim, Entity, HistoryEntry } from '../domain/model.js';
import { commitAndPublish } from './commit.js';
import { detectOnWrite } from './conflicts/detect-on-write.js';
import type { Actor, AppContext } from './context.js';
import { historyEntry } from './history.js';
import { requireEntity } from './lookups.js';

export async function mergeEntities(context: AppContext, keepId: string, mergeId: string, actor: Actor): Promise<Entity> {
  if (keepId === mergeId) throw new DomainError(ErrorCode.MergeInvalid, 'an entity cannot be merged into itself', ['merge']);
  return context.writeLock.run(async () => {
    const keep = await requireEntity(context, keepId, 'keep');
    const merge = await requireEntity(context, mergeId, 'merge');
    if (keep.mergedIntoId) throw new DomainError(ErrorCode.MergeInvalid, `${keep.name} was already merged into ${keep.mergedIntoId}`, ['keep']);
    if (merge.mergedIntoId) throw new DomainError(ErrorCode.MergeInvalid, `${merge.name} was already merged into ${merge.mergedIntoId}`, ['merge']);

    const now = context.now().toISOString();
    const history: HistoryEntry[] = [];
    const names = new Set([...keep.aliases, merge.name, ...merge.aliases].filter((name) => name.toLowerCase() !== keep.name.toLowerCase()));
    const survivor: Entity = {
      ...keep,
      aliases: [...names],
      makerId: keep.makerId ?? merge.makerId,
      launchDate: keep.launchDate ?? merge.launchDate,
      updatedAt: now,
      version: keep.version + 1,
    };
    const merged: Entity = { ...merge, mergedIntoId: keep.id, updatedAt: now, version: merge.version + 1 };
    history.push(historyEntry(survivor, keep, survivor, 'merged', actor, now, `absorbed ${merge.name} (${merge.id})`));
    history.push(historyEntry(merged, merge, merged, 'merged', actor, now, `merged into ${keep.name} (${keep.id})`));

    const repoint = (claim: Claim): Claim => ({
      ...claim,
      subjectId: claim.subjectId === merge.id ? keep.id : claim.subjectId,
      objectId: claim.objectId === merge.id ? keep.id : claim.objectId,
      updatedAt: now,
      version: claim.version + 1,
    });
    const [page] = await context.store.listClaims([{ filter: { entityIds: [merge.id] }, page: { first: Number.MAX_SAFE_INTEGER } }]);
    const claims = page!.items.map((claim) => {
      const moved = repoint(claim);
      history.push(historyEntry(moved, claim, moved, 'entity-merged', actor, now, `${merge.name} merged into ${keep.name}`));
      return moved;
    });
    const [products] = await context.store.productsOf([merge.id]);
    const movedProducts = products!.map((product) => {
      const moved = { ...product, makerId: keep.id, updatedAt: now, version: product.version + 1 };
      history.push(historyEntry(moved, product, moved, 'maker-merged', actor, now));
      return moved;
    });

    const changes = {
      entities: [survivor, merged, ...movedProducts],
      claims,
      history,
      expectedVersions: { [keep.id]: keep.version, [merge.id]: merge.version },
    };
    // Claims about the merged entity now share keys with the survivor's: they meet for the first time.
    await commitAndPublish(context, await detectOnWrite(context, changes, actor));
    return survivor;
  });
}
