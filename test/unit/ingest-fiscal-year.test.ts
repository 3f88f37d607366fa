// A company's fiscal quarters, read against where the article says its fiscal year ends.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';
import { fiscalYearEndMonth } from '../../src/ingest/fiscal-year.js';

const periods = (text: string, publishedAt: string) => extractCandidates(text, { publishedAt, entities: [] }).map((c) => [c.value, c.period]);

describe('fiscal quarters', () => {
  it('finds where the fiscal year ends, however the article says it', () => {
    expect(fiscalYearEndMonth('Brightline, which runs a financial year to March 31, said …')).toBe(3);
    expect(fiscalYearEndMonth('Contoso, whose fiscal year ends in June, reported …')).toBe(6);
    expect(fiscalYearEndMonth('for the fiscal year ending 30 September')).toBe(9);
    expect(fiscalYearEndMonth('Acme reported fiscal second-quarter revenue.')).toBeNull();
    // Where it begins: it ends the month before.
    expect(fiscalYearEndMonth('Net profit for the first six months of the fiscal year, which began in April, rose 14%.')).toBe(3);
    expect(fiscalYearEndMonth('a financial year that starts on 1 January')).toBe(12);
    expect(fiscalYearEndMonth("Verital's fiscal year ends on Jan. 31.")).toBe(1);
    expect(fiscalYearEndMonth('for the fiscal year ending Sept. 30')).toBe(9);
    // A numbered year's end, and a fiscal quarter's: the second quarter ending in October puts the year's end in April.
    expect(fiscalYearEndMonth('For fiscal 2027, which ends April 30, 2027, Ironquill now forecasts revenue of $1.99 billion.')).toBe(4);
    expect(fiscalYearEndMonth('ARR rose to $2.04 billion at the end of the fiscal second quarter on Oct. 31.')).toBe(4);
    expect(fiscalYearEndMonth('Revenue in its fiscal third quarter ended Dec. 31 rose 9%.')).toBe(3);
  });

  it('dates "its fiscal second quarter" as the company\'s, the latest ended by the publication', () => {
    const story = 'Brightline Mobile added 212,000 net mobile subscribers in its fiscal second quarter. The company runs a financial year to March 31.';
    expect(periods(story, '2024-11-12')).toEqual([['212,000', '2024-07-01 to 2024-09-30']]);
    // A year ending in June: its first quarter is July to September; in August 2025 the latest ended is 2024's.
    expect(periods('Contoso, whose fiscal year ends in June, said fiscal first-quarter revenue rose to $65 billion.', '2025-08-20')).toEqual([
      ['$65 billion', '2024-07-01 to 2024-09-30'],
    ]);
    // Told in January, when the calendar's second quarter is still to come: still the fiscal one just ended.
    expect(periods('Contoso, whose fiscal year ends in June, said fiscal second-quarter revenue rose to $69 billion.', '2026-01-28')).toEqual([
      ['$69 billion', '2025-10-01 to 2025-12-31'],
    ]);
  });

  it('dates the quarter a report goes on about as the fiscal one the article named, and a market\'s quarter as the calendar\'s', () => {
    const story =
      'Ironquill Security Inc said ARR rose 27% to $2.04 billion at the end of the fiscal second quarter on Oct. 31. Revenue for the quarter grew 25% to $497.6 million. ' +
      'For fiscal 2027, which ends April 30, 2027, Ironquill forecasts revenue of $1.99 billion.';
    const read = extractCandidates(story, { publishedAt: '2026-11-24', entities: [] });
    expect(read.filter((c) => c.value !== null && c.predicate !== 'growth_rate').map((c) => [c.value, c.period])).toEqual([
      ['$2.04 billion', '2026-08-01 to 2026-10-31'],
      ['$497.6 million', '2026-08-01 to 2026-10-31'],
      // The period parser reads the article's own words as the year they name (2026-05-01 to 2027-04-30).
      ['$1.99 billion', 'fiscal 2027, which ends April 30, 2027'],
    ]);
    // A speaker's "this quarter" inside a quote is no new report: the headcount after it is still the fiscal quarter's.
    const quoted =
      'Ironquill Security Inc said ARR rose to $2.04 billion at the end of the fiscal second quarter on Oct. 31. "Over half of our net new ARR this quarter came from existing customers," the CFO said. Headcount rose to 5,120.';
    expect(extractCandidates(quoted, { publishedAt: '2026-11-24', entities: [] }).find((c) => c.value === '5,120')?.period).toBe('2026-08-01 to 2026-10-31');
    // The second quarter a tracker reports on a market is the calendar's, whatever the company's year.
    const market = 'Acme said fiscal second-quarter revenue rose to $497 million. Its fiscal year ends in April. Global PC shipments rose 3% in the second quarter.';
    expect(periods(market, '2026-11-24').filter(([value]) => value !== null)).toEqual([
      ['$497 million', '2026-08-01 to 2026-10-31'],
      ['3%', 'in the second quarter'],
    ]);
  });

  it('leaves a quarter as written where the article does not say where the fiscal year ends, or does not call it fiscal', () => {
    expect(periods('Brightline Mobile added 212,000 subscribers in its fiscal second quarter.', '2024-11-12')[0]![1]).toBe('second quarter');
    expect(periods('Acme, whose fiscal year ends in June, said revenue in the second quarter rose to $5 billion.', '2025-10-14')[0]![1]).toBe('in the second quarter');
  });
});

describe('a fiscal year named by its number', () => {
  const periods = (text: string) => extractCandidates(text, { publishedAt: '2026-08-13', entities: [] }).map((c) => [c.value, c.period]);

  it('is the twelve months ending where the article says the fiscal year ends', () => {
    const text =
      'Corvane Systems said revenue for the fiscal year ended June 30 rose 18% to $7.42 billion, while net income climbed to $1.61 billion from $1.22 billion in fiscal 2025. It expects fiscal 2027 revenue to be roughly $7.5 billion.';
    expect(periods(text).filter(([value]) => value === '$1.22 billion' || value === 'roughly $7.5 billion')).toEqual([
      ['$1.22 billion', '2024-07-01 to 2025-06-30'],
      ['roughly $7.5 billion', '2026-07-01 to 2027-06-30'],
    ]);
  });

  it('dates a quarter of a fiscal year named by its number as that quarter of the company\'s year', () => {
    const text = 'Contoso, whose fiscal year ends in June, said revenue rose to $65 billion in the third quarter of fiscal 2026. It expects Q4 FY2026 revenue of $70 billion.';
    expect(periods(text)).toEqual([
      ['$65 billion', '2026-01-01 to 2026-03-31'],
      ['$70 billion', '2026-04-01 to 2026-06-30'],
    ]);
  });

  it('stays the calendar year where the year ends in January to March, which names fiscal years either way', () => {
    const text = 'Sorano Holdings, whose fiscal year ends in March, reported revenue of ¥612 billion in fiscal 2025.';
    expect(periods(text)[0]![1]).toBe('in fiscal 2025');
  });
});

describe('an opening span of the fiscal year', () => {
  const read = (text: string, publishedAt: string) => extractCandidates(text, { publishedAt, entities: [] }).filter((c) => c.predicate === 'profit' || c.predicate === 'revenue');

  it('is that span of the company\'s year, the latest ended by the publication, and the claim says so', () => {
    const [profit] = read("Khanya Mobile's net profit for the first six months of the fiscal year, which began in April, rose 14% to R3.8bn.", '2025-11-12');
    expect([profit!.value, profit!.period, profit!.text]).toEqual(['R3.8bn', '2025-04-01 to 2025-09-30', 'Khanya Mobile has net income of R3.8bn (first six months of the fiscal year).']);
    // A year ending in June: its first half is July to December, and in November 2025 the latest ended is 2024's.
    const [revenue] = read('Brightline, whose fiscal year ends in June, said revenue for the first half of its fiscal year rose to $2 billion.', '2025-11-12');
    expect([revenue!.value, revenue!.period]).toEqual(['$2 billion', '2024-07-01 to 2024-12-31']);
  });

  it('goes a year back for "a year earlier", and dates the span written bare in an article that names it as the fiscal year\'s', () => {
    const text =
      'Sorano Holdings, whose fiscal year ends in March, posted a net loss of ¥96 billion for the first half of its fiscal year, compared with a loss of ¥41 billion a year earlier. Revenue rose 8% to ¥612 billion.';
    expect(read(text, '2025-11-13').map((c) => [c.value, c.period])).toEqual([
      ['¥96 billion', '2025-04-01 to 2025-09-30'],
      ['¥41 billion', '2024-04-01 to 2024-09-30'],
      ['¥612 billion', '2025-04-01 to 2025-09-30'],
    ]);
  });

  it('carries a quarter named as the fiscal year\'s to the figures after it, not the whole year it names', () => {
    const text =
      'Lembayung Semicon reported a jump in quarterly net profit on Wednesday. Net profit for the July-September quarter, the first quarter of its financial year ending June 2027, rose to 214.6 million ringgit, the company said. Revenue climbed 18% to 1.86 billion ringgit.';
    expect(read(text, '2026-11-26').map((c) => [c.value, c.period])).toEqual([
      ['214.6 million ringgit', '2026-07-01 to 2026-09-30'],
      ['1.86 billion ringgit', '2026-07-01 to 2026-09-30'],
    ]);
  });

  it("dates only the company's own bare spans by its year; another party's first half is the calendar's", () => {
    const text =
      'Infovance, whose fiscal year ends in March, said revenue for the first half of its fiscal year rose 6% to 190 billion rupees. U.S. rival Corvane Inc said its revenue rose 4% to $4.8 billion in the first half.';
    expect(read(text, '2026-11-06').map((c) => [c.subject, c.period])).toEqual([
      ['Infovance', '2026-04-01 to 2026-09-30'],
      ['Corvane Inc', 'in the first half'],
    ]);
  });

  it('dates a bare span told in the past early in the year by the company\'s year, not the calendar year before', () => {
    const text =
      'Coralie Resources, which runs a financial year to June 30, said underlying profit for the first half of its financial year rose 9% to A$1.4 billion. Revenue rose 7% to A$31 billion in the first half.';
    expect(read(text, '2026-02-18').map((c) => [c.value, c.period])).toEqual([
      ['A$1.4 billion', '2025-07-01 to 2025-12-31'],
      ['A$31 billion', '2025-07-01 to 2025-12-31'],
    ]);
  });

  it("dates a forecast of the fiscal span as the one to come, and reads a year ending 'in late January'", () => {
    const forecast = 'Sorano Holdings, whose fiscal year ends in March, expects net profit for the first half of its fiscal year to rise to 60 billion yen.';
    expect(read(forecast, '2026-05-10').map((c) => c.period)).toEqual(['2026-04-01 to 2026-09-30']);
    const retailer = 'Ashford Retail, whose fiscal year ends in late January, said sales for the first quarter of its fiscal year rose 3% to $12.4 billion.';
    expect(read(retailer, '2026-05-28').map((c) => c.period)).toEqual(['2026-02-01 to 2026-04-30']);
  });

  it('stays as the date finder read it where the article does not say where the year begins or ends', () => {
    const [profit] = read("Acme's net profit for the first half of the fiscal year rose 14% to R3.8bn.", '2025-11-12');
    expect(profit!.period).toBe('for the first half');
  });
});
