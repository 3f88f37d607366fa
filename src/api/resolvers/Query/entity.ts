// Query.entity: by name or alias, case-insensitive; a merged entity answers with its survivor.
import { findEntityByName } from '../../../app/lookups.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const entity: QueryResolvers['entity'] = (_parent, { name }, { app }) => findEntityByName(app, name);
