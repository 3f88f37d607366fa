// ingestArticle through GraphQL: the seed article against its curated claims, three other styles, re-ingest, bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import { isQuantitativeOrDated, score, type ComparableClaim } from '../../bench/ingest-match.js';
import { curatedSeedClaims, loadSeedEntities } from '../../bench/ingest-seed.js';
import { readSeed } from '../../src/seed/load-seed.js';
import { testApp } from '../support/app.js';
import { article, comparableView, expectAnchorsRoundTrip, INGEST, only, type ClaimView, type IngestView } from '../support/ingest.js';

type Harness = Awaited<ReturnType<typeof testApp>>;

async function ingest(gql: Harness['gql'], input: Record<string, unknown>): Promise<IngestView> {
  const result = await gql<{ ingestArticle: IngestView }>(INGEST, { input }, { as: 'editor' });
  expect(result.errors).toBeUndefined();
  return result.data!.ingestArticle;
}

const STATS = '{ stats { claims entities sources periods } }';

describe('ingestArticle: the seed article', () => {
  let harness: Harness;
  let text: string;
  let first: IngestView;
  let curated: ComparableClaim[];

  beforeAll(async () => {
    harness = await testApp({ seed: false });
    await loadSeedEntities(harness.app);
    const { article: seedText, seed } = await readSeed();
    text = seedText;
    curated = await curatedSeedClaims();
    first = await ingest(harness.gql, { ...seed.source, text });
  });

  it('reproduces the curated quantitative and dated claims', () => {
    const candidates = first.claims.map(comparableView);
    const result = score(candidates.filter(isQuantitativeOrDated), curated.filter(isQuantitativeOrDated));
    expect(result.recall, JSON.stringify(result.unmatchedCurated.map((c) => c.text))).toBeGreaterThanOrEqual(0.8);
    expect(result.precision, JSON.stringify(result.unmatchedCandidates.map((c) => c.text))).toBeGreaterThanOrEqual(0.8);
  });

  it('anchors every candidate to its exact words', () => {
    expect(first.claims.length).toBeGreaterThan(10);
    expectAnchorsRoundTrip(text, first.claims);
    for (const claim of first.claims) expect(claim.citations[0]).toMatchObject({ ...claim.anchor, source: { url: first.source.url } });
  });

  it('writes candidates, listed by claims(filter: { status: CANDIDATE })', async () => {
    expect(first.newCount).toBe(first.claims.length);
    expect(new Set(first.claims.map((c) => c.status))).toEqual(new Set(['CANDIDATE']));
    const listed = await harness.gql('{ claims(filter: { status: [CANDIDATE] }, first: 100) { totalCount } }');
    expect(listed.data!.claims.totalCount).toBe(first.claims.length);
    expect(first.proposedEntities).toEqual([]);
    expect(first.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads two claims from one sentence, the second inheriting the market, each with its own span', () => {
    const anthropic = only(first.claims, 'Anthropic', 'market_share', '32%');
    const openai = only(first.claims, 'OpenAI', 'market_share', '25%');
    expect(anthropic.object?.name).toBe('enterprise LLM API market');
    expect(openai.object?.name).toBe('enterprise LLM API market');
    expect(anthropic.anchor.quote).toBe('Anthropic now commands 32% of the enterprise LLM API market');
    expect(openai.anchor.quote).toBe('OpenAI has dropped to 25%');
    // Both are stated in the present: the publication month.
    expect(anthropic.period).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
    expect(openai.period).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
  });

  it('resolves dates against the publication date and the subject\'s launch', () => {
    const runRate = only(first.claims, 'Claude Code', 'revenue_run_rate', '$1 billion');
    expect(runRate.periodText).toBe('six months after launch');
    expect(runRate.period).toMatchObject({ start: '2025-08-24', end: '2025-08-24' });
    expect(only(first.claims, 'GPT-5.3-Codex', 'released_on').period).toMatchObject({ start: '2026-02-01', end: '2026-02-10' });
    expect(only(first.claims, 'Claude Code', 'revenue_run_rate', '$2.5 billion').period).toMatchObject({ label: 'early 2026' });
    const milestone = only(first.claims, 'Claude Code', 'time_to_milestone');
    expect(milestone.value).toMatchObject({ unit: 'MONTH', lower: 6, upper: 6 });
    expect(milestone.qualifiers).toEqual([{ key: 'milestone', value: '$1 billion annualized run rate' }]);
  });

  it('re-ingesting the same URL with the same text changes nothing', async () => {
    const before = await harness.gql(STATS);
    const again = await ingest(harness.gql, { url: first.source.url, text });
    expect(again).toMatchObject({ textUnchanged: true, newCount: 0, movedCount: 0, staleCount: 0, unchangedCount: first.claims.length });
    expect(again.source.id).toBe(first.source.id);
    expect((await harness.gql(STATS)).data).toEqual(before.data);
  });
});

describe('ingestArticle: re-ingesting changed text', () => {
  const url = 'https://example.com/changing';
  const v1 = 'Acme Corp holds 30% of the widget market. Globex raised $50 million in 2024.\n\nInitech has 2 million users.';
  // A paragraph added in front moves everything; Globex's round is gone; Initech's count changed.
  const v2 = 'An update.\n\nAcme Corp holds 30% of the widget market. Globex shipped a new widget.\n\nInitech has 3 million users.';

  it('reports new, moved and stale claims, keeping the stale ones and their old spans', async () => {
    const { gql } = await testApp({ seed: false });
    const first = await ingest(gql, { url, publishedAt: '2025-05-01', text: v1 });
    expect(first.claims.map((c) => c.text)).toEqual([
      'Acme Corp holds 30% of widget market (as of publication).',
      'Globex raised $50 million (in 2024).',
      'Initech has 2 million users (as of publication).',
    ]);
    const acme = first.claims[0]!;
    const globex = first.claims[1]!;

    const second = await ingest(gql, { url, text: v2 });
    expect(second).toMatchObject({ textUnchanged: false, newCount: 1, movedCount: 1, staleCount: 2, unchangedCount: 0 });
    expect(second.newClaims[0]).toMatchObject({ value: { text: '3 million' }, status: 'CANDIDATE' });
    expect(second.movedClaims[0]).toMatchObject({ id: acme.id, version: 2, anchor: { quote: acme.anchor.quote, start: acme.anchor.start + 12 } });
    const stale = second.staleClaims.find((c) => c.id === globex.id)!;
    expect(stale).toMatchObject({ status: 'STALE', version: 2, anchor: globex.anchor });
    expect(stale.statusReason).toMatch(/no longer in the text of https:\/\/example\.com\/changing/);
    expectAnchorsRoundTrip(v2, [...second.newClaims, ...second.movedClaims]);

    const history = await gql(`query($id: ID!) { claim(id: $id) { history { action note } } }`, { id: globex.id });
    expect(history.data!.claim.history.map((h: { action: string }) => h.action)).toEqual(['created', 'stale']);

    // The first text again: the stale statements come back as candidates, at their old places.
    const third = await ingest(gql, { url, text: v1 });
    expect(third).toMatchObject({ newCount: 2, movedCount: 1, staleCount: 1 });
    expect(third.newClaims.map((c) => c.id)).toContain(globex.id);
  });
});

describe('ingestArticle: articles in other styles', () => {
  it('a press release: funding, valuation, ARR, customers, a product release and a speed-up', async () => {
    const { gql } = await testApp({ seed: false });
    await gql('mutation { upsertEntity(input: { name: "Nimbus Labs", kind: COMPANY, aliases: ["Nimbus"] }) { id } }');
    const text = article('press-release');
    const result = await ingest(gql, { url: 'https://example.com/nimbus-series-c', title: 'Nimbus Labs raises $120 million', publisher: 'PR Wire', publishedAt: '2025-03-04', text });
    expectAnchorsRoundTrip(text, result.claims);
    const claims = result.claims;
    expect(only(claims, 'Nimbus Labs', 'funding_raised')).toMatchObject({
      value: { unit: 'USD', lower: 120e6, upper: 120e6 },
      periodText: 'today',
      period: { start: '2025-03-04', end: '2025-03-04' },
      anchor: { quote: 'today announced it has raised $120 million' },
    });
    expect(only(claims, 'Nimbus Labs', 'valuation')).toMatchObject({ value: { unit: 'USD', lower: 1.5e9 }, anchor: { quote: 'valuing the company at $1.5 billion' } });
    expect(only(claims, 'Nimbus Labs', 'revenue_run_rate')).toMatchObject({ value: { lower: 48e6 }, period: { start: '2024-12-01', end: '2024-12-31' } });
    expect(only(claims, 'Nimbus Labs', 'user_count')).toMatchObject({ value: { text: 'more than 4,000', lower: 4000, lowerInclusive: false, upper: null } });
    expect(only(claims, 'Nimbus Serverless', 'released_on')).toMatchObject({ subject: { kind: 'OTHER' }, period: { start: '2025-03-04', end: '2025-03-04' } });
    expect(only(claims, 'Nimbus Serverless', 'speedup_over')).toMatchObject({ value: { unit: 'PERCENT', lower: 40 }, object: { name: 'Nimbus Cloud' } });
    expect(result.proposedEntities.map((e) => e.name).sort()).toEqual(['Fortune 500', 'Nimbus Cloud', 'Nimbus Serverless']);
  });

  it('an analyst note: several shares in one sentence, each with its own subject, span and the shared market and quarter', async () => {
    const { gql } = await testApp({ seed: false });
    for (const name of ['Anthropic', 'OpenAI', 'Google', 'Meta']) await gql(`mutation { upsertEntity(input: { name: "${name}", kind: COMPANY }) { id } }`);
    await gql('mutation { upsertEntity(input: { name: "enterprise LLM API market", kind: MARKET, aliases: ["enterprise LLM API"] }) { id } }');
    const text = article('analyst-note');
    const result = await ingest(gql, { url: 'https://example.com/meridian-q3', publishedAt: '2025-10-14', text });
    expectAnchorsRoundTrip(text, result.claims);
    const shares = result.claims.filter((c) => c.object?.name === 'enterprise LLM API market');
    expect(shares.map((c) => [c.subject.name, c.value!.lower, c.anchor.quote])).toEqual([
      ['Anthropic', 32, 'Anthropic held 32% of the enterprise LLM API market in Q3 2025'],
      ['OpenAI', 25, 'OpenAI 25%'],
      ['Google', 20, 'Google 20%'],
      ['Meta', 9, 'Meta 9%'],
    ]);
    for (const share of shares) expect(share.period, share.text).toMatchObject({ start: '2025-07-01', end: '2025-09-30', precision: 'QUARTER' });
    const coding = result.claims.filter((c) => c.object?.name === 'AI coding tools market');
    expect(coding.map((c) => [c.subject.name, c.value!.text])).toEqual([
      ['GitHub Copilot', 'roughly 40%'],
      ['Cursor', '18%'],
      ['Claude Code', 'about a quarter'],
    ]);
    // "about" widens a quarter by 10% either side.
    expect(coding[2]!.value).toMatchObject({ lower: 22.5, upper: 27.5, approx: true });
    expect(only(result.claims, 'Mistral AI', 'market_share', '7%').object?.name).toBe('European enterprise market');
    expect(only(result.claims, 'Cohere', 'revenue_run_rate')).toMatchObject({ value: { lower: 150e6 } });
    expect(only(result.claims, 'Cohere', 'valuation')).toMatchObject({ value: { lower: 6.8e9 } });
    expect(result.proposedEntities).toEqual(
      expect.arrayContaining([{ name: 'AI coding tools market', kind: 'MARKET' }, { name: 'GitHub Copilot', kind: 'OTHER' }, { name: 'Mistral AI', kind: 'COMPANY' }]),
    );
  });

  it('a news story: relative dates against the publication date and the product\'s launch', async () => {
    const { gql } = await testApp({ seed: false });
    await gql('mutation { upsertEntity(input: { name: "Orbit Labs", kind: COMPANY }) { id } }');
    await gql('mutation { upsertEntity(input: { name: "Helios", kind: PRODUCT, maker: "Orbit Labs", launchDate: "2024-12-10" }) { id } }');
    const text = article('news-story');
    const result = await ingest(gql, { url: 'https://example.com/helios-10m', publishedAt: '2025-06-18', text });
    expectAnchorsRoundTrip(text, result.claims);
    const users = result.claims.filter((c) => c.subject.name === 'Helios' && c.predicate.name === 'user_count');
    // The headline's undated "passes 10 million users" is the body's dated statement, read once.
    expect(users.map((c) => [c.value!.lower, c.periodText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([
      [10e6, 'last month', '2025-05-01', '2025-05-31'],
      [25e6, 'by the end of this year', '2025-12-01', '2025-12-31'],
    ]);
    expect(only(result.claims, 'Helios', 'time_to_milestone')).toMatchObject({
      value: { unit: 'MONTH', lower: 6 },
      qualifiers: [{ key: 'milestone', value: '10 million monthly users' }],
      anchor: { quote: 'passed 10 million monthly users last month, six months after launch' },
    });
    expect(only(result.claims, 'Helios', 'revenue')).toMatchObject({ value: { lower: 30e6 }, period: { start: '2025-01-01', end: '2025-03-31', precision: 'QUARTER' } });
    expect(only(result.claims, 'Helios', 'market_share', '12%')).toMatchObject({ periodText: 'Today', period: { start: '2025-06-18' }, object: { name: 'travel-planning app market', kind: 'MARKET' } });
    expect(only(result.claims, 'Helios', 'market_share', '5%')).toMatchObject({ period: { start: '2025-01-01', end: '2025-01-31' } });
    expect(only(result.claims, 'Wayfarer', 'released_on')).toMatchObject({ period: { start: '2025-03-01', end: '2025-03-31' } });
    expect(only(result.claims, 'Wayfarer', 'user_count')).toMatchObject({ value: { lower: 4e6 }, period: { start: '2025-06-18' } });
    // "six months after launch" with Helios's launch date: the figure it dates is the milestone, not a period.
    expect(result.warnings).toEqual([]);
  });
});

describe('ingestArticle: bad input', () => {
  const good = { url: 'https://example.com/a', title: 'A', publishedAt: '2025-01-02', text: 'Acme holds 30% of the widget market.' };
  const cases: Array<[string, Record<string, unknown>, string, Array<string | number>]> = [
    ['empty text', { text: '  \n ' }, 'ingest.text.empty', ['input', 'text']],
    ['text over the limit', { text: 'a'.repeat(200_001) }, 'ingest.text.too_large', ['input', 'text']],
    ['not a URL', { url: 'not a url' }, 'source.url.invalid', ['input', 'url']],
    ['not http', { url: 'ftp://example.com/a' }, 'source.url.invalid', ['input', 'url']],
    ['an impossible date', { publishedAt: '2025-02-30' }, 'date.invalid', ['input', 'publishedAt']],
    ['not a date', { publishedAt: 'last week' }, 'date.invalid', ['input', 'publishedAt']],
  ];
  it.each(cases)('%s: a coded error with the field, and nothing written', async (_name, patch, code, field) => {
    const { gql } = await testApp({ seed: false });
    const result = await gql(INGEST, { input: { ...good, ...patch } }, { as: 'editor' });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect((await gql(STATS)).data!.stats).toEqual({ claims: 0, entities: 0, sources: 0, periods: 0 });
  });

  it('accepts exactly the limit', async () => {
    const { gql } = await testApp({ seed: false });
    const text = `${good.text} `.padEnd(200_000, 'x');
    const result = await ingest(gql, { ...good, text });
    expect(result.newCount).toBe(1);
  });

  it('is refused to viewers', async () => {
    const { gql } = await testApp({ seed: false });
    const result = await gql(INGEST, { input: good }, { as: 'viewer' });
    expect(result.errors?.[0]?.extensions?.code).toBe('auth.forbidden');
  });
});

describe('acceptClaim and rejectClaim', () => {
  const ACCEPT = `mutation($id: ID!, $edits: ClaimPatch) { acceptClaim(id: $id, edits: $edits) { id status version predicate { name } value { text } history { action actor } } }`;
  const REJECT = `mutation($id: ID!, $reason: String!) { rejectClaim(id: $id, reason: $reason) { id status statusReason version history { action note } } }`;
  const text = 'Acme holds 30% of the widget market. Globex is 2x larger by headcount, and Initech raised $5 million in 2024.';
  let claims: ClaimView[];
  let gql: Harness['gql'];

  beforeAll(async () => {
    ({ gql } = await testApp({ seed: false }));
    claims = (await ingest(gql, { url: 'https://example.com/review', publishedAt: '2025-01-02', text })).claims;
  });

  it('accepts a candidate as it is, with a history entry', async () => {
    const share = only(claims, 'Acme', 'market_share');
    const accepted = await gql(ACCEPT, { id: share.id }, { as: 'editor' });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptClaim).toMatchObject({ status: 'ACCEPTED', version: 2, history: [{ action: 'created' }, { action: 'accepted', actor: 'editor' }] });
    const again = await gql(ACCEPT, { id: share.id }, { as: 'editor' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'claim.status.invalid', field: ['id'], status: 'ACCEPTED' });
  });

  it('accepts with edits, validated like updateClaim', async () => {
    const unclassified = only(claims, 'Globex', 'unclassified');
    const bad = await gql(ACCEPT, { id: unclassified.id, edits: { predicate: 'speedup_over', value: 'lots' } }, { as: 'editor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'claim.value.unparseable', field: ['edits', 'value'] });
    const noObject = await gql(ACCEPT, { id: unclassified.id, edits: { predicate: 'larger_than', value: '' } }, { as: 'editor' });
    expect(noObject.errors?.[0]?.extensions).toMatchObject({ code: 'input.invalid', field: ['edits', 'object'] });
    const unchanged = await gql(`query($id: ID!) { claim(id: $id) { status version } }`, { id: unclassified.id });
    expect(unchanged.data!.claim).toEqual({ status: 'CANDIDATE', version: 1 });
    const good = await gql(ACCEPT, { id: unclassified.id, edits: { predicate: 'speedup_over', value: '2x' } }, { as: 'editor' });
    expect(good.errors).toBeUndefined();
    expect(good.data!.acceptClaim).toMatchObject({ status: 'ACCEPTED', version: 2, predicate: { name: 'speedup_over' }, value: { text: '2x' } });
  });

  it('puts an accepted candidate through conflict detection, and not before', async () => {
    const seeded = await testApp();
    const read = await ingest(seeded.gql, {
      url: 'https://example.com/rival-estimate',
      publishedAt: '2026-02-20',
      text: 'Anthropic now commands 45% of the enterprise LLM API market, a rival estimate says.',
    });
    const share = only(read.claims, 'Anthropic', 'market_share');
    const CONFLICTS = `query($id: ID!) { claim(id: $id) { conflicts { rule status } } }`;
    expect((await seeded.gql(CONFLICTS, { id: share.id })).data!.claim.conflicts).toEqual([]);
    const accepted = await seeded.gql(ACCEPT, { id: share.id }, { as: 'editor' });
    expect(accepted.errors).toBeUndefined();
    const conflicts = (await seeded.gql(CONFLICTS, { id: share.id })).data!.claim.conflicts;
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((c: { status: string }) => c.status === 'OPEN')).toBe(true);
  });

  it('reads a second estimator\'s figure as the same statement, so accepting both shows the disagreement', async () => {
    const fresh = await testApp({ seed: false });
    const read = await ingest(fresh.gql, {
      url: 'https://example.com/two-estimates',
      publishedAt: '2025-03-01',
      text: 'Acme held 30% of the widget market in 2024, according to Gartner. Synergy Research puts it at 25%.',
    });
    const shares = read.claims.filter((claim) => claim.predicate.name === 'market_share');
    expect(shares.map((claim) => [claim.subject.name, claim.object?.name, claim.value?.text, claim.period?.label])).toEqual([
      ['Acme', 'widget market', '30%', '2024'],
      ['Acme', 'widget market', '25%', '2024'],
    ]);
    for (const share of shares) expect((await fresh.gql(ACCEPT, { id: share.id }, { as: 'editor' })).errors).toBeUndefined();
    const conflicts = (await fresh.gql(`query($id: ID!) { claim(id: $id) { conflicts { status claims { claim { value { text } } } } } }`, { id: shares[1]!.id })).data!.claim.conflicts;
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].claims.map((member: { claim: { value: { text: string } } }) => member.claim.value.text).sort()).toEqual(['25%', '30%']);
  });

  it('rejects a candidate with a reason, and refuses to reject an accepted claim', async () => {
    const funding = only(claims, 'Initech', 'funding_raised');
    const empty = await gql(REJECT, { id: funding.id, reason: ' ' }, { as: 'editor' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'input.invalid', field: ['reason'] });
    const rejected = await gql(REJECT, { id: funding.id, reason: 'a seed round, not this company' }, { as: 'editor' });
    expect(rejected.data!.rejectClaim).toMatchObject({ status: 'REJECTED', statusReason: 'a seed round, not this company', version: 2 });
    expect(rejected.data!.rejectClaim.history.at(-1)).toEqual({ action: 'rejected', note: 'a seed round, not this company' });
    const accepted = only(claims, 'Acme', 'market_share');
    const refused = await gql(REJECT, { id: accepted.id, reason: 'no' }, { as: 'editor' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'claim.status.invalid', field: ['id'] });
    const missing = await gql(REJECT, { id: 'clm_nope', reason: 'no' }, { as: 'editor' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('claim.not_found');
  });
});
