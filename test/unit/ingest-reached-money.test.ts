// A change told with the money total it reached and no measure named ("Stratos grew 33% to $26.1 billion"), and a
// figure lifted ("raised its full-year forecast to $462 billion") that is no money raised.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const read = (text: string) =>
  extractCandidates(text, { publishedAt: '2026-11-12', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.qualifiers.find((q) => q.key === 'measure')?.value ?? null]);

describe('a party that "grew 33% to $26.1 billion"', () => {
  it("is a company's revenue and its growth", () => {
    expect(read('Acme Corp said sales were strong in every region. Acme Corp grew 33% to $26.1 billion in the third quarter.')).toEqual([
      ['Acme Corp', 'growth_rate', '33%', 'revenue'],
      ['Acme Corp', 'revenue', '$26.1 billion', null],
    ]);
  });

  it('reads past a name in brackets: a drug "Ostrivan (zelparib) grew 23 per cent to SFr640mn"', () => {
    expect(read('Sales of Halvex AG rose in the quarter. The cancer drug Ostrivan (zelparib) grew 23 per cent to SFr640mn.').slice(-2)).toEqual([
      ['Ostrivan', 'growth_rate', '23 per cent', 'revenue'],
      ['Ostrivan', 'revenue', 'SFr640mn', null],
    ]);
  });

  it('is the growth of what is spent in a market: "The European cloud market grew 22% to $25.0 billion" (its level stays for a reviewer)', () => {
    const text = 'Worldwide spending on cloud services reached $118.6 billion in the third quarter, research firm Kestrel Analytics said. The European cloud market grew 22% to $25.0 billion.';
    expect(read(text).slice(1)).toEqual([
      ['European cloud market', 'growth_rate', '22%', 'revenue'],
      ['European cloud market', 'unclassified', '$25.0 billion', null],
    ]);
  });

  it('reads "grew by 33% to" and helpers between the party and its verb ("has grown")', () => {
    expect(read('Acme Corp said sales were strong. Acme Corp grew by 33% to $26.1 billion in the third quarter.')).toEqual([
      ['Acme Corp', 'growth_rate', '33%', 'revenue'],
      ['Acme Corp', 'revenue', '$26.1 billion', null],
    ]);
    expect(read('Acme Corp said sales were strong. Acme Corp has grown 40% to $30 billion in the past year.')[0]).toEqual(['Acme Corp', 'growth_rate', '40%', 'revenue']);
  });

  it('is not revenue when a measure stands between the party and its verb, known to the reader or not', () => {
    const values = read(
      'Ridgefield Assurance said net premiums written increased 9% to $5.42 billion. Provisions dropped 18% to $1.1 billion. ' +
        'Remaining performance obligations rose 31% to $7.8 billion.',
    );
    expect(values.filter(([, predicate]) => predicate === 'revenue' || predicate === 'growth_rate')).toEqual([]);
  });

  it('is not revenue when the money counts something named after it, is a market value moved in a day, or the story speaks of no revenue', () => {
    const revenue = (text: string) => read(text).filter(([, predicate]) => predicate === 'revenue' || predicate === 'growth_rate');
    expect(revenue('Acme Corp said sales rose. Vanguard grew 11% to $10 trillion in assets.')).toEqual([]);
    expect(revenue('Acme Corp said sales rose. Microsoft rose 3% to $3.1 trillion on Friday, overtaking Apple.')).toEqual([]);
    expect(revenue('BlackRock grew 10% to $11.5 trillion, the asset manager said.')).toEqual([]);
  });

  it('is not revenue when the money is a price or says what it is', () => {
    expect(read('Acme Corp shares rose 5% to $41.').filter(([, predicate]) => predicate === 'revenue')).toEqual([]);
    expect(read('Acme Corp grew 20% to a valuation of $5 billion.').filter(([, predicate]) => predicate === 'revenue')).toEqual([]);
  });
});

describe('a figure raised is no money raised', () => {
  it('"raised its full-year forecast to $462 billion" is no funding round', () => {
    expect(read('Kestrel Analytics raised its full-year forecast to $462 billion from $448 billion.').map(([, predicate]) => predicate)).not.toContain('funding_raised');
  });

  it('"raised its dividend to $1.2 billion" is none either, while "raised $40 million" still is', () => {
    expect(read('Acme Corp raised its annual dividend payout to $1.2 billion.').map(([, predicate]) => predicate)).not.toContain('funding_raised');
    expect(read('Acme Corp raised $40 million in a Series B round led by Sequoia.').map(([, predicate]) => predicate)).toContain('funding_raised');
  });
});

describe('a market that grew with no measure named', () => {
  it('"The global cloud market grew 17%" is the growth of its size, as is "is expected to grow by 12%"', () => {
    expect(read('The global cloud market grew 17% in the third quarter, Kestrel Analytics said.')).toEqual([['global cloud market', 'growth_rate', '17%', 'size']]);
    expect(read('The Chinese electric-vehicle market is expected to grow by 12% next year, Rho Analytics said.')).toEqual([
      ['Chinese electric-vehicle market', 'growth_rate', '12%', 'size'],
    ]);
  });

  it('keeps a measure the sentence names ("spending in the cloud market rose 21%") and leaves a region with none for a reviewer', () => {
    expect(read('Spending in the global cloud market rose 21% in the third quarter, Kestrel Analytics said.')[0]?.[3]).toBe('spending');
    expect(read('Europe grew 9% in the quarter, Kestrel Analytics said.').filter(([, predicate]) => predicate === 'growth_rate')).toEqual([]);
  });
});

describe('"it grew" amid revenue', () => {
  it('"in constant currency, it grew 4.3% year on year" after a revenue figure is a growth of revenue, counted at constant currency', () => {
    const claims = extractCandidates(
      'Sutra Infosystems said revenue in dollar terms rose 3.1% from a year earlier; in constant currency, the measure most closely watched by investors, it grew 4.3% year on year.',
      { publishedAt: '2026-10-15', entities: [] },
    );
    expect(claims.find((c) => c.value === '4.3%')?.qualifiers.find((q) => q.key === 'measure')?.value).toBe('constant-currency revenue');
  });

  it('is no growth of anything where the story speaks of no revenue', () => {
    expect(read('Acme Corp said it grew 20% last year.').filter(([, predicate]) => predicate === 'growth_rate')).toEqual([]);
  });
});

