// The GraphStore contract: one suite, run against every adapter. Tests use unique ids, never wipe the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/port.js';
import * as make from '../support/records.js';

export interface StoreHarness {
  /** A store ready to use (opened). */
  store(): GraphStore;
  /** Closes and reopens the store on the same data, where the adapter persists; returns the new instance. */
  reopen?(): Promise<GraphStore>;
}

export function graphStoreContract(name: string, setup: () => Promise<StoreHarness>, teardown: () => Promise<void>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let harness: StoreHarness;
    const store = () => harness.store();
    beforeAll(async () => {
      harness = await setup();
    }, 180_000);
    afterAll(teardown, 60_000);

    it('commits records and reads them back by id, in order, with null for unknown ids', async () => {
      const company = make.entity();
      const src = make.source();
      const claim = make.claim(company, src);
      await store().commit({ entities: [company], sources: [src], claims: [claim] });
      expect(await store().getClaims(['clm_missing', claim.id])).toEqual([null, claim]);
      expect(await store().getEntities([company.id])).toEqual([company]);
      expect(await store().getSources([src.id, 'src_missing'])).toEqual([src, null]);
    });

    it('finds entities by name or alias, case- and space-insensitive', async () => {
      const product = make.entity({ kind: 'PRODUCT', name: make.unique('Claude Code'), aliases: [make.unique('CC alias')] });
      await store().commit({ entities: [product] });
      const [byName, byAlias, missing] = await store().findEntitiesByName([
        `  ${product.name.toUpperCase()} `,
        product.aliases[0]!.toLowerCase(),
        make.unique('nobody'),
      ]);
      expect(byName?.id).toBe(product.id);
      expect(byAlias?.id).toBe(product.id);
      expect(missing).toBeNull();
    });

    it('finds sources by url and claims by fingerprint', async () => {
      const company = make.entity();
      const src = make.source();
      const claim = make.claim(company, src);
      await store().commit({ entities: [company], sources: [src], claims: [claim] });
      expect((await store().findSourcesByUrl([src.url]))[0]?.id).toBe(src.id);
      expect((await store().findClaimsByFingerprint([claim.fingerprint, 'nope']))).toEqual([claim, null]);
    });

    it('updates a claim in place and moves its indexes with it', async () => {
      const a = make.entity();
      const b = make.entity();
      const src = make.source();
      const claim = make.claim(a, src);
      await store().commit({ entities: [a, b], sources: [src], claims: [claim] });
      const moved = { ...claim, subjectId: b.id, fingerprint: `${claim.fingerprint}-2`, version: 2 };
      await store().commit({ claims: [moved] });
      const [forA, forB] = await store().listClaims([
        { filter: { subjectIds: [a.id] }, page: { first: 10 } },
        { filter: { subjectIds: [b.id] }, page: { first: 10 } },
      ]);
      expect(forA!.totalCount).toBe(0);
      expect(forB!.items.map((c) => c.id)).toEqual([claim.id]);
      expect((await store().findClaimsByFingerprint([claim.fingerprint]))[0]).toBeNull();
    });

    it('rejects a commit whose expected version is stale, writing nothing of it', async () => {
      const company = make.entity();
      const src = make.source();
      const claim = make.claim(company, src);
      await store().commit({ entities: [company], sources: [src], claims: [claim] });
      const other = make.entity();
      await expect(
        store().commit({ entities: [other], claims: [{ ...claim, text: 'changed', version: 3 }], expectedVersions: { [claim.id]: 2 } }),
      ).rejects.toMatchObject({ code: 'claim.version.stale' });
      expect((await store().getClaims([claim.id]))[0]!.text).toBe(claim.text);
      expect((await store().getEntities([other.id]))[0]).toBeNull();
    });

    it('filters claims by subject, object, entity, predicate, source, status, period and text', async () => {
      const subject = make.entity();
      const market = make.entity({ kind: 'MARKET', name: make.unique('AI coding market') });
      const src = make.source();
      const q1 = make.period('2025-01-01', '2025-03-31', 'Q1 2025');
      const y2026 = make.period('2026-01-01', '2026-12-31', '2026');
      const share = make.claim(subject, src, { objectId: market.id, periodId: q1.id, text: 'Acme holds a third of the AI coding market' });
      const runRate = make.claim(subject, src, { predicate: 'revenue_run_rate', periodId: y2026.id, status: 'CANDIDATE', text: 'Acme run rate' });
      await store().commit({ entities: [subject, market], sources: [src], periods: [q1, y2026], claims: [share, runRate] });
      const ids = async (filter: Parameters<GraphStore['listClaims']>[0][number]['filter']) =>
        (await store().listClaims([{ filter, page: { first: 50 } }]))[0]!.items.map((c) => c.id);
      expect(await ids({ subjectIds: [subject.id] })).toEqual([share.id, runRate.id]);
      expect(await ids({ objectIds: [market.id] })).toEqual([share.id]);
      expect(await ids({ entityIds: [market.id] })).toEqual([share.id]);
      expect(await ids({ subjectIds: [subject.id], predicates: ['revenue_run_rate'] })).toEqual([runRate.id]);
      expect(await ids({ sourceIds: [src.id], statuses: ['CANDIDATE'] })).toEqual([runRate.id]);
      expect(await ids({ subjectIds: [subject.id], periodOverlaps: { start: '2025-03-01', end: '2025-06-30' } })).toEqual([share.id]);
      expect(await ids({ subjectIds: [subject.id], periodOverlaps: { start: '2025-12-15', end: null } })).toEqual([runRate.id]);
      expect(await ids({ subjectIds: [subject.id], text: 'THIRD coding' })).toEqual([share.id]);
    });

    it('pages claims with cursors and a totalCount, in id order', async () => {
      const subject = make.entity();
      const src = make.source();
      const claims = Array.from({ length: 5 }, () => make.claim(subject, src));
      await store().commit({ entities: [subject], sources: [src], claims });
      const filter = { subjectIds: [subject.id] };
      const [first] = await store().listClaims([{ filter, page: { first: 2 } }]);
      expect(first!.totalCount).toBe(5);
      expect(first!.hasNextPage).toBe(true);
      const [second] = await store().listClaims([{ filter, page: { first: 2, after: first!.endCursor } }]);
      const [third] = await store().listClaims([{ filter, page: { first: 2, after: second!.endCursor } }]);
      expect([...first!.items, ...second!.items, ...third!.items].map((c) => c.id)).toEqual(claims.map((c) => c.id));
      expect(third!.hasNextPage).toBe(false);
    });

    it('rejects a cursor it did not issue', async () => {
      await expect(store().listClaims([{ filter: {}, page: { first: 1, after: 'bm9wZQ' } }])).rejects.toMatchObject({ code: 'page.cursor.invalid' });
    });

    it('lists live entities by kind, leaving merged ones out, and links makers and merges both ways', async () => {
      const maker = make.entity();
      const product = make.entity({ kind: 'PRODUCT', makerId: maker.id });
      const duplicate = make.entity({ kind: 'PRODUCT', mergedIntoId: product.id });
      await store().commit({ entities: [maker, product, duplicate] });
      const products: string[] = [];
      let after: string | null = null;
      do {
        const page = await store().listEntities('PRODUCT', { first: 100, after });
        products.push(...page.items.map((e) => e.id));
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
      expect(products).toContain(product.id);
      expect(products).not.toContain(duplicate.id);
      expect(products).not.toContain(maker.id);
      expect((await store().productsOf([maker.id]))[0]!.map((e) => e.id)).toEqual([product.id]);
      expect((await store().mergedInto([product.id]))[0]!.map((e) => e.id)).toEqual([duplicate.id]);
    });

    it('finds claims sharing a (subject, predicate, object) key, ignoring retracted ones', async () => {
      const subject = make.entity();
      const market = make.entity({ kind: 'MARKET' });
      const src = make.source();
      const a = make.claim(subject, src, { objectId: market.id });
      const b = make.claim(subject, src, { objectId: market.id });
      const retracted = make.claim(subject, src, { objectId: market.id, status: 'RETRACTED' });
      const otherMarket = make.claim(subject, src);
      await store().commit({ entities: [subject, market], sources: [src], claims: [a, b, retracted, otherMarket] });
      const [found] = await store().claimsByKey([{ subjectId: subject.id, predicate: 'market_share', objectId: market.id }]);
      expect(found!.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
      const rival = make.entity();
      const rivalShare = make.claim(rival, src, { objectId: market.id });
      await store().commit({ entities: [rival], claims: [rivalShare] });
      const [wholeMarket] = await store().claimsByKey([{ subjectId: null, predicate: 'market_share', objectId: market.id }]);
      expect(wholeMarket!.map((c) => c.id).sort()).toEqual([a.id, b.id, rivalShare.id].sort());
    });

    it('stores conflicts, finds them by claim and by filter', async () => {
      const subject = make.entity();
      const src = make.source();
      const a = make.claim(subject, src);
      const b = make.claim(subject, src);
      const found = make.conflict([a, b]);
      await store().commit({ entities: [subject], sources: [src], claims: [a, b], conflicts: [found] });
      expect((await store().getConflicts([found.id]))[0]).toEqual(found);
      expect((await store().conflictsOfClaims([a.id]))[0]!.map((c) => c.id)).toEqual([found.id]);
      const page = await store().listConflicts({ entityIds: [subject.id], statuses: ['OPEN'] }, { first: 10 });
      expect(page.items.map((c) => c.id)).toEqual([found.id]);
      const dismissed = await store().listConflicts({ entityIds: [subject.id], statuses: ['DISMISSED'] }, { first: 10 });
      expect(dismissed.totalCount).toBe(0);
    });

    it('finds the shortest paths between entities through claims and maker links', async () => {
      const anthropic = make.entity({ name: make.unique('Anthropic') });
      const openai = make.entity({ name: make.unique('OpenAI') });
      const product = make.entity({ kind: 'PRODUCT', makerId: anthropic.id });
      const market = make.entity({ kind: 'MARKET' });
      const src = make.source();
      const productShare = make.claim(product, src, { objectId: market.id });
      const openaiShare = make.claim(openai, src, { objectId: market.id });
      await store().commit({ entities: [anthropic, openai, product, market], sources: [src], claims: [productShare, openaiShare] });
      const paths = await store().paths(anthropic.id, openai.id, 4, 10);
      expect(paths).toHaveLength(1);
      expect(paths[0]!.steps).toEqual([
        { via: 'MADE_BY', claimId: null, entityId: product.id },
        { via: 'CLAIM', claimId: productShare.id, entityId: market.id },
        { via: 'CLAIM', claimId: openaiShare.id, entityId: openai.id },
      ]);
      expect(await store().paths(anthropic.id, openai.id, 2, 10)).toEqual([]);
    });

    it('keeps history per target in order', async () => {
      const subject = make.entity();
      const first = make.history(subject.id);
      const second = make.history(subject.id, { action: 'updated', fromVersion: 1, toVersion: 2, changes: { name: { from: 'a', to: 'b' } } });
      await store().commit({ entities: [subject], history: [first] });
      await store().commit({ history: [second] });
      await store().commit({ history: [second] }); // records are upserts by id: a repeated entry is kept once
      expect((await store().historyOf([subject.id, 'ent_none'])).map((entries) => entries.map((e) => e.id))).toEqual([[first.id, second.id], []]);
    });

    it('keeps every review of a claim, newest first, with its evidence', async () => {
      const subject = make.entity();
      const src = make.source();
      const claim = make.claim(subject, src);
      const other = make.claim(subject, src);
      const first = make.review(claim.id, { rating: 'MIXED', reviewedAt: '2026-02-11T09:00:00.000Z' });
      const second = make.review(claim.id, {
        rating: 'FALSE',
        reviewedAt: '2026-02-12T09:00:00.000Z',
        supersedesId: first.id,
        evidence: [{ kind: 'REFUTES', claimId: other.id, sourceId: null, sourceUrl: null, note: null }],
      });
      const sameInstant = make.review(other.id, { reviewedAt: second.reviewedAt });
      const sameInstantLater = make.review(other.id, { reviewedAt: second.reviewedAt });
      await store().commit({ entities: [subject], sources: [src], claims: [claim, other], reviews: [first] });
      await store().commit({ reviews: [second, sameInstant, sameInstantLater] });
      const [ofClaim, ofOther, ofNone] = await store().reviewsOf([claim.id, other.id, 'clm_none']);
      expect(ofClaim).toEqual([second, first]);
      // Same instant: the later id (ids sort by creation) is the newer review.
      expect(ofOther!.map((r) => r.id)).toEqual([sameInstantLater.id, sameInstant.id]);
      expect(ofNone).toEqual([]);
    });

    it('persists declared predicates', async () => {
      const name = `test_${Math.random().toString(36).slice(2, 10)}`;
      const definition = {
        name,
        description: 'a test predicate',
        kind: 'QUANTITATIVE' as const,
        valueDimensions: ['COUNT' as const],
        valueRequired: true,
        allowFreeText: false,
        objectRequired: false,
        defaultObjectKind: null,
        semantics: ['FUNCTIONAL' as const],
        tolerance: { relative: 0.05, minPercentPoints: 1 },
        builtin: false,
      };
      await store().commit({ predicates: [definition] });
      expect((await store().listPredicates()).find((p) => p.name === name)).toEqual(definition);
    });

    it('counts what it holds and scans every claim', async () => {
      const before = await store().counts();
      const subject = make.entity();
      const src = make.source();
      const claims = [make.claim(subject, src), make.claim(subject, src)];
      await store().commit({ entities: [subject], sources: [src], claims });
      const after = await store().counts();
      expect(after.claims - before.claims).toBe(2);
      expect(after.entities - before.entities).toBe(1);
      const scanned = new Set<string>();
      for await (const batch of store().scanClaims(3)) for (const c of batch) scanned.add(c.id);
      expect(scanned.size).toBe(after.claims);
      expect(scanned.has(claims[1]!.id)).toBe(true);
    });

    it('runs a bulk load as ordinary commits: each one readable once it resolves, a failed load keeping what it committed', async () => {
      const company = make.entity();
      const src = make.source();
      const first = make.claim(company, src);
      const second = make.claim(company, src);
      const answer = await store().bulkLoad(async () => {
        await store().commit({ entities: [company], sources: [src], claims: [first] });
        expect(await store().getClaims([first.id])).toEqual([first]);
        await store().commit({ claims: [second] });
        return 'loaded';
      });
      expect(answer).toBe('loaded');
      expect(await store().getClaims([first.id, second.id])).toEqual([first, second]);

      const kept = make.claim(company, src);
      const failed = store().bulkLoad(async () => {
        await store().commit({ claims: [kept] });
        throw new Error('the third batch was refused');
      });
      await expect(failed).rejects.toThrow('the third batch was refused');
      expect(await store().getClaims([kept.id])).toEqual([kept]);
      if (!harness.reopen) return;
      const reopened = await harness.reopen();
      expect(await reopened.getClaims([first.id, second.id, kept.id])).toEqual([first, second, kept]);
    });

    it('keeps everything across a restart', async () => {
      if (!harness.reopen) return;
      const company = make.entity();
      const src = make.source();
      const claim = make.claim(company, src);
      const verdict = make.review(claim.id);
      await store().commit({ entities: [company], sources: [src], claims: [claim], history: [make.history(claim.id)], reviews: [verdict] });
      const reopened = await harness.reopen();
      expect((await reopened.getClaims([claim.id]))[0]).toEqual(claim);
      expect((await reopened.findEntitiesByName([company.name]))[0]?.id).toBe(company.id);
      expect((await reopened.historyOf([claim.id]))[0]).toHaveLength(1);
      expect((await reopened.reviewsOf([claim.id]))[0]).toEqual([verdict]);
    });
  });
}
