// Profit claims from two articles, through GraphQL: two sources giving one company's net income for one quarter
// differently are a conflict once both are accepted; its operating profit for the same quarter is not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestView } from '../support/ingest.js';
import { readConflicts, twoSources, type TwoSources } from '../support/ingest-accept.js';

const PREDICATES = ['profit'];

describe('profit claims from two articles', () => {
  let gql: TwoSources['gql'];
  let first: IngestView['claims'];
  let second: IngestView['claims'];

  beforeAll(async () => {
    ({ gql, first, second } = await twoSources(
      {
        url: 'https://example.com/corvane-q2',
        publisher: 'Wire',
        publishedAt: '2026-07-30',
        text: 'Corvane Systems reported net income of $1.61 billion for the quarter ended June 30, 2026. Operating income rose to $2.1 billion.',
      },
      {
        url: 'https://example.com/corvane-blog',
        publisher: 'Blog',
        publishedAt: '2026-07-30',
        text: 'Corvane Systems earned net income of $1.4 billion in the quarter ended June 30, 2026.',
      },
      PREDICATES,
    ));
  });

  it('reads each profit with its measure and quarter', () => {
    expect(first.map((claim) => [claim.value?.text, claim.qualifiers, claim.period?.start, claim.period?.end])).toEqual([
      ['$1.61 billion', [{ key: 'measure', value: 'net income' }], '2026-04-01', '2026-06-30'],
      ['$2.1 billion', [{ key: 'measure', value: 'operating profit' }], '2026-04-01', '2026-06-30'],
    ]);
    expect(first[0]!.text).toContain('net income of $1.61 billion');
    expect(second.map((claim) => [claim.value?.text, claim.qualifiers])).toEqual([['$1.4 billion', [{ key: 'measure', value: 'net income' }]]]);
  });

  it('flags the two net incomes as a conflict, and leaves the operating profit out of it', async () => {
    const conflicts = await readConflicts(gql);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.rule).toBe('functional');
    expect(conflicts[0]!.claims.map((member) => member.claim.id).sort()).toEqual([first[0]!.id, second[0]!.id].sort());
    expect(conflicts[0]!.explanation).toContain('measure: net income');
  });
});
