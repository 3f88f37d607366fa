// Dates a results story gets from its own quarter: the earlier figure "a year earlier" is that quarter a year back, and
// a forecast the results beat ("beating analyst forecasts") makes no forecast of the quarter reported.
import { describe, expect, it } from 'vitest';
import { readAgainst } from '../../src/ingest/future-period.js';
import { extractCandidates } from '../../src/ingest/extract.js';

const PUBLISHED = '2026-02-11';
const periods = (text: string) =>
  extractCandidates(text, { publishedAt: PUBLISHED, entities: [] }).map((c) => {
    const read = c.period === null ? null : readAgainst(c.period, PUBLISHED);
    return [c.value, read && `${read.start}..${read.end}`];
  });

describe('the same period a year earlier', () => {
  it('dates "from $3 billion a year ago" as the clause\'s own quarter a year back, not the year before publication', () => {
    expect(periods('Vestland Energi said fourth-quarter revenue rose to $4 billion from $3 billion a year ago.')).toEqual([
      ['$4 billion', '2025-10-01..2025-12-31'],
      ['$3 billion', '2024-10-01..2024-12-31'],
    ]);
  });

  it('leaves "a year earlier" as written where the clause dates none of its figures', () => {
    expect(extractCandidates('Globex had 5 million users, up from 4 million a year earlier.', { publishedAt: PUBLISHED, entities: [] }).map((c) => c.period)).toEqual([
      null,
      'a year earlier',
    ]);
  });

  it('reads the quarter just reported, not next year\'s, when the results beat a forecast', () => {
    expect(periods('Vestland Energi reported a 23% rise in fourth-quarter operating profit on Wednesday, beating analyst forecasts.')).toEqual([
      ['23%', '2025-10-01..2025-12-31'],
    ]);
    expect(periods('Acme beat its own guidance with revenue of $4 billion in the fourth quarter.')).toEqual([['$4 billion', '2025-10-01..2025-12-31']]);
    // A forecast of the company's own is still one: the quarter to come.
    expect(periods('Acme raised its guidance for fourth-quarter revenue to $4 billion.')).toEqual([['$4 billion', '2026-10-01..2026-12-31']]);
  });
});
