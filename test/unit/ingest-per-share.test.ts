// Earnings per share: money per share is an earning when its clause says so, cents are the article's currency's, and
// what is not an earning (a dividend, a price, an analyst's expectation) is no earnings_per_share claim.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const read = (text: string, publishedAt = '2026-11-10') =>
  extractCandidates(text, { publishedAt, entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.qualifiers.find((q) => q.key === 'measure')?.value ?? null] as const);
const perShare = (text: string, publishedAt?: string) => read(text, publishedAt).filter(([, predicate]) => predicate === 'earnings_per_share');

describe('earnings per share', () => {
  it('reads the per-share figure restating a net income beside it, the total staying a profit', () => {
    expect(read('Halcyra Inc said net income rose to $268.5 million, or $2.14 per share, in the third quarter.')).toEqual([
      ['Halcyra Inc', 'profit', '$268.5 million', 'net income'],
      ['Halcyra Inc', 'earnings_per_share', '$2.14', null],
    ]);
  });

  it('reads a total told before its per-share figure by the cue before it, not by "a share" past the per-share number', () => {
    expect(read('Northcrest Minerals Ltd. said net earnings for the three months ended Sept. 30 rose to $287 million, or 71 cents a share.').map(([, predicate, value]) => [predicate, value])).toEqual([
      ['profit', '$287 million'],
      ['earnings_per_share', '71 US cents'],
    ]);
  });

  it('names an adjusted, basic or loss figure in its measure, and reads cents in an article in dollars as US cents', () => {
    const story = 'Halcyra Inc reported revenue of $3.4 billion on Tuesday. Adjusted EPS was 42 cents in the third quarter. Basic earnings per share were $1.10. A year earlier Halcyra lost 38 cents a share.';
    expect(perShare(story)).toEqual([
      ['Halcyra Inc', 'earnings_per_share', '42 US cents', 'adjusted EPS'],
      ['Halcyra Inc', 'earnings_per_share', '$1.10', 'basic EPS'],
      ['Halcyra Inc', 'earnings_per_share', '38 US cents', 'loss per share'],
    ]);
    expect(perShare('Excluding one-time items, Crestline Airways earned $1.38 a share in the quarter.')).toEqual([['Crestline Airways', 'earnings_per_share', '$1.38', 'adjusted EPS']]);
    expect(perShare('Crestline Airways earned $2.14 per-share in the quarter.')).toEqual([['Crestline Airways', 'earnings_per_share', '$2.14', null]]);
    expect(perShare('Crestline Airways beat estimates with earnings per share of $1.12.')).toEqual([['Crestline Airways', 'earnings_per_share', '$1.12', null]]);
  });

  it('takes the cents of the currency the article counts in, and none where it counts in two alike or in none', () => {
    expect(perShare('Tasman Foods said revenue rose to A$3.1 billion. Earnings per share rose to 21 cents.')).toEqual([['Tasman Foods', 'earnings_per_share', '21 Australian cents', null]]);
    expect(perShare('Rheinwerk AG said revenue rose to €3.1 billion. Earnings per share rose to 21 cents.')).toEqual([['Rheinwerk AG', 'earnings_per_share', '21 euro cents', null]]);
    expect(perShare('Tasman Foods said revenue rose to €3.1 billion, or $3.4 billion. Earnings per share rose to 21 cents.')).toEqual([]);
    expect(perShare('Tasman Foods said sales rose 4%. Earnings per share rose to 21 cents.')).toEqual([]);
  });

  it('reads no dividend, deal price or share price per share as an earning', () => {
    expect(perShare('Halcyra Inc reported revenue of $3.4 billion. The board declared a dividend of 25 cents a share.')).toEqual([]);
    expect(perShare('Aldren Pharma AG agreed to buy Kepler Therapeutics Inc. for $48 a share.')).toEqual([]);
    expect(perShare('Lumora Inc priced its initial public offering at $18 a share, after earnings rose.')).toEqual([]);
  });

  it('dates a compared total and its per-share restatement a year back, and the reported ones by the quarter', () => {
    const dated = (text: string) =>
      extractCandidates(text, { publishedAt: '2026-11-05', entities: [] })
        .filter((c) => c.predicate !== 'revenue')
        .map((c) => [c.value, c.period]);
    expect(dated('Calvera Inc reported third-quarter revenue of $1.12 billion. Net income was $187.3 million, or $1.42 per share, compared with $96.8 million, or 74 cents per share, a year earlier.')).toEqual([
      ['$187.3 million', 'third-quarter'],
      ['$1.42', 'third-quarter'],
      ['$96.8 million', 'Q3 2025'],
      ['74 US cents', 'Q3 2025'],
    ]);
    expect(dated('Ironquill Inc reported second-quarter revenue of $497.6 million. It posted a net loss of $38.1 million, or 14 cents per share, narrower than its loss of $61.5 million, or 24 cents a share, a year earlier.')).toEqual([
      ['$38.1 million', 'second-quarter'],
      ['14 US cents', 'second-quarter'],
      ['$61.5 million', 'Q2 2025'],
      ['24 US cents', 'Q2 2025'],
    ]);
  });

  it('keeps "per share" after a restated figure to that figure, not the total before it', () => {
    const claims = read('Shirakawa Seiki Corp said net profit rose to 44.1 billion yen, or 83.60 yen per share, in the quarter.');
    expect(claims.filter(([, predicate]) => predicate === 'earnings_per_share').map(([, , value]) => value)).toEqual(['83.60 yen']);
  });

  it("reads no analysts' expectation the result is measured against", () => {
    const story = 'Tessaline Software reported revenue of $612 million. Excluding items, Tessaline earned 41 cents per share in the quarter, above the expected 36 cents.';
    expect(perShare(story, '2026-02-26').map(([, , value]) => value)).toEqual(['41 US cents']);
    expect(read('Tessaline Software said profit rose to $5 million, versus an estimated $4 million.').map(([, , value]) => value)).toEqual(['$5 million']);
    expect(perShare("Keefe raised Rheinland AG's 2026 earnings-per-share estimate by 4% to €3.85.")).toEqual([]);
  });

  it('reads no total in cents: a unit revenue is not the company revenue', () => {
    const story = 'Crestline Airways reported revenue of $5.2 billion. Passenger revenue per available seat mile rose 1.8% to 19.42 cents.';
    expect(read(story).filter(([, , value]) => value === '19.42 US cents').map(([, predicate]) => predicate)).toEqual(['unclassified']);
  });

  it('reads a base restated per share as the result was ("from $702 million, or 73 cents"), and no GAAP as a party', () => {
    const story =
      'Corvane Semiconductor reported results. GAAP net income rose to $1.08 billion, or $1.12 per diluted share, from $702 million, or 73 cents, in the same quarter of fiscal 2026.';
    expect(read(story).map(([subject, predicate, value]) => [subject, predicate, value])).toEqual([
      ['Corvane Semiconductor', 'profit', '$1.08 billion'],
      ['Corvane Semiconductor', 'earnings_per_share', '$1.12'],
      ['Corvane Semiconductor', 'profit', '$702 million'],
      ['Corvane Semiconductor', 'earnings_per_share', '73 US cents'],
    ]);
    // A ratio after ", or" is no per-share figure.
    expect(perShare('Tessaline Software said net income was $50 million, or 12 cents a share, against $40 million, or 4% of revenue.').map(([, , value]) => value)).toEqual(['12 US cents']);
  });
});

