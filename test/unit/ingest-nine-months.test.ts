// A results story's running total without "first": "In the nine months, …", "Nine-month revenue", "the six months",
// and a quarter's figure beside "bringing the nine-month total to …".
import { describe, expect, it } from 'vitest';
import { parsePartialDate, parsePeriod } from '../../src/domain/period.js';
import { extractCandidates } from '../../src/ingest/extract.js';
import { periodDates as dates } from '../support/period-dates.js';

const read = (text: string, publishedAt: string) => extractCandidates(text, { publishedAt, entities: [] });
const datedValues = (text: string, publishedAt: string) => read(text, publishedAt).map((c) => [c.subject, c.predicate, c.value, dates(c.period, publishedAt)]);

describe('the period parser reads a story\'s "the nine months" as the year\'s first nine', () => {
  const publishedAt = parsePartialDate('2026-10-20');
  it.each([
    ['the nine months', '2026-01-01', '2026-09-30'],
    ['the nine-month period', '2026-01-01', '2026-09-30'],
    ['nine-month', '2026-01-01', '2026-09-30'],
    ['the six months', '2026-01-01', '2026-06-30'],
    ['the nine months of 2025', '2025-01-01', '2025-09-30'],
  ])('%s', (text, start, end) => {
    expect(parsePeriod(text, { publishedAt })).toMatchObject({ start, end });
  });

  it('but not a bare "nine months", which is as often a length of time', () => {
    expect(() => parsePeriod('nine months', { publishedAt })).toThrow(/cannot read a period/);
  });
});

describe('a running total named without "first"', () => {
  const publishedAt = '2026-10-20';

  it('keeps the figures of "In the nine months, revenue rose …" and dates them January to September', () => {
    const text = 'Acme Corp posted revenue of $4.1 billion in the third quarter. In the nine months, revenue rose 5% to $11.2 billion.';
    expect(datedValues(text, publishedAt)).toEqual([
      ['Acme Corp', 'revenue', '$4.1 billion', '2026-07-01 to 2026-09-30'],
      ['Acme Corp', 'growth_rate', '5%', '2026-01-01 to 2026-09-30'],
      ['Acme Corp', 'revenue', '$11.2 billion', '2026-01-01 to 2026-09-30'],
    ]);
  });

  it('dates "Nine-month net profit" and "for the nine-month period"', () => {
    const text = 'Acme Corp posted revenue of $4.1 billion in the third quarter. Nine-month net profit was $1.1 billion. Revenue for the nine-month period declined 2% to $11.2 billion.';
    const values = datedValues(text, publishedAt);
    expect(values.find(([, , value]) => value === '$1.1 billion')?.[3]).toBe('2026-01-01 to 2026-09-30');
    expect(values.find(([, , value]) => value === '$11.2 billion')?.[3]).toBe('2026-01-01 to 2026-09-30');
  });

  it('takes "the six months" for the fiscal half the story named ("the six months to September")', () => {
    const text =
      'Tembo Telecom PLC posted an 18 per cent rise in first-half net profit for the six months to September. ' +
      'The value of transactions on its Pesafy platform rose 16 per cent to Sh1.9 trillion over the six months. ';
    const values = datedValues(text, '2026-11-05');
    expect(values.find(([, , value]) => value === '16 per cent')?.[3]).toBe('2026-04-01 to 2026-09-30');
  });

  it('dates nothing by "the nine months since its launch" or "a nine-month high"', () => {
    const text = 'Acme Corp has sold 4 million headsets in the nine months since its launch. Its shares hit a nine-month high of $41.';
    expect(read(text, publishedAt).map((c) => c.period)).toEqual([null, null]);
  });
});

describe('"bringing the nine-month total to …" dates that total only', () => {
  const story =
    'Iberlinea Telecom SA said service revenue grew 3.4% to €2.93bn in the three months to September. ' +
    'Net profit attributable to shareholders rose to €248m from €201m a year earlier, bringing the nine-month total to €689m. ' +
    'Iberlinea added 112,000 mobile contract customers, taking its base to 14.6 million.';

  it("leaves the quarter's profit and its year-ago figure on the quarter, and the quarter the report goes on with", () => {
    const values = datedValues(story, '2026-10-28');
    const at = (value: string) => values.find(([, , v]) => v === value)?.[3];
    expect(at('€248m')).toBe('2026-07-01 to 2026-09-30');
    expect(at('€201m')).toBe('2025-07-01 to 2025-09-30');
    expect(at('€689m')).toBe('2026-01-01 to 2026-09-30');
    expect(at('14.6 million')).toBe('2026-07-01 to 2026-09-30');
  });

  it('does the same for "taking first-half earnings to …"', () => {
    const text = 'Acme Corp said net profit for the second quarter rose to $248m, taking first-half earnings to $689m.';
    const values = datedValues(text, '2026-08-05');
    expect(values.find(([, , value]) => value === '$248m')?.[3]).toBe('2026-04-01 to 2026-06-30');
    expect(values.find(([, , value]) => value === '$689m')?.[3]).toBe('2026-01-01 to 2026-06-30');
  });
});

describe('"the six months" where the story named its end, or as a length of time (review cases)', () => {
  it('is the span the story named by its end, a fiscal half included', () => {
    const text = 'Toyota said net profit in the six months to September fell 26% to 2.6 trillion yen. In the six months, it sold 4.7 million vehicles.';
    expect(datedValues(text, '2026-11-05').find(([, , value]) => value === '4.7 million')?.[3]).toBe('2026-04-01 to 2026-09-30');
  });

  it.each([
    'Acme Corp expects to spend $2 billion in the six months starting July 1.',
    'Output fell 30% to 1.2 million tonnes during the six months of the strike, Acme Corp said.',
    'Acme Corp spent $3 billion during the nine months it took to close the deal.',
    'Acme Corp said the nine-month strike cost it $5 billion.',
    'Nine-month Treasury bills yielded 4.2%, Acme Corp said.',
  ])('dates nothing by a length of time: %s', (text) => {
    const periods = datedValues(text, '2026-10-20').map(([, , , period]) => period);
    expect(periods).not.toContain('2026-01-01 to 2026-06-30');
    expect(periods).not.toContain('2026-01-01 to 2026-09-30');
  });

  it('reads the year a story told in the past gives it before the span is over ("the nine months" in August is last year\'s)', () => {
    expect(datedValues('Acme Corp said revenue for the nine months rose 5% to $6 billion.', '2026-08-15').map(([, , value, period]) => [value, period])).toEqual([
      ['5%', '2025-01-01 to 2025-09-30'],
      ['$6 billion', '2025-01-01 to 2025-09-30'],
    ]);
  });
});

describe('a share moved to, with a measure named after it (review case)', () => {
  it('is no market share', () => {
    const text = 'HDFC Bank held 28% of private-sector deposits in India in March. ICICI Bank, its closest rival, edged up to 2.3% from 2.1% in gross bad loans.';
    expect(read(text, '2026-10-20').filter((c) => c.subject.startsWith('ICICI') && c.predicate === 'market_share')).toEqual([]);
  });
});
