// Reading article text into sentences and tokens whose offsets point into the original text.
import { describe, expect, it } from 'vitest';
import { readArticle, sliceTokens } from '../../src/ingest/document.js';

const sentences = (text: string): string[] => {
  const doc = readArticle(text);
  return doc.sentences.map((s) => sliceTokens(doc, s.first, s.last));
};

describe('readArticle', () => {
  it('gives every token its exact place in the original text', () => {
    const text = 'Acme’s revenue “grew” 3×—to €30m.\r\n\r\n  It’s now 2.5x faster.\tDone.';
    const doc = readArticle(text);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(doc.tokens.every((t) => t.text.trim() !== '')).toBe(true);
  });

  it('does not break a sentence inside a name with a full stop ("GPT-5.3-Codex")', () => {
    expect(sentences('When OpenAI released GPT-5.3-Codex in early February, the timing looked deliberate. Anthropic had just launched.')).toEqual([
      'When OpenAI released GPT-5.3-Codex in early February, the timing looked deliberate.',
      'Anthropic had just launched.',
    ]);
  });

  it('keeps abbreviations inside a sentence but ends one after a figure like "€30m."', () => {
    expect(sentences('Acme Corp. raised €30m. It has 1.2k users in the U.S. market.')).toEqual(['Acme Corp. raised €30m.', 'It has 1.2k users in the U.S. market.']);
  });

  it('ends headlines and paragraphs at line breaks, not hard-wrapped lines', () => {
    expect(sentences('Nimbus Labs Raises $120 Million\n\nSAN FRANCISCO -- Nimbus Labs said revenue\nreached $48 million. Next.')).toEqual([
      'Nimbus Labs Raises $120 Million',
      'SAN FRANCISCO -- Nimbus Labs said revenue\nreached $48 million.',
      'Next.',
    ]);
    // A headline is a line of its own however long it is: the byline under it is not part of it.
    expect(sentences('Paris AI start-up Lumenfold raises €420 million at €3.1 billion valuation in a Series C round\nBy Sophie Laurent | PARIS | October 7, 2025\n\nLumenfold said.')).toEqual([
      'Paris AI start-up Lumenfold raises €420 million at €3.1 billion valuation in a Series C round',
      'By Sophie Laurent | PARIS | October 7, 2025',
      'Lumenfold said.',
    ]);
  });

  it('reads a very long run without spaces as blank, keeping offsets', () => {
    const text = `Acme holds 30% of the market. ${'x'.repeat(100_000)} Globex holds 20%.`;
    const started = performance.now();
    const doc = readArticle(text);
    expect(performance.now() - started).toBeLessThan(5000);
    const last = doc.tokens.at(-2)!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
    expect(doc.tokens.some((t) => t.text.startsWith('xxx'))).toBe(false);
  });
});
