// Writing through GraphQL: atomic batches, idempotence, coded errors with field paths, versions, retraction, merges.
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

const source = { url: 'https://example.com/analyst-note', title: 'Analyst note', publisher: 'Example Research', publishedAt: '2025-07-15' };
const ADD = `mutation Add($input: [ClaimInput!]!) { addClaims(input: $input) {
  createdCount duplicateCount claims { id version status subject { name kind } object { name kind } value { lower upper unit } period { label start end } } } }`;

const share = (overrides: Record<string, unknown> = {}) => ({
  text: 'Acme holds 40% of the widget market.',
  subject: 'Acme',
  subjectKind: 'COMPANY',
  predicate: 'market_share',
  object: 'widget market',
  value: '40%',
  period: 'Q2 2025',
  source,
  quote: '40%',
  ...overrides,
});

describe('addClaims', () => {
  it('creates claims with their entities, period and source, and re-adding them is a no-op', async () => {
    const { gql } = await testApp({ seed: false });
    const first = await gql(ADD, { input: [share(), share({ subject: 'Globex', value: 'about a third', text: 'Globex has about a third.' })] });
    expect(first.errors).toBeUndefined();
    expect(first.data!.addClaims).toMatchObject({ createdCount: 2, duplicateCount: 0 });
    const [acme] = first.data!.addClaims.claims;
    expect(acme).toMatchObject({
      version: 1,
      status: 'ACCEPTED',
      subject: { name: 'Acme', kind: 'COMPANY' },
      object: { name: 'widget market', kind: 'MARKET' },
      value: { lower: 40, upper: 40, unit: 'PERCENT' },
      period: { start: '2025-04-01', end: '2025-06-30' },
    });
    const again = await gql(ADD, { input: [share({ text: 'Acme: 40 percent of widgets.', subject: 'ACME' })] });
    expect(again.data!.addClaims).toMatchObject({ createdCount: 0, duplicateCount: 1 });
    expect(again.data!.addClaims.claims[0].id).toBe(acme.id);
    const stats = await gql('{ stats { claims entities sources } }');
    expect(stats.data!.stats).toEqual({ claims: 2, entities: 3, sources: 1 });
  });

  it('refuses a batch with any bad claim, naming code and field path, and writes none of it', async () => {
    const { gql } = await testApp({ seed: false });
    const cases: Array<[Record<string, unknown>, string, Array<string | number>]> = [
      [share({ predicate: 'marketshare' }), 'claim.predicate.unknown', ['input', 1, 'predicate']],
      [share({ value: 'lots' }), 'claim.value.unparseable', ['input', 1, 'value']],
      [share({ value: '$5 billion' }), 'claim.value.unit_mismatch', ['input', 1, 'value']],
      [share({ period: 'the other day' }), 'claim.period.unparseable', ['input', 1, 'period']],
      [share({ text: '   ' }), 'claim.text.empty', ['input', 1, 'text']],
      [share({ source: { ...source, url: 'not a url' } }), 'source.url.invalid', ['input', 1, 'source', 'url']],
      [share({ source: { ...source, publishedAt: '2025-13-45' } }), 'date.invalid', ['input', 1, 'source', 'publishedAt']],
      [share({ object: null }), 'input.invalid', ['input', 1, 'object']],
    ];
    for (const [bad, code, field] of cases) {
      const result = await gql(ADD, { input: [share({ subject: 'Initech' }), bad] });
      expect(result.data, code).toBeNull();
      expect(result.errors?.[0]?.extensions, code).toMatchObject({ code, field });
      expect(result.errors?.[0]?.message).not.toMatch(/Unexpected error/);
    }
    const stats = await gql('{ stats { claims entities sources } }');
    expect(stats.data!.stats).toEqual({ claims: 0, entities: 0, sources: 0 });
  });

  it('lists every problem of a batch at once', async () => {
    const { gql } = await testApp({ seed: false });
    const result = await gql(ADD, { input: [share({ value: 'lots' }), share(), share({ predicate: 'nope' })] });
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ code: 'claim.value.unparseable', field: ['input', 0, 'value'] }),
      expect.objectContaining({ code: 'claim.predicate.unknown', field: ['input', 2, 'predicate'] }),
    ]);
  });

  it('resolves relative periods against the source date, and refuses them without one', async () => {
    const { gql } = await testApp({ seed: false });
    const ok = await gql(ADD, { input: [share({ period: 'this year' })] });
    expect(ok.data!.addClaims.claims[0].period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    const undated = await gql(ADD, { input: [share({ period: 'today', source: { url: 'https://example.com/undated' } })] });
    expect(undated.errors?.[0]?.extensions).toMatchObject({ code: 'claim.period.unresolvable', field: ['input', 0, 'period'] });
  });

  it('keeps money in its own currency and compares figures only within one currency', async () => {
    const { gql } = await testApp({ seed: false });
    const funding = (value: string, subject: string) =>
      share({ predicate: 'revenue', object: null, period: '2024', value, quote: value, subject, text: `${subject} reported revenue of ${value} for 2024.` });
    const added = await gql(ADD, { input: [funding('¥150 billion', 'Acme'), funding('Rs 500 crore', 'Globex'), funding('$1 billion', 'Acme')] });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addClaims.claims.map((c: { value: unknown }) => c.value)).toEqual([
      { lower: 150e9, upper: 150e9, unit: 'JPY' },
      { lower: 5e9, upper: 5e9, unit: 'INR' },
      { lower: 1e9, upper: 1e9, unit: 'USD' },
    ]);
    const none = await gql('{ conflicts(first: 10) { totalCount } }');
    expect(none.data!.conflicts.totalCount).toBe(0);
    await gql(ADD, { input: [funding('¥90 billion', 'Acme')] });
    const yen = await gql('{ conflicts(first: 10) { nodes { rule claims { claim { value { unit } } } } } }');
    expect(yen.data!.conflicts.nodes).toHaveLength(1);
    expect(yen.data!.conflicts.nodes[0].claims.map((c: { claim: { value: { unit: string } } }) => c.claim.value.unit)).toEqual(['JPY', 'JPY']);
  });
});

describe('updateClaim and retractClaim', () => {
  const UPDATE = `mutation U($id: ID!, $v: Int!, $input: ClaimPatch!) { updateClaim(id: $id, expectedVersion: $v, input: $input) {
    id version value { lower } history { action actor fromVersion toVersion changes } } }`;

  it('updates at the expected version, records history, and refuses a stale version writing nothing', async () => {
    const { gql } = await testApp({ seed: false });
    const created = await gql(ADD, { input: [share()] });
    const id = created.data!.addClaims.claims[0].id;
    const updated = await gql(UPDATE, { id, v: 1, input: { value: '42%' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateClaim).toMatchObject({ version: 2, value: { lower: 42 } });
    const last = updated.data!.updateClaim.history.at(-1);
    expect(last).toMatchObject({ action: 'updated', fromVersion: 1, toVersion: 2 });
    expect(Object.keys(last.changes)).toEqual(expect.arrayContaining(['value', 'fingerprint']));
    const stale = await gql(UPDATE, { id, v: 1, input: { value: '10%' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'claim.version.stale', field: ['expectedVersion'], currentVersion: 2 });
    const after = await gql('query($id: ID!) { claim(id: $id) { version value { lower } } }', { id });
    expect(after.data!.claim).toEqual({ version: 2, value: { lower: 42 } });
  });

  it('refuses unknown ids and invalid patches with coded errors', async () => {
    const { gql } = await testApp({ seed: false });
    const missing = await gql(UPDATE, { id: 'clm_nope', v: 1, input: { value: '1%' } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'claim.not_found', field: ['id'] });
    const created = await gql(ADD, { input: [share()] });
    const id = created.data!.addClaims.claims[0].id;
    const bad = await gql(UPDATE, { id, v: 1, input: { period: 'whenever' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'claim.period.unparseable', field: ['input', 'period'] });
  });

  it('retracts a claim, keeping it and ranking it out of default traversals', async () => {
    const { gql } = await testApp({ seed: false });
    const created = await gql(ADD, { input: [share()] });
    const id = created.data!.addClaims.claims[0].id;
    const retracted = await gql('mutation($id: ID!) { retractClaim(id: $id, reason: "source corrected itself") { status statusReason version } }', { id });
    expect(retracted.data!.retractClaim).toEqual({ status: 'RETRACTED', statusReason: 'source corrected itself', version: 2 });
    const kept = await gql('query($id: ID!) { claim(id: $id) { status } }', { id });
    expect(kept.data!.claim.status).toBe('RETRACTED');
    const accepted = await gql('{ claims(filter: { status: [ACCEPTED] }) { totalCount } }');
    expect(accepted.data!.claims.totalCount).toBe(0);
  });
});

describe('mergeEntities', () => {
  it('moves names and claims to the kept entity and answers old names with it', async () => {
    const { gql } = await testApp({ seed: false });
    await gql(ADD, { input: [share(), share({ subject: 'Acme Corp', value: '41%', text: 'Acme Corp has 41%.', source: { url: 'https://example.com/other' } })] });
    const ids = await gql('{ a: entity(name: "Acme") { id } b: entity(name: "Acme Corp") { id } }');
    const merged = await gql('mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { name aliases sameAs { name } claims { totalCount } } }', {
      k: ids.data!.a.id,
      m: ids.data!.b.id,
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEntities).toEqual({ name: 'Acme', aliases: ['Acme Corp'], sameAs: [{ name: 'Acme Corp' }], claims: { totalCount: 2 } });
    const byOldName = await gql('{ entity(name: "acme corp") { name } }');
    expect(byOldName.data!.entity.name).toBe('Acme');
    const again = await gql('mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { name } }', { k: ids.data!.a.id, m: ids.data!.b.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('entity.merge.invalid');
  });
});

describe('declarePredicate', () => {
  it('adds a predicate whose claims are parsed by its declared value kind, with no code change', async () => {
    const { gql } = await testApp({ seed: false });
    const declared = await gql(`mutation { declarePredicate(input: { name: "store_count", description: "Number of stores",
      kind: QUANTITATIVE, valueDimensions: ["COUNT"], valueRequired: true, semantics: ["FUNCTIONAL"] }) { name builtin semantics } }`);
    expect(declared.data!.declarePredicate).toEqual({ name: 'store_count', builtin: false, semantics: ['FUNCTIONAL'] });
    const added = await gql(ADD, { input: [share({ predicate: 'store_count', object: null, value: 'about 1,200', text: 'Acme runs about 1,200 stores.' })] });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addClaims.claims[0].value.unit).toBe('COUNT');
    const builtin = await gql(`mutation { declarePredicate(input: { name: "market_share", description: "x", kind: QUANTITATIVE }) { name } }`);
    expect(builtin.errors?.[0]?.extensions?.code).toBe('predicate.invalid');
  });

  it('takes PERIOD_TOTAL only beside FUNCTIONAL, and refuses it alone with the field path', async () => {
    const { gql } = await testApp({ seed: false });
    const total = await gql(`mutation { declarePredicate(input: { name: "net_income", description: "Net income over the period",
      kind: QUANTITATIVE, valueDimensions: ["MONEY"], valueRequired: true, semantics: ["FUNCTIONAL", "PERIOD_TOTAL"] }) { semantics } }`);
    expect(total.data!.declarePredicate).toEqual({ semantics: ['FUNCTIONAL', 'PERIOD_TOTAL'] });
    const alone = await gql(`mutation { declarePredicate(input: { name: "bookings", description: "Bookings over the period",
      kind: QUANTITATIVE, valueDimensions: ["MONEY"], semantics: ["PERIOD_TOTAL"] }) { name } }`);
    expect(alone.errors?.[0]?.extensions).toMatchObject({ code: 'predicate.invalid', field: ['input', 'semantics'] });
    const listed = await gql('{ predicates { name } }');
    expect(listed.data!.predicates.map((p: { name: string }) => p.name)).not.toContain('bookings');
  });
});
