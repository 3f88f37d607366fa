// Spans a year back named without "a year earlier" ("the year-ago quarter", "the same period of 2025"), a date in an
// aside between a subject and its verb, a total in billions beside earnings per share, and an Indian story's "FY27".
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';
import { periodDates as dates } from '../support/period-dates.js';

const read = (text: string, publishedAt: string) =>
  extractCandidates(text, { publishedAt, entities: [] }).map((c) => [c.subject, c.predicate, c.value, dates(c.period, publishedAt)] as const);
const story = 'STOCKHOLM, July 16 - Kastell posted second-quarter operating profit of SEK 5.1 billion. ';

describe('a span a year back named by its own words', () => {
  it('"from 43.5% in the year-ago quarter" is the reported quarter a year back', () => {
    const claims = read(`${story}Net sales fell 4% to SEK 58.3 billion from SEK 60.8 billion in the year-ago quarter.`, '2026-07-16');
    expect(claims.find(([, , value]) => value === 'SEK 60.8 billion')?.[3]).toBe('2025-04-01 to 2025-06-30');
  });

  it('"against SEK 1.4 billion in the same period of 2025" is that span in 2025, and dates nothing else', () => {
    const claims = read(`${story}Net income was SEK 3.2 billion, against SEK 1.4 billion in the same period of 2025.`, '2026-07-16');
    expect(claims.filter(([, , value]) => value === 'SEK 3.2 billion' || value === 'SEK 1.4 billion').map(([, , value, period]) => [value, period])).toEqual([
      ['SEK 3.2 billion', '2026-04-01 to 2026-06-30'],
      ['SEK 1.4 billion', '2025-04-01 to 2025-06-30'],
    ]);
  });

  it('leaves "against" between two parties\' figures alone: no earlier state', () => {
    const claims = read('Lamina held 6.5% of the global etch market in the second quarter, against roughly 45% for Applied Materials.', '2026-07-16');
    expect(claims.map(([, , , period]) => period)).toEqual(['2026-04-01 to 2026-06-30', '2026-04-01 to 2026-06-30']);
  });
});

describe('a sentence dated only a year back', () => {
  it('goes back from the span the sentence before reported on', () => {
    const text =
      "NEW DELHI: India's smartphone shipments rose 6.8% year-on-year to 37.8 million units in the April-June quarter, market tracker Kestrel Data Insights said on Friday. " +
      'Shipments stood at 35.4 million units in the same period last year.';
    expect(read(text, '2026-07-24').find(([, , value]) => value === '35.4 million')?.[3]).toBe('2025-04-01 to 2025-06-30');
  });
});

describe('a date in an aside between the subject and its verb', () => {
  it('dates the aside, not the segment\'s sales after it', () => {
    const text = `${story}The enterprise segment, home to the cloud communications platform it bought for $5.8 billion in 2022, posted sales of SEK 6.2 billion, up 3.3%.`;
    const claims = read(text, '2026-07-16');
    expect(claims.find(([, , value]) => value === 'SEK 6.2 billion')?.[3]).toBe('2026-04-01 to 2026-06-30');
    expect(claims.find(([, , value]) => value === '$5.8 billion')?.[3]).toBe('2022-01-01 to 2022-12-31');
  });

  it('still dates a report whose aside tells the span it covers', () => {
    const text = "The regulator's latest sector report, covering April to June, put Kivuli's share of mobile subscriptions at 63.1%.";
    expect(read(text, '2026-09-20').find(([, , value]) => value === '63.1%')?.[3]).toBe('2026-04-01 to 2026-06-30');
  });
});

describe('earnings per share beside a total', () => {
  it('reads no total in billions as earnings per share', () => {
    const text = `${story}Net income was SEK 3.2 billion, or SEK 0.96 per share, against SEK 1.4 billion, or SEK 0.42, in the same period of 2025.`;
    const perShare = read(text, '2026-07-16').filter(([, predicate]) => predicate === 'earnings_per_share');
    expect(perShare.map(([, , value]) => value)).not.toContain('SEK 1.4 billion');
  });
});

describe("an Indian story's fiscal years", () => {
  it('dates "Q2 FY27" as July to September 2026, also where the story speaks of "the calendar year"', () => {
    const text =
      'Suryavan Green Energy Ltd said net profit rose to Rs 612 crore in Q2 FY27 from Rs 443 crore in the year-ago quarter. ' +
      'The share sale could be launched before the end of the calendar year, the company said.';
    const claims = read(text, '2026-10-29');
    expect(claims.filter(([, predicate]) => predicate === 'profit').map(([, , value, period]) => [value, period])).toEqual([
      ['Rs 612 crore', '2026-07-01 to 2026-09-30'],
      ['Rs 443 crore', '2025-07-01 to 2025-09-30'],
    ]);
  });
});

describe('review cases of the later rules', () => {
  const quarter = 'Acme Corp reported third-quarter results. ';

  it('a span a year back dates only what is compared with, and no statement of its own', () => {
    const claims = read(`${quarter}Revenue rose 9% to $2.9 billion against a tough comparison in the year-ago quarter.`, '2026-10-20');
    expect(claims.filter(([, , value]) => value === '9%' || value === '$2.9 billion').map(([, , , period]) => period)).not.toContain('2025-07-01 to 2025-09-30');
    const hurt = read(`${quarter}Revenue rose 9% to $2.9 billion, while the year-ago quarter was hurt by strikes.`, '2026-10-20');
    expect(hurt.filter(([, predicate, value]) => predicate === 'unclassified' && value === null).map(([, , , period]) => period)).not.toContain('2025-07-01 to 2025-09-30');
  });

  it('reaches a year back past a per-share restatement: "against $900 million, or 76 cents, in the year-ago quarter"', () => {
    const text = `${quarter}Net income was $1.2 billion, or $1.02 per diluted share, against $900 million, or 76 cents, in the year-ago quarter.`;
    const claims = read(text, '2026-10-20');
    expect(claims.find(([, , value]) => value === '$1.2 billion')?.[3]).not.toBe('2025-07-01 to 2025-09-30');
    expect(claims.find(([, , value]) => value === '$900 million')?.[3]).toBe('2025-07-01 to 2025-09-30');
  });

  it('goes back from a span, never from the day results were reported', () => {
    const claims = read('Acme Corp reported results on Tuesday. Revenue rose to $2.9 billion from $2.1 billion in the year-ago quarter.', '2026-10-20');
    expect(claims.find(([, , value]) => value === '$2.1 billion')?.[3]).not.toBe('2025-10-20 to 2025-10-20');
  });

  it('keeps a rival\'s figure "in the same period" (no year named) on the period told', () => {
    const claims = read('Lamina held 6.5% of the global etch market in the third quarter, against roughly 45% for Applied Materials in the same period.', '2026-10-20');
    expect(claims.find(([, , value]) => value === 'roughly 45%')?.[3]).toBe('2026-07-01 to 2026-09-30');
  });

  it('keeps an aside that is only the date, and a month the figure is of in an "as" clause', () => {
    expect(read('Acme Corp, in the third quarter, posted revenue of $2.1 billion, up 9%.', '2026-10-20').map(([, , , period]) => period)).toEqual([
      '2026-07-01 to 2026-09-30',
      '2026-07-01 to 2026-09-30',
    ]);
    expect(read('Kestrel Airlines said passenger traffic rose 9% as travel demand in September held up.', '2026-10-20')[0]?.[3]).toBe('2026-09-01 to 2026-09-30');
  });

  it('takes no March year for a Japanese story that gives its Indian unit\'s profit in crore', () => {
    const text = "TOKYO - Suzuki Motor raised its operating profit forecast for fiscal 2026 to 600 billion yen. Its Indian unit Maruti Suzuki posted a quarterly profit of Rs 3,400 crore.";
    expect(read(text, '2026-10-20').find(([, , value]) => value === '600 billion yen')?.[3]).not.toBe('2025-04-01 to 2026-03-31');
  });

  it("gives a rival's figures after its founder's quoted words to no one else", () => {
    const text =
      'SHENZHEN, Oct 19 - BYD said September sales rose 30% to 420,000 vehicles. Nio, a smaller rival, said its deliveries slipped. ' +
      '"We will not join a price war," Nio founder William Li said. "Our users value service," he said. Deliveries fell 9% to 21,000 vehicles in September.';
    expect(read(text, '2026-10-20').filter(([subject, , value]) => subject === 'BYD' && (value === '9%' || value === '21,000'))).toEqual([]);
  });

  it('gives "The total value of the market rose 18% to about $10.8 billion" to no research firm as revenue', () => {
    const text =
      "NEW DELHI: India's smartphone shipments rose 6.8% to 37.8 million units in the April-June quarter, market tracker Kestrel Data Insights said on Friday. " +
      'The average selling price hit a record Rs 24,600 in the quarter, Kestrel said. The total value of the market rose 18% to about $10.8 billion.';
    expect(read(text, '2026-07-24').filter(([subject, predicate]) => subject.startsWith('Kestrel') && predicate === 'revenue')).toEqual([]);
  });
});

describe("a quarter named as the company's own: \"the first quarter of Kaede's financial year\"", () => {
  it("makes the story's bare first quarter the fiscal one", () => {
    const text =
      "TOKYO, Aug 6 - Kaede Motor Corp, whose financial year ends in March, reported a 38.6% drop in first-quarter operating profit. " +
      "Operating profit for April-June, the first quarter of Kaede's financial year, fell to ¥312.4 billion. Revenue rose 2.1% to ¥4.86 trillion.";
    const claims = read(text, '2026-08-06');
    expect(claims.find(([, , value]) => value === '38.6%')?.[3]).toBe('2026-04-01 to 2026-06-30');
    expect(claims.find(([, , value]) => value === '¥4.86 trillion')?.[3]).toBe('2026-04-01 to 2026-06-30');
  });
});

describe('code review cases of the session', () => {
  it('dates "Revenue was $2.8 billion in the year-ago quarter" a year back', () => {
    const claims = read('Acme Corp reported revenue of $3.1 billion in the third quarter. Revenue was $2.8 billion in the year-ago quarter.', '2026-10-20');
    expect(claims.find(([, , value]) => value === '$2.8 billion')?.[3]).toBe('2025-07-01 to 2025-09-30');
  });

  it('reads a share moved to "on Tuesday" as a share still', () => {
    const claims = read('Samsung held 23% of the global smartphone market in the third quarter. Stratos edged up to 22% from 21% on Tuesday.', '2026-10-20');
    expect(claims.filter(([subject, predicate]) => subject === 'Stratos' && predicate === 'market_share').map(([, , value]) => value)).toEqual(['22%', '21%']);
  });

  it('leaves July to "as the rains disrupted mining in July"', () => {
    const text = 'Mineradora Itacambira SA posted third-quarter net profit of R$4.1 billion. Iron ore output slipped 3.2% to 71.6 million tonnes as the rains disrupted mining in July.';
    expect(read(text, '2026-10-29').find(([, , value]) => value === '3.2%')?.[3]).toBe('2026-07-01 to 2026-09-30');
  });

  it("takes a spokesman for a company with a like name for another party's", () => {
    const text = 'Valeo Corp posted third-quarter net profit of $4.1 billion. "Prices will stay low," a Vale spokesman said. "We are cutting output," he said. Iron ore output fell 9% to 71 million tonnes.';
    expect(read(text, '2026-10-20').filter(([subject, , value]) => subject === 'Valeo Corp' && value === '9%')).toEqual([]);
  });
});
