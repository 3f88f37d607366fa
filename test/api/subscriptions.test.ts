// Live updates over Server-Sent Events: a real HTTP client subscribed to claimReviewed and conflictDetected sees a mutation's effect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analystSource, widgetShare } from '../support/claim-inputs.js';
import { startHttpServer } from '../support/http-server.js';
import { subscribe } from '../support/sse.js';

type Http = Awaited<ReturnType<typeof startHttpServer>>;

/** Lets the server start the subscription's iterator before the test writes. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('subscriptions over SSE', () => {
  let http: Http;
  beforeAll(async () => {
    http = await startHttpServer({ seed: false });
  });
  afterAll(() => http.close());

  it('delivers claimReviewed to a viewer when an editor reviews a claim', async () => {
    const added = await http.post(`mutation A($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id } } }`, {
      input: [widgetShare('40%', 'Q2 2025', analystSource('A'))],
    });
    const claimId = added.body.data!.addClaims.claims[0].id;
    const stream = await subscribe(http.base, 'subscription { claimReviewed { id rating ratingName reviewer claim { id text } } }');
    try {
      expect(stream.status).toBe(200);
      expect(stream.contentType).toMatch(/^text\/event-stream/);
      await settle();
      const reviewed = await http.post(`mutation { reviewClaim(id: "${claimId}", input: { rating: MOSTLY_TRUE, rationale: "Close to the filing." }) { id } }`, {}, { as: 'editor' });
      expect(reviewed.body.errors).toBeUndefined();
      const event = await stream.next();
      expect(event).toEqual({
        data: {
          claimReviewed: {
            id: reviewed.body.data!.reviewClaim.id,
            rating: 'MOSTLY_TRUE',
            ratingName: 'Mostly true',
            reviewer: 'editor',
            claim: { id: claimId, text: 'Acme holds 40% of the widget market in Q2 2025.' },
          },
        },
      });
    } finally {
      stream.close();
    }
  });

  it('delivers conflictDetected, once per new conflict, when added claims clash', async () => {
    const stream = await subscribe(http.base, 'subscription { conflictDetected { id rule status explanation claims { role claim { text } } } }');
    try {
      await settle();
      const added = await http.post(`mutation A($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id } } }`, {
        input: [widgetShare('15%', 'Q2 2025', analystSource('B'))],
      }, { as: 'editor' });
      expect(added.body.errors).toBeUndefined();
      const event = await stream.next();
      const conflict = event.data.conflictDetected;
      expect(conflict).toMatchObject({ rule: 'functional', status: 'OPEN' });
      expect(conflict.claims.map((member: { claim: { text: string } }) => member.claim.text).sort()).toEqual([
        'Acme holds 15% of the widget market in Q2 2025.',
        'Acme holds 40% of the widget market in Q2 2025.',
      ]);
      expect(conflict.explanation).toMatch(/15%.*40%|40%.*15%/);
      const stored = await http.post(`{ conflicts { nodes { id } } }`);
      expect(stored.body.data!.conflicts.nodes.map((node: { id: string }) => node.id)).toContain(conflict.id);
      await expect(stream.next(300)).rejects.toThrow(/no SSE event/);
    } finally {
      stream.close();
    }
  });

  it('refuses a subscription without a key, like any operation', async () => {
    const response = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { claimReviewed { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('auth.unauthenticated');
  });
});
