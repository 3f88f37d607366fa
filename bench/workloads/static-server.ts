// The query-mix baseline: bare graphql-yoga, the same schema and query shapes, answered from static in-memory objects.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

const entity = (i: number, kind = 'COMPANY') => ({ id: `ent_static${i}`, name: `Static Company ${i}`, kind, maker: null });
const source = (i: number) => ({ url: `https://static-${i}.example.com/2026/01/story-${i}`, title: `Static Wire: market update ${i}`, publisher: 'The Static Wire' });
const conflict = (i: number) => ({
  id: `cfl_static${i}`,
  rule: 'functional',
  status: 'OPEN',
  severity: 'HIGH',
  explanation: `Static Company ${i}'s annualized revenue run rate: $1.2 billion (The Static Wire, Q4 2019) vs $2 billion (The Other Wire, Q4 2019) — [$1.2B, $1.2B] and [$2B, $2B] do not overlap (no tolerance: exact figures)`,
});
const claim = (i: number) => ({
  id: `clm_static${i}`,
  text: `Static Company ${i} held 32% of the enterprise LLM API market in Q3 2025.`,
  kind: 'QUANTITATIVE',
  status: 'ACCEPTED',
  negated: false,
  periodText: 'Q3 2025',
  predicate: { name: 'market_share' },
  value: { text: '32%', display: '32%', lower: 32, upper: 32 },
  period: { label: 'Q3 2025', start: '2025-07-01', end: '2025-09-30' },
  subject: entity(i),
  object: entity(i + 1, 'MARKET'),
  citations: [{ quote: '32%', start: 1200, end: 1203, source: source(i) }],
  conflicts: [conflict(i)],
});
const page = <T extends { id: string }>(items: T[]) => ({
  totalCount: 1000,
  pageInfo: { hasNextPage: true, endCursor: 'YWZ0ZXI6c3RhdGlj' },
  edges: items.map((node) => ({ cursor: 'YWZ0ZXI6c3RhdGlj', node })),
  nodes: items,
});

const CLAIM = claim(1);
const CLAIM_PAGE = page(Array.from({ length: 20 }, (_, i) => claim(i)));
const ENTITY = { ...entity(1), maker: entity(2), claims: () => CLAIM_PAGE };
const CONFLICT_PAGE = page(Array.from({ length: 20 }, (_, i) => ({ ...conflict(i), claims: [{ role: 'lower', claim: claim(i) }, { role: 'higher', claim: claim(i + 1) }] })));
const PATHS = [
  {
    length: 2,
    entities: [entity(1), entity(2), entity(3, 'MARKET')],
    steps: [
      { via: 'MADE_BY', claim: null, from: entity(1), to: entity(2) },
      { via: 'CLAIM', claim: CLAIM, from: entity(2), to: entity(3, 'MARKET') },
    ],
  },
];

export function createStaticServer(): Server {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs,
      resolvers: { Query: { claim: () => CLAIM, entity: () => ENTITY, conflicts: () => CONFLICT_PAGE, path: () => PATHS } },
      resolverValidationOptions: { requireResolversForResolveType: 'ignore', requireResolversToMatchSchema: 'ignore' },
    }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
  });
  return createServer(yoga);
}
