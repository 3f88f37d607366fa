// A funding story's total and the rounds listed in it, and a valuation told after what the company would not say.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';
import { findByValue, readCandidates } from '../support/candidates.js';

const STORY =
  'BOSTON, Nov 10 (Wire) - Corvessa Therapeutics said on Tuesday it had raised $185 million. ' +
  'Corvessa did not disclose its valuation, but a person familiar with the matter said the round valued the company at about $1.15 billion. ' +
  'The financing brings the total Corvessa has raised since its founding in 2022 to $324 million, including a $92 million Series B, a $38 million Series A in June 2023 and a $9 million seed round.';

describe('a funding story', () => {
  const claims = readCandidates(STORY, '2026-11-10');

  it('"did not disclose its valuation, but … valued the company at about $1.15 billion" states the valuation', () => {
    const valuation = extractCandidates(STORY, { publishedAt: '2026-11-10', entities: [] }).find((c) => c.value === 'about $1.15 billion');
    expect(valuation).toMatchObject({ predicate: 'valuation', negated: false });
  });

  it('with no "but", a negation still denies the figure: "it was not valued at $2 billion"', () => {
    const denied = extractCandidates('Corvessa Therapeutics said it was not valued at $2 billion.', { publishedAt: '2026-11-10', entities: [] });
    expect(denied.find((c) => c.value === '$2 billion')?.negated).toBe(true);
  });

  it('dates the running total by its "since", and no round listed with it', () => {
    expect(findByValue(claims, '$324 million')?.dates).toBe('2022-01-01 to null');
    expect(findByValue(claims, '$92 million')?.dates).toBeNull();
    expect(findByValue(claims, '$9 million')?.dates).toBeNull();
  });

  it('gives each round its own date only: the Series B\'s April 2025 is not the Series A\'s', () => {
    const rounds = readCandidates('BOSTON, Nov 10 (Wire) - Corvessa Therapeutics raised $185 million on Tuesday. It raised a $92 million Series B in April 2025 and a $38 million Series A.', '2026-11-10');
    expect(findByValue(rounds, '$92 million')?.dates).toBe('2025-04-01 to 2025-04-30');
    expect(findByValue(rounds, '$38 million')?.dates).toBeNull();
  });

  it("keeps the Series A's own June 2023 in the story's list", () => {
    expect(findByValue(claims, '$38 million')?.dates).toBe('2023-06-01 to 2023-06-30');
  });

  it('but a date that closes a list of rounds is all of theirs: "a $20 million Series A round and a $10 million seed extension in August"', () => {
    const rounds = readCandidates('BOSTON, Sept 10 (Wire) - Lindell Bio said on Wednesday it had hired a new chief executive. It raised a $20 million Series A round and a $10 million seed extension in August.', '2026-09-10');
    expect(findByValue(rounds, '$20 million')?.dates).toBe('2026-08-01 to 2026-08-31');
    expect(findByValue(rounds, '$10 million')?.dates).toBe('2026-08-01 to 2026-08-31');
  });
});
