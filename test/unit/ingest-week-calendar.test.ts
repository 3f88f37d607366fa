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

describe('a week calendar is read only where it is the story company\'s', () => {
  const calendarQuarter = (text: string, value: string, publishedAt = '2026-10-29') => findByValue(readCandidates(text, publishedAt), value)?.dates;

  it('not from a weekday that dates something else: "pays its final dividend on the last Friday of March"', () => {
    const text = 'LONDON, Feb 20 (Wire) - Ashcombe Group Plc said on Friday revenue rose 4% to 2.4 billion pounds in full-year 2025. It will pay a final dividend of 4.2 pence on the last Friday of March.';
    expect(calendarQuarter(text, '2.4 billion pounds', '2026-02-20')).toBe('2025-01-01 to 2025-12-31');
  });

  it('not from a rival\'s or a customer\'s year end: "Its biggest customer, whose fiscal year ends on the last Saturday of September"', () => {
    const text =
      'TAIPEI, Oct 22 (Wire) - Formosa Precision Industry Co said on Thursday third-quarter revenue rose 14% to T$1.9 trillion. Its biggest customer, whose fiscal year ends on the last Saturday of September, accounts for about half of its sales.';
    expect(calendarQuarter(text, '14%', '2026-10-22')).toBe('2026-07-01 to 2026-09-30');
  });

  it('not from a research firm\'s weeks, and never against the company\'s own "ended Sept. 30"', () => {
    const text =
      'CHICAGO, Oct 21 (Wire) - Prairie Mills Inc said on Wednesday net sales fell 1% to $3.2 billion in the quarter ended Sept. 30. Retail sales of its cereals fell 3% in the 13 weeks ended Sept. 27, according to research firm Circle Data. Organic sales rose 0.5% in the third quarter.';
    expect(calendarQuarter(text, '0.5%', '2026-10-21')).toBe('2026-07-01 to 2026-09-30');
  });

  it('a bare quarter inside a half told in weeks is the 13 weeks of that half: "the 26 weeks to June 27 … in the second quarter"', () => {
    const text =
      'LONDON, Aug 12 (Wire) - British drinks maker Fenmore Spirits Plc said on Wednesday revenue rose 3% to 1.6 billion pounds in the 26 weeks to June 27. Organic sales grew 2.2% in the second quarter. Operating profit fell 1% in the first half.';
    expect(calendarQuarter(text, '2.2%', '2026-08-12')).toBe('2026-03-29 to 2026-06-27');
    expect(calendarQuarter(text, '1%', '2026-08-12')).toBe('2025-12-28 to 2026-06-27');
  });
});
