// Domain events: announced only after a commit succeeds, one per new conflict and per review.
import { describe, expect, it } from 'vitest';
import { addClaims } from '../../src/app/add-claims.js';
import { createAppContext, SYSTEM_ACTOR } from '../../src/app/context.js';
import type { DomainEvent } from '../../src/app/events.js';
import { reviewClaim } from '../../src/app/review-claim.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { analystSource, widgetShare } from '../support/claim-inputs.js';

const share = (value: string, n: number) => widgetShare(value, 'Q2 2025', analystSource(String(n)));

async function app() {
  const store = new MemoryStore({ dataDir: null });
  await store.open();
  const context = await createAppContext(store);
  const events: DomainEvent[] = [];
  context.events.subscribe((event) => events.push(event));
  return { context, store, events };
}

describe('domain events', () => {
  it('announces each new conflict once its claims are committed, and not again when it is merely refreshed', async () => {
    const { context, store, events } = await app();
    await addClaims(context, [share('40%', 1)], SYSTEM_ACTOR);
    expect(events).toEqual([]);
    await addClaims(context, [share('20%', 2)], SYSTEM_ACTOR);
    const detected = events.filter((event) => event.type === 'conflictDetected');
    expect(detected).toHaveLength(1);
    const conflict = detected[0]!.type === 'conflictDetected' ? detected[0]!.conflict : null;
    expect((await store.getConflicts([conflict!.id]))[0]).toEqual(conflict);
    await addClaims(context, [share('20%', 2)], SYSTEM_ACTOR);
    expect(events.filter((event) => event.type === 'conflictDetected')).toHaveLength(1);
  });

  it('announces a review after it is stored, and nothing for a review that was refused', async () => {
    const { context, store, events } = await app();
    const { claims } = await addClaims(context, [share('40%', 1)], SYSTEM_ACTOR);
    await expect(reviewClaim(context, claims[0]!.id, { rating: 'TRUE', rationale: ' ' }, SYSTEM_ACTOR)).rejects.toMatchObject({ code: 'review.rationale.empty' });
    expect(events).toEqual([]);
    const review = await reviewClaim(context, claims[0]!.id, { rating: 'TRUE', rationale: 'filed' }, SYSTEM_ACTOR);
    expect(events).toEqual([{ type: 'claimReviewed', review }]);
    expect((await store.reviewsOf([review.claimId]))[0]).toEqual([review]);
  });

  it('keeps a write successful when a listener throws', async () => {
    const { context } = await app();
    context.events.subscribe(() => {
      throw new Error('listener bug');
    });
    const { claims } = await addClaims(context, [share('40%', 1)], SYSTEM_ACTOR);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await expect(reviewClaim(context, claims[0]!.id, { rating: 'MIXED', rationale: 'partly' }, SYSTEM_ACTOR)).resolves.toMatchObject({ rating: 'MIXED' });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
