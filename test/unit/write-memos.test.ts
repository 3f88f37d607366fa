// The write path memoises parses; a memo must never hand one source's reading of a relative period to another.
import { describe, expect, it } from 'vitest';
import { addClaims } from '../../src/app/add-claims.js';
import { createAppContext, SYSTEM_ACTOR } from '../../src/app/context.js';
import { parsePeriodNotingContext } from '../../src/domain/period.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

describe('parsePeriodNotingContext', () => {
  it('says a period written in full reads no context', () => {
    for (const text of ['Q3 2025', 'the third quarter of 2019', 'March 2023', '2023-25', 'by early 2026', 'January to March 2025']) {
      expect(parsePeriodNotingContext(text, { publishedAt: { year: 2024, month: 5 } }).readContext, text).toBe(false);
    }
  });

  it('says a relative period, a date without a year or an anchored one reads the context', () => {
    const context = { publishedAt: { year: 2024, month: 5, day: 3 }, anchors: { launch: { year: 2023, month: 2 } } };
    for (const text of ['last quarter', 'this year', 'March 3', 'January to March', 'six months after launch']) {
      expect(parsePeriodNotingContext(text, context).readContext, text).toBe(true);
    }
  });
});

describe('addClaims period memo', () => {
  it('reads "last year" against each source, after the same text was read for another', async () => {
    const store = new MemoryStore({ dataDir: null });
    await store.open();
    const app = await createAppContext(store);
    const claim = (url: string, publishedAt: string, period: string) => ({
      text: `Acme revenue ${period}`,
      subject: 'Acme Memo Corp',
      predicate: 'revenue',
      value: '$1B',
      period,
      source: { url, publishedAt },
    });
    const result = await addClaims(
      app,
      [claim('https://a.example/1', '2021-06-01', 'last year'), claim('https://b.example/2', '2024-06-01', 'last year'), claim('https://c.example/3', '2024-06-01', '2019'), claim('https://d.example/4', '2021-01-01', '2019')],
      SYSTEM_ACTOR,
    );
    expect(result.claims.map((c) => c.periodId)).toEqual(['per_2020-01-01_2020-12-31_YEAR', 'per_2023-01-01_2023-12-31_YEAR', 'per_2019-01-01_2019-12-31_YEAR', 'per_2019-01-01_2019-12-31_YEAR']);
  });
});
