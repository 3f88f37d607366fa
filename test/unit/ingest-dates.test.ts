// Dates in a sentence, read by the domain's period parser against the publication date; dates counted from a launch.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/dates.js';
import { readArticle } from '../../src/ingest/document.js';
import type { PartialDate } from '../../src/domain/period.js';

function dates(text: string, publishedAt: PartialDate | null = { year: 2026, month: 2, day: 12 }) {
  const doc = readArticle(text);
  return findDates(doc, doc.sentences[0]!, publishedAt, []).map((d) => ({ text: d.text, start: d.period?.start ?? null, end: d.period?.end ?? null, anchored: d.anchored }));
}

describe('findDates', () => {
  it.each([
    ['OpenAI released it in early February, the timing deliberate.', 'in early February', '2026-02-01', '2026-02-10'],
    ['Anthropic became the leader by late 2023.', 'by late 2023', '2023-09-01', '2023-12-31'],
    ['It reached $2.5 billion by early 2026.', 'by early 2026', '2026-01-01', '2026-04-30'],
    ['OpenAI fell to today’s 25%.', 'today', '2026-02-12', '2026-02-12'],
    ['Claude Code now holds over half.', 'now', '2026-02-12', '2026-02-12'],
    ['Revenue doubled this year.', 'this year', '2026-01-01', '2026-12-31'],
    ['It passed 10 million users last month.', 'last month', '2026-01-01', '2026-01-31'],
    ['Anthropic held 32% in Q3 2025, OpenAI 25%.', 'in Q3 2025', '2025-07-01', '2025-09-30'],
    ['It was released on March 4, 2025, to all users.', 'on March 4, 2025', '2025-03-04', '2025-03-04'],
    ['ARR reached $48 million at the end of 2024.', 'at the end of 2024', '2024-12-01', '2024-12-31'],
    ['Revenue rose 40% over the past 12 months.', 'over the past 12 months', '2025-02-13', '2026-02-12'],
    ['TTM revenue was $4 billion.', 'TTM', '2025-02-13', '2026-02-12'],
    ['Sales grew 12% year to date.', 'year to date', '2026-01-01', '2026-02-12'],
    ['The deal closed in the summer of 2024.', 'in the summer of 2024', '2024-06-01', '2024-08-31'],
    ['Shipments slowed last summer.', 'last summer', '2025-06-01', '2025-08-31'],
    ['Cloud spending doubled in the 2020s.', 'in the 2020s', '2020-01-01', '2029-12-31'],
    ['Downloads hit 2 million in the week of March 3, 2025.', 'in the week of March 3, 2025', '2025-03-03', '2025-03-09'],
    ['Azure grew 33% in the quarter ending September 30, 2024.', 'in the quarter ending September 30, 2024', '2024-07-01', '2024-09-30'],
    ['It raised $30 million last September.', 'last September', '2025-09-01', '2025-09-30'],
    ['Its share fell to 9% from 12% a year earlier.', 'a year earlier', '2025-01-01', '2025-12-31'],
    ['Shares jumped 8% yesterday.', 'yesterday', '2026-02-11', '2026-02-11'],
  ])('%s', (text, words, start, end) => {
    expect(dates(text)).toEqual([{ text: words, start, end, anchored: false }]);
  });

  it('marks dates counted from a launch, to be resolved against the subject', () => {
    expect(dates('Claude Code reached a $1 billion run rate just six months after launch, a velocity.')).toEqual([
      { text: 'six months after launch', start: null, end: null, anchored: true },
    ]);
  });

  it('marks windows counted from a launch, to be resolved against the subject', () => {
    expect(dates('It reached 1 million users within six months of launch.')).toEqual([
      { text: 'within six months of launch', start: null, end: null, anchored: true },
    ]);
    expect(dates('Usage tripled in its first six months.')).toEqual([{ text: 'in its first six months', start: null, end: null, anchored: true }]);
  });

  it('keeps relative dates of an undated source as dates, unresolved', () => {
    expect(dates('Helios passed 10 million users last month.', null)).toEqual([{ text: 'last month', start: null, end: null, anchored: false }]);
    expect(dates('Helios launched in 2024.', null)).toEqual([{ text: 'in 2024', start: '2024-01-01', end: '2024-12-31', anchored: false }]);
  });

  it('reads no date in ordinary words', () => {
    expect(dates('Anthropic had just launched Claude Opus 4.6 the same day. They may march on.')).toEqual([]);
    expect(dates('It fell behind years earlier, as the release date slipped.')).toEqual([]);
    expect(dates('Twelve people attended, and it took months to build.')).toEqual([]);
  });
});
