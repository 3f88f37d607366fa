// Finds entities and sources by name or URL for one write, creating each missing one once per batch.
import type { Entity, EntityKind, Source } from '../domain/model.js';
import { parsePartialDate, formatPartialDate } from '../domain/period.js';
import type { GraphStore } from '../store/port.js';
import { newId } from './ids.js';
import type { SourceInput } from './inputs.js';

const normalize = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Follows SAME_AS (mergedIntoId) links to the surviving entity. */
export async function survivorOf(store: GraphStore, entity: Entity): Promise<Entity> {
  let current = entity;
  for (let hops = 0; current.mergedIntoId && hops < 16; hops++) {
    const [next] = await store.getEntities([current.mergedIntoId]);
    if (!next) break;
    current = next;
  }
  return current;
}

export class EntityResolver {
  private readonly byName = new Map<string, Entity>();
  private readonly sourcesByUrl = new Map<string, Source>();
  readonly createdEntities: Entity[] = [];
  readonly createdSources: Source[] = [];
  readonly updatedSources: Source[] = [];

  constructor(
    private readonly store: GraphStore,
    private readonly now: string,
  ) {}

  /** One store call for every name and URL the batch mentions. */
  async preload(names: string[], urls: string[]): Promise<void> {
    const uniqueNames = [...new Set(names.map(normalize))].filter((name) => !this.byName.has(name));
    const found = await this.store.findEntitiesByName(uniqueNames);
    for (const [index, entity] of found.entries()) {
      if (entity) this.byName.set(uniqueNames[index]!, await survivorOf(this.store, entity));
    }
    const uniqueUrls = [...new Set(urls)].filter((url) => !this.sourcesByUrl.has(url));
    const sources = await this.store.findSourcesByUrl(uniqueUrls);
    for (const source of sources) if (source) this.sourcesByUrl.set(source.url, source);
  }

  find(name: string): Entity | undefined {
    return this.byName.get(normalize(name));
  }

  /** The entity called `name`, or a new one of `kind` created for this batch. */
  entity(name: string, kind: EntityKind): Entity {
    const existing = this.find(name);
    if (existing) return existing;
    const entity: Entity = {
      id: newId('Entity'),
      kind,
      name: name.trim().replace(/\s+/g, ' '),
      aliases: [],
      makerId: null,
      launchDate: null,
      mergedIntoId: null,
      createdAt: this.now,
      updatedAt: this.now,
      version: 1,
    };
    this.byName.set(normalize(name), entity);
    this.createdEntities.push(entity);
    return entity;
  }

  /** The source at this URL, created once; fields it lacks are filled from the input. Dates are checked by the domain. */
  source(input: SourceInput): Source {
    const publishedAt = input.publishedAt ? formatPartialDate(parsePartialDate(input.publishedAt)) : null;
    const existing = this.sourcesByUrl.get(input.url);
    if (existing) {
      const filled: Source = {
        ...existing,
        title: existing.title ?? input.title ?? null,
        publisher: existing.publisher ?? input.publisher ?? null,
        publishedAt: existing.publishedAt ?? publishedAt,
      };
      // Only these three can differ: filled is a copy of existing with them topped up.
      if (filled.title !== existing.title || filled.publisher !== existing.publisher || filled.publishedAt !== existing.publishedAt) {
        this.sourcesByUrl.set(input.url, filled);
        if (!this.createdSources.includes(existing)) this.updatedSources.push(filled);
        else this.createdSources.splice(this.createdSources.indexOf(existing), 1, filled);
      }
      return this.sourcesByUrl.get(input.url)!;
    }
    const source: Source = {
      id: newId('Source'),
      url: input.url,
      title: input.title ?? null,
      publisher: input.publisher ?? null,
      publishedAt,
      retrievedAt: this.now,
    };
    this.sourcesByUrl.set(input.url, source);
    this.createdSources.push(source);
    return source;
  }

  /** Sources to write: new ones and existing ones whose missing fields were filled. */
  sourcesToWrite(): Source[] {
    const latest = new Map<string, Source>();
    for (const source of [...this.createdSources, ...this.updatedSources]) latest.set(source.id, this.sourcesByUrl.get(source.url) ?? source);
    return [...latest.values()];
  }
}
