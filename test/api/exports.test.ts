// Exports over HTTP: ClaimReview JSON-LD field by field, the claims CSV parsed back, the Markdown report, access and errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIMS_CSV_COLUMNS } from '../../src/report/claims-csv.js';
import { TEST_KEYS } from '../support/app.js';
import { analystSource, widgetShare } from '../support/claim-inputs.js';
import { parseCsvObjects } from '../support/csv.js';
import { startHttpServer } from '../support/http-server.js';

type Http = Awaited<ReturnType<typeof startHttpServer>>;

const SEED_URL = 'https://example.org/claimgraph/seed-article';
const SEED_TITLE = 'GPT-5.3-Codex arrives, but developers have already chosen Claude Code';
const REVIEW = `mutation R($id: ID!, $input: ReviewInput!) { reviewClaim(id: $id, input: $input) { id reviewedAt reviewer } }`;

function get(http: Http, path: string, as: 'viewer' | 'anonymous' = 'viewer', method = 'GET'): Promise<Response> {
  return fetch(`${http.base}${path}`, { method, headers: as === 'anonymous' ? {} : { authorization: `Bearer ${TEST_KEYS[as]}` } });
}

/** Markdown escapes undone, to compare text the report quotes. */
const unescape = (markdown: string): string => markdown.replace(/\\([\\`*_[\]<>|~])/g, '$1');

describe('ClaimReview JSON-LD: add claims, review one, export, read it back', () => {
  let http: Http;
  let claim: { id: string; text: string };
  let review: { id: string; reviewedAt: string; reviewer: string };

  beforeAll(async () => {
    http = await startHttpServer();
    const found = await http.post(`{ claims(filter: { subject: "OpenAI", predicate: "market_share", text: "25%" }) { nodes { id text } } }`);
    claim = found.body.data!.claims.nodes[0];
    const reviewed = await http.post(
      REVIEW,
      { id: claim.id, input: { rating: 'MOSTLY_FALSE', rationale: 'Other trackers put OpenAI nearer 27%.', evidence: [{ kind: 'REFUTES', sourceUrl: 'https://example.net/tracker' }] } },
      { as: 'editor' },
    );
    expect(reviewed.body.errors).toBeUndefined();
    review = reviewed.body.data!.reviewClaim;
  });
  afterAll(() => http.close());

  it('names the claim, its source and the verdict, with every field Google requires', async () => {
    const response = await get(http, '/export/claimreview.jsonld');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="claimreview.jsonld"');
    const documents = (await response.json()) as Array<Record<string, any>>;
    expect(documents).toHaveLength(1);
    const [doc] = documents;
    expect(doc!['@context']).toBe('https://schema.org');
    expect(doc!['@type']).toBe('ClaimReview');
    expect(doc!.claimReviewed).toBe(claim.text);
    expect(doc!.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' });
    expect(doc!.reviewBody).toBe('Other trackers put OpenAI nearer 27%.');
    expect(doc!.url).toBe(`${http.base}/export/report.md?claim=${claim.id}`);
    expect(doc!['@id']).toBe(`${doc!.url}#${review.id}`);
    expect(doc!.author).toEqual({ '@type': 'Organization', name: 'claimgraph' });
    expect(doc!.datePublished).toBe(review.reviewedAt.slice(0, 10));
    expect(doc!.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const appearance = {
      '@type': 'CreativeWork',
      url: SEED_URL,
      headline: SEED_TITLE,
      datePublished: '2026-02',
      // The seed article names no publisher: the site it appeared on stands in.
      author: { '@type': 'Organization', name: 'example.org', url: 'https://example.org' },
    };
    expect(doc!.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'example.org', url: 'https://example.org' },
      datePublished: '2026-02',
      firstAppearance: appearance,
      appearance: [appearance],
    });
  });

  it("links each ClaimReview to a page that is that claim's fact check", async () => {
    const documents = (await (await get(http, '/export/claimreview.jsonld')).json()) as Array<Record<string, any>>;
    const page = await get(http, new URL(documents[0]!.url).pathname + new URL(documents[0]!.url).search);
    expect(page.status).toBe(200);
    const markdown = unescape(await page.text());
    expect(markdown).toContain(claim.text);
    expect(markdown).toContain('**Verdict:** Mostly false (2/5), by editor');
  });

  it('exports UNVERIFIABLE with its name and no ratingValue, and narrows by filters', async () => {
    const found = await http.post(`{ claims(filter: { subject: "Claude Code", predicate: "market_share" }) { nodes { id } } }`);
    const id = found.body.data!.claims.nodes[0].id;
    await http.post(REVIEW, { id, input: { rating: 'UNVERIFIABLE', rationale: 'No public usage data.' } }, { as: 'editor' });
    const all = (await (await get(http, '/export/claimreview.jsonld')).json()) as Array<Record<string, any>>;
    expect(all).toHaveLength(2);
    const only = (await (await get(http, `/export/claimreview.jsonld?subject=${encodeURIComponent('Claude Code')}`)).json()) as Array<Record<string, any>>;
    expect(only).toHaveLength(1);
    expect(only[0]!.reviewRating).toEqual({ '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: 'Unverifiable' });
  });

  it('needs the viewer role, like the API, and answers GET only', async () => {
    const anonymous = await get(http, '/export/claimreview.jsonld', 'anonymous');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('auth.unauthenticated');
    const post = await get(http, '/export/claims.csv', 'viewer', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('claims CSV and the Markdown report', () => {
  let http: Http;
  const share = (value: string, letter: string, text?: string, period = 'Q2 2025', qualifiers?: Array<{ key: string; value: string }>) =>
    widgetShare(value, period, analystSource(letter), { ...(text ? { text } : {}), ...(qualifiers ? { qualifiers } : {}) });
  const TRICKY = 'Acme said "widgets, gadgets" grew,\nfast: 35% in 2024.';
  let ids: { a: string; b: string; c: string; tricky: string; retracted: string };

  beforeAll(async () => {
    http = await startHttpServer({ seed: false });
    const added = await http.post(`mutation A($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id } } }`, {
      input: [share('40%', 'A'), share('about 40%', 'B'), share('20%', 'C'), share('35%', 'A', TRICKY, '2024', [{ key: 'measure', value: 'units, shipped' }, { key: 'basis', value: 'forecast' }]), share('90%', 'A', 'Acme holds 90% of the widget market in 2023.', '2023')],
    });
    expect(added.body.errors).toBeUndefined();
    const [a, b, c, tricky, retracted] = added.body.data!.addClaims.claims.map((claim: { id: string }) => claim.id);
    ids = { a, b, c, tricky, retracted };
    await http.post(`mutation { retractClaim(id: "${retracted}", reason: "a typo for 9%") { id } }`);
    const reviewed = await http.post(REVIEW, {
      id: a,
      input: { rating: 'TRUE', rationale: 'Matches the annual filing.', evidence: [{ kind: 'SUPPORTS', sourceUrl: 'https://example.com/B' }, { kind: 'REFUTES', claimId: c, note: 'a lower figure' }] },
    });
    expect(reviewed.body.errors).toBeUndefined();
  });
  afterAll(() => http.close());

  it('writes RFC 4180: header row, CRLF line ends, quoted fields that read back exactly', async () => {
    const response = await get(http, '/export/claims.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="claims.csv"');
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const { header, rows } = parseCsvObjects(text);
    expect(header).toEqual([...CLAIMS_CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    // Current claims first: the one reviewed true is preferred, the retracted one last.
    expect(rows[0]!.id).toBe(ids.a);
    expect(rows.at(-1)).toMatchObject({ id: ids.retracted, status: 'RETRACTED', rank: 'DEPRECATED' });
    expect(rows[0]).toEqual({
      id: ids.a,
      text: 'Acme holds 40% of the widget market in Q2 2025.',
      subject: 'Acme',
      predicate: 'market_share',
      negated: 'false',
      object: 'widget market',
      qualifiers: '',
      value_text: '40%',
      value_lower: '40',
      value_upper: '40',
      value_unit: 'PERCENT',
      period_label: 'Q2 2025',
      period_start: '2025-04-01',
      period_end: '2025-06-30',
      source_url: 'https://example.com/A',
      status: 'ACCEPTED',
      rank: 'PREFERRED',
      rating: 'TRUE',
      open_conflicts: '1',
    });
    expect(rows.find((row) => row.id === ids.tricky)).toMatchObject({ text: TRICKY, rating: '', open_conflicts: '0', period_label: '2024', qualifiers: 'measure=units, shipped; basis=forecast' });
    const approx = rows.find((row) => row.id === ids.b)!;
    expect(Number(approx.value_lower)).toBeLessThan(40);
    expect(Number(approx.value_upper)).toBeGreaterThan(40);
    // 20% clashes with both 40% and about 40%.
    expect(rows.find((row) => row.id === ids.c)!.open_conflicts).toBe('2');
  });

  it('filters by query parameters: source, status, subject', async () => {
    const read = async (query: string) => parseCsvObjects(await (await get(http, `/export/claims.csv?${query}`)).text()).rows.map((row) => row.id);
    expect(await read(`source=${encodeURIComponent('https://example.com/C')}`)).toEqual([ids.c]);
    expect(await read('status=retracted')).toEqual([ids.retracted]);
    expect((await read('status=ACCEPTED,candidate')).sort()).toEqual([ids.a, ids.b, ids.c, ids.tricky].sort());
    expect(await read('subject=Nobody')).toEqual([]);
    const bad = await get(http, '/export/claims.csv?status=maybe');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toEqual({ code: 'input.invalid', field: ['status'] });
  });

  it("reports on one source: its claims, verdicts, conflicts with their explanations, corroborations with independent source counts", async () => {
    const response = await get(http, `/export/report.md?source=${encodeURIComponent('https://example.com/A')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8; variant=CommonMark');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="report-example-com-a.md"');
    const markdown = unescape(await response.text());
    expect(markdown).toMatch(/^# Fact-check report: Widget report A\n/);
    expect(markdown).toContain('Generated ');
    expect(markdown).toContain('3 claims, 1 reviewed; 1 conflict, 1 unsettled; 1 claim corroborated');
    expect(markdown).toContain('### 1. Acme holds 40% of the widget market in Q2 2025.');
    expect(markdown).toContain('**Verdict:** True (5/5), by system on ');
    expect(markdown).toContain('> Matches the annual filing.');
    expect(markdown).toContain('- Refutes: claim "Acme holds 20% of the widget market in Q2 2025."');
    expect(markdown).toContain(`- Supports: [https://example.com/B](<https://example.com/B>)`);
    expect(markdown).toContain('**Corroborated:** 2 independent sources, by “Acme holds about 40% of the widget market in Q2 2025.” (Analyst B)');
    expect(markdown).toContain('| Acme holds 40% of the widget market in Q2 2025. | 2 | 1 |');
    // The retracted claim stays, ranked below the current ones.
    expect(markdown.indexOf('Acme holds 90%')).toBeGreaterThan(markdown.indexOf(TRICKY.replace('\n', ' ')));
    expect(markdown).toContain('**Status:** retracted (a typo for 9%) · rank deprecated');

    const [stored] = (await http.app.store.conflictsOfClaims([ids.a]))!;
    expect(stored).toHaveLength(1);
    expect(markdown).toContain('## Conflicts');
    expect(markdown).toContain(stored![0]!.explanation);
    expect(markdown).toContain('- “Acme holds 20% of the widget market in Q2 2025.” — Analyst C');
  });

  it('reports on one entity by name or alias, with every claim about it', async () => {
    const markdown = unescape(await (await get(http, '/export/report.md?entity=acme')).text());
    expect(markdown).toMatch(/^# Fact-check report: Acme\n/);
    expect(markdown).toContain('Entity: **Acme** (company)');
    expect(markdown).toContain('5 claims, 1 reviewed');
    expect(markdown).toContain('Acme holds 20% of the widget market in Q2 2025.');
  });

  it('refuses a report without exactly one scope, or for an unknown source, with code and field', async () => {
    const cases: Array<[string, number, string, string[]]> = [
      ['/export/report.md', 400, 'input.invalid', ['source']],
      [`/export/report.md?source=${encodeURIComponent('https://example.com/A')}&entity=Acme`, 400, 'input.invalid', ['entity']],
      [`/export/report.md?source=${encodeURIComponent('https://nowhere.example/x')}`, 404, 'source.not_found', ['source']],
      ['/export/report.md?entity=Nobody', 404, 'entity.not_found', ['entity']],
    ];
    for (const [path, status, code, field] of cases) {
      const response = await get(http, path);
      expect(response.status, path).toBe(status);
      expect(((await response.json()) as any).errors[0].extensions, path).toEqual({ code, field });
    }
  });
});
