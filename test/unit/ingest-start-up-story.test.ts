// A consumer AI start-up's story: a milestone reached since launch, speed and cost told together, and dates that
// belong to an aside about the product.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const read = (text: string) =>
  extractCandidates(text, { publishedAt: '2026-09-16', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period] as const);

describe('a start-up story', () => {
  it('reads "got to $100 million in annualised revenue in under 13 months from launch" as a time to a milestone, with no release told', () => {
    const claims = read('Verbena got to $100 million in annualised revenue in under 13 months from launch.');
    expect(claims.find(([, predicate]) => predicate === 'time_to_milestone')?.[2]).toBe('under 13 months');
    expect(claims.map(([, predicate]) => predicate)).not.toContain('released_on');
  });

  it('keeps a dated launch of a predecessor ("after its launch in 2023") as a release', () => {
    const claims = read('Quill sold 2.1 million copies in its first month, against 1.4 million units for its predecessor Quill VI over the same period after its launch in 2023.');
    expect(claims.filter(([, predicate]) => predicate === 'released_on').map(([, , , period]) => period)).toEqual(['in 2023']);
  });

  it('does not date a milestone by the launch date in an aside about the product', () => {
    const claims = read('Sprig, which launched in Britain and the United States in March 2025, reached 10 million monthly active users in 11 months.');
    expect(claims.find(([, , value]) => value === '10 million')?.[3]).toBeNull();
    expect(claims.find(([, predicate]) => predicate === 'released_on')?.[3]).toBe('in March 2025');
  });

  it('reads "2.4 times faster …, and costs 60% less to run" as one speed-up, not two', () => {
    const claims = read('Sprig-3 also responds 2.4 times faster than its predecessor, Sprig-2, and costs 60% less to run per conversation, she said.');
    expect(claims.filter(([, predicate]) => predicate === 'speedup_over').map(([, , value]) => value)).toEqual(['2.4 times']);
  });
});

describe("a company's figures after its chief executive's quoted words", () => {
  it('go on about the company: quotes that name no party are an aside, however many', () => {
    const text =
      'SAO PAULO, Oct 29 - Mineradora Itacambira SA posted a 38% jump in third-quarter net profit to R$4.1 billion. ' +
      '"This was a quarter in which copper did the heavy lifting," Chief Executive Renata Albuquerque told analysts on a conference call on Thursday. ' +
      '"Iron ore remains the backbone of this company, but the growth is in copper, and that will be even more visible next year," she said. ' +
      'Copper production rose 41% from a year earlier to a record 118,400 tonnes. ' +
      "Iron ore output, by contrast, slipped 3.2% to 71.6 million tonnes as unusually heavy July rains disrupted mining at the company's Minas Gerais complex.";
    const claims = extractCandidates(text, { publishedAt: '2026-10-29', entities: [] }).map((c) => [c.subject, c.value, c.period] as const);
    expect(claims.filter(([, value]) => ['41%', '118,400', '3.2%', '71.6 million'].includes(value ?? ''))).toEqual([
      ['Mineradora Itacambira SA', '41%', 'in third-quarter'],
      ['Mineradora Itacambira SA', '118,400', 'in third-quarter'],
      ['Mineradora Itacambira SA', '3.2%', 'in third-quarter'],
      ['Mineradora Itacambira SA', '71.6 million', 'in third-quarter'],
    ]);
  });

  it('leaves a month in a clause of cause after the figure to that clause ("rose 12% after the company raised prices in March")', () => {
    const text = 'Acme Corp posted third-quarter net profit of $4.1 billion. Revenue rose 12% after the company raised prices in March.';
    const growth = extractCandidates(text, { publishedAt: '2026-10-29', entities: [] }).find((c) => c.value === '12%');
    expect(growth?.period).toBe('third-quarter');
  });
});

describe('money written before the thing it prices', () => {
  it('is that thing\'s value, not the profit or revenue a headline speaks of', () => {
    const claims = read('Suryavan Green Q2 profit jumps 38% on wind surge, board clears Rs 8,500-crore QIP');
    expect(claims.find(([, , value]) => value === 'Rs 8,500-crore')?.[1]).toBe('unclassified');
    expect(read('Acme Corp reported revenue of $2 billion and signed a $300 million contract.').map(([, predicate, value]) => [predicate, value])).toEqual([
      ['revenue', '$2 billion'],
      ['unclassified', '$300 million'],
    ]);
  });
});
