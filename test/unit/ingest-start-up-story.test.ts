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
