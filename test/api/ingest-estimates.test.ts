// An analyst's estimate from one article and the company's reported figure from another, through GraphQL: the
// estimate is its own statement (basis: estimate, estimated_by), so the two never make a conflict; two reports of the
// company's figure that disagree still do.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestView } from '../support/ingest.js';
import { ingestAndAccept, readConflicts, twoSources, type TwoSources } from '../support/ingest-accept.js';

const PREDICATES = ['revenue'];

describe("an analyst's estimate beside the company's figure", () => {
  let gql: TwoSources['gql'];
  let first: IngestView['claims'];
  let second: IngestView['claims'];

  beforeAll(async () => {
    ({ gql, first, second } = await twoSources(
      {
        url: 'https://example.com/veltrix-q3',
        publisher: 'Wire',
        publishedAt: '2026-10-28',
        text: 'Veltrix Inc reported third-quarter revenue of $2.1 billion on Tuesday.',
      },
      {
        url: 'https://example.com/veltrix-note',
        publisher: 'Notes',
        publishedAt: '2026-10-29',
        text: 'Veltrix Inc said results were due on Tuesday. Third-quarter revenue was $2.4 billion, said Maria Lopez, an analyst at Corbin Research.',
      },
      PREDICATES,
    ));
  });

  it("reads the analyst's figure as her estimate of the company's, and says so in its text", () => {
    expect(first.map((claim) => [claim.value?.text, claim.qualifiers])).toEqual([['$2.1 billion', []]]);
    expect(second.map((claim) => [claim.value?.text, claim.qualifiers])).toEqual([
      [
        '$2.4 billion',
        [
          { key: 'basis', value: 'estimate' },
          { key: 'estimated_by', value: 'Maria Lopez' },
        ],
      ],
    ]);
    expect(second[0]!.text).toMatch(/as estimated by Maria Lopez\.$/);
  });

  it('makes no conflict of an estimate and a report, and one of two reports that disagree', async () => {
    expect(await readConflicts(gql)).toHaveLength(0);
    const third = await ingestAndAccept(
      gql,
      { url: 'https://example.com/veltrix-blog', publisher: 'Blog', publishedAt: '2026-10-30', text: 'Veltrix Inc said third-quarter revenue was $2.3 billion.' },
      PREDICATES,
    );
    const conflicts = await readConflicts(gql);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.claims.map((member) => member.claim.id).sort()).toEqual([first[0]!.id, third[0]!.id].sort());
  });
});
