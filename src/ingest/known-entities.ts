// The entities the graph already holds, indexed by name and alias (merged ones answering with their survivor).
import type { Entity } from '../domain/model.js';

const key = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

export class KnownEntities {
  private readonly byName = new Map<string, Entity>();
  /** Every name and alias with the surviving entity it stands for. */
  readonly surfaces: ReadonlyArray<{ surface: string; entity: Entity }>;

  constructor(entities: readonly Entity[]) {
    const byId = new Map(entities.map((e) => [e.id, e] as const));
    const survivorOf = (entity: Entity): Entity => {
      let current = entity;
      for (let hops = 0; current.mergedIntoId && hops < 16; hops++) current = byId.get(current.mergedIntoId) ?? current;
      return current;
    };
    const surfaces: Array<{ surface: string; entity: Entity }> = [];
    for (const entity of entities) {
      const survivor = survivorOf(entity);
      for (const name of [entity.name, ...entity.aliases]) {
        if (name.trim().length < 2) continue;
        surfaces.push({ surface: name.trim(), entity: survivor });
        if (!this.byName.has(key(name))) this.byName.set(key(name), survivor);
      }
    }
    this.surfaces = surfaces;
  }

  find(name: string): Entity | undefined {
    return this.byName.get(key(name));
  }
}
