// Every Mutation and Subscription field of schema.graphql is classified in OPERATION_ROLES; unclassified ones are admin-only.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OPERATION_ROLES, requiredRole } from '../../src/api/auth/operation-roles.js';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

describe('OPERATION_ROLES', () => {
  for (const type of ['Mutation', 'Subscription'] as const) {
    const root = type === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    const fields = Object.keys(root?.getFields() ?? {});
    it(`classifies every ${type} field (add new ones to src/api/auth/operation-roles.ts)`, () => {
      const missing = fields.filter((field) => !Object.hasOwn(OPERATION_ROLES[type], field));
      expect(missing, `unclassified ${type} fields: ${missing.join(', ')}`).toEqual([]);
    });
  }

  it('refuses unclassified fields to everyone but admin (fail-closed)', () => {
    expect(requiredRole('Mutation', 'someNewMutation', {})).toBe('admin');
    expect(requiredRole('Subscription', 'someNewFeed', {})).toBe('admin');
    expect(requiredRole('Mutation', 'constructor', {})).toBe('admin');
    expect(requiredRole('Query', 'anything', {})).toBe('viewer');
  });

  it('gives the roles of the issue', () => {
    for (const field of ['addClaims', 'updateClaim', 'retractClaim', 'upsertEntity', 'ingestArticle', 'acceptClaim', 'rejectClaim', 'reviewClaim', 'flagConflict']) {
      expect(requiredRole('Mutation', field, {}), field).toBe('editor');
    }
    expect(requiredRole('Mutation', 'mergeEntities', {})).toBe('admin');
    expect(requiredRole('Mutation', 'declarePredicate', {})).toBe('admin');
  });

  it('tells one conflict from a bulk change, and a scoped rescan from a full one', () => {
    expect(requiredRole('Mutation', 'setConflictStatus', { id: 'cfl_1', status: 'DISMISSED' })).toBe('editor');
    expect(requiredRole('Mutation', 'setConflictStatus', { ids: ['cfl_1'] })).toBe('editor');
    expect(requiredRole('Mutation', 'setConflictStatus', { ids: ['cfl_1', 'cfl_2'] })).toBe('admin');
    expect(requiredRole('Mutation', 'setConflictStatus', {})).toBe('admin');
    expect(requiredRole('Mutation', 'detectConflicts', {})).toBe('admin');
    expect(requiredRole('Mutation', 'detectConflicts', { claimIds: ['clm_1'] })).toBe('editor');
  });
});
