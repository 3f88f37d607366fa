// One story for each guard of this session's rules, so that each fails alone when its guard is taken away: a
// research firm's weeks and the company's own month-end span against a week calendar, a research firm's tally against
// the reports under way, and an open span in a clause of cause.
import { describe, expect, it } from 'vitest';
import { findByValue, readCandidates } from '../support/candidates.js';

const datesOf = (text: string, value: string, publishedAt = '2026-10-21') => findByValue(readCandidates(text, publishedAt), value)?.dates;

describe('a week calendar', () => {
  it('is not read from a research firm\'s weeks: "in the 52 weeks to Sept. 27, according to research firm Circle Data"', () => {
    const text =
      'CHICAGO, Oct 21 (Wire) - Prairie Mills Inc said on Wednesday organic sales rose 0.5% in the third quarter. Its cereals held 21.3% of the U.S. market in the 52 weeks to Sept. 27, according to research firm Circle Data.';
    expect(datesOf(text, '0.5%')).toBe('2026-07-01 to 2026-09-30');
  });

  it('is not read against the company\'s own span to a month\'s last day: "in the quarter ended Sept. 30"', () => {
    const text =
      'CHICAGO, Oct 21 (Wire) - Prairie Mills Inc said on Wednesday net sales fell 1% to $3.2 billion in the quarter ended Sept. 30. Prairie Mills sales of cereals fell 3% in the 13 weeks ended Sept. 27. Organic sales rose 0.5% in the third quarter.';
    expect(datesOf(text, '0.5%')).toBe('2026-07-01 to 2026-09-30');
  });
});

describe("a research firm's own tally", () => {
  it('leaves a market report under way: after "Quanterra Insights said average selling prices rose 4% in the first half", Samsung\'s shipments are the quarter\'s', () => {
    const text =
      'SINGAPORE, Oct 9 (Wire) - Global smartphone shipments rose 2% in the third quarter, according to research firm Quanterra Insights. Quanterra Insights said average selling prices rose 4% in the first half. Samsung shipped 58 million phones.';
    expect(datesOf(text, '58 million', '2026-10-09')).toBe('2026-07-01 to 2026-09-30');
  });

  it("is no report of the company's with no market report under way: the grocer's profit after it is its half's", () => {
    const text =
      'LONDON, Oct 8 (Wire) - Harrow & Pike raised its forecast on Thursday. The grocer said adjusted operating profit for the 26 weeks to Sept. 5 rose 9.3% to 318 million pounds. Market research firm Kantwell said grocery price inflation eased to 3.4% in the four weeks to Sept. 27. Underlying profit before tax rose 10.1% to 262 million pounds.';
    expect(datesOf(text, '262 million pounds', '2026-10-08')).toBe('2026-03-08 to 2026-09-05');
  });
});

describe('an open span in a clause of cause', () => {
  it('dates what that clause tells, not the figure before it: "rose 5% to $3.2 billion, as the company raised prices from July 1"', () => {
    const text = 'CHICAGO, Oct 21 (Wire) - Prairie Mills Inc reported results on Wednesday. Revenue rose 5% to $3.2 billion, as the company raised prices from July 1.';
    expect(datesOf(text, '$3.2 billion')).toBeNull();
  });
});

describe('review findings', () => {
  it('"Its fiscal year, which ends on the last Friday of September" gives the calendar and no dated statement of its own', () => {
    const claims = readCandidates(
      'EDEN PRAIRIE, Minnesota, Nov 5 (Wire) - Alderwick Medical Systems Inc reported results on Thursday. Its fiscal year, which ends on the last Friday of September, closed with record sales. Adjusted gross margin widened to 66.8% in the fourth quarter.',
      '2026-11-05',
    );
    expect(findByValue(claims, '66.8%')?.dates).toBe('2026-06-27 to 2026-09-25');
    expect(claims.filter((c) => c.value === null && c.dates !== '2026-11-05 to 2026-11-05')).toEqual([]);
  });

  it("a stated weekday year end is the last one on or before the publication: a February story reads the year just ended", () => {
    // The last Saturday of December 2028 is Dec. 30, 53 weeks after that of 2027 (Dec. 25): counted back from it, the
    // quarters of 2027 would each end a week late.
    const claims = readCandidates(
      'AUSTIN, Feb 1 (Wire) - Corvane Devices Inc, whose fiscal year ends on the last Saturday of December, reported results on Tuesday. Revenue rose 6% in the fourth quarter.',
      '2028-02-01',
    );
    expect(findByValue(claims, '6%')?.dates).toBe('2027-09-26 to 2027-12-25');
  });

  it('another company sharing the first word keeps its own months: "Samsung Electronics" in a Samsung Biologics story', () => {
    const claims = readCandidates(
      'SEOUL, Oct 29 (Wire) - Samsung Biologics said on Thursday revenue rose 12% to 1.6 trillion won in the 13 weeks ended Sept. 26. Samsung Electronics said its sales rose 20% in the third quarter.',
      '2026-10-29',
    );
    expect(findByValue(claims, '20%')?.dates).toBe('2026-07-01 to 2026-09-30');
  });
});
