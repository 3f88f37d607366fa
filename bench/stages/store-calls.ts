// Stage: store calls per GraphQL request, counted on small and large result pages: they must depend on depth, not size.
import { createGraphQLServer } from '../../src/api/server.js';
import { createAppContext } from '../../src/app/context.js';
import { countingStore } from '../../test/support/app.js';
import { openApp } from '../lib/app.js';
import { report, stageArgs } from '../lib/child.js';
import { HAS_CLAIM_CONFLICTS, HAS_CONFLICT_LIST } from '../workloads/query-shapes.js';

interface StoreCallsArgs {
  dataDir: string;
  small: number;
  large: number;
}

const conflictsOfNode = HAS_CLAIM_CONFLICTS ? 'conflicts { id rule claims { claim { id subject { name } } } }' : '';

/** Every link of a claim page, two levels down, so a per-item store call would show as a count that grows with the page. */
const DEEP_ENTITY_PAGE = `query Deep($name: String!, $first: Int) {
  entity(name: $name) {
    name
    claims(first: $first) {
      totalCount
      nodes {
        id subject { name maker { name } products { name } } object { name } period { label }
        citations { source { url } }
        ${conflictsOfNode}
      }
    }
  }
}`;

const DEEP_CONFLICT_PAGE = `query Conflicts($first: Int) {
  conflicts(first: $first) {
    totalCount
    nodes { id rule claims { role claim { id subject { name } object { name } period { label } citations { source { url } } } } }
  }
}`;

const args = stageArgs<StoreCallsArgs>();
const { store } = await openApp(args.dataDir);
const counter = countingStore(store);
const app = await createAppContext(counter.store);
const yoga = createGraphQLServer(app);

async function callsFor(query: string, variables: Record<string, unknown>): Promise<{ calls: number; items: number }> {
  counter.reset();
  const response = await yoga.fetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string }> };
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
  const items = json.data?.entity?.claims?.nodes?.length ?? json.data?.conflicts?.nodes?.length ?? 0;
  return { calls: counter.total(), items };
}

// The market with the most claims: the largest page the graph can give.
const markets = (await store.listEntities('MARKET', { first: Number.MAX_SAFE_INTEGER })).items;
const pages = await store.listClaims(markets.map((market) => ({ filter: { entityIds: [market.id] }, page: { first: 0 } })));
const busiest = markets[pages.reduce((best, page, i) => (page.totalCount > pages[best]!.totalCount ? i : best), 0)]!;

const rows = [];
for (const [shape, query, variables] of [
  ['entity claims page', DEEP_ENTITY_PAGE, { name: busiest.name }],
  ...(HAS_CONFLICT_LIST ? [['conflicts page', DEEP_CONFLICT_PAGE, {}] as const] : []),
] as const) {
  const small = await callsFor(query, { ...variables, first: args.small });
  const large = await callsFor(query, { ...variables, first: args.large });
  rows.push({ shape, small, large });
}
await store.close();
report({ rows });
