// A results story's figures and the span they report on: whose a figure is after sentences about no party, which
// span a figure takes after a quarter's and a year's figures, fiscal years written "2025/26", a British grocer's
// "26 weeks", a change told as a noun after "raised its forecast", and analysts' "had expected" beside the figure.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';
import { findByValue, readCandidates } from '../support/candidates.js';

const read = readCandidates;
const find = findByValue;

describe("a company's figures after sentences about no party", () => {
  const story =
    "LAGOS, Oct 29 (Wire) - Kora Mobile Nigeria swung to a profit in the first nine months of 2026, the company said on Thursday. " +
    'Revenue jumped 41.2% to 1.86 trillion naira. ' +
    'The naira weakened to 1,662 per dollar on the official market at the end of September, a fall of about 7.6%, after foreign investors pulled money out in the third quarter. ' +
    'Lease liabilities, mostly owed to tower landlords, rose to 2.41 trillion naira at Sept. 30.\n\n' +
    'DATA DRIVES GROWTH\n\n' +
    'Mobile subscribers rose 6.8% year on year to 94.7 million at the end of September.';

  it('are still the story company\'s: "Mobile subscribers rose 6.8% to 94.7 million" past a currency\'s slide and a heading', () => {
    expect(find(read(story, '2026-10-29'), '94.7 million')).toMatchObject({ subject: 'Kora Mobile Nigeria', predicate: 'user_count' });
  });

  it('but not the main name of a story about a market\'s parts, written in lower case ("AI-related workloads")', () => {
    const market =
      'AI-related workloads drew 38% of new capacity in 2026, Harbourview Research said. AI-related workloads used 4.2 GW in the first half. ' +
      'Vacancy in Singapore fell to a record low. Rents rose. Operational capacity stood at 1.1 GW.';
    expect(find(read(market, '2026-09-15'), '1.1 GW')).toBeUndefined();
  });
});

describe('the span a figure reports on', () => {
  it('a quarter named in a clause of cause, with no party\'s figure, starts no report the company\'s figures take', () => {
    const claims = read(
      'Kora Mobile Nigeria reported results on Thursday. Revenue for the first nine months rose 41.2% to 1.86 trillion naira. ' +
        'The naira weakened to 1,662 per dollar on the official market, after foreign investors pulled money out in the third quarter. ' +
        'Kora Mobile Nigeria said data revenue rose 58.3% to 912.6 billion naira.',
      '2026-10-29',
    );
    expect(find(claims, '912.6 billion naira')?.dates).toBe('2026-01-01 to 2026-09-30');
  });

  it('"analysts had expected" beside the figure does not keep its span from being the one the story reports on', () => {
    const claims = read(
      'Marlow & Finch said underlying pretax profit rose to 412 million pounds in the six months to Aug. 29, ahead of the 398 million pounds analysts had expected. ' +
        'Group revenue climbed 4.6% to 11.84 billion pounds.',
      '2026-10-08',
    );
    expect(find(claims, '11.84 billion pounds')?.dates).toBe('2026-03-01 to 2026-08-29');
  });

  it('"for the year" after the quarter\'s figures is the year reported before them, not the quarter', () => {
    const claims = read(
      'Corvane Systems said revenue for the fiscal year ended June 30 rose 18% to $7.42 billion. ' +
        'Revenue for the fourth quarter, the quarter ended June 30, was $2.05 billion, ahead of the $1.96 billion analysts had expected. ' +
        'Bookings for the year reached $8.1 billion.',
      '2026-08-14',
    );
    expect(find(claims, '$2.05 billion')?.dates).toBe('2026-04-01 to 2026-06-30');
    expect(find(claims, '$8.1 billion')?.dates).toBe('2025-07-01 to 2026-06-30');
  });
});

describe("a British grocer's half and split years", () => {
  const story =
    'LONDON, Oct 8 (Wire) - Marlow & Finch raised its full-year profit forecast on Thursday after a 9.2% jump in first-half earnings. ' +
    'Underlying pretax profit rose to 412 million pounds in the 26 weeks to Aug. 29. ' +
    'It made 768 million pounds in 2025/26. ' +
    'Its operating margin of 4.1% was short of the 4.4% the group earned in 2019/20, the last full year before the pandemic.';
  const claims = read(story, '2026-10-08');

  it('"the 26 weeks to Aug. 29" says its year ends in February, so "first-half" is those 26 weeks from March 1', () => {
    expect(find(claims, '9.2%')).toMatchObject({ predicate: 'growth_rate', dates: '2026-03-01 to 2026-08-29' });
  });

  it('"after a 9.2% jump" is a result told, not part of the forecast raised before it', () => {
    expect(find(claims, '9.2%')?.forecast).toBe(false);
  });

  it('"2025/26" and "2019/20" are its fiscal years, March to February (the last one 52 weeks); "the last full year" is no date', () => {
    expect(find(claims, '768 million pounds')?.dates).toBe('2025-03-02 to 2026-02-28');
    expect(find(claims, '4.4%')?.dates).toBe('2019-03-01 to 2020-02-29');
  });

  it('"2025-26" is April to March in an Indian story, and dates nothing where the story says not whose year it is', () => {
    const indian = 'MUMBAI (Wire) - Acme Ltd expects revenue of Rs 500 crore in 2025-26, up from Rs 420 crore, its shares rose on the BSE.';
    expect(find(read(indian, '2025-06-01'), 'Rs 500 crore')?.dates).toBe('2025-04-01 to 2026-03-31');
    expect(find(read('Acme Sports Ltd expects broadcast income of $6.2 billion for the 2025-26 season.', '2025-06-01'), '$6.2 billion')?.dates).toBeNull();
  });

  it('"its first full-year profit" and "its prior full-year guidance" are this year\'s; "its previous full-year record" is not', () => {
    const rivian = read('Rivian reported its first full-year profit, of $120 million, and kept its prior full-year guidance of $5 billion in revenue.', '2026-12-20');
    expect(find(rivian, '$120 million')?.dates).toBe('2026-01-01 to 2026-12-31');
    const hanbit = read('Hanbit Semiconductor said operating profit reached 24.6 trillion won, surpassing its previous full-year record of 21.3 trillion won, set in 2025.', '2026-12-20');
    expect(find(hanbit, '21.3 trillion won')?.dates).toBe('2025-01-01 to 2025-12-31');
  });
});

describe('a fiscal year written with its number first', () => {
  it('"the first quarter of its 2027 financial year, which began on July 1" is July to September 2026', () => {
    const claims = read(
      'Thaba Platinum Holdings said refined production rose to 486,000 ounces in the first quarter of its 2027 financial year, which began on July 1. ' +
        'Refined platinum output climbed 5.8% to 251,300 ounces.',
      '2026-10-22',
    );
    expect(find(claims, '5.8%')?.dates).toBe('2026-07-01 to 2026-09-30');
  });
});

describe('a market that grew, counted in what', () => {
  const measure = (text: string) => extractCandidates(text, { publishedAt: '2026-10-30', entities: [] }).find((c) => c.predicate === 'growth_rate')?.qualifiers.find((q) => q.key === 'measure')?.value ?? null;

  it('is no growth of its size when counted in units or moved in a day', () => {
    expect(measure('The global tablet market grew 9.8% year on year to 38.2 million units in the third quarter, Kestrel said.')).not.toBe('size');
    expect(measure('The U.S. stock market rose 1.2% on Tuesday.')).not.toBe('size');
  });

  it('"after a 10% drop expected in the fourth quarter" stays a forecast', () => {
    const claims = read('Novo Nordisk cut its forecast and now expects sales growth of 8-11%, after a 10% drop expected in the fourth quarter.', '2026-10-30');
    expect(find(claims, '10%')?.forecast).toBe(true);
  });
});

describe('an industry figure after sentences about no party', () => {
  it('"Orders for German machinery rose 5%, the VDMA industry association said" is not the story company\'s', () => {
    const claims = read(
      'Siemens AG reported third-quarter revenue of 19 billion euros. The euro weakened against the dollar. Investors were cautious. ' +
        'Orders for German machinery rose 5% in September, the VDMA industry association said.',
      '2026-10-30',
    );
    expect(find(claims, '5%')?.subject).not.toBe('Siemens AG');
  });
});

describe('a figure compared "against" a named quarter of last year', () => {
  it('"EPS came to $1.22, against $1.02 in the third quarter of 2025": only the $1.02 is of 2025, and the report goes on in 2026', () => {
    const claims = read(
      'Acme Corp said net income rose to $412 million in the July-September period. ' +
        'Earnings per share came to $1.22, against $1.02 in the third quarter of 2025. Revenue climbed 9.4% to $4.16 billion.',
      '2026-10-27',
    );
    expect(find(claims, '$1.02')?.dates).toBe('2025-07-01 to 2025-09-30');
    expect(find(claims, '$1.22')?.dates).toBe('2026-07-01 to 2026-09-30');
    expect(find(claims, '$4.16 billion')?.dates).toBe('2026-07-01 to 2026-09-30');
  });
});

describe('halves and split years a story goes on with', () => {
  it('"the 26 weeks ended Aug. 1" (a 52-week year) makes "First-half" those 26 weeks, from Feb. 1', () => {
    const claims = read('Dollar General said net sales rose 5% in the 26 weeks ended Aug. 1. First-half same-store sales rose 2.6%.', '2026-11-20');
    expect(find(claims, '2.6%')?.dates).toBe('2026-02-01 to 2026-08-01');
  });
});

describe('a sentence opening with a measure of the story company', () => {
  it('"The net loss narrowed to 1.21 billion yuan" is the company\'s loss', () => {
    const claims = read('Qingyun Motors reported third-quarter revenue of 38.7 billion yuan. The net loss narrowed to 1.21 billion yuan from 2.87 billion yuan a year earlier.', '2026-11-18');
    expect(find(claims, '1.21 billion yuan')).toMatchObject({ subject: 'Qingyun Motors', predicate: 'profit' });
  });

  it('but names ending in -ing stay names, and a country\'s trade deficit is not the company\'s', () => {
    expect(find(read('Boeing on Tuesday reported a third-quarter net loss of $6.2 billion.', '2026-10-20'), '$6.2 billion')?.subject).toBe('Boeing');
    expect(find(read('Kering shares fell 6% after third-quarter sales dropped 15% to 3.4 billion euros.', '2026-10-20'), '3.4 billion euros')?.subject).toBe('Kering');
    const trade = read('Tremont Motors said third-quarter sales fell 9%. The U.S. trade deficit widened to $78 billion in August, separate data showed.', '2026-10-20');
    expect(find(trade, '$78 billion')?.subject).not.toBe('Tremont Motors');
  });

  it('"Annualising third-quarter revenue gives …" names no party called Annualising', () => {
    const claims = read('Kilat Digital reported revenue of Rp 560 billion. Annualising third-quarter revenue gives a run rate of about Rp 2.24 trillion, the company said.', '2026-11-18');
    expect(find(claims, 'about Rp 2.24 trillion')).toMatchObject({ subject: 'Kilat Digital', predicate: 'revenue_run_rate' });
  });
});

describe('months listed with their figures', () => {
  it('"with July at 37,800, August at 40,070 and September at 43,590" dates each by its month', () => {
    const claims = read('Qingyun Motors said third-quarter deliveries totalled 121,460 vehicles, with July at 37,800, August at 40,070 and September at 43,590.', '2026-11-18');
    expect(['37,800', '40,070', '43,590'].map((value) => find(claims, value)?.dates)).toEqual(['2026-07-01 to 2026-07-31', '2026-08-01 to 2026-08-31', '2026-09-01 to 2026-09-30']);
  });

  it('and a year back after the list goes back from the quarter, not the last month listed', () => {
    const claims = read('Fennick Air flew 3.1 million passengers in the third quarter, with July at 1.2 million, August at 1.1 million and September at 0.8 million, up from 2.8 million a year earlier.', '2026-10-08');
    expect(find(claims, '2.8 million')?.dates).toBe('2025-07-01 to 2025-09-30');
  });
});

describe('a year back from a state held now', () => {
  it('"employs 1,150 people, up from 640 a year ago, and plans to reach 1,600 by the end of 2027": 640 a year before publication', () => {
    const claims = read('Halcyra employs 1,150 people, up from 640 a year ago, and plans to reach 1,600 by the end of 2027.', '2026-09-30');
    expect(find(claims, '640')?.dates).toBe('2025-09-30 to 2025-09-30');
  });
});

describe('edges a code review found', () => {
  it('"2025–26" with an en dash is the split year too, and "2025-30" or "2026-10" is none', () => {
    const dash = read("Acme's revenue rose 12% to £3 billion in 2025–26. Acme's financial year ends in June.", '2026-10-20');
    expect(find(dash, '£3 billion')?.dates).toBe('2025-07-01 to 2026-06-30');
    const span = read('Acme, whose financial year ends in June, said revenue will grow 8% a year over 2025-30.', '2026-10-20');
    expect(find(span, '8%')?.dates).not.toBe('2025-07-01 to 2026-06-30');
  });

  it('a share price\'s move is not dated by the year a later unit names', () => {
    const claims = read(
      'Acme said revenue for the fiscal year ended June 30 rose 10% to $8 billion. Revenue for the fourth quarter rose 12% to $2.1 billion. Acme shares rose 30% over the year.',
      '2026-08-14',
    );
    expect(find(claims, '30%')?.dates).not.toBe('2025-07-01 to 2026-06-30');
  });

  it('a market that grew, with a clause of cause after it, still grew in size', () => {
    const measure = extractCandidates('The global cloud market grew 17% in the third quarter as more users moved workloads online, Kestrel said.', { publishedAt: '2026-10-20', entities: [] })[0]
      ?.qualifiers.find((q) => q.key === 'measure')?.value;
    expect(measure).toBe('size');
  });

  it('statistics another source shows are not the story company\'s, one sentence after an aside too', () => {
    const claims = read(
      'Acme Bank reported a net profit of $1 billion for the third quarter. The naira weakened to 1,662 per dollar. Deposits grew 8% in September, central bank data showed.',
      '2026-10-20',
    );
    expect(find(claims, '8%')).toBeUndefined();
  });
});

describe('a span named only by its end', () => {
  it('"for the period to Sept. 30" after "the first nine months of 2026" is those nine months, for the figures after it too', () => {
    const claims = read(
      'Kora Mobile Nigeria swung to a profit in the first nine months of 2026, the company said on Thursday. ' +
        'Pretax profit came in at 212.4 billion naira for the period to Sept. 30, against a loss of 318.7 billion naira a year earlier. Revenue jumped 41.2% to 1.86 trillion naira.',
      '2026-10-29',
    );
    expect(find(claims, '212.4 billion naira')?.dates).toBe('2026-01-01 to 2026-09-30');
    expect(find(claims, '318.7 billion naira')?.dates).toBe('2025-01-01 to 2025-09-30');
    expect(find(claims, '1.86 trillion naira')?.dates).toBe('2026-01-01 to 2026-09-30');
  });

  it('is left to its date where no span of that end was named before', () => {
    const claims = read('Pretax profit at Kora Mobile Nigeria came in at 212.4 billion naira for the period to Sept. 30.', '2026-10-29');
    expect(find(claims, '212.4 billion naira')?.dates).toBe('2026-09-30 to 2026-09-30');
  });
});

