// Reads ingestion needs whole: every entity (to link mentions) and every claim citing one source (to compare).
import type { Claim, Entity } from '../../domain/model.js';
import type { GraphStore } from '../../store/port.js';
import { everyPage } from '../every-page.js';

const PAGE = 500;

/** Every live entity, page by page: once per ingest, so mentions link by name or alias without a query per name. */
export const allEntities = (store: GraphStore): Promise<Entity[]> => everyPage((page) => store.listEntities(null, page), PAGE);

/** Every claim citing the source, whatever its status. */
export const claimsOfSource = (store: GraphStore, sourceId: string): Promise<Claim[]> =>
  everyPage(async (page) => (await store.listClaims([{ filter: { sourceIds: [sourceId] }, page }]))[0]!, PAGE);
