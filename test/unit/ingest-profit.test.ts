// Profit figures read from articles: the `profit` predicate, which profit it is (the measure), losses, earlier states,
// and the money near profit words that is no profit (per-share figures, a bank's income lines, analysts' forecasts).
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';
import { profitMeasure } from '../../src/ingest/profit.js';

const read = (text: string, publishedAt = '2026-02-10') =>
  extractCandidates(text, { publishedAt, entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.qualifiers.find((q) => q.key === 'measure')?.value ?? null] as const);

const profits = (text: string, publishedAt?: string) => read(text, publishedAt).filter(([, predicate]) => predicate === 'profit');

describe('profit: which profit a figure is', () => {
  it.each([
    ['Acme reported net income of $1.61 billion.', 'net income'],
    ['Acme said net profit rose to €1.12 billion.', 'net income'],
    ['Acme said net earnings were $400 million.', 'net income'],
    ['Acme posted a net loss of ¥96 billion.', 'net loss'],
    ['Acme said operating profit rose to €412 million.', 'operating profit'],
    ['Acme said operating income was $2.1 billion.', 'operating profit'],
    ['Acme posted an operating loss of ¥3.8 billion.', 'operating loss'],
    ["Acme's pre-tax profit fell to £80m.", 'pre-tax profit'],
    ['Acme made a profit before tax of £612m.', 'pre-tax profit'],
    ["Acme's gross profit was $2bn.", 'gross profit'],
    ['Acme said EBITDA increased to R5.6bn.', 'EBITDA'],
    ["Acme's adjusted EBITDA was R9.1bn.", 'adjusted EBITDA'],
    ['Acme swung to a loss of $40 million.', 'loss'],
    ['Acme reported quarterly earnings of $3.1 billion.', null],
    ['Acme reported net profit of A$1.25 billion for the half.', 'net income'],
  ])('%s -> %s', (text, measure) => {
    expect(profits(text)).toEqual([['Acme', 'profit', expect.any(String), measure]]);
  });

  it('names the measure the words give, and none for a bare profit', () => {
    expect(profitMeasure('adjusted operating profit')).toBe('adjusted operating profit');
    expect(profitMeasure('underlying profit')).toBe('underlying profit');
    expect(profitMeasure('profit')).toBeNull();
    expect(profitMeasure('its losses')).toBe('loss');
    expect(profitMeasure('pretax loss')).toBe('pre-tax loss');
  });

  it('gives each profit of a sentence its own measure', () => {
    expect(read('Acme reported revenue of $65.6 billion, operating income of $30.6 billion and net income of $24.7 billion.')).toEqual([
      ['Acme', 'revenue', '$65.6 billion', null],
      ['Acme', 'profit', '$30.6 billion', 'operating profit'],
      ['Acme', 'profit', '$24.7 billion', 'net income'],
    ]);
  });
});

describe('profit: earlier states', () => {
  it('gives an earlier state the measure of the figure it is compared with', () => {
    expect(read('Northlight said operating profit more than doubled to £412m from £188m.').filter(([, , value]) => value?.startsWith('£'))).toEqual([
      ['Northlight', 'profit', '£412m', 'operating profit'],
      ['Northlight', 'profit', '£188m', 'operating profit'],
    ]);
    // A bare "loss" of the same sign is the same measure's; a measure of its own is kept.
    expect(profits('Hashiru posted an operating loss of ¥3.8 billion for the three months ended Dec. 31, compared with a loss of ¥9.6 billion a year earlier.')).toEqual([
      ['Hashiru', 'profit', '¥3.8 billion', 'operating loss'],
      ['Hashiru', 'profit', '¥9.6 billion', 'operating loss'],
    ]);
    expect(profits('Acme swung to a net profit of $12 million from a net loss of $40 million a year earlier.')).toEqual([
      ['Acme', 'profit', '$12 million', 'net income'],
      ['Acme', 'profit', '$40 million', 'net loss'],
    ]);
  });

  it('compares with the total, not the per-share figure between them, and dates both', () => {
    const story = 'Acme said its net income rose to $5bn, or $2.10 a share, from $4.2bn, or $1.15 a share, a year earlier.';
    expect(read(story)).toEqual([
      ['Acme', 'profit', '$5bn', 'net income'],
      ['Acme', 'earnings_per_share', '$2.10', null],
      ['Acme', 'profit', '$4.2bn', 'net income'],
      ['Acme', 'earnings_per_share', '$1.15', null],
    ]);
    const periods = extractCandidates(story, { publishedAt: '2026-02-10', entities: [] }).map((c) => c.period);
    expect(periods[2]).toBe(periods[3]);
    expect(periods[2]).not.toBeNull();
    // A per-share figure after an earlier revenue is no revenue.
    expect(read("Acme's revenue rose to $5bn, up from $4.2bn, or $1.15 a share, a year earlier.").map(([, predicate, value]) => [predicate, value])).toEqual([
      ['revenue', '$5bn'],
      ['revenue', '$4.2bn'],
      ['unclassified', '$1.15'],
    ]);
  });
});

describe('profit: money near profit words that is no profit', () => {
  it('leaves per-share figures out of profit, and bank income lines, credit losses and volumes unclassified', () => {
    expect(read('Acme said earnings per share were $2.10.').map(([, predicate]) => predicate)).toEqual(['earnings_per_share']);
    expect(read("Keefe raised Acme's 2026 earnings-per-share estimate by 4% to €3.85.").map(([, predicate]) => predicate)).not.toContain('profit');
    expect(read("Acme's net interest income rose to €2.31 billion, while fee and commission income climbed to €1.05 billion.").map(([, predicate]) => predicate)).toEqual([
      'unclassified',
      'unclassified',
    ]);
    expect(read('Acme set aside €248 million for credit losses in the quarter.').map(([, predicate]) => predicate)).not.toContain('profit');
    expect(read('Acme expects to return to an operating profit and is targeting GMV of ¥3.4 trillion.').map(([, predicate]) => predicate)).toEqual(['unclassified']);
    expect(read('The loss-making startup Acme raised $50 million.').map(([, predicate]) => predicate)).toEqual(['funding_raised']);
  });

  it("reads no analysts' forecast and no replaced forecast as the company's profit", () => {
    expect(profits("Acme's net profit rose to €1.12 billion in the third quarter, beating the €1.01 billion average forecast in a poll of analysts.")).toEqual([
      ['Acme', 'profit', '€1.12 billion', 'net income'],
    ]);
    expect(
      profits('Acme raised its full-year 2026 operating profit forecast to between €900 million and €1 billion, from €800 million to €900 million previously.').map(
        ([, , value]) => value,
      ),
    ).toEqual(['between €900 million and €1 billion']);
    expect(profits('Helio raised its operating profit forecast to ¥1.43 trillion from ¥1.33 trillion, citing strong sales.').map(([, , value]) => value)).toEqual([
      '¥1.43 trillion',
    ]);
    // In a report of results, "previously" and "from" are an earlier result's.
    expect(profits('Acme said operating profit rose to $5bn, up from $4bn previously.').map(([, , value]) => value)).toEqual(['$5bn', '$4bn']);
  });
});

describe('profit: constructions a review found', () => {
  it('reads pre-tax, after-tax, attributable, ordinary and headline profits with their measures', () => {
    expect(profits('Standard Chartered said underlying profit before tax rose 18% to $1.7 billion.')).toEqual([['Standard Chartered', 'profit', '$1.7 billion', 'underlying pre-tax profit']]);
    expect(profits('Vinci said income before taxes was €6.1 billion in 2025.')).toEqual([['Vinci', 'profit', '€6.1 billion', 'pre-tax profit']]);
    expect(profits('Bayer said it expects a loss before tax of €2 billion.').map(([, , , measure]) => measure)).toEqual(['pre-tax loss']);
    expect(profits('Lloyds Banking Group said profit after tax fell to £1.1 billion.')).toEqual([['Lloyds Banking Group', 'profit', '£1.1 billion', 'net income']]);
    expect(profits('HSBC Holdings said profit attributable to shareholders was $6.2 billion.')).toEqual([['HSBC Holdings', 'profit', '$6.2 billion', 'net income']]);
    expect(profits('Nippon Steel said recurring profit was ¥700 billion.').map(([, , , measure]) => measure)).toEqual(['ordinary profit']);
    expect(profits('Shoprite Holdings said headline earnings rose 14% to R3.9 billion.').map(([, , , measure]) => measure)).toEqual(['headline earnings']);
    expect(profits('Amazon.com reported income from operations of $21.2 billion for the quarter.').map(([, , , measure]) => measure)).toEqual(['operating profit']);
  });

  it("reads a possessive loss and a loss told by a verb, but not a unit's loss no word names", () => {
    expect(profits("Rivian Automotive's loss narrowed to $744 million in the fourth quarter.")).toEqual([['Rivian Automotive', 'profit', '$744 million', 'loss']]);
    expect(profits('Glencore lost $1.6 billion in the first half.')).toEqual([['Glencore', 'profit', '$1.6 billion', 'loss']]);
    expect(profits("Kirin Holdings said the unit's loss widened to ¥12 billion.")).toEqual([]);
    expect(profits('Acme shares lost $50 billion in market value on Monday.')).toEqual([]);
  });

  it('reads no charge, write-down, gain or profit-sharing payment as a profit', () => {
    expect(read('Boeing said it recorded a $3.5 billion charge, deepening its quarterly loss to $6.2 billion.')).toEqual([
      ['Boeing', 'unclassified', '$3.5 billion', null],
      ['Boeing', 'profit', '$6.2 billion', 'loss'],
    ]);
    expect(profits('Acme took a $900 million write-down, pushing it to a net loss.')).toEqual([]);
    expect(profits('Stellantis said it would book a €22 billion impairment charge and expects a net loss for the year.')).toEqual([]);
    expect(profits('Acme reported profit of $2 billion, after a $700 million gain on the sale of a unit.').map(([, , value]) => value)).toEqual(['$2 billion']);
    expect(profits('Volvo Cars paid SEK 3.2 billion into its profit-sharing scheme.')).toEqual([]);
  });

  it('gives a bare loss set against a profit of a kind that kind, with its own sign', () => {
    expect(profits('Sea Ltd reported a net income of $238 million in the third quarter, versus a loss of $144 million in the same period last year.')).toEqual([
      ['Sea Ltd', 'profit', '$238 million', 'net income'],
      ['Sea Ltd', 'profit', '$144 million', 'net loss'],
    ]);
    expect(profits('Rakuten Group posted an operating loss of ¥53 billion for the year, narrowing from a loss of ¥212.9 billion.').map(([, , , measure]) => measure)).toEqual([
      'operating loss',
      'operating loss',
    ]);
  });

  it("skips analysts' forecasts and guidance a result is measured against, and keeps the result", () => {
    expect(profits("Barclays said pre-tax profit rose 23% to £2.04 billion in the first quarter, beating analysts' average forecast of £1.86 billion.").map(([, , value]) => value)).toEqual(['£2.04 billion']);
    expect(profits("Shell said its adjusted earnings were $7.4 billion, beating the $6.9 billion average of analysts' estimates.").map(([, , value]) => value)).toEqual(['$7.4 billion']);
    expect(profits('Adidas said operating profit reached €1.34 billion, above its guidance of €1.2 billion.').map(([, , value]) => value)).toEqual(['€1.34 billion']);
    expect(profits('Adidas said operating profit reached €1.34 billion, ahead of the €1.2 billion it had guided.').map(([, , value]) => value)).toEqual(['€1.34 billion']);
    expect(profits('Apple shares rose ahead of its earnings call, where analysts expect quarterly profit of $30.1 billion.')).toEqual([]);
    // The forecasters' own clause after the result leaves the result.
    expect(profits("Acme Corp's quarterly profit rose to $2 billion as analysts expect profit of $8 billion for the year.").map(([, , value]) => value)).toEqual(['$2 billion']);
  });
});

describe('profit: periods named by the month they end in', () => {
  it('dates a reported quarter or half by the one that ended last, and a forecast by the one to come', () => {
    const periods = (text: string) => extractCandidates(text, { publishedAt: '2026-01-20', entities: [] }).map((c) => c.period);
    expect(periods('Infosys said revenue rose to $5 billion in the December quarter.')).toEqual(['in the December quarter 2025']);
    expect(periods('Telstra said net income rose to A$1.1 billion in the June half.')).toEqual(['in the June half 2025']);
    expect(periods('Telstra said net income rose to A$1.1 billion in the half to June.')).toEqual(['in the half to June 2025']);
    expect(periods('Telstra expects net income of A$1.1 billion in the June half.')).toEqual(['in the June half']);
  });
});

describe('profit: an earnings story told the AP way', () => {
  const story =
    "NEW YORK (AP) — Great Plains Supply topped Wall Street's profit expectations for its third quarter. " +
    'The Omaha, Nebraska-based company earned $268.5 million, or $2.14 per share, in the three months ended Nov. 1. ' +
    'That compares with $241.9 million, or $1.89 per share, in the same period last year. ' +
    'Revenue rose 3.8% to $4.12 billion from $3.97 billion a year earlier, slightly short of the $4.15 billion Wall Street was looking for. ' +
    'Comparable-store sales increased 1.6%, below the 2.3% analysts had forecast.';
  const claims = () => extractCandidates(story, { publishedAt: '2025-11-19', entities: [] });

  it('reads "earned" as a profit, and the next sentence\'s "That compares with" as its earlier state, a year back', () => {
    const profit = claims().filter((c) => c.predicate === 'profit');
    expect(profit.map((c) => [c.subject, c.value])).toEqual([
      ['Great Plains Supply', '$268.5 million'],
      ['Great Plains Supply', '$241.9 million'],
    ]);
    expect(profit[1]!.period).toBe(claims().find((c) => c.value === '$1.89')!.period);
    // The 13 weeks to Nov. 1, 2025 (a quarter ending mid-week is a 52-week calendar's), 52 weeks back.
    expect(profit[1]!.period).toBe('2024-08-04 to 2024-11-02');
  });

  it('makes no party of Wall Street, and reads no estimate of its or the analysts\' as a figure', () => {
    expect(claims().map((c) => c.subject)).not.toContain('Wall Street');
    expect(claims().map((c) => c.value)).not.toContain('$4.15 billion');
    expect(claims().map((c) => c.value)).not.toContain('2.3%');
    expect(claims().find((c) => c.value === '$4.12 billion')).toMatchObject({ subject: 'Great Plains Supply', predicate: 'revenue' });
  });

  it('reads no money earned in fees or from advertising as a profit', () => {
    expect(read('Acme earned $5 million in fees last year.').map(([, predicate]) => predicate)).toEqual(['unclassified']);
    expect(read('Acme earned $2 billion in revenue.').map(([, predicate]) => predicate)).toEqual(['revenue']);
  });
});

describe('profit: a June year end told by its first half', () => {
  const story =
    'SYDNEY, Feb 18 (Reuters) - Kestrel Building Materials Ltd on Wednesday reported a 14% rise in first-half net profit. ' +
    'Net profit after tax for the six months ended Dec. 31 rose to A$187.4 million from A$164.3 million a year earlier. ' +
    'The company narrowed its full-year guidance, forecasting fiscal 2026 underlying EBITDA of A$810 million to A$840 million, ' +
    'compared with a previous range of A$790 million to A$850 million issued in August.';

  it("reads fiscal 2026 as the year to June 2026, and skips the guidance it replaced", () => {
    const claims = extractCandidates(story, { publishedAt: '2026-02-18', entities: [] }).filter((c) => c.predicate === 'profit');
    expect(claims.map((c) => [c.value, c.period, c.qualifiers.find((q) => q.key === 'measure')?.value])).toEqual([
      ['A$187.4 million', 'for the six months ended Dec. 31 2025', 'net income'],
      ['A$164.3 million', '2024-07-01 to 2024-12-31', 'net income'],
      ['A$810 million to A$840 million', '2025-07-01 to 2026-06-30', 'underlying EBITDA'],
    ]);
  });

  it('keeps the calendar where the first half ends in June', () => {
    const calendar = 'Acme reported first-half net profit of $2 billion for the six months ended June 30. It expects fiscal 2026 net profit of $5 billion.';
    expect(extractCandidates(calendar, { publishedAt: '2025-08-01', entities: [] }).at(-1)!.period).toBe('fiscal 2026');
  });
});

describe('profit: an AP airline story', () => {
  const story =
    'DALLAS (AP) — Crestline Airways said Thursday that its third-quarter profit rose 16%. ' +
    'The Dallas-based carrier earned $412 million, or $1.31 per share, in the July-through-September period. ' +
    'Excluding one-time items, Crestline earned $1.38 per share. Revenue rose 6% to $7.84 billion, above Wall Street forecasts of $7.81 billion.';
  const claims = () => extractCandidates(story, { publishedAt: '2025-10-23', entities: [] });

  it('makes no party of the dateline, reads "the carrier earned" as its profit over July to September, and no per-share figure as one', () => {
    expect(claims().map((c) => c.subject)).not.toContain('DALLAS');
    expect(claims().filter((c) => c.predicate === 'profit').map((c) => [c.subject, c.value, c.period])).toEqual([
      ['Crestline Airways', '$412 million', 'in the July-through-September period'],
    ]);
  });

  it("skips Wall Street's forecast", () => {
    expect(claims().map((c) => c.value)).not.toContain('$7.81 billion');
  });
});

describe('profit: a Korean chipmaker\'s quarter', () => {
  const story =
    'SEOUL, Jan 29 (Reuters) - Seorim Semiconductor Co said operating profit rose to 9.1 trillion won. ' +
    'That beat an LSEG SmartEstimate of 8.4 trillion won. Revenue climbed 41% to 27.6 trillion won. ' +
    'For the whole of 2025, operating profit rose to 28.4 trillion won on revenue of 96.2 trillion won, the company said.';
  const claims = () => extractCandidates(story, { publishedAt: '2026-01-29', entities: [] });

  it("skips a data vendor's estimate, keeps the story's company after it, and gives 'revenue of' to the figure it names", () => {
    expect(claims().map((c) => [c.subject, c.predicate, c.value])).toEqual([
      ['Seorim Semiconductor Co', 'profit', '9.1 trillion won'],
      ['Seorim Semiconductor Co', 'growth_rate', '41%'],
      ['Seorim Semiconductor Co', 'revenue', '27.6 trillion won'],
      ['Seorim Semiconductor Co', 'profit', '28.4 trillion won'],
      ['Seorim Semiconductor Co', 'revenue', '96.2 trillion won'],
    ]);
  });
});

describe('profit: measures spelled out, and their acronyms no parties', () => {
  it('reads EBITA, EBIT and EBITDA spelled out or abbreviated, and makes no party of "EBITA" or "NIM"', () => {
    expect(profitMeasure('adjusted earnings before interest , taxes and amortization')).toBe('adjusted EBITA');
    expect(profitMeasure('earnings before interest and tax')).toBe('EBIT');
    expect(profitMeasure('earnings before interest , taxes , depreciation and amortization')).toBe('EBITDA');
    const story =
      'Kessler-Hartmann said adjusted EBITA came in at €1.53 billion for January to September. The EBITA margin narrowed to 8.9%. ' +
      'Net profit fell to €842 million.';
    const claims = extractCandidates(story, { publishedAt: '2025-11-06', entities: [] });
    expect(claims.map((c) => c.subject)).not.toContain('EBITA');
    expect(claims.find((c) => c.value === '€1.53 billion')!.qualifiers).toContainEqual({ key: 'measure', value: 'adjusted EBITA' });
    expect(read('Marina Bank said revenue rose. NIM was 1.97 per cent in the quarter.').map(([subject]) => subject)).not.toContain('NIM');
  });
});
