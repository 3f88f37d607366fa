// The entities the graph already holds, indexed by name and alias (merged ones answering with their survivor).
import type { Entity } from '../domain/model.js';

const key = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Words a company's name may carry or drop ("Mistral AI" / "Mistral", "Acme Inc." / "Acme"). */
const COMPANY_SUFFIX = /\s+(?:ai|inc\.?|incorporated|corp\.?|corporation|co\.?|ltd\.?|limited|llc|plc|gmbh|ag|sa|labs?|technologies|holdings|group|berhad)$/i;
/** Short endings that are a company's only in its own casing: "Vattra AB", "Equinor ASA", "Siemens Energy SE" (not "Bath Spa"). */
const SHORT_COMPANY_SUFFIX = /\s+(?:AB|ASA|NV|N\.V\.|SE|SpA|S\.p\.A\.|Oyj|Bhd|Tbk|KK)$/;

/** The name without its company ending, or null when it has none (or too little would be left). */
export function withoutCompanySuffix(name: string): string | null {
  const stripped = name.trim().replace(COMPANY_SUFFIX, '').replace(SHORT_COMPANY_SUFFIX, '');
  return stripped !== name.trim() && stripped.length >= 3 ? stripped : null;
}

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
    // "Mistral" names "Mistral AI" too, unless "Mistral" is another entity's name.
    for (const entity of entities.filter((e) => e.kind === 'COMPANY')) {
      const short = withoutCompanySuffix(entity.name);
      if (short && !this.byName.has(key(short))) {
        surfaces.push({ surface: short, entity: survivorOf(entity) });
        this.byName.set(key(short), survivorOf(entity));
      }
    }
    this.surfaces = surfaces;
  }

  find(name: string): Entity | undefined {
    return this.byName.get(key(name));
  }
}
