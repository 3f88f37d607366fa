// Figures in a sentence, read by the domain's value parser: the value as written, what it measures, and what is not a figure.
import { describe, expect, it } from 'vitest';
import { readArticle, sliceTokens } from '../../src/ingest/document.js';
import { findFigures } from '../../src/ingest/figures.js';
import type { TokenRange } from '../../src/ingest/spans.js';

function figures(text: string, blockedWords: string[] = []) {
  const doc = readArticle(text);
  const sentence = doc.sentences[0]!;
  const blocked: TokenRange[] = blockedWords.map((words) => {
    const start = text.indexOf(words);
    const first = doc.tokens.findIndex((t) => t.start >= start);
    const last = doc.tokens.findIndex((t) => t.end >= start + words.length);
    return { first, last };
  });
  return findFigures(doc, sentence, blocked).map((f) => ({
    text: f.text,
    extent: sliceTokens(doc, f.first, f.extent.last),
    unit: f.quantity.unit,
    lower: f.quantity.lower,
    upper: f.quantity.upper,
  }));
}

describe('findFigures', () => {
  it('reads a span of time after "the first" or "the" as a period, and a time to a milestone as a figure', () => {
    expect(figures('Daebok bought back 300 billion won of its own shares in the first nine months of the year.').map((f) => f.text)).toEqual(['300 billion won']);
    expect(figures('Ad sales were $2.3 billion in the eight months after the launch.').map((f) => f.text)).toEqual(['$2.3 billion']);
    expect(figures('Codex reached a $1 billion run rate six months after launch.').map((f) => f.text)).toEqual(['$1 billion', 'six months']);
  });

  it.each([
    ['Claude Code now holds over half of the AI coding market.', 'over half', 'PERCENT', 50, 100],
    ['It reached a $2.5 billion run-rate by early 2026.', '$2.5 billion', 'USD', 2.5e9, 2.5e9],
    ['Codex captures roughly 20 to 21% of enterprise coding workloads.', 'roughly 20 to 21%', 'PERCENT', 17.9, 23.1],
    ['It is also 25% faster.', '25%', 'PERCENT', 25, 25],
    ['The model is 2x faster.', '2x', 'TIMES', 2, 2],
    ['Acme raised €30m in May.', '€30m', 'EUR', 30e6, 30e6],
    ['Sony raised ¥150 billion in May.', '¥150 billion', 'JPY', 150e9, 150e9],
    ['Infosys reported revenue of ₹1,200 crore for 2024.', '₹1,200 crore', 'INR', 12e9, 12e9],
    ['Samsung earned 1.5 trillion won in 2024.', '1.5 trillion won', 'KRW', 1.5e12, 1.5e12],
    ['In 2019 won the prize.', '2019', 'COUNT', 2019, 2019],
    ['TSMC earned NT$374.7 billion in the quarter.', 'NT$374.7 billion', 'TWD', 374.7e9, 374.7e9],
    ['PTT posted a net profit of 28.4 billion baht.', '28.4 billion baht', 'THB', 28.4e9, 28.4e9],
    ['Maybank earned RM2.6 billion in the quarter.', 'RM2.6 billion', 'MYR', 2.6e9, 2.6e9],
    ['Vingroup reported 12 trillion dong in revenue.', '12 trillion dong', 'VND', 12e12, 12e12],
    ['It took six months to get there.', 'six months', 'MONTH', 6, 6],
    ['The platform serves more than 4,000 customers.', 'more than 4,000', 'COUNT', 4000, null],
    ['About a third of developers use it.', 'About a third', 'PERCENT', 100 / 3 - 10 / 3, 100 / 3 + 10 / 3],
  ])('%s', (text, value, unit, lower, upper) => {
    const [figure] = figures(text);
    expect(figure).toMatchObject({ text: value, unit });
    expect(figure!.lower).toBeCloseTo(lower as number, 5);
    if (upper === null) expect(figure!.upper).toBeNull();
    else expect(figure!.upper).toBeCloseTo(upper as number, 5);
  });

  it('keeps what a figure measures apart from the value', () => {
    expect(figures('It reached a $1 billion annualized run rate just six months after launch.')[0]).toMatchObject({
      text: '$1 billion',
      extent: '$1 billion annualized run rate',
    });
    expect(figures('Acme has 10,000 customers.')[0]).toMatchObject({ text: '10,000', extent: '10,000 customers' });
  });

  it('finds every figure of a sentence', () => {
    expect(figures('Anthropic now commands 32% of the enterprise LLM API market while OpenAI has dropped to 25%.').map((f) => f.text)).toEqual(['32%', '25%']);
  });

  it('reads other dollars only where their letters are glued to the sign, and no dollar it does not know as US dollars', () => {
    const texts = (text: string) => figures(text).map((f) => [f.text, f.unit]);
    expect(texts('Lumen is worth S$41 billion.')).toEqual([['S$41 billion', 'SGD']]);
    expect(texts('Acme raised HK$3 billion.')).toEqual([['HK$3 billion', 'HKD']]);
    expect(texts('Acme raised NT$5 billion.')).toEqual([['NT$5 billion', 'TWD']]);
    expect(texts('Acme raised J$5 billion.')).toEqual([]);
    expect(texts('Acme reported revenue of US$1.6 billion and CAD$30 million.')).toEqual([
      ['US$1.6 billion', 'USD'],
      ['CAD$30 million', 'CAD'],
    ]);
    expect(texts('Acme raised A$2 billion and C$3 billion.')).toEqual([
      ['A$2 billion', 'AUD'],
      ['C$3 billion', 'CAD'],
    ]);
    expect(texts('It closed its Series C $50 million round.')).toEqual([['$50 million', 'USD']]);
  });

  it('reads a change and the level it reached as two figures, and a forecast range as one', () => {
    const texts = (text: string) => figures(text).map((f) => [f.text, f.unit]);
    expect(texts('Its shipments fell 11% to 28.6 million as it faced rising costs.')).toEqual([['11%', 'PERCENT'], ['28.6 million', 'COUNT']]);
    expect(texts('Revenue rose from $2 billion to $3 billion in 2024.')).toEqual([['$2 billion', 'USD'], ['$3 billion', 'USD'], ['2024', 'COUNT']]);
    expect(texts('Its share fell from 12% to 9%.')).toEqual([['12%', 'PERCENT'], ['9%', 'PERCENT']]);
    expect(texts('Headcount fell by nearly 20,000 to 593,314 employees.').map(([text]) => text)).toContain('593,314');
    expect(figures('Revenue is expected to grow 10% to 15% next year.').map((f) => [f.lower, f.upper])).toEqual([[10, 15]]);
    expect(texts('Acme holds 20 to 21% of the market.')).toEqual([['20 to 21%', 'PERCENT']]);
  });

  it('ignores prose numbers, relative figures and numbers inside names or dates', () => {
    expect(figures('The gap reflects two fundamental realities.')).toEqual([]);
    expect(figures('It fell to 25%, exactly half its previous share.').map((f) => f.text)).toEqual(['25%']);
    expect(figures('Anthropic had just launched Claude Opus 4.6 the same day.', ['Claude Opus 4.6'])).toEqual([]);
    expect(figures('It grew in Q3 2025.', ['Q3 2025'])).toEqual([]);
    // A number in words after a determiner picks things out; without one, or in digits, it counts them.
    expect(figures("It leads Southeast Asia's four biggest markets.")).toEqual([]);
    expect(figures('Across the four countries, connections rose 3.4%.').map((f) => f.text)).toEqual(['3.4%']);
    expect(figures('It entered four new markets and the 12 markets it left.').map((f) => f.text)).toEqual(['four', '12']);
    // A bare count compared with one that counts something counts the same thing.
    expect(figures('It has more than 1,200 business customers, up from about 400 a year earlier.').map((f) => f.text)).toEqual(['more than 1,200', 'about 400']);
    expect(figures('It employed 310 people in September, compared with about 190 in March.').map((f) => f.text)).toEqual(['310', 'about 190']);
    expect(figures('It opened a store, up from 3 in 2020.', ['2020'])).toEqual([]);
    // Shops, branches, flights and jobs are counts worth checking; how long ago a party did something is no figure.
    expect(figures('It has 842 stores, including 391 convenience shops, after opening 27 new outlets.').map((f) => f.text)).toEqual(['842', '391', '27']);
    expect(figures('It cancelled 310 flights and cut 45 jobs.').map((f) => f.text)).toEqual(['310', '45']);
    expect(figures('The results come three years after Sorrel Bank was fined £48.7m.').map((f) => f.text)).toEqual(['£48.7m']);
    // A currency before a figure stays with it when the words after it would read as what a count counts.
    expect(figures('It declared a dividend of Rs 14 per share.').map((f) => [f.text, f.unit])).toEqual([['Rs 14', 'INR']]);
  });
});
