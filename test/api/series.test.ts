// Query.series: a metric over time with who said each value, in period order, current claims first.
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { analystSource, widgetShare } from '../support/claim-inputs.js';

const SERIES = `query S($subject: String!, $predicate: String!, $object: String, $qualifiers: [QualifierInput!]) {
  series(subject: $subject, predicate: $predicate, object: $object, qualifiers: $qualifiers) {
    subject { name } predicate { name } object { name } unit qualifiers { key value }
    points { claim { id status } value { text lower upper unit } period { label start end } periodText rank rating
      citations { quote source { url title publisher publishedAt } } conflicts { rule status claims { claim { id } } } } } }`;

const share = (value: string, period: string | null, n: number, extra: Record<string, unknown> = {}) =>
  widgetShare(value, period, analystSource(String(n), '2025-06-01'), extra);

describe('series', () => {
  it("reads OpenAI's enterprise LLM API share from the seed: 50% before late 2023, then 25% in February 2026, with who said each", async () => {
    const { gql } = await testApp();
    const result = await gql(SERIES, { subject: 'OpenAI', predicate: 'market_share', object: 'enterprise LLM' });
    expect(result.errors).toBeUndefined();
    const series = result.data!.series;
    expect(series).toMatchObject({ subject: { name: 'OpenAI' }, predicate: { name: 'market_share' }, object: { name: 'enterprise LLM API market' }, unit: 'PERCENT' });
    expect(series.points.map((p: any) => [p.value.text, p.periodText])).toEqual([
      ['50%', 'before late 2023'],
      ['25%', 'now'],
    ]);
    const [before, now] = series.points;
    expect(before.period.end < now.period.start).toBe(true);
    expect(now.period).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
    for (const point of series.points) {
      expect(point.citations[0].source).toMatchObject({ url: 'https://example.org/claimgraph/seed-article', title: expect.stringContaining('Claude Code') });
      expect(point.rank).toBe('NORMAL');
    }
  });

  it('orders by period start with undated values last, keeps deprecated values below current ones, and filters by qualifiers', async () => {
    const { gql } = await testApp({ seed: false });
    const added = await gql(`mutation A($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id } } }`, {
      input: [
        share('30%', 'Q3 2025', 1),
        share('about 20%', '2024', 2),
        share('35%', 'Q3 2025', 3),
        share('40%', null, 4),
        share('25%', 'Q1 2025', 5, { qualifiers: [{ key: 'measure', value: 'spend' }] }),
      ],
    });
    expect(added.errors).toBeUndefined();
    const [q3, y2024, q3Other, undated, spend] = added.data!.addClaims.claims.map((c: { id: string }) => c.id);
    await gql(`mutation { retractClaim(id: "${q3}", reason: "the analyst corrected it") { id } }`);

    const all = (await gql(SERIES, { subject: 'acme', predicate: 'market_share', object: 'widget market' })).data!.series;
    expect(all.points.map((p: any) => p.claim.id)).toEqual([y2024, spend, q3Other, q3, undated]);
    expect(all.points.map((p: any) => p.rank)).toEqual(['NORMAL', 'NORMAL', 'NORMAL', 'DEPRECATED', 'NORMAL']);
    expect(all.points[0].value).toMatchObject({ text: 'about 20%', unit: 'PERCENT' });
    expect(all.points[0].value.lower).toBeLessThan(20);
    expect(all.points[0].citations[0].source).toMatchObject({ publisher: 'Analyst 2', url: 'https://example.com/2' });
    expect(all.points[4].period).toBeNull();
    // 30% and 35% for the same quarter clash: both points show that conflict beside their others.
    const members = (conflict: any) => conflict.claims.map((member: any) => member.claim.id).sort();
    const q3Conflict = all.points[2].conflicts.find((conflict: any) => members(conflict).join() === [q3, q3Other].sort().join());
    expect(q3Conflict).toMatchObject({ rule: 'functional' });
    expect(all.points[3].conflicts).toContainEqual(q3Conflict);

    const spendOnly = (await gql(SERIES, { subject: 'Acme', predicate: 'market_share', qualifiers: [{ key: 'Measure', value: 'SPEND' }] })).data!.series;
    expect(spendOnly.points.map((p: any) => p.claim.id)).toEqual([spend]);
    expect(spendOnly.qualifiers).toEqual([{ key: 'Measure', value: 'SPEND' }]);
  });

  it('names the unknown subject, object or predicate with a code and field', async () => {
    const { gql } = await testApp();
    const cases: Array<[Record<string, unknown>, string, string[]]> = [
      [{ subject: 'Nobody Inc', predicate: 'market_share' }, 'entity.not_found', ['subject']],
      [{ subject: 'OpenAI', predicate: 'market_share', object: 'moon market' }, 'entity.not_found', ['object']],
      [{ subject: 'OpenAI', predicate: 'marketshare' }, 'claim.predicate.unknown', ['predicate']],
    ];
    for (const [variables, code, field] of cases) {
      const result = await gql(SERIES, variables);
      expect(result.errors?.[0]?.extensions, code).toMatchObject({ code, field });
    }
  });
});
