// Use case: create an entity or add to one (aliases, maker, launch date) by name, e.g. "Claude Code, made by Anthropic".
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Entity } from '../domain/model.js';
import { formatPartialDate, parsePartialDate } from '../domain/period.js';
import type { Actor, AppContext } from './context.js';
import { EntityResolver } from './entity-resolver.js';
import { historyEntry } from './history.js';
import { EntityInput, parseInput } from './inputs.js';

export async function upsertEntity(context: AppContext, raw: unknown, actor: Actor): Promise<Entity> {
  const input = parseInput(EntityInput, raw, ['input']);
  let launchDate: string | null = null;
  if (input.launchDate) {
    try {
      launchDate = formatPartialDate(parsePartialDate(input.launchDate));
    } catch (error) {
      throw error instanceof DomainError ? error.at('input', 'launchDate') : error;
    }
  }
  return context.writeLock.run(async () => {
    const now = context.now().toISOString();
    const resolver = new EntityResolver(context.store, now);
    const aliases = input.aliases ?? [];
    await resolver.preload([input.name, ...aliases, ...(input.maker ? [input.maker] : [])], []);
    const existing = resolver.find(input.name);
    const clash = aliases.map((alias) => resolver.find(alias)).find((other) => other && other.id !== existing?.id);
    if (clash) {
      throw new DomainError(ErrorCode.InputInvalid, `alias already names another entity: ${clash.name} (${clash.id}); merge them instead`, ['input', 'aliases']);
    }
    const maker = input.maker ? resolver.entity(input.maker, 'COMPANY') : null;
    const base = existing ?? resolver.entity(input.name, input.kind);
    const isNew = !existing;
    const entity: Entity = {
      ...base,
      kind: isNew ? input.kind : base.kind,
      aliases: [...new Set([...base.aliases, ...aliases.filter((alias) => alias.toLowerCase() !== base.name.toLowerCase())])],
      makerId: maker?.id ?? base.makerId,
      launchDate: launchDate ?? base.launchDate,
      updatedAt: now,
      version: isNew ? 1 : base.version + 1,
    };
    if (!isNew && JSON.stringify({ ...entity, updatedAt: base.updatedAt, version: base.version }) === JSON.stringify(base)) return base;
    const createdMaker = maker && resolver.createdEntities.includes(maker) ? [maker] : [];
    await context.store.commit({
      entities: [...createdMaker, entity],
      history: [historyEntry(entity, isNew ? null : base, entity, isNew ? 'created' : 'updated', actor, now)],
      ...(isNew ? {} : { expectedVersions: { [base.id]: base.version } }),
    });
    return entity;
  });
}
