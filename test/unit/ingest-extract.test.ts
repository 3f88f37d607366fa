// Whole-article extraction: every anchor points at its quote in the original text, whatever the text looks like.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const FRAGMENTS = [
  'Acme holds 30% of the cloud market.',
  'Globex, by contrast, captures roughly 20 to 21% of it',
  'Initech raised $5 million in Q3 2025.',
  "OpenAI's Codex is 2x faster than GPT-5.",
  'It now has 10,000 customers',
  ' — ',
  '\n\n',
  '\r\n',
  '“Quoted” text; ',
  'émigré naïve café ',
  '🙂 ',
  '   ',
  'Helios passed 10 million users last month, six months after launch.',
  'GPT-5.3-Codex was released in early February.',
];

describe('extractCandidates', () => {
  it('anchors every candidate to its exact words, with 32 characters of context either side', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }), fc.constantFrom(null, '2025-10-14'), (parts, publishedAt) => {
        const text = parts.join(' ');
        for (const candidate of extractCandidates(text, { publishedAt, entities: [] })) {
          const { quote, start, end, prefix, suffix } = candidate.anchor;
          expect(text.slice(start, end)).toBe(quote);
          expect(prefix).toBe(text.slice(Math.max(0, start - 32), start));
          expect(suffix).toBe(text.slice(end, end + 32));
          expect(quote.trim()).toBe(quote);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same text gives the same candidates', () => {
    const text = FRAGMENTS.join(' ');
    expect(extractCandidates(text, { publishedAt: '2025-10-14', entities: [] })).toEqual(extractCandidates(text, { publishedAt: '2025-10-14', entities: [] }));
  });

  it('finds nothing in text without figures, dates or claims', () => {
    expect(extractCandidates('The best choice is the one that fits how you work.', { publishedAt: null, entities: [] })).toEqual([]);
  });
});
