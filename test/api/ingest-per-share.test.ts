// Earnings per share from two articles, through GraphQL: two sources giving one company's adjusted EPS for one quarter
// differently are a conflict once both are accepted; the reported EPS both give alike is not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestView } from '../support/ingest.js';
import { readConflicts, twoSources, type TwoSources } from '../support/ingest-accept.js';

const PREDICATES = ['earnings_per_share'];

describe('earnings per share from two articles', () => {
  let gql: TwoSources['gql'];
  let first: IngestView['claims'];
  let second: IngestView['claims'];

  beforeAll(async () => {
    ({ gql, first, second } = await twoSources(
      {
        url: 'https://example.com/halcyra-q3',
        publisher: 'Wire',
        publishedAt: '2026-11-10',
        text: 'Halcyra Inc said net income rose to $268.5 million, or $2.14 per share, in the third quarter of 2026. Adjusted EPS was 42 cents in the third quarter of 2026.',
      },
      {
        url: 'https://example.com/halcyra-blog',
        publisher: 'Blog',
        publishedAt: '2026-11-11',
        text: 'Halcyra Inc earned $2.14 a share in the third quarter of 2026. Its adjusted EPS was 47 cents in the third quarter of 2026.',
      },
      PREDICATES,
    ));
  });

  it('reads each per-share figure as money with its measure and quarter', () => {
    const view = (claims: IngestView['claims']) => claims.map((claim) => [claim.value?.text, claim.value?.unit, claim.period?.start, claim.period?.end]);
    expect(view(first)).toEqual([
      ['$2.14', 'USD', '2026-07-01', '2026-09-30'],
      ['42 US cents', 'USD', '2026-07-01', '2026-09-30'],
    ]);
    expect(view(second)).toEqual([
      ['$2.14', 'USD', '2026-07-01', '2026-09-30'],
      ['47 US cents', 'USD', '2026-07-01', '2026-09-30'],
    ]);
  });

  it('flags the two adjusted figures as a conflict, and not the reported EPS both give', async () => {
    const conflicts = await readConflicts(gql);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.rule).toBe('functional');
    expect(conflicts[0]!.claims.map((member) => member.claim.id).sort()).toEqual([first[1]!.id, second[1]!.id].sort());
    expect(conflicts[0]!.claims.every((member) => member.claim.qualifiers.some((q) => q.key === 'measure' && q.value === 'adjusted EPS'))).toBe(true);
  });
});
