// Checks every cypher/**/*.cypher with Neo4j's own semantic analysis (lintCypherQuery) against the graph's declared schema.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbSchema, SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { CypherLibrary } from '../../src/store/neo4j/cypher-loader.js';
import { Statement } from '../../src/store/neo4j/statements.js';

// The package's ESM build uses extension-less imports that Node's loader rejects; its CommonJS build loads fine.
const require = createRequire(import.meta.url);
const cypherSupport = require('@neo4j-cypher/language-support') as typeof import('@neo4j-cypher/language-support');
const { lintCypherQuery, parserWrapper, CypherParser, testData } = cypherSupport;

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** Labels and relationship types of the graph, with the properties each carries. */
const GRAPH = {
  labels: {
    Claim: ['id', 'text', 'kind', 'subjectId', 'predicate', 'objectId', 'valueJson', 'periodId', 'periodText', 'qualifiersJson',
      'negated', 'status', 'statusReason', 'citationsJson', 'fingerprint', 'createdAt', 'updatedAt', 'version'],
    Entity: ['id', 'kind', 'name', 'aliases', 'makerId', 'launchDate', 'mergedIntoId', 'createdAt', 'updatedAt', 'version'],
    EntityName: ['key'],
    Source: ['id', 'url', 'title', 'publisher', 'publishedAt', 'retrievedAt', 'contentHash'],
    Period: ['id', 'label', 'start', 'end', 'precision'],
    Conflict: ['id', 'key', 'rule', 'severity', 'status', 'explanation', 'detailsJson', 'membersJson', 'detectedAt', 'updatedAt',
      'statusBy', 'statusAt', 'statusNote', 'version'],
    Change: ['id', 'targetId', 'action', 'actor', 'at', 'fromVersion', 'toVersion', 'changesJson', 'note'],
    Predicate: ['name', 'description', 'kind', 'builtin', 'definitionJson'],
    Review: ['id', 'claimId', 'claimVersion', 'rating', 'rationale', 'evidenceJson', 'reviewer', 'reviewedAt', 'supersedesId'],
    SchemaMigration: ['name', 'checksum', 'appliedAt'],
  },
  relationshipTypes: {
    ABOUT: ['role'],
    STATED_IN: ['quote', 'start', 'end', 'prefix', 'suffix', 'ord'],
    DURING: [],
    MADE_BY: [],
    SAME_AS: [],
    NAMED: [],
    INVOLVES: ['role', 'version'],
    CLAIM_LINK: ['claimId'],
    OF: [],
  },
} as const;

/** Parameters the adapter passes, with the fields of the maps inside them (fields count as property keys). */
const PARAMETERS: Record<string, readonly string[]> = {
  ids: [],
  keys: ['index', 'subjectId', 'predicate', 'objectId'],
  urls: [],
  fingerprints: [],
  rows: ['id', 'name', 'props', 'names', 'citations', 'sourceId', 'members', 'claimId', 'role', 'version'],
  queries: ['index', 'ids', 'subjectIds', 'objectIds', 'entityIds', 'predicates', 'sourceIds', 'statuses', 'periodOverlaps',
    'start', 'end', 'words', 'after', 'first'],
  kind: [],
  after: [],
  limit: [],
  statuses: [],
  rules: [],
  claimIds: [],
  entityIds: [],
  fromId: [],
  toId: [],
  maxHops: [],
  name: [],
  checksum: [],
};

/** Keys of maps the statements build themselves (path steps), and the lock idiom's throwaway property. */
const OWN_KEYS = ['via', 'claimId', 'entityId', '_LOCK_'];

const PROPERTY_KEYS = new Set<string>([
  ...Object.values(GRAPH.labels).flat(),
  ...Object.values(GRAPH.relationshipTypes).flat(),
  ...Object.values(PARAMETERS).flat(),
  ...OWN_KEYS,
]);

/**
 * Built-in functions only (the list the package ships for Neo4j 5): APOC and GDS are not installed on the
 * community image, so calling one must fail here rather than at run time. No procedures are used.
 */
const builtinFunctions = Object.fromEntries(
  Object.entries(testData.mockSchema.functions?.['CYPHER 5'] ?? {}).filter(([, fn]) => fn.isBuiltIn),
);

export const DB_SCHEMA: DbSchema = {
  labels: Object.keys(GRAPH.labels),
  relationshipTypes: Object.keys(GRAPH.relationshipTypes),
  propertyKeys: [...PROPERTY_KEYS],
  parameters: Object.fromEntries(Object.keys(PARAMETERS).map((name) => [name, null])),
  functions: { 'CYPHER 5': builtinFunctions },
  procedures: { 'CYPHER 5': {} },
  databaseNames: ['neo4j', 'system'],
  defaultLanguage: 'CYPHER 5',
};

interface ParseNode {
  ruleIndex?: number;
  children?: ParseNode[] | null;
  getText(): string;
  start?: { line: number; column: number };
}

/**
 * lintCypherQuery reports unknown labels, relationship types and parameters but not property keys, and a
 * misspelt property silently reads null in Neo4j; so every property key in the parse tree must be declared.
 */
function undeclaredPropertyKeys(statement: string): string[] {
  const found: string[] = [];
  const visit = (node: ParseNode): void => {
    if (node.ruleIndex === CypherParser.RULE_propertyKeyName) {
      const key = node.getText().replace(/^`|`$/g, '');
      if (!PROPERTY_KEYS.has(key)) found.push(`${node.start?.line ?? '?'}:${node.start?.column ?? '?'} property key ${key} is not declared`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const parsed of parserWrapper.parse(statement).statementsParsing) visit(parsed.ctx as unknown as ParseNode);
  return found;
}

const describeDiagnostic = (d: SyntaxDiagnostic): string =>
  `${d.range.start.line + 1}:${d.range.start.character} ${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`;

/** Every problem with a statement: errors, every warning (none is expected), and undeclared property keys. */
export function problemsOf(statement: string): string[] {
  const diagnostics = lintCypherQuery(statement, DB_SCHEMA);
  return [...diagnostics.map(describeDiagnostic), ...undeclaredPropertyKeys(statement)];
}

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? cypherFiles(join(dir, entry.name)) : entry.name.endsWith('.cypher') ? [join(dir, entry.name)] : []))
    .sort();
}

const files = cypherFiles(CYPHER_DIR);

describe('cypher/ statements pass Neo4j semantic analysis', () => {
  it('finds the statements', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const file of files) {
    const name = relative(CYPHER_DIR, file);
    it(name, () => {
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0], 'first line is the one-line purpose comment').toMatch(/^\/\/ \S.*$/);
      expect(problemsOf(text)).toEqual([]);
    });
  }
});

describe('the adapter and cypher/ agree', () => {
  it('loads every statement the adapter names, and names every statement outside schema/', async () => {
    const library = await CypherLibrary.load(CYPHER_DIR);
    expect(library.names()).toEqual(Object.values(Statement).sort());
    expect(library.schema.map((migration) => migration.file)).toEqual(
      files.map((file) => relative(CYPHER_DIR, file)).filter((file) => file.startsWith('schema/')),
    );
  });
});

describe('the Cypher check is live', () => {
  it('rejects a syntax error', () => {
    const problems = problemsOf('MATCH (claim:Claim {id: $ids[0]}\nRETURN claim');
    expect(problems.some((p) => p.includes('error: Invalid input'))).toBe(true);
  });

  it('rejects a misspelt label and relationship type', () => {
    const problems = problemsOf('MATCH (claim:Clam)-[:ABUOT]->(entity:Entity) RETURN entity.id');
    expect(problems).toEqual([
      expect.stringContaining('Label Clam is not present in the database'),
      expect.stringContaining('Relationship type ABUOT is not present in the database'),
    ]);
  });

  it('rejects an undeclared parameter, a misspelt property key and a function Neo4j does not have', () => {
    const problems = problemsOf('MATCH (claim:Claim {id: $id}) RETURN claim.fingrprint, apoc.text.join([], "")');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Parameter $id is not defined'),
        expect.stringContaining('property key fingrprint is not declared'),
        expect.stringContaining('Function apoc.text.join is not present'),
      ]),
    );
  });

  it('rejects a semantic error Neo4j itself would raise (an unbound variable)', () => {
    const problems = problemsOf('MATCH (claim:Claim) RETURN entity.id');
    expect(problems.some((p) => p.includes('error: Variable `entity` not defined'))).toBe(true);
  });
});
