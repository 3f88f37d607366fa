// Two values an article gives for one measure of one party over one period cannot both be that measure: the smaller
// names the larger it stands beside (`also_stated`), so the article is never flagged as contradicting itself.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const read = (text: string) =>
  extractCandidates(text, { publishedAt: '2026-11-20', entities: [] }).map((c) => [c.predicate, c.value, c.qualifiers.find((q) => q.key === 'also_stated')?.value ?? null]);

describe('a second value for the same measure in one article', () => {
  it('names the larger value beside the smaller one, whatever order they come in', () => {
    expect(read('Verital Systems Inc said services brought in revenue of $400 million in the third quarter. Its revenue for the third quarter rose to $1.42 billion.')).toEqual([
      ['revenue', '$400 million', '$1.42 billion'],
      ['revenue', '$1.42 billion', null],
    ]);
  });

  it('leaves values of other periods, other measures and approximations that overlap as they are', () => {
    expect(read('Verital Systems Inc said revenue rose to $1.42 billion in the third quarter, from $1.2 billion in the second quarter.').map(([, , beside]) => beside)).toEqual([null, null]);
    expect(read('Verital Systems Inc said revenue was $1.42 billion and operating profit was $300 million in the third quarter.').map(([, , beside]) => beside)).toEqual([null, null]);
    expect(read('Verital Systems Inc said revenue was about $1.4 billion in the third quarter. Revenue was $1.42 billion in the third quarter.').map(([, , beside]) => beside)).toEqual([null, null]);
  });

  it('marks a value whose period was not read beside a dated one of the same measure', () => {
    // The earlier state is undated; a larger or a smaller one alike.
    expect(read('Verital Systems Inc said revenue rose to $1.42 billion in the third quarter, up from $1.2 billion.')).toEqual([
      ['revenue', '$1.42 billion', null],
      ['revenue', '$1.2 billion', '$1.42 billion'],
    ]);
    expect(read('Corra Labs ranked second in the earbud market with a 12% share in the second quarter, up from 9%.')).toEqual([
      ['market_share', '12%', null],
      ['market_share', '9%', '12%'],
    ]);
  });

  it('marks a second growth of one measure and period, but not a named segment\'s, and keeps two sources disagreeing', () => {
    expect(read('Crestline Airways said revenue rose 6% in the third quarter. Cargo revenue rose 1.8% in the third quarter, and charter revenue rose 3% in the third quarter.').map(([, value, beside]) => [value, beside])).toEqual([
      ['6%', null],
      // "Cargo" is read as the segment: a measure of its own.
      ['1.8%', null],
      ['3%', '6%'],
    ]);
    expect(read('Acme held 30% of the widget market in 2024, according to Gartner. Synergy Research puts it at 25%.').map(([, value, beside]) => [value, beside])).toEqual([
      ['30%', null],
      ['25%', null],
    ]);
  });
});

