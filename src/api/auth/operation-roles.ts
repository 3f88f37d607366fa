// Which role each Mutation and Subscription field needs: the one place to classify a new one.
//
// Fail-closed: a Mutation or Subscription field missing here needs admin (see requiredRole), and
// test/api/operation-roles.test.ts fails until every field of schema.graphql has an entry, so whoever
// adds a field decides who may call it. Every Query field needs viewer.
import type { Role } from './roles.js';

/** A fixed role, or one that depends on the field's arguments (e.g. one conflict vs. a bulk change). */
export type RoleRule = Role | ((args: Record<string, unknown>) => Role);

const nonEmpty = (value: unknown): boolean =>
  (Array.isArray(value) && value.length > 0) || (typeof value === 'string' && value !== '');

/** More than one id in a list argument means a bulk change: admin. Unknown argument shapes stay admin. */
const oneOrBulk = (args: Record<string, unknown>): Role => {
  const list = args.ids ?? args.conflictIds;
  if (Array.isArray(list)) return list.length <= 1 ? 'editor' : 'admin';
  return typeof args.id === 'string' || typeof args.conflictId === 'string' ? 'editor' : 'admin';
};

/** A rescan limited to some claims or one subject is an editor's job; a full rescan (no scope) is admin's. */
const scopedOrFull = (args: Record<string, unknown>): Role =>
  ['claimId', 'claimIds', 'subject', 'predicate', 'entity'].some((name) => nonEmpty(args[name])) ? 'editor' : 'admin';

export const OPERATION_ROLES: { Mutation: Record<string, RoleRule>; Subscription: Record<string, RoleRule> } = {
  Mutation: {
    // claims
    addClaims: 'editor',
    updateClaim: 'editor',
    retractClaim: 'editor',
    upsertEntity: 'editor',
    // ingestion
    ingestArticle: 'editor',
    acceptClaim: 'editor',
    rejectClaim: 'editor',
    // reviews
    reviewClaim: 'editor',
    // conflicts
    flagConflict: 'editor',
    setConflictStatus: oneOrBulk,
    detectConflicts: scopedOrFull,
    // the graph's shape and vocabulary
    mergeEntities: 'admin',
    declarePredicate: 'admin',
  },
  Subscription: {
    conflictDetected: 'viewer',
    claimReviewed: 'viewer',
  },
};

export type RootType = 'Query' | 'Mutation' | 'Subscription';

/** The role a root field needs; fields nobody classified need admin. */
export function requiredRole(type: RootType, field: string, args: Record<string, unknown>): Role {
  if (type === 'Query') return 'viewer';
  const rule = Object.hasOwn(OPERATION_ROLES[type], field) ? OPERATION_ROLES[type][field] : undefined;
  if (rule === undefined) return 'admin';
  return typeof rule === 'function' ? rule(args) : rule;
}
