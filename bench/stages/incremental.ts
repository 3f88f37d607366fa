// Stage: incremental conflict detection inside a write, per claim, on a loaded store: p50/p99 of detection and of the
// whole write, and a check that detection flagged the writes that restate a planted conflict and no other.
import { addClaims } from '../../src/app/add-claims.js';
import { buildClaim } from '../../src/app/claim-builder.js';
import { detectOnWrite } from '../../src/app/conflicts/detect-on-write.js';
import { SYSTEM_ACTOR } from '../../src/app/context.js';
import { EntityResolver } from '../../src/app/entity-resolver.js';
import { historyEntry } from '../../src/app/history.js';
import { ClaimInput, parseInput } from '../../src/app/inputs.js';
import type { Conflict } from '../../src/domain/model.js';
import { generateGraph } from '../generator/index.js';
import { Random } from '../generator/random.js';
import { openApp } from '../lib/app.js';
import { report, stageArgs } from '../lib/child.js';
import { readPlan } from '../lib/plan-file.js';
import type { PlantedCheck } from '../lib/planted-check.js';
import { percentile } from '../lib/stats.js';

interface IncrementalArgs {
  dataDir: string;
  samples: number;
  /**
   * Writes made first and not counted, through each timed path alike, so the samples measure detection warm
   * (JIT-compiled), as the query mix is measured: a fresh process compiles on its first writes, a cost
   * reported on its own (p99 with these counted too) rather than mixed into the per-claim figure.
   */
  warmup?: number;
  /** Which run on this data directory: each restates under new source URLs, so no write is a duplicate of an earlier run's. */
  run?: number;
}

const args = stageArgs<IncrementalArgs>();
const plan = await readPlan(args.dataDir);

/** One timed write: the claim to write, and what detection must make of it. */
interface Sample {
  input: ClaimInput;
  /**
   * Stored id of the claim it must be found in a functional conflict with (it restates a planted conflict's one
   * side); null: it restates a background claim, consistent with the graph, so no conflict may involve it.
   */
  conflictsWith: string | null;
}

/**
 * Every this many timed detection samples (after the warm-up) restates one side of a planted functional
 * conflict, so detection has something to find; each planted conflict once, so a small graph's few do not
 * grow into groups of dozens of restatements over the runs.
 */
const CONFLICT_EVERY = 20;

/**
 * Statements already in the graph, restated by new articles: each write lands in a populated group (its
 * market, its statement). Made in a function so the generated graph (half a gigabyte at 1M) is garbage
 * before the store opens: a server does not hold it, and its marking would be charged to the samples.
 */
function samplesToWrite(warmup: number, samples: number): Sample[] {
  const graph = generateGraph(plan.claims);
  const planted = new Set([...plan.expectations.conflicts, ...plan.expectations.lookAlikes].flatMap((group) => group.positions));
  const functional = plan.expectations.conflicts.filter((conflict) => conflict.kind === 'FUNCTIONAL');
  const random = new Random(7);
  const restate = (position: number, i: number): ClaimInput => {
    const original = graph.claims[position]!;
    return { ...original, source: { ...original.source, url: `${original.source.url}-restated-${args.run ?? 0}-${i}` } };
  };
  // The first warmup + samples go through detectOne, the rest through addClaims (see below).
  return Array.from({ length: 2 * (warmup + samples) }, (_, i) => {
    const timed = i - warmup;
    const conflictIndex = Math.floor(timed / CONFLICT_EVERY);
    const detected = timed >= 0 && i < warmup + samples;
    if (detected && timed % CONFLICT_EVERY === CONFLICT_EVERY - 1 && conflictIndex < functional.length) {
      const [side, other] = functional[conflictIndex]!.positions;
      return { input: restate(side!, i), conflictsWith: plan.ids[other!]! };
    }
    // Background claims only: a restated planted claim would conflict too, and rightly, with the planted
    // restatements (B restated, then A restated: two conflicts), which would blur what the check can expect.
    let position = random.int(0, graph.claims.length - 1);
    while (planted.has(position)) position = random.int(0, graph.claims.length - 1);
    return { input: restate(position, i), conflictsWith: null };
  });
}
const warmup = args.warmup ?? 200;
const samples = samplesToWrite(warmup, args.samples);
const { store, app } = await openApp(args.dataDir);

/**
 * What detection made of the detectOne samples: each planted restatement must be in exactly one conflict,
 * the functional one with the other side and no other claim; a restated background claim in none.
 */
const expected = { planted: 0, found: 0, unexpected: 0, involving: 0, missed: [] as string[], falseAlarms: [] as string[] };

function checkDetection(sample: Sample, claimId: string, conflicts: readonly Conflict[]): void {
  const involving = conflicts.filter((conflict) => conflict.claims.some((member) => member.claimId === claimId));
  if (sample.conflictsWith !== null) {
    expected.planted++;
    expected.involving += involving.length;
    const exact = (conflict: Conflict) =>
      conflict.rule === 'functional' && conflict.claims.length === 2 && conflict.claims.some((member) => member.claimId === sample.conflictsWith);
    const hits = involving.filter(exact).length;
    expected.unexpected += involving.length - Math.min(hits, 1);
    if (hits > 0) expected.found++;
    else expected.missed.push(`${claimId} restates a run rate in conflict with ${sample.conflictsWith}, and was not found in conflict with it`);
  } else if (involving.length > 0) {
    expected.falseAlarms.push(`${claimId} restates a consistent claim, flagged by ${involving.map((conflict) => conflict.rule).join(', ')}`);
  }
}

/** The steps of addClaims for one claim, with detection timed on its own. */
async function detectOne(sample: Sample): Promise<number> {
  const input = parseInput(ClaimInput, sample.input, ['input', 0]);
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
  checkDetection(sample, claim.id, withConflicts.conflicts ?? []);
  await store.commit(withConflicts);
  return elapsed;
}

/** The whole addClaims write of one claim, timed. */
async function writeOne(raw: unknown): Promise<number> {
  const start = performance.now();
  await addClaims(app, [raw], SYSTEM_ACTOR);
  return performance.now() - start;
}

const perPath = warmup + args.samples;
const detectMs: number[] = [];
for (const sample of samples.slice(0, perPath)) detectMs.push(await detectOne(sample));
const writeMs: number[] = [];
for (const sample of samples.slice(perPath)) writeMs.push(await writeOne(sample.input));
const warm = (timings: number[]) => timings.slice(warmup);
const counts = await store.counts();
await store.close();
report({
  claims: counts.claims,
  samples: args.samples,
  warmup,
  detectP50: percentile(warm(detectMs), 50),
  detectP99: percentile(warm(detectMs), 99),
  detectP99WithWarmup: percentile(detectMs, 99),
  writeP50: percentile(warm(writeMs), 50),
  writeP99: percentile(warm(writeMs), 99),
  check: {
    ok: expected.missed.length === 0 && expected.falseAlarms.length === 0 && expected.unexpected === 0,
    planted: expected.planted,
    found: expected.found,
    missed: expected.missed,
    falseAlarms: expected.falseAlarms,
    unexpected: expected.unexpected,
    conflicts: expected.involving,
  } satisfies PlantedCheck,
});
