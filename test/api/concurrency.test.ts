// Optimistic concurrency over HTTP: writers racing on the same claims with expectedVersion lose no update, and every loser learns why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../support/http-server.js';

const UPDATE = `mutation U($id: ID!, $v: Int!, $input: ClaimPatch!) { updateClaim(id: $id, expectedVersion: $v, input: $input) { version value { text } } }`;
const READ = `query R($id: ID!) { claim(id: $id) { version value { text } history { action fromVersion toVersion changes } } }`;

describe('concurrent writers with expectedVersion', () => {
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    http = await startHttpServer({ seed: false });
  });
  afterAll(() => http.close());

  it('applies exactly one update per version; every loser gets claim.version.stale with the current version', async () => {
    const input = [0, 1].map((i) => ({
      text: `Acme holds ${10 + i}% of the gadget market ${i}.`,
      subject: `Acme ${i}`,
      predicate: 'market_share',
      object: 'gadget market',
      value: `${10 + i}%`,
      source: { url: 'https://example.com/race' },
    }));
    const created = await http.post(`mutation($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id } } }`, { input });
    const ids: string[] = created.body.data!.addClaims.claims.map((claim: { id: string }) => claim.id);

    const WRITERS = 6;
    const ROUNDS = 4;
    const wins: Array<{ id: string; from: number; value: string }> = [];
    const losses: Array<{ id: string; expected: number; current: number }> = [];
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        for (let round = 0; round < ROUNDS; round++) {
          const id = ids[(writer + round) % ids.length]!;
          const current = (await http.post(READ, { id }, { as: 'editor' })).body.data!.claim.version as number;
          const value = `${writer + 20}.${round + 1}%`;
          const reply = await http.post(UPDATE, { id, v: current, input: { value } }, { as: 'editor' });
          expect(reply.status).toBeLessThan(500);
          if (reply.body.errors) {
            const extensions = reply.body.errors[0]!.extensions!;
            expect(extensions).toMatchObject({ code: 'claim.version.stale', field: ['expectedVersion'] });
            expect(extensions.currentVersion).toBeGreaterThan(current);
            losses.push({ id, expected: current, current: extensions.currentVersion });
          } else {
            expect(reply.body.data!.updateClaim.version).toBe(current + 1);
            wins.push({ id, from: current, value });
          }
        }
      }),
    );
    expect(wins.length + losses.length).toBe(WRITERS * ROUNDS);
    expect(losses.length).toBeGreaterThan(0);

    for (const id of ids) {
      const mine = wins.filter((win) => win.id === id);
      // No lost update: one winner per version, and the versions are a gapless chain from 1.
      expect(new Set(mine.map((win) => win.from)).size).toBe(mine.length);
      const claim = (await http.post(READ, { id })).body.data!.claim;
      expect(claim.version).toBe(1 + mine.length);
      const updates = claim.history.filter((entry: { action: string }) => entry.action === 'updated');
      expect(updates.map((entry: { fromVersion: number }) => entry.fromVersion)).toEqual(mine.map((win) => win.from).sort((a, b) => a - b));
      // The surviving value is the last winner's.
      const last = mine.reduce((a, b) => (a.from > b.from ? a : b), { from: -1, value: '', id });
      if (last.from > 0) expect(claim.value.text).toBe(last.value);
    }
  });
});
