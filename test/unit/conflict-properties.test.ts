// Properties of detection: symmetric and order-free; incremental detection (one by one, in batches, with edits and retractions) equals a full rescan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addClaims } from '../../src/app/add-claims.js';
import { rescan } from '../../src/app/conflicts/rescan.js';
import { SYSTEM_ACTOR, createAppContext, type AppContext } from '../../src/app/context.js';
import { retractClaim } from '../../src/app/retract-claim.js';
import { updateClaim } from '../../src/app/update-claim.js';
import { detectConflicts } from '../../src/domain/conflicts/index.js';
import type { ChangeSet } from '../../src/store/port.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { lookup, view } from '../support/claim-views.js';

const SUBJECTS = ['Acme', 'Globex', 'Initech'];
const DATED_PERIODS = ['2025', 'Q1 2025', 'Q3 2025', 'January 2025', '2026'];
const PERIODS = [null, ...DATED_PERIODS];
// Mostly unqualified, so claims meet often; sometimes scoped, so qualifier look-alikes occur too.
const QUALIFIERS = [[], [], [], [{ key: 'measure', value: 'usage' }]];
/** Predicates covering every rule, with values that overlap, nest, touch and clash. */
const SHAPES: Array<{ predicate: string; object: string | null; values: Array<string | null>; negatable: boolean }> = [
  { predicate: 'market_share', object: 'widget market', values: ['20%', '30%', 'about 45%', 'over half', '60%', '10 to 15%', 'under 10%'], negatable: false },
  { predicate: 'revenue_run_rate', object: null, values: ['$1 billion', '$1,000 million', 'about $2 billion', '$3 billion', '€1 billion'], negatable: false },
  { predicate: 'leader_of', object: 'widget market', values: [null], negatable: true },
  { predicate: 'released_on', object: null, values: [null], negatable: true },
  { predicate: 'pioneered', object: 'widget market', values: [null], negatable: true },
];

const spec = fc.record({
  subject: fc.constantFrom(...SUBJECTS),
  shape: fc.constantFrom(...SHAPES),
  valueIndex: fc.nat(),
  period: fc.constantFrom(...PERIODS),
  qualifiers: fc.constantFrom(...QUALIFIERS),
  negated: fc.boolean(),
});
type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

const specToView = (s: Spec) => ({
  subject: s.subject,
  predicate: s.shape.predicate,
  object: s.shape.object,
  value: s.shape.values[s.valueIndex % s.shape.values.length] ?? null,
  period: s.shape.predicate === 'released_on' && s.period === null ? '2025' : s.period,
  qualifiers: s.qualifiers,
  negated: s.shape.negatable && s.negated,
});

/** A claim input with its own source, so no two inputs are the same statement from the same source. */
const toInput = (s: Spec, index: number) => {
  const v = specToView(s);
  return { ...v, text: `claim ${index}`, source: { url: `https://source-${index}.example.org/`, publisher: `Source ${index}`, publishedAt: '2026-02' } };
};

/** A permutation of 0..n-1. */
const permutation = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

describe('the rule engine', () => {
  it('finds the same conflicts, explained the same way, whatever the order of the claims', () => {
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 14 }).chain((specs) => fc.tuple(fc.constant(specs), permutation(specs.length))),
        ([specs, order]) => {
          const views = specs.map((s, i) => view({ ...specToView(s), source: `Source ${i % 3}` }));
          const forward = detectConflicts(views, lookup);
          const shuffled = detectConflicts(order.map((i) => views[i]!), lookup);
          expect(shuffled).toEqual(forward);
          expect(detectConflicts([...views].reverse(), lookup)).toEqual(forward);
        },
      ),
      { numRuns: 300 },
    );
  });
});

async function freshApp(): Promise<AppContext> {
  const store = new MemoryStore({ dataDir: null });
  await store.open();
  return createAppContext(store);
}

/** OPEN conflicts as rule + the members' texts: comparable across stores whose ids differ. */
async function openSignatures(app: AppContext): Promise<string[]> {
  const page = await app.store.listConflicts({ statuses: ['OPEN'] }, { first: 10_000 });
  const claims = await app.store.getClaims(page.items.flatMap((c) => c.claims.map((m) => m.claimId)));
  const text = new Map(claims.map((claim) => [claim!.id, claim!.text]));
  return page.items.map((c) => `${c.rule}: ${c.claims.map((m) => text.get(m.claimId)).sort().join(', ')}`).sort();
}

/** OPEN conflicts as found, by key: what a reader sees of each (explanation, details), for stores sharing claim ids. */
async function openContents(app: AppContext) {
  const page = await app.store.listConflicts({ statuses: ['OPEN'] }, { first: 10_000 });
  return page.items.map(({ key, rule, severity, explanation, details, claims }) => ({ key, rule, severity, explanation, details, claims })).sort((a, b) => a.key.localeCompare(b.key));
}

/** A copy of the graph's claims without any conflict: what a full rescan starts from. */
async function copyWithoutConflicts(from: AppContext): Promise<AppContext> {
  const to = await freshApp();
  const merged: ChangeSet = { entities: [], sources: [], periods: [], claims: [] };
  for await (const part of from.store.scanAll()) {
    merged.entities!.push(...(part.entities ?? []));
    merged.sources!.push(...(part.sources ?? []));
    merged.periods!.push(...(part.periods ?? []));
    merged.claims!.push(...(part.claims ?? []));
  }
  await to.store.commit(merged);
  return to;
}

describe('incremental detection', () => {
  it('finds what a full rescan finds, added one by one or in random batches, with edits and retractions', async () => {
    // Guards against a vacuous pass: most generated graphs must hold some conflict.
    let runsWithConflicts = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(spec, { minLength: 6, maxLength: 14 }).chain((specs) =>
          fc.tuple(
            fc.constant(specs),
            permutation(specs.length),
            fc.array(fc.boolean(), { minLength: specs.length, maxLength: specs.length }),
            // About one claim in four is retracted afterwards.
            fc.array(fc.constantFrom(false, false, false, true), { minLength: specs.length, maxLength: specs.length }),
            // About one in four is first moved to another period (where it may meet other claims, or leave them) or subject.
            fc.array(fc.option(fc.record({ period: fc.constantFrom(...DATED_PERIODS), subject: fc.constantFrom(...SUBJECTS) }), { freq: 3, nil: undefined }), {
              minLength: specs.length,
              maxLength: specs.length,
            }),
          ),
        ),
        async ([specs, order, cuts, retract, edits]) => {
          const inputs = specs.map(toInput);

          // In batches, cut where the generator says.
          const batched = await freshApp();
          let batch: unknown[] = [];
          for (const [index, input] of inputs.entries()) {
            batch.push(input);
            if (cuts[index] || index === inputs.length - 1) {
              await addClaims(batched, batch, SYSTEM_ACTOR);
              batch = [];
            }
          }
          // One by one, in another order.
          const single = await freshApp();
          for (const index of order) await addClaims(single, [inputs[index]], SYSTEM_ACTOR);

          // Edit, then retract, the same claims in both.
          for (const app of [batched, single]) {
            const page = await app.store.listClaims([{ filter: {}, page: { first: 100 } }]);
            for (const claim of page[0]!.items) {
              const edit = edits[Number(claim.text.split(' ')[1])];
              if (edit) await updateClaim(app, claim.id, claim.version, edit, SYSTEM_ACTOR);
            }
            for (const claim of page[0]!.items) if (retract[Number(claim.text.split(' ')[1])]) await retractClaim(app, claim.id, 'withdrawn', SYSTEM_ACTOR);
          }

          const incremental = await openSignatures(batched);
          if (incremental.length > 0) runsWithConflicts++;
          expect(await openSignatures(single)).toEqual(incremental);
          // A rescan over the incrementally maintained graph has nothing left to do...
          expect(await rescan(batched, SYSTEM_ACTOR)).toMatchObject({ newCount: 0, reopenedCount: 0, resolvedCount: 0 });
          // ...and over the same claims with no conflicts recorded, it finds the same set.
          const scratch = await copyWithoutConflicts(batched);
          await rescan(scratch, SYSTEM_ACTOR);
          expect(await openSignatures(scratch)).toEqual(incremental);
          // The same claims ids there: the rescan (which names only the claims its findings name) explains each the same way.
          expect(await openContents(scratch)).toEqual(await openContents(batched));
        },
      ),
      // A fixed seed: the check below (enough runs found conflicts to mean something) counts conflicts across random
      // runs, and with a fresh seed each time it once came out at exactly 10 of 60 and failed a green tree.
      { numRuns: 60, seed: 20261206 },
    );
    expect(runsWithConflicts).toBeGreaterThan(10);
  }, 120_000);
});
