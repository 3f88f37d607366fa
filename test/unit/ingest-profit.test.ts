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
      ['Acme', 'unclassified', '$2.10', null],
      ['Acme', 'profit', '$4.2bn', 'net income'],
      ['Acme', 'unclassified', '$1.15', null],
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
  it('leaves per-share figures, bank income lines, credit losses and volumes unclassified', () => {
    expect(read('Acme said earnings per share were $2.10.').map(([, predicate]) => predicate)).toEqual(['unclassified']);
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
