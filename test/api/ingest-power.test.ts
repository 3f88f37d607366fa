// Power and energy claims from two articles, through GraphQL: two sources giving one company's generation for one
// quarter differently are a conflict once both are accepted; the capacity both give alike is not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestView } from '../support/ingest.js';
import { readConflicts, twoSources, type TwoSources } from '../support/ingest-accept.js';

const PREDICATES = ['power_capacity', 'energy_generated'];

describe('power and energy claims from two articles', () => {
  let gql: TwoSources['gql'];
  let first: IngestView['claims'];
  let second: IngestView['claims'];

  beforeAll(async () => {
    ({ gql, first, second } = await twoSources(
      {
        url: 'https://example.com/nordvik-q3',
        publisher: 'Wire',
        publishedAt: '2026-10-29',
        text: 'Nordvik Energi generated 14.2 terawatt hours in the third quarter of 2026. Its installed capacity reached 6.1 GW at the end of September 2026.',
      },
      {
        url: 'https://example.com/nordvik-blog',
        publisher: 'Blog',
        publishedAt: '2026-10-29',
        text: 'Nordvik Energi produced 11.8 TWh of power in the third quarter of 2026, with installed capacity of 6.1 GW at the end of September 2026.',
      },
      PREDICATES,
    ));
  });

  it('reads each figure with its predicate, unit and period', () => {
    const view = (claims: IngestView['claims']) => claims.map((claim) => [claim.predicate.name, claim.value?.text, claim.value?.unit, claim.period?.start, claim.period?.end]);
    expect(view(first)).toEqual([
      ['energy_generated', '14.2 terawatt hours', 'WATT_HOUR', '2026-07-01', '2026-09-30'],
      ['power_capacity', '6.1 GW', 'WATT', '2026-09-21', '2026-09-30'],
    ]);
    expect(view(second)).toEqual([
      ['energy_generated', '11.8 TWh', 'WATT_HOUR', '2026-07-01', '2026-09-30'],
      ['power_capacity', '6.1 GW', 'WATT', '2026-09-21', '2026-09-30'],
    ]);
  });

  it('flags the two generation figures as a conflict, and not the capacity both give', async () => {
    const conflicts = await readConflicts(gql);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.rule).toBe('functional');
    expect(conflicts[0]!.claims.map((member) => member.claim.id).sort()).toEqual([first[0]!.id, second[0]!.id].sort());
    expect(conflicts[0]!.explanation).toContain('Nordvik Energi energy generated: 11.8 TWh (Blog');
  });
});
