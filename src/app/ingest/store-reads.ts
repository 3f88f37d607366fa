// Reads ingestion needs whole: every entity (to link mentions) and every claim citing one source (to compare).
import type { Claim, Entity } from '../../domain/model.js';
import type { GraphStore, Page, PageRequest } from '../../store/port.js';

const PAGE = 500;

async function everyPage<T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await read({ first: PAGE, after });
    items.push(...page.items);
    if (!page.hasNextPage || page.endCursor === null) return items;
    after = page.endCursor;
  }
}

/** Every live entity, page by page: once per ingest, so mentions link by name or alias without a query per name. */
export const allEntities = (store: GraphStore): Promise<Entity[]> => everyPage((page) => store.listEntities(null, page));

/** Every claim citing the source, whatever its status. */
export const claimsOfSource = (store: GraphStore, sourceId: string): Promise<Claim[]> =>
  everyPage(async (page) => (await store.listClaims([{ filter: { sourceIds: [sourceId] }, page }]))[0]!);
