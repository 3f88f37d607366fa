// A company with a 52-53-week year: its named quarters, halves and years are the weeks its calendar counts, not the
// whole months the fiscal rules and the period parser count in.
import { describe, expect, it } from 'vitest';
import { weeksOfMonthSpan } from '../../src/ingest/week-calendar.js';
import { findByValue, readCandidates } from '../support/candidates.js';

const read = readCandidates;
const find = findByValue;

const DEVICE_MAKER =
  'EDEN PRAIRIE, Minnesota, Nov 5 (Wire) - Alderwick Medical Systems Inc reported fiscal fourth-quarter revenue above estimates on Thursday. ' +
  "Revenue for the three months ended Sept. 25 rose 8.4% to $1.87 billion. Alderwick's fiscal year ends in September. " +
  'Adjusted gross margin widened to 66.8% in the fourth quarter from 65.9% a year earlier. ' +
  'Full-year revenue was $7.06 billion, up from $6.635 billion in fiscal 2025. ' +
  'For fiscal 2027, Alderwick expects adjusted earnings of $7.10 to $7.30 per share.';

describe('a company whose quarters end on a weekday near the month end', () => {
  const claims = read(DEVICE_MAKER, '2026-11-05');

  it('dates "the fourth quarter" by the 13 weeks its "three months ended Sept. 25" showed, not July to September', () => {
    expect(find(claims, '66.8%')?.dates).toBe('2026-06-27 to 2026-09-25');
  });

  it('dates the quarter "a year earlier" 52 weeks back', () => {
    expect(find(claims, '65.9%')?.dates).toBe('2025-06-28 to 2025-09-26');
  });

  it('dates "fiscal 2025" and the forecast for "fiscal 2027" as 52-week years ending on the calendar\'s days', () => {
    expect(find(claims, '$6.635 billion')?.dates).toBe('2024-09-28 to 2025-09-26');
    expect(find(claims, '$7.10 to $7.30')?.dates).toBe('2026-09-26 to 2027-09-24');
  });

  it('reads the calendar from a year end stated by its weekday: "ends on the last Friday of September"', () => {
    const stated = read(
      'EDEN PRAIRIE, Minnesota, Nov 5 (Wire) - Alderwick Medical Systems Inc, whose fiscal year ends on the last Friday of September, reported results on Thursday. ' +
        'Adjusted gross margin widened to 66.8% in the fiscal fourth quarter.',
      '2026-11-05',
    );
    expect(find(stated, '66.8%')?.dates).toBe('2026-06-27 to 2026-09-25');
    // The year end says how to read the quarters; it is no dated statement of its own.
    expect(stated.filter((c) => c.value === null && c.dates !== '2026-11-05 to 2026-11-05')).toEqual([]);
  });
});

describe('months stay months', () => {
  it('for a company whose quarter ends on the month\'s last day', () => {
    const claims = read(
      'CHICAGO, Oct 22 (Wire) - Harlow Foods Inc reported results on Thursday. Revenue for the three months ended Sept. 30 rose 4% to $2.1 billion. ' +
        'Gross margin widened to 31.2% in the third quarter from 30.4% a year earlier.',
      '2026-10-22',
    );
    expect(find(claims, '31.2%')?.dates).toBe('2026-07-01 to 2026-09-30');
    expect(find(claims, '30.4%')?.dates).toBe('2025-07-01 to 2025-09-30');
  });

  it('for a market report that names a rival\'s "fiscal fourth quarter ended June 28"', () => {
    const claims = read(
      'SAN JOSE, Oct 9 (Wire) - Global billings for chip-making equipment rose 12% in the second quarter, the Global Semiconductor Equipment Council said on Thursday. ' +
        'Cascade Process Systems posted revenue of $5.41 billion for its fiscal fourth quarter ended June 28. ' +
        'The Global Semiconductor Equipment Council raised its forecast for full-year 2026 equipment sales to $148.5 billion.',
      '2026-10-09',
    );
    expect(find(claims, '12%')?.dates).toBe('2026-04-01 to 2026-06-30');
    expect(find(claims, '$148.5 billion')?.dates).toBe('2026-01-01 to 2026-12-31');
  });

  it('for another party\'s quarter in the company\'s story', () => {
    const claims = read(
      `${DEVICE_MAKER} Rival Brantley Scientific said its sales grew 5.5% in the third quarter.`,
      '2026-11-05',
    );
    expect(find(claims, '5.5%')?.dates).toBe('2026-07-01 to 2026-09-30');
  });
});

describe('weeksOfMonthSpan', () => {
  const calendar = { quarterEnd: '2026-09-25', reach: 7 };

  it('moves whole-month quarters, halves, nine months and years onto the 13-week beat', () => {
    expect(weeksOfMonthSpan(calendar, '2026-10-01', '2026-12-31')).toEqual({ start: '2026-09-26', end: '2026-12-25' });
    expect(weeksOfMonthSpan(calendar, '2026-04-01', '2026-09-30')).toEqual({ start: '2026-03-28', end: '2026-09-25' });
    expect(weeksOfMonthSpan(calendar, '2025-10-01', '2026-06-30')).toEqual({ start: '2025-09-27', end: '2026-06-26' });
  });

  it('leaves spans that are not whole quarters, or end far from any quarter end', () => {
    expect(weeksOfMonthSpan(calendar, '2026-09-01', '2026-09-30')).toBeNull();
    expect(weeksOfMonthSpan(calendar, '2026-08-01', '2026-10-31')).toBeNull();
    expect(weeksOfMonthSpan(calendar, '2026-07-15', '2026-09-30')).toBeNull();
  });
});
