// The pair walks the pairwise rules use visit exactly the pairs a brute-force comparison would, each once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodsMeet } from '../../src/domain/conflicts/comparability.js';
import { forEachMeetingPair, forEachPair } from '../../src/domain/conflicts/pairs.js';
import { view } from '../support/claim-views.js';

/** Open, nested, touching and disjoint periods, and undated claims. */
const PERIODS = [null, '2025', 'Q1 2025', 'Q3 2025', 'January 2025', 'March 2025', 'H2 2025', '2026', 'since 2024', 'until 2025', '2025-03-31'];

const names = (a: { claim: { id: string } }, b: { claim: { id: string } }) => [a.claim.id, b.claim.id].sort().join('+');

describe('pair walks', () => {
  it('forEachMeetingPair visits each pair whose periods meet, once, and no other', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PERIODS), { maxLength: 25 }), (periods) => {
        const views = periods.map((period) => view({ subject: 'Acme', predicate: 'revenue', value: '$1 billion', period }));
        const expected: string[] = [];
        views.forEach((a, i) => views.slice(i + 1).forEach((b) => periodsMeet(a, b) && expected.push(names(a, b))));
        const visited: string[] = [];
        forEachMeetingPair(views, (a, b) => visited.push(names(a, b)));
        expect(visited.sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it('forEachPair visits every unordered pair once', () => {
    const seen: string[] = [];
    forEachPair(['a', 'b', 'c', 'd'], (a, b) => seen.push(a + b));
    expect(seen.sort()).toEqual(['ab', 'ac', 'ad', 'bc', 'bd', 'cd']);
  });
});
