// The bench's planted-conflict check, which keeps its speed figures honest: it must fail a detector that
// finds too little, too much, or the right claims under the wrong rule, and pass the real one on a generated graph.
import { describe, expect, it } from 'vitest';
import { allConflicts, importAll, openApp, registerEntities } from '../../bench/lib/app.js';
import { checkPlanted, type FoundConflict } from '../../bench/lib/planted-check.js';
import { generateGraph } from '../../bench/generator/index.js';

const graph = generateGraph(3_000);
const idAt = (position: number) => `claim-${position}`;
const conflictOf = (rule: string, positions: readonly number[]): FoundConflict => ({ rule, claims: positions.map((p) => ({ claimId: idAt(p) })) });
/** What a perfect detector reports: each planted conflict once, under its rule, with exactly its claims. */
const perfect = graph.expectations.conflicts.map((c) => conflictOf(c.kind.toLowerCase(), c.positions));
const plantedPositions = new Set([...graph.expectations.conflicts, ...graph.expectations.lookAlikes].flatMap((c) => c.positions));
/** A claim in no planted case. */
const background = graph.claims.findIndex((_, position) => !plantedPositions.has(position));

describe('checkPlanted', () => {
  it('passes exactly the planted conflicts', () => {
    const check = checkPlanted(graph.expectations, idAt, perfect);
    expect(check).toMatchObject({ ok: true, planted: perfect.length, found: perfect.length, missed: [], falseAlarms: [], unexpected: 0 });
  });

  it('fails a detector that finds nothing', () => {
    const check = checkPlanted(graph.expectations, idAt, []);
    expect(check.ok).toBe(false);
    expect(check.missed).toHaveLength(perfect.length);
  });

  it('fails a detector that flags a look-alike', () => {
    const lookAlike = graph.expectations.lookAlikes[0]!;
    const check = checkPlanted(graph.expectations, idAt, [...perfect, conflictOf('functional', lookAlike.positions)]);
    expect(check.ok).toBe(false);
    expect(check.falseAlarms.length).toBeGreaterThan(0);
  });

  it('fails extra conflicts on planted claims: another rule, a background partner, a repeat', () => {
    const planted = graph.expectations.conflicts[0]!;
    for (const extra of [
      conflictOf('polarity', planted.positions),
      conflictOf(planted.kind.toLowerCase(), [planted.positions[0]!, background]),
      perfect[0]!,
    ]) {
      const check = checkPlanted(graph.expectations, idAt, [...perfect, extra]);
      expect(check.ok).toBe(false);
      expect(check.unexpected).toBe(1);
    }
  });

  it('fails a conflict that names only part of a planted one', () => {
    const threeWay = graph.expectations.conflicts.find((c) => c.positions.length === 3)!;
    const partial = perfect.map((found, index) => (graph.expectations.conflicts[index] === threeWay ? conflictOf('additive_share', threeWay.positions.slice(0, 2)) : found));
    const check = checkPlanted(graph.expectations, idAt, partial);
    expect(check.ok).toBe(false);
    expect(check.missed).toHaveLength(1);
    expect(check.unexpected).toBe(1);
  });

  it('passes the real detector on a generated graph, three-way share conflicts included', async () => {
    const { store, app } = await openApp(null);
    await registerEntities(app, graph.entities);
    const ids = await importAll(app, graph.claims, 500);
    const check = checkPlanted(graph.expectations, (position) => ids[position]!, await allConflicts(store));
    expect(check).toMatchObject({ ok: true, missed: [], falseAlarms: [], unexpected: 0 });
    expect(graph.expectations.conflicts.some((c) => c.positions.length === 3)).toBe(true);
    await store.close();
  }, 60_000);
});
