// Growth rates from two articles, through GraphQL: two sources giving one company's year-on-year revenue growth for
// one quarter differently are a conflict once both are accepted; its growth from the previous quarter is not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestView } from '../support/ingest.js';
import { readConflicts, twoSources, type TwoSources } from '../support/ingest-accept.js';

const PREDICATES = ['growth_rate'];

describe('growth rates from two articles', () => {
  let gql: TwoSources['gql'];
  let first: IngestView['claims'];
  let second: IngestView['claims'];

  beforeAll(async () => {
    ({ gql, first, second } = await twoSources(
      {
        url: 'https://example.com/verital-q3',
        publisher: 'Wire',
        publishedAt: '2026-12-03',
        text: 'Verital Systems Inc said revenue rose 24% from a year earlier in the third quarter of 2026. Revenue was up 8% sequentially in the third quarter of 2026.',
      },
      {
        url: 'https://example.com/verital-blog',
        publisher: 'Blog',
        publishedAt: '2026-12-04',
        text: 'Verital Systems Inc said its revenue grew 21% year on year in the third quarter of 2026.',
      },
      PREDICATES,
    ));
  });

  it('reads each growth with its measure, direction, basis and quarter', () => {
    const view = (claims: IngestView['claims']) => claims.map((claim) => [claim.value?.text, claim.qualifiers.map((q) => q.value), claim.period?.start]);
    expect(view(first)).toEqual([
      ['24%', ['revenue', 'increase', 'year earlier'], '2026-07-01'],
      ['8%', ['revenue', 'increase', 'previous quarter'], '2026-07-01'],
    ]);
    expect(view(second)).toEqual([['21%', ['revenue', 'increase', 'year earlier'], '2026-07-01']]);
  });

  it('flags the two year-on-year growths as a conflict, and not the growth from the previous quarter', async () => {
    const conflicts = await readConflicts(gql);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.rule).toBe('functional');
    expect(conflicts[0]!.claims.map((member) => member.claim.id).sort()).toEqual([first[0]!.id, second[0]!.id].sort());
  });
});

describe('growths over 100% from two articles', () => {
  let gql: TwoSources['gql'];
  let first: IngestView['claims'];
  let second: IngestView['claims'];

  beforeAll(async () => {
    ({ gql, first, second } = await twoSources(
      {
        url: 'https://example.com/tallystone-round',
        publisher: 'Wire',
        publishedAt: '2026-10-27',
        text: 'Tallystone said annual recurring revenue jumped 155% from a year earlier in the third quarter of 2026.',
      },
      {
        url: 'https://example.com/tallystone-blog',
        publisher: 'Blog',
        publishedAt: '2026-10-28',
        text: 'Tallystone said its annual recurring revenue grew 240% year on year in the third quarter of 2026.',
      },
      PREDICATES,
    ));
  });

  it('reads and accepts a growth over 100%, which no share could be', () => {
    expect(first.map((claim) => [claim.value?.text, claim.qualifiers.map((q) => q.value), claim.text])).toEqual([['155% increase', ['revenue', 'increase', 'year earlier'], "Tallystone's revenue grew 155% from a year earlier (in the third quarter of 2026)."]]);
    expect(second.map((claim) => claim.value?.text)).toEqual(['240% increase']);
  });

  it('flags the two as a conflict, as it would two growths under 100%', async () => {
    const conflicts = await readConflicts(gql);
    expect(conflicts.map((conflict) => conflict.rule)).toEqual(['functional']);
  });
});
