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

  it('goes back from the span another clause of the sentence dated, and reads a party\'s share of a place\'s market as the party\'s', () => {
    const sentence =
      "Halvorsen's share of Europe's battery-electric car market was 6.8% in 2025, according to figures compiled by research firm Motiva Insights, up from 5.1% in the same period a year earlier.";
    expect(extractCandidates(sentence, { publishedAt: '2026-01-09', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period])).toEqual([
      ['Halvorsen', 'market_share', '6.8%', 'in 2025'],
      ['Halvorsen', 'market_share', '5.1%', '2024'],
    ]);
  });

  it('reads a date a present-tense clause sets as to come, whatever participle follows ("goes on sale on March 3, priced from")', () => {
    expect(periods('The H3 goes on sale on March 3, priced from €29,900 in Germany.')).toEqual([['€29,900', '2026-03-03..2026-03-03']]);
  });

  it('goes back a year from the quarter reported, not from the quarter an earlier state listed before names', () => {
    const story = 'Sales rose 3% in the fourth quarter of 2025. Zhenlong lifted its share to 12.7% from 10.8% in the third quarter and 7.3% a year ago.';
    expect(periods(story).filter(([value]) => value !== '3%')).toEqual([
      ['12.7%', '2025-10-01..2025-12-31'],
      ['10.8%', '2025-07-01..2025-09-30'],
      ['7.3%', '2024-10-01..2024-12-31'],
    ]);
  });

  it('goes back a year from the publication when the sentence\'s own figure holds as of it', () => {
    const runRate = 'Lumenfold AI said its annualised revenue run rate has reached $1.4 billion, almost four times the roughly $380 million it was generating a year earlier.';
    expect(extractCandidates(runRate, { publishedAt: '2025-03-12', entities: [] }).map((c) => [c.value, c.period])).toEqual([
      ['$1.4 billion', '2025-03-12'],
      ['almost four times', null],
      ['roughly $380 million', '2024-03-12'],
    ]);
  });
});

