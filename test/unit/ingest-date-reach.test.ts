// Which date a results story's figure takes when its sentence names others: a date in a clause of cause, after a
// speaker's "adding that", after a comparison or after the figure's own unnamed span belongs elsewhere, and the
// figure keeps the quarter the story reports on.
import { describe, expect, it } from 'vitest';
import { findByValue, readCandidates } from '../support/candidates.js';

const OPENING = 'BENGALURU, Oct 15 (Wire) - Sahyadri Infotech Ltd reported a 6.2% rise in profit for the July-September quarter on Thursday. ';
const QUARTER = '2026-07-01 to 2026-09-30';
const read = (text: string) => readCandidates(OPENING + text, '2026-10-15');

describe('a figure keeps the reported quarter', () => {
  it('over a date in a clause of cause after it: "as the company rolled out wage increases averaging 6% from July 1"', () => {
    const claims = read('Operating margin narrowed to 20.8% from 21.2% in the April-June quarter, as the company rolled out annual wage increases averaging 6% from July 1.');
    expect(findByValue(claims, '20.8%')?.dates).toBe(QUARTER);
    expect(findByValue(claims, '21.2%')?.dates).toBe('2026-04-01 to 2026-06-30');
  });

  it('over a date in what a speaker added: "…, the company said, adding that … since April 2025"', () => {
    const claims = read('Cloud services made up about 14% of revenue, up from 9% a year earlier, the company said, adding that more than 180,000 employees had been trained since April 2025.');
    expect(findByValue(claims, 'about 14%')?.dates).toBe(QUARTER);
    expect(findByValue(claims, '9%')?.dates).toBe('2025-07-01 to 2025-09-30');
  });

  it('over the date of what it is compared with: "compared with 11 in the June quarter"', () => {
    const claims = read('The company signed 14 large deals worth more than $50 million, compared with 11 in the June quarter. Sales in Germany rose 4%.');
    expect(findByValue(claims, 'more than $50 million')?.dates).toBe(QUARTER);
    expect(findByValue(claims, '4%')?.dates).toBe(QUARTER);
  });

  it('with its own unnamed span after a counted noun: "added a net 2,140 employees during the quarter, reversing …"', () => {
    const claims = read('Sahyadri added a net 2,140 employees during the quarter, reversing a net reduction of 1,350 in the June quarter. Sales in Germany rose 4%.');
    expect(findByValue(claims, '2,140')?.dates).toBe(QUARTER);
    // What the change reversed is an earlier state: its quarter is no new report for the figures after it.
    expect(findByValue(claims, '4%')?.dates).toBe(QUARTER);
  });

  it('with its own unnamed span before a later month: "rose 4% in the quarter, helped by demand from carmakers in September"', () => {
    const claims = read("Sahyadri's sales in Germany rose 4% in the quarter, helped by demand from carmakers in September.");
    expect(findByValue(claims, '4%')?.dates).toBe(QUARTER);
  });

  // Openings with no date of their own, so the figure's date can come only from its sentence.
  const undatedOpening = 'LONDON, Oct 29 (Wire) - Wealdstone Brewers Plc reported results on Thursday. ';

  it('but a date after "compared with a year earlier" is still the figure\'s own quarter', () => {
    const claims = readCandidates(`${undatedOpening}Revenue rose 6% compared with a year earlier in the third quarter, helped by higher prices.`, '2026-10-29');
    expect(findByValue(claims, '6%')?.dates).toBe(QUARTER);
  });

  it('and an unnamed span restated after a comma says which: "in the quarter, the three months to Sept. 30"', () => {
    const claims = readCandidates('LONDON, Oct 29 (Wire) - Berwick Insurance Group Plc reported results on Thursday. Premiums rose 7% to 2.9 billion pounds in the period, the nine months to Sept. 30.', '2026-10-29');
    expect(findByValue(claims, '2.9 billion pounds')?.dates).toBe('2026-01-01 to 2026-09-30');
  });

  it('and what the company itself reversed is a figure of the quarter: "reversed $42 million of impairment charges in the third quarter"', () => {
    const claims = readCandidates(`${undatedOpening}The company reversed $42 million of impairment charges in the third quarter, lifting net income to $67 million. Revenue rose 12% to $520 million.`, '2026-10-29');
    expect(findByValue(claims, '$520 million')?.dates).toBe(QUARTER);
  });

  it('and "reversing a loss of C$20 million, in the three months ended Sept. 30": the comma leaves the date to the clause', () => {
    const claims = readCandidates(
      'TORONTO, Nov 5 (Wire) - Rideau Energy Corp reported a third-quarter profit on Wednesday. Net income was C$95 million, reversing a loss of C$20 million, in the three months ended Sept. 30. Production rose 5%.',
      '2026-11-06',
    );
    expect(findByValue(claims, '5%')?.dates).toBe(QUARTER);
  });

  it('and a figure with its own unnamed span before an aside keeps it: "rose 4% in the quarter, the best showing for the unit, helped by demand … in September"', () => {
    const claims = readCandidates(`${undatedOpening}Sales in Germany rose 4% in the quarter, the best showing for the unit, helped by demand from carmakers in September.`, '2026-10-29');
    expect(findByValue(claims, '4%')?.dates).toBeNull();
  });
});
