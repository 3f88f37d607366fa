// The embedded store's read shortcuts against plain definitions over random graphs: a page of claims read
// straight from one index list, and shortest paths whose last hop intersects the entity's and the target's claim lists.
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimStatus, Entity, Period } from '../../src/domain/model.js';
import { periodsOverlap } from '../../src/domain/period.js';
import type { ClaimFilter, GraphPathResult } from '../../src/store/port.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import * as make from '../support/records.js';
import { seededRandom } from '../support/seeded-random.js';

const STATUSES: ClaimStatus[] = ['ACCEPTED', 'CANDIDATE', 'REJECTED', 'RETRACTED'];

async function randomGraph(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const store = new MemoryStore({ dataDir: null });
  await store.open();
  const companies = Array.from({ length: 8 }, () => make.entity());
  const products = Array.from({ length: 6 }, () => make.entity({ kind: 'PRODUCT', makerId: pick(companies).id }));
  // Two hubs with many claims each, so the target side is sometimes the dearer one to expand.
  const markets = Array.from({ length: 3 }, () => make.entity({ kind: 'MARKET' }));
  const entities: Entity[] = [...companies, ...products, ...markets];
  const sources = Array.from({ length: 4 }, () => make.source());
  const claims: Claim[] = Array.from({ length: 60 }, () => {
    const subject = pick([...companies, ...products]);
    const object = random() < 0.2 ? null : random() < 0.7 ? pick(markets.slice(0, 2)) : pick(entities);
    return make.claim(subject, pick(sources), { objectId: object?.id ?? null, status: pick(STATUSES), predicate: pick(['market_share', 'leader']) });
  });
  await store.commit({ entities, sources, claims });
  // Moved claims: the indexes must follow a claim's new subject and object.
  const moved = claims.slice(0, 10).map((claim) => ({ ...claim, subjectId: pick(companies).id, objectId: pick(markets).id, version: 2 }));
  await store.commit({ claims: moved });
  const current = claims.map((claim) => moved.find((m) => m.id === claim.id) ?? claim);
  return { store, entities, sources, claims: current, pick };
}

function linked(claims: Claim[], entities: Entity[], id: string): string[] {
  const viaClaims = claims
    .filter((c) => c.objectId && c.subjectId !== c.objectId && (c.status === 'ACCEPTED' || c.status === 'CANDIDATE'))
    .flatMap((c) => (c.subjectId === id ? [c.objectId!] : c.objectId === id ? [c.subjectId] : []));
  const viaMakers = entities.flatMap((e) => (e.id === id && e.makerId ? [e.makerId] : e.makerId === id ? [e.id] : []));
  return [...viaClaims, ...viaMakers];
}

/** Every walk of exactly `hops` hops without revisiting an entity, as entity id sequences. */
function walks(claims: Claim[], entities: Entity[], from: string, to: string, hops: number): string[] {
  const found: string[] = [];
  const go = (at: string, seen: string[]) => {
    if (seen.length - 1 === hops) {
      if (at === to) found.push(seen.join('>'));
      return;
    }
    for (const next of linked(claims, entities, at)) if (!seen.includes(next)) go(next, [...seen, next]);
  };
  go(from, [from]);
  return found;
}

const entityWalk = (path: GraphPathResult) => [path.fromId, ...path.steps.map((step) => step.entityId)].join('>');

describe('memory store read paths', () => {
  it('pages claims read from one index exactly as filtering every claim would', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { store, entities, sources, claims, pick } = await randomGraph(seed);
      const entity = pick(entities).id;
      const filters: Array<[ClaimFilter, (c: Claim) => boolean]> = [
        [{}, () => true],
        [{ entityIds: [entity] }, (c) => c.subjectId === entity || c.objectId === entity],
        [{ subjectIds: [entity] }, (c) => c.subjectId === entity],
        [{ objectIds: [entity] }, (c) => c.objectId === entity],
        [{ predicates: ['leader'] }, (c) => c.predicate === 'leader'],
        [{ sourceIds: [sources[0]!.id] }, (c) => c.citations.some((citation) => citation.sourceId === sources[0]!.id)],
        [{ entityIds: [entity], predicates: ['leader'] }, (c) => (c.subjectId === entity || c.objectId === entity) && c.predicate === 'leader'],
        [{ entityIds: [entity], statuses: ['ACCEPTED'] }, (c) => (c.subjectId === entity || c.objectId === entity) && c.status === 'ACCEPTED'],
      ];
      for (const [filter, keep] of filters) {
        const expected = claims.filter(keep).map((c) => c.id).sort();
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const [page] = await store.listClaims([{ filter, page: { first: 7, after } }]);
          expect(page!.totalCount).toBe(expected.length);
          seen.push(...page!.items.map((c) => c.id));
          expect(page!.hasNextPage).toBe(seen.length < expected.length);
          if (!page!.hasNextPage) break;
          after = page!.endCursor;
        }
        expect(seen).toEqual(expected);
      }
    }
  });

  it('finds every shortest path, the last hop found by intersecting index lists', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { store, entities, claims, pick } = await randomGraph(seed);
      for (let pair = 0; pair < 10; pair++) {
        const from = pick(entities).id;
        const to = pick(entities).id;
        if (from === to) continue;
        const found = await store.paths(from, to, 3, 10_000);
        const shortest = [1, 2, 3].find((hops) => walks(claims, entities, from, to, hops).length > 0);
        if (shortest === undefined) {
          expect(found).toEqual([]);
          continue;
        }
        // One path per claim or maker link taken, so compare the entity walks with their multiplicity.
        expect(found.every((path) => path.steps.length === shortest)).toBe(true);
        expect(found.map(entityWalk).sort()).toEqual(walks(claims, entities, from, to, shortest).sort());
      }
    }
  });

  it('answers paths written after a query as if nothing had been kept from before the write', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { store, entities, claims, pick } = await randomGraph(seed);
      const pairs = Array.from({ length: 10 }, () => [pick(entities).id, pick(entities).id] as const).filter(([from, to]) => from !== to);
      const check = async (current: Claim[]) => {
        for (const [from, to] of pairs) {
          const found = await store.paths(from, to, 3, 10_000);
          const shortest = [1, 2, 3].find((hops) => walks(current, entities, from, to, hops).length > 0);
          expect(found.map(entityWalk).sort()).toEqual(shortest === undefined ? [] : walks(current, entities, from, to, shortest).sort());
        }
      };
      await check(claims);
      // Links into the hubs come and go: statuses flip and claims move, after the hubs' links were listed.
      const changed = claims.map((claim, index) =>
        index % 3 === 0 ? { ...claim, status: pick(STATUSES), objectId: pick([null, ...entities.map((e) => e.id)]), version: claim.version + 1 } : claim,
      );
      await store.commit({ claims: changed.filter((_, index) => index % 3 === 0) });
      await check(changed);
    }
  });

  it("reads a market's claims within windows as testing every claim's period would, across writes that add periods", async () => {
    const months = Array.from({ length: 12 }, (_, k) => make.period(`2025-${String(k + 1).padStart(2, '0')}-01`, `2025-${String(k + 1).padStart(2, '0')}-28`));
    const wide = [make.period('2025-01-01', '2025-12-31'), make.period(null, '2024-12-31'), make.period('2025-06-01', null)];
    const periods: Period[] = [...months, ...wide];
    for (let seed = 1; seed <= 10; seed++) {
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const store = new MemoryStore({ dataDir: null });
      await store.open();
      const market = make.entity({ kind: 'MARKET' });
      const companies = Array.from({ length: 5 }, () => make.entity());
      const src = make.source();
      await store.commit({ entities: [market, ...companies], sources: [src] });
      const written: Claim[] = [];
      const known = new Map<string, Period>();
      for (let round = 0; round < 12; round++) {
        // Each write brings claims in periods seen before and new ones; some periods come a write after their claims.
        const claims = Array.from({ length: 4 }, () => {
          const period = random() < 0.15 ? null : pick(periods);
          const status = pick(STATUSES);
          return make.claim(pick(companies), src, { objectId: market.id, periodId: period?.id ?? null, status });
        });
        const late = claims.filter(() => random() < 0.2).flatMap((claim) => periods.filter((period) => period.id === claim.periodId));
        const now = [...new Set(claims.flatMap((claim) => periods.filter((period) => period.id === claim.periodId && !late.includes(period))))];
        await store.commit({ periods: now, claims });
        now.forEach((period) => known.set(period.id, period));
        written.push(...claims);
        const windows = Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(periods)).map(({ start, end }) => ({ start, end }));
        const [found] = await store.claimsByKey([{ subjectId: null, predicate: 'market_share', objectId: market.id, overlapping: windows }]);
        // A claim whose period is unknown, like an undated one, meets every window.
        const meets = (claim: Claim) => !claim.periodId || !known.has(claim.periodId) || windows.some((window) => periodsOverlap(known.get(claim.periodId!)!, window));
        const live = (claim: Claim) => claim.status === 'ACCEPTED' || claim.status === 'CANDIDATE';
        expect(found!.map((claim) => claim.id).sort()).toEqual(written.filter((claim) => live(claim) && meets(claim)).map((claim) => claim.id).sort());
        if (late.length > 0) {
          await store.commit({ periods: late });
          late.forEach((period) => known.set(period.id, period));
        }
      }
    }
  });

  it("reads a market's claims within windows after the market lost every claim and got new ones", async () => {
    const store = new MemoryStore({ dataDir: null });
    await store.open();
    const [market, elsewhere, company] = [make.entity({ kind: 'MARKET' }), make.entity({ kind: 'MARKET' }), make.entity()];
    const src = make.source();
    const [q1, q2] = [make.period('2025-01-01', '2025-03-31'), make.period('2025-04-01', '2025-06-30')];
    const first = make.claim(company, src, { objectId: market.id, periodId: q1.id });
    await store.commit({ entities: [market, elsewhere, company], sources: [src], periods: [q1, q2], claims: [first] });
    const inWindow = async (window: Period) =>
      (await store.claimsByKey([{ subjectId: null, predicate: 'market_share', objectId: market.id, overlapping: [window] }]))[0]!.map((claim) => claim.id);
    expect(await inWindow(q1)).toEqual([first.id]);
    // The claim moves to another market: this one holds nothing, then a claim in another quarter.
    await store.commit({ claims: [{ ...first, objectId: elsewhere.id, version: 2 }] });
    const second = make.claim(company, src, { objectId: market.id, periodId: q2.id });
    await store.commit({ claims: [second] });
    expect(await inWindow(q1)).toEqual([]);
    expect(await inWindow(q2)).toEqual([second.id]);
  });
});
