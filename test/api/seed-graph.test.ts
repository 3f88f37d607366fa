// The seed article's claims, as a user sees them through GraphQL: each required claim, linked and anchored.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

type ClaimView = {
  id: string;
  text: string;
  predicate: { name: string };
  subject: { name: string };
  object: { name: string } | null;
  value: { lower: number | null; upper: number | null; unit: string | null; approx: boolean; lowerInclusive: boolean } | null;
  period: { label: string; start: string | null; end: string | null } | null;
  qualifiers: Array<{ key: string; value: string }>;
  status: string;
  citations: Array<{ quote: string; start: number; end: number; source: { url: string } }>;
};

const CLAIM_FIELDS = `id text status predicate { name } subject { name } object { name }
  value { lower upper unit approx lowerInclusive } period { label start end } qualifiers { key value }
  citations { quote start end source { url } }`;

describe('the seed graph', () => {
  let claims: ClaimView[];
  let article: string;
  let gql: Awaited<ReturnType<typeof testApp>>['gql'];

  beforeAll(async () => {
    ({ gql } = await testApp());
    article = await readFile(new URL('../../src/seed/seed-article.txt', import.meta.url), 'utf8');
    const result = await gql<{ claims: { totalCount: number; nodes: ClaimView[] } }>(`{ claims(first: 200) { totalCount nodes { ${CLAIM_FIELDS} } } }`);
    expect(result.errors).toBeUndefined();
    claims = result.data!.claims.nodes;
  });

  const find = (subject: string, predicate: string, extra: (claim: ClaimView) => boolean = () => true) => {
    const matches = claims.filter((c) => c.subject.name === subject && c.predicate.name === predicate && extra(c));
    expect(matches, `${subject} ${predicate}`).toHaveLength(1);
    return matches[0]!;
  };

  it('holds every checkable claim as its own accepted node', () => {
    expect(claims.length).toBeGreaterThanOrEqual(15);
    expect(claims.every((c) => c.status === 'ACCEPTED')).toBe(true);
    expect(new Set(claims.map((c) => c.text)).size).toBe(claims.length);
  });

  it("has Claude Code's share of the AI coding market as over half (a lower bound, exclusive)", () => {
    const share = find('Claude Code', 'market_share');
    expect(share.object?.name).toBe('AI coding market');
    expect(share.value).toMatchObject({ lower: 50, unit: 'PERCENT', lowerInclusive: false });
  });

  it("has Claude Code's run rates: $2.5B by early 2026 and $1B six months after its February 2025 launch", () => {
    const big = find('Claude Code', 'revenue_run_rate', (c) => c.value?.lower === 2.5e9);
    expect(big.value).toMatchObject({ upper: 2.5e9, unit: 'USD' });
    expect(big.period).toMatchObject({ start: '2026-01-01', end: '2026-04-30' });
    const first = find('Claude Code', 'revenue_run_rate', (c) => c.value?.lower === 1e9);
    expect(first.period?.start?.slice(0, 7)).toBe('2025-08');
    const time = find('Claude Code', 'time_to_milestone');
    expect(time.value).toMatchObject({ lower: 6, upper: 6, unit: 'MONTH' });
  });

  it("has Codex's roughly 20-21% of enterprise coding workloads, widened by the tolerance", () => {
    const codex = find('Codex', 'market_share');
    expect(codex.object?.name).toBe('enterprise coding workloads');
    expect(codex.value!.approx).toBe(true);
    expect(codex.value!.lower).toBeLessThan(20);
    expect(codex.value!.upper).toBeGreaterThan(21);
  });

  it('has GPT-5.3-Codex and Claude Opus 4.6 released in early February 2026, the same day', () => {
    const gpt = find('GPT-5.3-Codex', 'released_on');
    expect(gpt.period).toMatchObject({ start: '2026-02-01', end: '2026-02-10' });
    expect(find('Claude Opus 4.6', 'released_on').period).toEqual(gpt.period);
    expect(find('GPT-5.3-Codex', 'released_same_day_as').object?.name).toBe('Claude Opus 4.6');
  });

  it('has GPT-5.3-Codex 25% faster and instrumental in creating itself', () => {
    expect(find('GPT-5.3-Codex', 'speedup_over').value).toMatchObject({ lower: 25, upper: 25, unit: 'PERCENT' });
    find('GPT-5.3-Codex', 'helped_build_itself');
  });

  it('has the enterprise LLM API market: Anthropic 32%, OpenAI 25% now and 50% before, Anthropic the leader by late 2023', () => {
    const market = (c: ClaimView) => c.object?.name === 'enterprise LLM API market';
    expect(find('Anthropic', 'market_share', market).value).toMatchObject({ lower: 32, upper: 32 });
    const openaiNow = find('OpenAI', 'market_share', (c) => market(c) && c.value?.lower === 25);
    expect(openaiNow.period?.start).toBe('2026-02-01');
    const openaiBefore = find('OpenAI', 'market_share', (c) => market(c) && c.value?.lower === 50);
    expect(openaiBefore.period).toMatchObject({ start: null, end: '2023-08-31' });
    const leader = find('Anthropic', 'leader_of', market);
    expect(leader.period).toMatchObject({ start: '2023-09-01', end: '2023-12-31' });
  });

  it('anchors every quote at its exact offsets in the article', () => {
    for (const claim of claims) {
      const [citation] = claim.citations;
      expect(article.slice(citation!.start, citation!.end), claim.text).toBe(citation!.quote);
      expect(citation!.quote.split(/\s+/).length, 'quotes only the few words that carry the figure').toBeLessThanOrEqual(12);
    }
  });

  it('links products to their makers', async () => {
    const result = await gql(`{ a: entity(name: "claude code") { maker { name } } b: entity(name: "CODEX") { maker { name } }
      c: entity(name: "GPT-5.3-Codex") { maker { name } } d: entity(name: "OpenAI") { products { name } } }`);
    expect(result.data).toMatchObject({
      a: { maker: { name: 'Anthropic' } },
      b: { maker: { name: 'OpenAI' } },
      c: { maker: { name: 'OpenAI' } },
    });
    expect(result.data!.d.products.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Codex', 'GPT-5.3-Codex', 'ChatGPT']));
  });
});
