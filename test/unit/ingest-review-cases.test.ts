// Sentences a review of the ingest found misread by its newer rules: each rule kept to the cases it was written for.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';
import { fiscalYearEndMonth } from '../../src/ingest/fiscal-year.js';

const read = (text: string, publishedAt = '2026-11-05') => extractCandidates(text, { publishedAt, entities: [] });
const basis = (text: string) => read(text).filter((c) => c.value !== null).map((c) => [c.value, c.qualifiers.find((q) => q.key === 'basis')?.value ?? null]);

describe('an outside analyst', () => {
  const opening = 'Veltrix Inc reported results on Tuesday. ';

  it("takes no figure the company spoke, or a clause of another view's", () => {
    expect(basis(`${opening}Revenue will rise 9% next year, the company said, though Maria Lopez, an analyst at Corbin Research, said that was optimistic.`)).toEqual([['9%', 'forecast']]);
    expect(basis(`${opening}Revenue rose 12% to $3.2 billion in the quarter, while Maria Lopez, an analyst at Corbin Research, said margins could improve.`)).toEqual([
      ['12%', null],
      ['$3.2 billion', null],
    ]);
    expect(basis(`${opening}The company expects revenue of $14 billion in 2027, Maria Lopez, an analyst at Corbin Research, said.`)).toEqual([['$14 billion', 'forecast']]);
  });
});

describe('forecast words', () => {
  it('reads "is expected to" only before a verb of what a figure or event will do', () => {
    expect(basis('Acme Corp, which is expected to name a new chief executive this week, said revenue rose 8% to $4.1 billion in the third quarter.')).toEqual([
      ['8%', null],
      ['$4.1 billion', null],
    ]);
  });

  it('reads an "after" clause as reported only where the figure stands in it', () => {
    expect(basis('Acme Corp said it will hire more staff after it won a defence contract, bringing its workforce to 12,000.')).toEqual([['12,000', 'forecast']]);
  });
});

describe('divisions', () => {
  it("gives a division another party owns, or one named by that party's \"its\", to that party", () => {
    const owners = (text: string) => read(text).filter((c) => c.value === '$4.2 billion' || c.value === '$2 billion').map((c) => c.subject);
    expect(owners("Acme Corp reported revenue of $5 billion. Microsoft's LinkedIn unit posted revenue of $4.2 billion.")).toEqual(['Microsoft']);
    expect(owners('Acme Corp reported revenue of $5 billion. Rival Globex said its Cloud Solutions unit posted revenue of $2 billion.')).toEqual(['Globex']);
  });
});

describe('rounds', () => {
  it('gives the valuation to the company the round is in, not to the investor that led it', () => {
    expect(read('SoftBank led a $68 million round in Kudipay that values it at $410 million.').find((c) => c.predicate === 'valuation')?.subject).toBe('Kudipay');
  });
});

describe('dates', () => {
  it('keeps a dated statement whose clause has a figure no rule reads', () => {
    expect(read('Acme Corp will report results on Nov. 5, when analysts expect revenue of $3 billion.').map((c) => c.period)).toEqual(['on Nov. 5']);
  });

  it('takes a figure after "and" for an earlier state only where no verb of its own follows', () => {
    const story = 'Acme Corp said its operating margin rose to 12% in the third quarter from 10% a year earlier and 40% of revenue came from China.';
    expect(read(story).find((c) => c.value === '40%')?.period).toBe('in the third quarter');
  });

  it('goes back a year from the quarter reported, past a state it is "compared with"', () => {
    const story = 'Acme Corp lifted its share to 12.7% in the fourth quarter, compared with 10.8% in the third quarter and 7.3% a year ago.';
    expect(read(story).find((c) => c.value === '7.3%')?.period).toBe('Q4 2025');
  });

  it('reads "since mid-2025" whole', () => {
    expect(read('Acme Corp shares have risen 40% since mid-2025 lows.')[0]?.period).toBe('since mid-2025');
  });

  it("reads no fiscal year end from the day a quarter's results come out", () => {
    expect(fiscalYearEndMonth('Acme will report results for its fiscal first quarter on Nov. 20.')).toBeNull();
  });

  it("leaves a rival's bare quarter, and one a year back, to the calendar", () => {
    const story =
      'General Mills Inc said revenue in its fiscal second quarter ended Nov. 23 rose 3% to $5.2 billion. Rival General Foods said revenue in the second quarter rose 5% to $2 billion.';
    expect(read(story, '2025-12-17').find((c) => c.value === '$2 billion')?.period).not.toMatch(/^2025-09/);
    const ironquill =
      'Ironquill Security Inc said ARR rose to $2.04 billion at the end of the fiscal second quarter on Oct. 31. Revenue was $497.6 million, compared with $398 million in the second quarter a year earlier.';
    expect(read(ironquill, '2026-11-24').find((c) => c.value === '$398 million')?.period).not.toBe('2026-08-01 to 2026-10-31');
  });
});

describe('market names', () => {
  it('names no market by how it is doing', () => {
    const market = (text: string) => read(text).find((c) => c.predicate === 'market_share')?.object;
    expect(market('Acme Corp said its share of the remaining PC market rose to 11.8%.')).toBe('PC market');
    expect(market('Acme Corp said its share of the fast-growing cloud market rose to 11.8%.')).toBe('cloud market');
  });
});

describe('the second review of 2026-12-07: rules kept to what they were written for', () => {
  const rows = (text: string, publishedAt = '2026-11-05') => read(text, publishedAt).map((c) => [c.predicate, c.value, c.period]);

  it('reads a headcount only where the workforce itself reaches a level', () => {
    expect(rows('Brandt Logistics said it would cut 3,000 to 4,000 employees over two years.').map(([predicate]) => predicate)).not.toContain('employee_count');
    expect(rows('Brandt Logistics has offered voluntary redundancy to 2,000 employees at its German depots.').map(([predicate]) => predicate)).toEqual(['unclassified']);
    expect(rows('Brandt Logistics will cut 1,500 jobs, taking total cuts since 2024 to 5,000 employees.').map(([predicate]) => predicate)).not.toContain('employee_count');
  });

  it('reads a total restated after ", or" as a total, and keeps the year-ago date of a profit restated per share', () => {
    const sales = rows('Brenner AG said profit attributable to shareholders was €1.3 billion, or €2.10 a share, while sales came to €9.4 billion, or $10.2 billion at current exchange rates.');
    expect(sales.find(([, value]) => value === '$10.2 billion')?.[0]).toBe('revenue');
    const adjusted = rows('Orland Bancorp said net income fell to $88 million, or 41 cents a share, from $120 million, or $134 million on an adjusted basis.');
    expect(adjusted.find(([, value]) => value === '$134 million')?.[0]).toBe('profit');
    const yearAgo = rows('Orland Bancorp said third-quarter net income rose to $210 million, or 98 cents a share, from $180 million, or 84 cents, a year ago.');
    expect(yearAgo.filter(([, value]) => value === '$180 million' || value === '84 US cents').map(([predicate, , period]) => [predicate, period])).toEqual([
      ['profit', 'Q3 2025'],
      ['earnings_per_share', 'Q3 2025'],
    ]);
  });

  it('keeps a year-ago per-share figure per share', () => {
    expect(rows("Marlow Group's earnings were 41.2 pence a share, ahead of 39.8 pence a year earlier.").map(([predicate]) => predicate)).toEqual(['earnings_per_share', 'earnings_per_share']);
  });

  it("lets an aside about the measure date it, and a 'since' of cause date what follows it", () => {
    expect(rows('Corvid Inc said revenue, which covers the three months to September, rose 12% to $4.1 billion.').map(([, , period]) => period)).toEqual([
      'the three months to September',
      'the three months to September',
    ]);
    const cause = rows('Sakura Motors said Asia was the biggest contributor since sales there in the second quarter rose 20% to $2 billion.');
    expect(cause.map(([, , period]) => period)).toEqual(['in the second quarter', 'in the second quarter']);
  });

  it("gives a market total a research firm tallies after ranking vendors to no vendor", () => {
    const report = 'Global smartphone shipments rose 2% in the third quarter. Castellan Research, which put Orbis ahead of Vantor, estimated total shipments at 301 million units.';
    expect(read(report).find((c) => c.value === '301 million')?.subject).not.toBe('Orbis');
  });
});

describe('the third review of 2026-12-07: growths over 100, rounds, price runs', () => {
  const rows = (text: string) => read(text).map((c) => [c.predicate, c.value, c.qualifiers.find((q) => q.key === 'round')?.value ?? null]);

  it('keeps "faster" with a speed-up over 100%, writes a fall over 100% as one, and reads thousands', () => {
    expect(rows("Klarna's new chip is 250% faster than the Nvidia H100, the company said.")).toEqual([['speedup_over', '250% faster', null]]);
    expect(rows('Pinecrest Bank said profit before tax declined 110% in 2025.')).toEqual([['growth_rate', '110% decrease', null]]);
    expect(rows('Meridian Payments said transaction volume jumped 1,200% in the year to June.')).toEqual([['growth_rate', '1,200% increase', null]]);
  });

  it('names a round past counts and stakes, and not by a round mentioned past a comma or after another', () => {
    expect(rows('Nairobi-based fintech Moni raised $20 million from 12 investors in a Series B round, the company said.')).toEqual([['funding_raised', '$20 million', 'Series B']]);
    expect(rows('Lagos-based Kuda raised $25 million for a 15% stake in a Series A round led by Valar Ventures.')[0]).toEqual(['funding_raised', '$25 million', 'Series A']);
    expect(rows('Nairobi-based Sendy closed its Series B round at $20 million, with Series A backers Atlantica joining.')).toEqual([['funding_raised', '$20 million', 'Series B']]);
    expect(rows('Brazilian fintech Cora closed a Series B of $116 million, following its seed round with Kaszek.')).toEqual([['funding_raised', '$116 million', 'Series B']]);
  });

  it("reads a share named beside a share price's move as a share", () => {
    expect(rows("Dangote Cement's stock rose 5%, helped by a rise to 65% in its share of Nigeria's cement market.")[1]).toEqual(['market_share', '65%', null]);
    expect(rows('Samsung shares fell 1% even as a gain took it to 22% of the global smartphone market, IDC said.')[1]).toEqual(['market_share', '22%', null]);
  });
});

describe('the fourth review of 2026-12-07: measures multiplied, years named by a measure, places', () => {
  const rows = (text: string, publishedAt = '2026-11-05') => read(text, publishedAt).map((c) => [c.subject, c.predicate, c.value, c.period]);

  it('reads a multiplying verb as a growth only when a measure is its own subject', () => {
    const predicates = (text: string) => rows(text).filter(([, , value]) => /doubled|increase/.test(String(value))).map(([, predicate]) => predicate);
    expect(predicates('Acme said revenue rose 5% in the quarter as it doubled marketing spending.')).toEqual(['unclassified']);
    expect(predicates("Revenue from Acme's cloud unit, which doubled in size last year, rose 30% to $6 billion.")).toEqual(['unclassified']);
    expect(predicates("Acme's revenue jumped 40% in the quarter as memory chip prices doubled.")).toEqual(['unclassified']);
    expect(predicates("Acme's revenue doubled every year since 2021.")).toEqual(['unclassified']);
    expect(predicates('Hoshikawa raised its forecast after sales of its Aster 2 games console nearly doubled in the first half.')).toEqual(['growth_rate']);
  });

  it('dates by the fiscal year only a year named by its measure that is told as a result or a forecast', () => {
    expect(rows('Acme, whose fiscal year ends in June, has delivered compound annual revenue growth of 15%, the company said.').map(([, , , period]) => period ?? null)).toEqual([null]);
    expect(rows('BHP Group, whose financial year ends in June, has annual revenue of about $56 billion.', '2026-06-02').map(([, , , period]) => period ?? null)).toEqual([null]);
  });

  it('gives a place no share of its own market when the holder before it is not read', () => {
    expect(rows("Coles' share of Australia's supermarket sales was 28%.").map(([, predicate]) => predicate)).toEqual(['unclassified']);
  });
});
