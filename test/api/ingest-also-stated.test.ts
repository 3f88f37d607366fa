// Through GraphQL: an article's whole and a part the reader did not name make no conflict once both are accepted; the
// part says which value it stands beside.
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { ingestAndAccept, readConflicts } from '../support/ingest-accept.js';

describe('an article with a whole and an unnamed part of one measure', () => {
  it('accepts both and makes no conflict of them', async () => {
    const { gql } = await testApp({ seed: false });
    const accepted = await ingestAndAccept(
      gql,
      {
        url: 'https://example.com/verital-q3',
        publisher: 'Wire',
        publishedAt: '2026-11-20',
        text: 'Verital Systems Inc said its revenue for the third quarter rose to $1.42 billion. Services brought in revenue of $400 million in the third quarter.',
      },
      ['revenue'],
    );
    expect(accepted.map((claim) => [claim.value?.text, claim.qualifiers])).toEqual([
      ['$1.42 billion', []],
      ['$400 million', [{ key: 'also_stated', value: '$1.42 billion' }]],
    ]);
    expect(await readConflicts(gql)).toEqual([]);
  });
});
