// The pure pieces of the exports: RFC 4180 fields, Markdown that untrusted text cannot break, the rating scale in JSON-LD.
import { describe, expect, it } from 'vitest';
import { Rating, type Review } from '../../src/domain/model.js';
import { ratingJsonLd } from '../../src/report/claimreview.js';
import { csvField, toCsv } from '../../src/report/csv-format.js';
import { blockQuote, inline, link } from '../../src/report/markdown-text.js';
import { parseCsv } from '../support/csv.js';
import * as make from '../support/records.js';

describe('CSV fields', () => {
  it('quotes only what must be quoted, doubling quotes, and reads back exactly', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly', '', ' padded ', '=1+1'];
    expect(cells.map(csvField)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\r\nlines"', '"lf\nonly"', '', ' padded ', '=1+1']);
    expect(csvField(null)).toBe('');
    expect(csvField(2.5e9)).toBe('2500000000');
    const text = toCsv(['h1', 'h2'], [cells.slice(0, 2), cells.slice(2, 4), cells.slice(4, 6)]);
    expect(parseCsv(text)).toEqual([['h1', 'h2'], cells.slice(0, 2), cells.slice(2, 4), cells.slice(4, 6)]);
  });
});

describe('Markdown text', () => {
  it('escapes what would become markup, and folds line breaks so text cannot start a heading or list', () => {
    expect(inline('a *b* _c_ `d` [e](http://x) <script> | f ~g~')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](http://x) \\<script\\> \\| f \\~g\\~');
    expect(inline('line one\n# not a heading\n- not a list')).toBe('line one # not a heading - not a list');
    expect(blockQuote('first\nsecond *x*', '  ')).toBe('  > first\n  > second \\*x\\*');
  });

  it('keeps a link target inside its brackets', () => {
    expect(link('t [x]', 'https://example.org/a b>c')).toBe('[t \\[x\\]](<https://example.org/a%20b%3Ec>)');
  });
});

describe('schema.org rating', () => {
  const review = (rating: Review['rating']) => make.review('clm_x', { rating });

  it('maps TRUE..FALSE onto ratingValue 5..1 with their names, on a 5-to-1 scale', () => {
    const values = Rating.options.filter((rating) => rating !== 'UNVERIFIABLE').map((rating) => ratingJsonLd(review(rating)));
    expect(values.map((value) => [value.ratingValue, value.alternateName])).toEqual([
      [5, 'True'],
      [4, 'Mostly true'],
      [3, 'Mixed'],
      [2, 'Mostly false'],
      [1, 'False'],
    ]);
    for (const value of values) expect(value).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1 });
  });

  it('exports UNVERIFIABLE by name only: no ratingValue', () => {
    expect(ratingJsonLd(review('UNVERIFIABLE'))).toEqual({ '@type': 'Rating', bestRating: 5, worstRating: 1, alternateName: 'Unverifiable' });
  });
});
