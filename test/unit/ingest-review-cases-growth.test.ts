// Sentences a review of the growth, currency, outlet and also_stated rules found misread: each rule kept to the cases
// it was written for (the second review, 2026-12-07).
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/domain/quantity.js';
import { parsePeriod } from '../../src/domain/period.js';
import { extractCandidates } from '../../src/ingest/extract.js';

type Row = [string, string, string | null, string | null, string];
const read = (text: string): Row[] =>
  extractCandidates(text, { publishedAt: '2026-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period, c.qualifiers.map((q) => q.value).join(',')]);
const growthMeasures = (text: string) => read(text).filter(([, predicate]) => predicate === 'growth_rate').map(([, , value, , qualifiers]) => [value, qualifiers.split(',')[0]]);

describe('growth rates', () => {
  it("reads the basis of a growth from its own words, not another figure's or an aside's", () => {
    expect(growthMeasures('Acme Corp said third-quarter organic sales rose 4.5% and reported sales rose 2.1%.')).toEqual([
      ['4.5%', 'organic sales'],
      ['2.1%', 'sales'],
    ]);
    expect(growthMeasures('Acme Corp said third-quarter like-for-like sales rose 3% and total sales rose 7%.')).toEqual([
      ['3%', 'comparable sales'],
      ['7%', 'sales'],
    ]);
    expect(growthMeasures('Acme Corp, which makes organic baby food, said third-quarter revenue rose 9%.')).toEqual([['9%', 'revenue']]);
    expect(growthMeasures('Acme Corp said third-quarter revenue rose 8% from the comparable period a year earlier.')).toEqual([['8%', 'revenue']]);
  });

  it('reaches a basis past a relative clause or a name, and reads no unit measure as a total', () => {
    expect(growthMeasures('Harborline Inc said comparable sales, which include stores open at least 14 months and digital channels, rose 1.9%.')).toEqual([['1.9%', 'comparable sales']]);
    expect(growthMeasures('Caléris SA said comparable Gas & Services sales rose 7.2% in the Americas.')).toEqual([['7.2%', 'comparable sales']]);
    expect(growthMeasures('Sawtooth Air Group said total revenue per available seat mile, a gauge of pricing power, rose 3.0% to 16.2 cents.')).toEqual([]);
  });

  it("reads the measure outside an aside, a share price's move as none, and a cut as a decrease", () => {
    expect(growthMeasures("Acme Corp's net profit, despite higher costs, rose 10% in 2025.")).toEqual([['10%', 'net income']]);
    expect(growthMeasures("Acme Corp's revenue, lifted as prices climbed, rose 10% in 2025.")).toEqual([['10%', 'revenue']]);
    expect(growthMeasures("Acme Corp's stock price has fallen 30% this year.")).toEqual([]);
    expect(read('Acme Corp cut prices by 10% in 2025.').map(([, , value, , qualifiers]) => [value, qualifiers])).toEqual([['10%', 'price,decrease']]);
  });

  it("dates no growth by the level it is compared with, and gives no world market a place's growth", () => {
    expect(read('Acme Corp said revenue rose 12%, compared to $4.2 billion in 2024.')[0]).toEqual(['Acme Corp', 'growth_rate', '12%', null, 'revenue,increase']);
    expect(read("Global car sales rose 3% in 2025. Car sales in China, the world's biggest auto market, fell 5% in 2025.")[1]!.slice(1, 3)).toEqual(['unclassified', '5%']);
  });
});

describe('dates, currencies and outlets', () => {
  it('keeps "since" a date where no record is set', () => {
    expect(read('Acme Corp has raised $300 million from investors in the West since 2021.')).toEqual([['Acme Corp', 'funding_raised', '$300 million', 'since 2021', '']]);
  });

  it('reads "a quarter" after a year as a fraction, not a rate', () => {
    expect(read("In 2025 a quarter of Acme Corp's revenue came from China.").map(([, , value]) => value)).toEqual(['a quarter']);
  });

  it("leaves a shared currency word unread when the first currency named is another country's than the story's", () => {
    const story = "Swedish telecoms group Acme AB agreed to buy Norway's Fjord AS for 2 billion Norwegian crowns. Acme AB, based in Stockholm, Sweden, said third-quarter revenue rose to 15.8 billion crowns.";
    expect(read(story).map(([, , value]) => value)).toEqual(['2 billion Norwegian crowns', '15.8 billion']);
  });

  it("takes a company's name under a press release's headline for the company, not an outlet", () => {
    const release = 'Acme Corp Reports Third-Quarter Results\nAcme Corp\nSAN JOSE, Calif., Nov. 3, 2026 -- Acme Corp today reported third-quarter revenue of $4.2 billion, up 12% from a year earlier.';
    expect(read(release).map(([subject, predicate, value]) => [subject, predicate, value])).toEqual([
      ['Acme Corp', 'revenue', '$4.2 billion'],
      ['Acme Corp', 'growth_rate', '12%'],
    ]);
  });
});

describe('also_stated', () => {
  it('marks no value two sources disagree on, nor one put right', () => {
    const sources = 'Acme Corp had a 30% share of the cloud market in 2025, according to Gartner. Acme Corp had a 27% share of the cloud market in 2025, according to IDC.';
    expect(read(sources).map(([, , value, , qualifiers]) => [value, qualifiers])).toEqual([
      ['30%', ''],
      ['27%', ''],
    ]);
    expect(read("Acme Corp's third-quarter revenue was $4.2 billion, not $4.6 billion as previously reported.").map(([, , , , qualifiers]) => qualifiers)).toEqual(['', '']);
  });
});

describe('the parsers', () => {
  it('reads "fiscal 2024, which ended June 30" as the year that ended then, and only neighbouring quarters as a span', () => {
    expect(parsePeriod('fiscal 2024, which ended June 30')).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
    expect(parsePeriod("FY24, which ended March 31")).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
    expect(() => parsePeriod('the first and third quarters of 2025')).toThrow();
  });

  it('reads "pc" as per cent only in lower case after a figure', () => {
    expect(parseQuantity('23.4pc', { accept: ['SHARE', 'COUNT'] }).unit).toBe('PERCENT');
    expect(parseQuantity('12 PC', { accept: ['SHARE', 'COUNT'] }).unit).toBe('COUNT');
  });
});
