// History through GraphQL: every change to a claim, entity or conflict says who, when, what changed, and from which version.
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { analystSource, widgetShare } from '../support/claim-inputs.js';

const HISTORY = 'history { action actor at fromVersion toVersion changes note }';

describe('history', () => {
  it("of an entity: created, then each update with the changed fields, by the caller's key", async () => {
    const { gql } = await testApp({ seed: false });
    await gql('mutation { upsertEntity(input: { name: "Acme", kind: COMPANY }) { id } }', {}, { as: 'editor' });
    const updated = await gql(`mutation { upsertEntity(input: { name: "Acme", kind: COMPANY, aliases: ["Acme Corp"] }) { version ${HISTORY} } }`, {}, { as: 'editor' });
    const entity = updated.data!.upsertEntity;
    expect(entity.version).toBe(2);
    expect(entity.history).toEqual([
      expect.objectContaining({ action: 'created', actor: 'editor', fromVersion: 0, toVersion: 1 }),
      expect.objectContaining({ action: 'updated', actor: 'editor', fromVersion: 1, toVersion: 2, changes: { aliases: { from: [], to: ['Acme Corp'] } } }),
    ]);
    expect(Date.parse(entity.history[1].at)).not.toBeNaN();
  });

  it('of a conflict: detected by the system, then its status set by a person with the note', async () => {
    const { gql } = await testApp({ seed: false });
    const added = await gql(`mutation A($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id conflicts { id } } } }`, {
      input: [widgetShare('40%', 'Q2 2025', analystSource('A')), widgetShare('15%', 'Q2 2025', analystSource('B'))],
    });
    expect(added.errors).toBeUndefined();
    const conflictId = added.data!.addClaims.claims[1].conflicts[0].id;
    const set = await gql(`mutation { setConflictStatus(id: "${conflictId}", status: CONFIRMED, note: "Both analysts stand by their figures.") { status ${HISTORY} } }`, {}, { as: 'editor' });
    expect(set.errors).toBeUndefined();
    const { history } = set.data!.setConflictStatus;
    expect(history[0]).toMatchObject({ fromVersion: 0, toVersion: 1 });
    expect(history.at(-1)).toMatchObject({
      actor: 'editor',
      fromVersion: 1,
      toVersion: 2,
      changes: { status: { from: 'OPEN', to: 'CONFIRMED' } },
    });
  });

  it('of a claim: nothing is deleted; a retracted claim keeps its history and stays listed, ranked deprecated', async () => {
    const { gql } = await testApp({ seed: false });
    const added = await gql(`mutation A($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id } } }`, { input: [widgetShare('40%', 'Q2 2025', analystSource('A'))] });
    const id = added.data!.addClaims.claims[0].id;
    await gql(`mutation { updateClaim(id: "${id}", expectedVersion: 1, input: { value: "42%" }) { id } }`, {}, { as: 'editor' });
    await gql(`mutation { retractClaim(id: "${id}", reason: "the analyst withdrew it") { id } }`, {}, { as: 'editor' });
    const listed = await gql(`{ claims(filter: { subject: "Acme" }) { nodes { id status rank version ${HISTORY} } } }`);
    const [claim] = listed.data!.claims.nodes;
    expect(claim).toMatchObject({ id, status: 'RETRACTED', rank: 'DEPRECATED', version: 3 });
    expect(claim.history.map((entry: any) => [entry.action, entry.fromVersion, entry.toVersion])).toEqual([
      ['created', 0, 1],
      ['updated', 1, 2],
      ['retracted', 2, 3],
    ]);
    expect(claim.history[1].changes.value.from.text).toBe('40%');
    expect(claim.history[1].changes.value.to.text).toBe('42%');
  });
});
