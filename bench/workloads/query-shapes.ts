// The query mix's four shapes, written against whatever schema.graphql offers today (conflict fields only once they exist).
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

function hasField(type: string, field: string): boolean {
  const found = schema.getType(type) as GraphQLObjectType | undefined;
  return Boolean(found && 'getFields' in found && found.getFields()[field]);
}

/** Claim.conflicts and Query.conflicts come with conflict detection's API; until then the mix runs without them. */
export const HAS_CLAIM_CONFLICTS = hasField('Claim', 'conflicts');
export const HAS_CONFLICT_LIST = hasField('Query', 'conflicts');

const claimConflicts = HAS_CLAIM_CONFLICTS ? 'conflicts { id rule status severity explanation }' : '';

export const CLAIM_BY_ID = `query ClaimById($id: ID!) {
  claim(id: $id) {
    id text kind status negated periodText
    predicate { name }
    value { text display lower upper }
    period { label start end }
    subject { id name kind }
    object { id name kind }
    citations { quote start end source { url title publisher } }
    ${claimConflicts}
  }
}`;

export const ENTITY_CLAIMS = `query EntityClaims($name: String!, $first: Int) {
  entity(name: $name) {
    id name kind
    maker { name }
    claims(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id text predicate { name } value { display } period { label } subject { name } object { name } } }
    }
  }
}`;

export const OPEN_CONFLICTS = `query OpenConflicts($first: Int) {
  conflicts(filter: { status: [OPEN] }, first: $first) {
    totalCount
    edges { node { id rule severity status explanation claims { role claim { id text subject { name } } } } }
  }
}`;

export const PATH = `query Path($from: String!, $to: String!) {
  path(from: $from, to: $to, maxHops: 3) {
    length
    entities { name kind }
    steps { via claim { id text } from { name } to { name } }
  }
}`;
