// The outlet an article comes from reports its figures and is never a party to them: the line under the headline
// and the name a dateline gives in brackets.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const subjects = (text: string) => extractCandidates(text, { publishedAt: '2026-12-03', entities: [] }).map((c) => [c.subject, c.predicate, c.object, c.value]);

describe('the outlet of an article', () => {
  it("is no party, and no market, under a headline or in the dateline's brackets", () => {
    const article =
      'Specialist GPU clouds take share from giants as AI chip rental market hits $14.2 billion a quarter\n' +
      'Northgate Business Review\n\n' +
      'SAN FRANCISCO, Dec 3 (Northgate Business Review) - The AI chip rental market grew 13% from the second quarter, when it totalled $12.6 billion. ' +
      'Stratocore, the largest provider, held 29% of the market in the July-to-September quarter.';
    const read = subjects(article);
    expect(read.every(([subject, , object]) => !/northgate/i.test(`${subject} ${object}`))).toBe(true);
    expect(read.find(([subject]) => subject === 'Stratocore')).toEqual(['Stratocore', 'market_share', 'AI chip rental market', '29%']);
    // "$14.2 billion a quarter" is a rate: "a quarter" is no 25% share of anything.
    expect(read.some(([, , , value]) => value === 'a quarter')).toBe(false);
  });

  it("leaves the story's company the subject when the outlet's line is a news agency's name", () => {
    const article =
      'Crestline Airways tops Wall Street estimates as premium cabins fill up\n' +
      'Associated Press\n\n' +
      'DALLAS (AP) — Crestline Airways said Thursday that its third-quarter profit rose 16% to $412 million.';
    expect(subjects(article).map(([subject]) => subject)).toEqual(['Crestline Airways', 'Crestline Airways']);
  });

  it('reads "organic sales" as the company\'s measure, never a market named "organic"', () => {
    const story = 'Vattra AB reported results. Vattra now expects organic sales growth of 1% to 3% in 2026.';
    // "Vattra" is "Vattra AB" (AB is a company suffix, as Inc or AG), one party.
    expect(subjects(story).map(([subject]) => subject)).toEqual(['Vattra AB']);
  });
});
