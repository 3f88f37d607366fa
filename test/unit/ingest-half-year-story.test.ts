// A retailer's half-year story: its half told as "the 26 weeks to Sept. 5", its quarters inside the half, and a
// research firm's market data (12 and 4 weeks to another day) quoted between its own figures.
import { describe, expect, it } from 'vitest';
import { findByValue, readCandidates } from '../support/candidates.js';

const STORY =
  "LONDON, Oct 8 (Wire) - Harrow & Pike, Britain's sixth-largest supermarket chain, raised its full-year profit forecast on Thursday after first-half earnings beat expectations. " +
  'The grocer said adjusted operating profit for the 26 weeks to Sept. 5 rose 9.3% to 318 million pounds. ' +
  'Like-for-like sales grew 3.9% in the half, accelerating to 4.3% in the second quarter from 3.5% in the first quarter. ' +
  "Harrow & Pike's share of the British grocery market rose to 9.4% in the 12 weeks to Sept. 27, according to market research firm Kantwell. " +
  'Kantwell said grocery price inflation eased to 3.4% in the four weeks to Sept. 27. ' +
  'Underlying profit before tax rose 10.1% to 262 million pounds. ' +
  'Online sales rose 11.7% to 1.42 billion pounds.';
const HALF = '2026-03-08 to 2026-09-05';

describe("a half-year story with a research firm's data in it", () => {
  const claims = readCandidates(STORY, '2026-10-08');

  it("dates the grocer's figures after the firm's \"four weeks to Sept. 27\" by its own half", () => {
    expect(findByValue(claims, '262 million pounds')).toMatchObject({ subject: 'Harrow & Pike', predicate: 'profit', dates: HALF });
    expect(findByValue(claims, '1.42 billion pounds')).toMatchObject({ subject: 'Harrow & Pike', dates: HALF });
  });

  it("keeps the firm's own tally on its own weeks", () => {
    expect(findByValue(claims, '3.4%')?.dates).toBe('2026-08-31 to 2026-09-27');
    expect(findByValue(claims, '9.4%')).toMatchObject({ predicate: 'market_share', dates: '2026-07-06 to 2026-09-27' });
  });

  it('"grew 3.9% in the half, accelerating to 4.3% in the second quarter": the half\'s rate and the quarter\'s are apart', () => {
    expect(findByValue(claims, '3.9%')?.dates).toBe(HALF);
  });

  it("dates the bare quarters inside the half as the grocer's own 13-week quarters", () => {
    expect(findByValue(claims, '4.3%')?.dates).toBe('2026-06-07 to 2026-09-05');
    expect(findByValue(claims, '3.5%')?.dates).toBe('2026-03-08 to 2026-06-06');
  });
});
