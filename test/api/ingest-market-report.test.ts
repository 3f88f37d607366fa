// A market report through GraphQL: a place's part of the market is its regional market's figure, not a market share,
// so the companies' shares and the place's never add up to a false conflict; the market's own growth is a growth rate.
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestView } from '../support/ingest.js';
import { ingestAndAccept, readConflicts } from '../support/ingest-accept.js';
import { testApp } from '../support/app.js';

const REPORT = {
  url: 'https://example.com/ebus-h1',
  publisher: 'Mobility Ledger',
  publishedAt: '2026-09-15',
  text:
    'Global sales of electric buses rose 17% in the first half of 2026 to 62,400 units, Kestrel Mobility Insights said. ' +
    'China remained the largest market, accounting for 62% of global sales. ' +
    'Huaxing Motor led the global market with a 24.1% share, Compatriot Kaiyuan Bus was second with 11.8%, and Lingyun Auto had 7.2%.',
};

describe('a market report with a place\'s part of the market', () => {
  let gql: Awaited<ReturnType<typeof testApp>>['gql'];
  let accepted: IngestView['claims'];

  beforeAll(async () => {
    ({ gql } = await testApp({ seed: false }));
    accepted = await ingestAndAccept(gql, REPORT, ['market_share', 'growth_rate']);
  });

  it("reads the companies' shares and the market's growth, and no share of the place", () => {
    expect(accepted.map((claim) => [claim.predicate.name, claim.value?.text])).toEqual([
      ['growth_rate', '17%'],
      ['market_share', '24.1%'],
      ['market_share', '11.8%'],
      ['market_share', '7.2%'],
    ]);
  });

  it('makes no conflict of shares that only a place\'s part would have pushed past 100%', async () => {
    expect(await readConflicts(gql)).toEqual([]);
  });
});
