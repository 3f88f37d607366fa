// Stage: incremental conflict detection inside a write, per claim, on a loaded store: p50/p99 of detection and of the whole write.
import { addClaims } from '../../src/app/add-claims.js';
import { buildClaim } from '../../src/app/claim-builder.js';
import { detectOnWrite } from '../../src/app/conflicts/detect-on-write.js';
import { SYSTEM_ACTOR } from '../../src/app/context.js';
import { EntityResolver } from '../../src/app/entity-resolver.js';
import { historyEntry } from '../../src/app/history.js';
import { ClaimInput, parseInput } from '../../src/app/inputs.js';
import { generateGraph } from '../generator/index.js';
import { Random } from '../generator/random.js';
import { openApp } from '../lib/app.js';
import { report, stageArgs } from '../lib/child.js';
import { readPlan } from '../lib/plan-file.js';
import { percentile } from '../lib/stats.js';

interface IncrementalArgs {
  dataDir: string;
  samples: number;
  /** Which run on this data directory: each restates under new source URLs, so no write is a duplicate of an earlier run's. */
  run?: number;
}

const args = stageArgs<IncrementalArgs>();
const plan = await readPlan(args.dataDir);

/**
 * Statements already in the graph, restated by new articles: each write lands in a populated group (its
 * market, its statement). Made in a function so the generated graph (half a gigabyte at 1M) is garbage
 * before the store opens: a server does not hold it, and its marking would be charged to the samples.
 */
function restatedClaims(count: number) {
  const graph = generateGraph(plan.claims);
  const random = new Random(7);
  return Array.from({ length: count }, (_, i) => {
    const original = random.pick(graph.claims);
    return { ...original, source: { ...original.source, url: `${original.source.url}-restated-${args.run ?? 0}-${i}` } };
  });
}
const restated = restatedClaims(args.samples * 2);
const { store, app } = await openApp(args.dataDir);

/** The steps of addClaims for one claim, with detection timed on its own. */
async function detectOne(raw: unknown): Promise<number> {
  const input = parseInput(ClaimInput, raw, ['input', 0]);
  const now = app.now().toISOString();
  const resolver = new EntityResolver(app.store, now);
  await resolver.preload(input.object ? [input.subject, input.object] : [input.subject], [input.source.url]);
  const { claim, period } = buildClaim(input, { registry: app.registry, resolver, now }, 'ACCEPTED');
  const [storedPeriod] = period ? await store.getPeriods([period.id]) : [null];
  const changes = {
    entities: resolver.createdEntities,
    sources: resolver.sourcesToWrite(),
    periods: period && !storedPeriod ? [period] : [],
    claims: [claim],
    history: [historyEntry(claim, null, {}, 'created', SYSTEM_ACTOR, now)],
  };
  const start = performance.now();
  const withConflicts = await detectOnWrite(app, changes, SYSTEM_ACTOR);
  const elapsed = performance.now() - start;
  await store.commit(withConflicts);
  return elapsed;
}

const detectMs: number[] = [];
for (const input of restated.slice(0, args.samples)) detectMs.push(await detectOne(input));
const writeMs: number[] = [];
for (const input of restated.slice(args.samples)) {
  const start = performance.now();
  await addClaims(app, [input], SYSTEM_ACTOR);
  writeMs.push(performance.now() - start);
}
const counts = await store.counts();
await store.close();
report({
  claims: counts.claims,
  samples: args.samples,
  detectP50: percentile(detectMs, 50),
  detectP99: percentile(detectMs, 99),
  writeP50: percentile(writeMs, 50),
  writeP99: percentile(writeMs, 99),
});
