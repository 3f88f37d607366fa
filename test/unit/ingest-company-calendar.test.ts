// A company's own calendar for spans written without it: a first half the article tells as "the six months to Aug. 31",
// and a whole year with no number ("for the full year") in a story that says where the company's year ends.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';
import { periodDates as dates } from '../support/period-dates.js';
import { fiscalYearEndMonth, fiscalYearNaming } from '../../src/ingest/fiscal-year.js';

const periods = (text: string, publishedAt: string) =>
  extractCandidates(text, { publishedAt, entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period] as const);

describe("a first half told by its months is the company's", () => {
  const story =
    'Karoo Foods Ltd reported a 9.2% rise in first-half headline earnings per share on Wednesday. ' +
    'Earnings per share rose to 210 cents in the six months to Aug. 31. ' +
    'Revenue rose 6.1% to R41.2 billion, while trading profit climbed 8.4% to R2.3 billion. ' +
    'Karoo Outdoor, the camping unit, grew sales 12% to R3.1 billion. ' +
    'Its share of the formal grocery market rose to 18.5% in the six months.';

  it('dates the bare first half, "the six months" and a unit named after the company as the six months to August', () => {
    const read = periods(story, '2026-10-14');
    const firstHalf = '2026-03-01 to 2026-08-31';
    expect(read.filter(([, , value]) => ['9.2%', 'R41.2 billion', 'R2.3 billion'].includes(value ?? '')).map(([, , value, period]) => [value, dates(period, '2026-10-14')])).toEqual([
      ['9.2%', firstHalf],
      ['R41.2 billion', firstHalf],
      ['R2.3 billion', firstHalf],
    ]);
    // The unit's sales, and a share told for "the six months".
    expect(dates(read.find(([, , value]) => value === 'R3.1 billion')?.[3], '2026-10-14')).toBe(firstHalf);
    expect(dates(read.find(([, , value]) => value === '18.5%')?.[3], '2026-10-14')).toBe(firstHalf);
  });

  it("leaves a rival's first half on the calendar", () => {
    const rival = `${story} Rival Mopani Stores said first-half revenue rose 4%.`;
    const mopani = periods(rival, '2026-10-14').filter(([subject]) => subject.startsWith('Mopani'));
    expect(mopani.map(([, , value, period]) => [value, period])).toEqual([['4%', 'first-half']]);
  });

  it('keeps the calendar half where the article names no six months', () => {
    const read = periods('Karoo Foods Ltd reported a 9.2% rise in first-half revenue on Wednesday.', '2026-10-14');
    expect(read.map(([, , value, period]) => [value, period])).toEqual([['9.2%', 'in first-half']]);
  });
});

describe('a whole year with no number, in a company that says where its year ends', () => {
  it('is the fiscal year in progress for a forecast', () => {
    const story =
      'Karoo Foods Ltd, whose fiscal year ends in February, expects capital expenditure of about R4.1 billion for the full year. ' +
      'It also lowered its revenue forecast for the year to R80 billion.';
    const read = periods(story, '2026-10-14').filter(([, , value]) => value !== null);
    expect(read.map(([, , value, period]) => [value, period])).toEqual([
      ['about R4.1 billion', '2026-03-01 to 2027-02-28'],
      ['R80 billion', '2026-03-01 to 2027-02-28'],
    ]);
  });

  it('is the year just ended for a result told within three months of its end', () => {
    const story = 'Hoshino Denki Co, whose fiscal year ends in March, said full-year net profit rose 12% to ¥48 billion.';
    const read = periods(story, '2026-05-12').filter(([, predicate]) => predicate === 'profit');
    expect(read.map(([, , value, period]) => [value, period])).toEqual([['¥48 billion', '2025-04-01 to 2026-03-31']]);
  });

  it('stays the calendar year for a company whose year ends in December, and for another party', () => {
    const december = periods('Karoo Foods Ltd, whose fiscal year ends in December, expects revenue of R80 billion for the full year.', '2026-10-14');
    expect(december.find(([, , value]) => value === 'R80 billion')?.[3]).toBe('for the full year');
    const other = periods(
      'Karoo Foods Ltd, whose fiscal year ends in February, reported results. Analysts at Sable Capital expect revenue of R60 billion for the full year at rival Mopani Stores.',
      '2026-10-14',
    );
    expect(other.find(([, , value]) => value === 'R60 billion')?.[3] ?? 'for the full year').not.toBe('2026-03-01 to 2027-02-28');
  });
});

describe('a funding round announced that day, and the valuation it sets', () => {
  const rows = (text: string) => extractCandidates(text, { publishedAt: '2026-10-21', entities: [] }).map((c) => [c.predicate, c.value, c.period]);

  it('dates a round told in reported speech, and its valuation, as of the publication, not as of an earlier valuation compared with', () => {
    const story =
      'Lumira Labs said on Wednesday it had raised $310 million in a Series C funding round that values the company at $4.2 billion, nearly four times its valuation 19 months ago.';
    expect(rows(story)).toEqual([
      ['funding_raised', '$310 million', '2026-10-21'],
      ['valuation', '$4.2 billion', '2026-10-21'],
    ]);
  });

  it('keeps a past round and its valuation on their own date', () => {
    expect(rows('Lumira Labs raised $50 million in a Series B round in 2024, valuing the company at $400 million.')).toEqual([
      ['funding_raised', '$50 million', 'in 2024'],
      ['valuation', '$400 million', 'in 2024'],
    ]);
  });
});

describe('a fiscal quarter named with its end', () => {
  it('reads an Indian bank\'s "second quarter of fiscal 2027" as July to September 2026, and its bare quarter and half too', () => {
    const story =
      'Konkan Bank Ltd reported a 14% rise in second-quarter net profit on Saturday. ' +
      'Net profit for the three months to September 30, the second quarter of fiscal 2027, rose to Rs 4,512 crore from Rs 3,958 crore a year earlier. ' +
      'Profit was up 4.8% sequentially, taking first-half earnings to Rs 8,817 crore. ' +
      'Provisions fell to Rs 1,126 crore.';
    const read = periods(story, '2026-10-17');
    const of = (value: string) => dates(read.find(([, , v]) => v === value)?.[3], '2026-10-17');
    expect([of('14%'), of('Rs 4,512 crore'), of('Rs 3,958 crore'), of('Rs 8,817 crore'), of('Rs 1,126 crore')]).toEqual([
      '2026-07-01 to 2026-09-30',
      '2026-07-01 to 2026-09-30',
      '2025-07-01 to 2025-09-30',
      '2026-04-01 to 2026-09-30',
      // The first half is a running total: the report is still on the quarter.
      '2026-07-01 to 2026-09-30',
    ]);
  });

  it('reads a 52-week quarter "which ended Nov. 1" as ending with October, in a year ending in January', () => {
    const story =
      'Corbel Semiconductor Inc expects revenue of $4.70 billion for the fiscal fourth quarter ending Jan. 31, 2027. ' +
      'Revenue for the fiscal third quarter, which ended Nov. 1, rose 31% from a year earlier to $4.37 billion.';
    const read = periods(story, '2026-11-19');
    expect(dates(read.find(([, , v]) => v === '$4.37 billion')?.[3], '2026-11-19')).toBe('2026-08-01 to 2026-10-31');
  });
});

describe('a whole year told after the company says where its year ends', () => {
  it('is the year just ended for full-year sales told at the annual meeting, after the year closed', () => {
    const read = periods('Woolworths Group Ltd, whose financial year ends in June, told its annual meeting on Tuesday that full-year sales rose 3.6% to A$69 billion.', '2026-10-28');
    const sales = read.find(([, predicate]) => predicate === 'revenue')!;
    expect(dates(sales[3], '2026-10-28')).toBe('2025-07-01 to 2026-06-30');
  });

  it('reads profit "to Aug. 31" as profit, and an Indian split year "2026-27" as no naming of "fiscal 2027"', () => {
    const profit = periods('Karoo Foods Ltd, whose fiscal year ends in February, said it made R2.3 billion in trading profit to Aug. 31.', '2026-10-28');
    expect(profit.map(([, predicate, value]) => [predicate, value])).toEqual([['profit', 'R2.3 billion']]);
    const bank = periods(
      'Konkan Bank Ltd reported a 12% rise in net profit for the quarter ended Sept. 30, the second quarter of financial year 2026-27. ' +
        'The bank expects loans to grow 15% in fiscal 2027. Net profit for FY26 was Rs 16,000 crore.',
      '2026-10-28',
    );
    // "2026-27" is no "fiscal 2026": an Indian bank's "fiscal 2027" is the year to March 2027, its FY26 the one before
    // (Indian companies' years end in March), not a year late.
    expect(bank.filter(([, , value]) => value === '15%' || value === 'Rs 16,000 crore').map(([, , , period]) => period)).toEqual(['2026-04-01 to 2027-03-31', '2025-04-01 to 2026-03-31']);
  });
});

describe('a round told as done long before', () => {
  it('is not dated as of the publication when the article says it came before the pandemic', () => {
    const read = periods(
      'Lumira Labs is in talks to raise new funding, people familiar said. The startup said it had raised $40 million in a Series B round led by Sequoia before the pandemic.',
      '2026-11-10',
    );
    const round = read.find(([, predicate]) => predicate === 'funding_raised')!;
    expect([round[2], round[3] ?? null]).toEqual(['$40 million', null]);
  });
});


describe('the months a company says its year keeps', () => {
  const story =
    'Maasvelde Group NV raised its forecast on Thursday. The Dutch maker, whose financial year runs from April to March, said revenue rose ' +
    '7.4% to 2.86 billion euros in the three months to September, from 2.66 billion euros a year earlier. Adjusted EBITA climbed 18% to ' +
    '312 million euros. The adjusted EBITA margin widened to 10.9% from 9.9% in the same quarter last year.';

  it('date no figure, so the quarter reported dates the growth and the figures after it', () => {
    const read = periods(story, '2026-11-05');
    const quarter = (value: string) => dates(read.find(([, , v]) => v === value)![3], '2026-11-05');
    expect(['7.4%', '2.86 billion euros', '18%', '312 million euros', '10.9%'].map(quarter)).toEqual(Array(5).fill('2026-07-01 to 2026-09-30'));
    expect(quarter('9.9%')).toBe('2025-07-01 to 2025-09-30');
    // No statement is read from the year's description itself.
    expect(read.filter(([, , value, period]) => value === null && /April/.test(period ?? ''))).toEqual([]);
  });

  it('say where the fiscal year ends ("runs from April to March"), and a year named for a figure still dates it', () => {
    const fiscal = periods('Maasvelde Group NV, whose financial year runs from April to March, said revenue rose 7.4% in the fiscal second quarter.', '2026-11-05');
    expect(dates(fiscal[0]![3], '2026-11-05')).toBe('2026-07-01 to 2026-09-30');
    const forecast = periods('Great Plains Inc now expects sales of $16.3 billion to $16.5 billion for the fiscal year that ends Jan. 31.', '2026-11-20');
    expect(forecast[0]![3]).toMatch(/Jan. 31/);
  });
});

describe('a quarter the story opens on twice, by its months and by its fiscal number', () => {
  it('says where the year ends and how "fiscal 2027" is named: July-September is the second quarter of fiscal 2027', () => {
    const story =
      'Vyapaar Bazaar Ltd on Thursday reported a sharply narrower loss for the July–September quarter. ' +
      'The company posted a net loss of ₹212 crore for the second quarter of fiscal 2027, compared with a loss of ₹486 crore a year earlier. ' +
      'Revenue from operations rose 38% to ₹4,862 crore.';
    const read = periods(story, '2026-11-06');
    const dated = (value: string) => dates(read.find(([, , v]) => v === value)![3], '2026-11-06');
    expect(['₹212 crore', '₹4,862 crore'].map(dated)).toEqual(['2026-07-01 to 2026-09-30', '2026-07-01 to 2026-09-30']);
    expect(dated('₹486 crore')).toBe('2025-07-01 to 2025-09-30');
  });

  it('learns nothing from a story that names only its fiscal quarter, or names the months only later on', () => {
    const numbered = 'Vyapaar Bazaar Inc posted a net loss of $212 million for the second quarter of fiscal 2027.';
    expect([fiscalYearEndMonth(numbered, '2026-11-06'), fiscalYearNaming(numbered, '2026-11-06')]).toEqual([null, null]);
    const later = `${numbered} ${'Shares rose. '.repeat(90)}Losses narrowed from the April-June quarter.`;
    expect(fiscalYearEndMonth(later, '2026-11-06')).toBeNull();
  });

  it("takes an Indian story's fiscal years for years to March, named by their end (FY27 = April 2026 to March 2027)", () => {
    const numbered = 'Vyapaar Bazaar Ltd posted a net loss of ₹212 crore for the second quarter of fiscal 2027.';
    expect([fiscalYearEndMonth(numbered, '2026-11-06'), fiscalYearNaming(numbered, '2026-11-06')]).toEqual([3, 'end']);
    const quarter = periods('Nilgara Renewables Ltd said net profit for Q2 FY27 rose to ₹612 crore from ₹438 crore in the year-ago period.', '2026-10-28');
    expect(quarter.map(([, , value, period]) => [value, period])).toEqual([
      ['₹612 crore', '2026-07-01 to 2026-09-30'],
      ['₹438 crore', '2025-07-01 to 2025-09-30'],
    ]);
  });
});

describe("a year's total named by its measure", () => {
  it('is the fiscal year the article gives: "annual revenue", "revenue for the year"', () => {
    for (const words of ['annual revenue', 'revenue for the year']) {
      const read = periods(`Wattle Mining, whose financial year runs from July to June, said ${words} rose 9% to A$11 billion.`, '2026-08-20');
      expect(read.map(([, , , period]) => dates(period, '2026-08-20'))).toEqual(['2025-07-01 to 2026-06-30', '2025-07-01 to 2026-06-30']);
    }
    // Without a year end in the article, it stays undated.
    expect(periods('Acme Corp said annual revenue rose 9% to $11 billion.', '2026-08-20').map(([, , , period]) => period ?? null)).toEqual([null, null]);
  });
});
