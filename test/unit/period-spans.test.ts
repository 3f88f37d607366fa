// PeriodSpans: the periods of a key that overlap some windows, found by search, are exactly those periodsOverlap accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodsOverlap } from '../../src/domain/period.js';
import { PeriodSpans, type Span } from '../../src/store/memory/period-spans.js';

const spans: Record<string, Span> = {
  q1: { start: '2025-01-01', end: '2025-03-31' },
  q2: { start: '2025-04-01', end: '2025-06-30' },
  year: { start: '2025-01-01', end: '2025-12-31' },
  since2020: { start: '2020-01-01', end: null },
  until2019: { start: null, end: '2019-12-31' },
};

describe('PeriodSpans', () => {
  it('gives the periods meeting a window, undated and unknown ones always, in the order the ids came', () => {
    const index = new PeriodSpans(['year', 'q2', '', 'until2019', 'missing', 'q1', 'since2020'], (id) => spans[id]);
    expect(index.overlapping([{ start: '2025-02-01', end: '2025-02-28' }])).toEqual(['year', '', 'missing', 'q1', 'since2020']);
    expect(index.overlapping([{ start: '2019-06-01', end: '2019-06-30' }])).toEqual(['', 'until2019', 'missing']);
    // Bounds are inclusive: a window ending on the day Q2 starts meets it.
    expect(index.overlapping([{ start: '2024-12-01', end: '2025-04-01' }])).toEqual(['year', 'q2', '', 'missing', 'q1', 'since2020']);
  });

  it('gives each period once when several windows meet it', () => {
    const index = new PeriodSpans(['q1', 'q2', 'year'], (id) => spans[id]);
    expect(index.overlapping([spans.q1!, spans.q2!, spans.year!])).toEqual(['q1', 'q2', 'year']);
  });

  it('gives nothing dated for no windows, and everything for an open window', () => {
    const index = new PeriodSpans(['q1', '', 'until2019'], (id) => spans[id]);
    expect(index.overlapping([])).toEqual(['']);
    expect(index.overlapping([{ start: null, end: null }])).toEqual(['q1', '', 'until2019']);
  });

  it('agrees with periodsOverlap on random periods and windows', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => `2025-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`);
    const span = fc
      .tuple(fc.option(day, { freq: 6 }), fc.option(day, { freq: 6 }))
      .map(([a, b]): Span => (a !== null && b !== null && a > b ? { start: b, end: a } : { start: a, end: b }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 4 }), (periods, windows) => {
        const ids = periods.map((_, k) => `p${k}`);
        const index = new PeriodSpans(ids, (id) => periods[Number(id.slice(1))]);
        const expected = ids.filter((_, k) => windows.some((window) => periodsOverlap(periods[k]!, window)));
        expect(index.overlapping(windows)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
