// Words of wire stories the reader took wrongly: "rose" after a date's number read as a noun, a railway's route
// "to the Great Lakes" taken for a party, "the Calgary-based railway" not known as the story's company, and a market
// counted in "billings".
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/ingest/document.js';
import { findByValue, readCandidates } from '../support/candidates.js';

const read = readCandidates;
const find = findByValue;
const posOf = (text: string, word: string) => readArticle(text).tokens.find((t) => t.text === word)?.pos;

const OPENING = 'CALGARY, Alberta, Oct 22 (Wire) - Cordillera National Railway Co raised its full-year earnings forecast on Thursday. ';

describe('"rose" and "fell" after a number', () => {
  it('are the verb of "Net income for the three months to Sept. 30 rose 11.3%", whose figures were lost', () => {
    const claims = read(`${OPENING}Net income for the three months to Sept. 30 rose 11.3% to C$1.18 billion, or C$1.87 per diluted share.`, '2026-10-22');
    expect(find(claims, 'C$1.18 billion')).toMatchObject({ subject: 'Cordillera National Railway Co', predicate: 'profit', dates: '2026-07-01 to 2026-09-30' });
    expect(find(claims, '11.3%')).toMatchObject({ predicate: 'growth_rate', dates: '2026-07-01 to 2026-09-30' });
    expect(find(claims, 'C$1.87')).toMatchObject({ predicate: 'earnings_per_share' });
  });

  it('"Output in 2025 rose 4%" and "fell 5% to $30 million" read as changes', () => {
    expect(find(read(`${OPENING}Output in 2025 rose 4% to 1.2 million tonnes.`, '2026-10-22'), '4%')).toMatchObject({ predicate: 'growth_rate', dates: '2025-01-01 to 2025-12-31' });
    expect(find(read(`${OPENING}Net income for the quarter to June 30 fell 5% to $30 million.`, '2026-10-22'), '$30 million')).toMatchObject({ predicate: 'profit' });
  });

  it('stay nouns where a noun stands: "a rose", "the white rose of York", a name', () => {
    expect(posOf('She gave him a rose in 2024.', 'rose')).not.toBe('VERB');
    expect(posOf('The white rose of York won 3 prizes.', 'rose')).not.toBe('VERB');
    expect(posOf('Shares in 2025 rose 4%.', 'rose')).toBe('VERB');
  });
});

describe('landforms and bodies of water are places, not parties', () => {
  const story =
    OPENING +
    'The Calgary-based railway, which operates about 19,800 route miles of track between the Pacific coast and the Great Lakes, said it now expects a stronger finish. ' +
    'Revenue increased 5.1% to C$4.31 billion from C$4.10 billion.';

  it('"between the Pacific coast and the Great Lakes": the revenue after it is still the railway\'s', () => {
    const claims = read(story, '2026-10-22');
    expect(find(claims, 'C$4.31 billion')).toMatchObject({ subject: 'Cordillera National Railway Co', predicate: 'revenue' });
    expect(claims.some((c) => c.subject === 'Great Lakes')).toBe(false);
  });
});

describe('"the Calgary-based railway", "the watchmaker": a description of the story company', () => {
  it('a sentence the description speaks leaves the next figures to the company', () => {
    const claims = read(`${OPENING}The railway said on Thursday it was confident. Revenue increased 5.1% to C$4.31 billion.`, '2026-10-22');
    expect(find(claims, 'C$4.31 billion')).toMatchObject({ subject: 'Cordillera National Railway Co', predicate: 'revenue' });
  });

  it('so does any "-maker"', () => {
    const claims = read('GENEVA, Nov 19 (Wire) - Maison Orvelle SA reported first-half results on Thursday. The watchmaker said demand in China was weak. Sales fell 3.2% to 1.42 billion Swiss francs.', '2026-11-19');
    expect(find(claims, '1.42 billion Swiss francs')).toMatchObject({ subject: 'Maison Orvelle SA' });
  });
});

describe('a market counted in billings', () => {
  const report =
    'MILPITAS, California, Sept 3 - Worldwide billings for semiconductor manufacturing equipment rose 16.4% year-on-year to a record $38.62 billion in the second quarter of 2026, an industry group said on Thursday. ' +
    'Taiwan billings jumped 44.7% to $8.71 billion.';

  it('"Worldwide billings for semiconductor manufacturing equipment rose 16.4%" is the market\'s growth and size', () => {
    const claims = read(report, '2026-09-03');
    expect(find(claims, '16.4%')).toMatchObject({ subject: 'semiconductor manufacturing equipment market', predicate: 'growth_rate', dates: '2026-04-01 to 2026-06-30' });
    expect(find(claims, '$38.62 billion')).toMatchObject({ subject: 'semiconductor manufacturing equipment market' });
  });

  it('"Taiwan billings jumped 44.7%" is the Taiwan part of that market', () => {
    expect(find(read(report, '2026-09-03'), '44.7%')).toMatchObject({ subject: 'Taiwan semiconductor manufacturing equipment market', predicate: 'growth_rate' });
  });
});

describe('a 52-53-week calendar', () => {
  const story =
    'EDEN PRAIRIE, Minnesota, Nov 5 (Wire) - Alderwick Medical Systems Inc reported fiscal fourth-quarter results on Thursday. ' +
    'Revenue for the three months ended Sept. 25 rose 8.4% to $1.87 billion from $1.725 billion a year earlier. ' +
    "Alderwick's fiscal year ends on the last Friday of September. " +
    'Adjusted gross margin widened to 66.8% in the fourth quarter.';

  it('"the three months ended Sept. 25" is 13 weeks, and its year-ago quarter the 13 weeks 52 weeks before', () => {
    const claims = read(story, '2026-11-05');
    expect(find(claims, '$1.87 billion')).toMatchObject({ predicate: 'revenue', dates: '2026-06-27 to 2026-09-25' });
    expect(find(claims, '$1.725 billion')).toMatchObject({ predicate: 'revenue', dates: '2025-06-28 to 2025-09-26' });
  });

  it('"fiscal year ends on the last Friday of September": its fourth quarter is the 13 weeks to Sept. 25, not October to December', () => {
    expect(find(read(story, '2026-11-05'), '66.8%')).toMatchObject({ dates: '2026-06-27 to 2026-09-25' });
  });
});

describe('a results sentence', () => {
  const opening = 'EDEN PRAIRIE, Minnesota, Nov 5 (Wire) - Alderwick Medical Systems Inc reported results on Thursday. ';

  it('opening with its span ("For the fiscal year ended Sept. 25, revenue rose 7.6%") is the company\'s', () => {
    const claims = read(`${opening}For the fiscal year ended Sept. 25, revenue rose 7.6% to $7.14 billion.`, '2026-11-05');
    expect(find(claims, '$7.14 billion')).toMatchObject({ subject: 'Alderwick Medical Systems Inc', predicate: 'revenue', dates: '2025-09-27 to 2026-09-25' });
    expect(find(claims, '7.6%')).toMatchObject({ predicate: 'growth_rate' });
  });

  it('compares an undated "from" result with the same span a year back, in a story that compares year on year', () => {
    const story =
      `${opening}Revenue for the three months ended Sept. 30 rose 8.4% to $1.87 billion from $1.725 billion a year earlier. ` +
      'For the fiscal year ended Sept. 30, revenue rose 7.6% to $7.14 billion. Net income climbed to $806 million from $702 million, ' +
      'and adjusted earnings per share increased to $6.62 from $6.01.';
    const claims = read(story, '2026-11-05');
    expect(find(claims, '$702 million')).toMatchObject({ predicate: 'profit', dates: '2024-10-01 to 2025-09-30' });
    expect(find(claims, '$6.01')).toMatchObject({ predicate: 'earnings_per_share', dates: '2024-10-01 to 2025-09-30' });
    expect(find(claims, '$806 million')).toMatchObject({ dates: '2025-10-01 to 2026-09-30' });
  });

  it('but not where the sentence compares with the quarter before, nor in a story that never says "a year earlier"', () => {
    const sequential = `${opening}Revenue for the three months ended Sept. 30 rose 8.4% to $1.87 billion from $1.725 billion a year earlier. Net income in the quarter rose to $212 million from $190 million in the previous quarter.`;
    expect(find(read(sequential, '2026-11-05'), '$190 million')?.dates).not.toBe('2025-07-01 to 2025-09-30');
    const lone = `${opening}Net income for the three months ended Sept. 30 rose to $212 million from $190 million.`;
    expect(find(read(lone, '2026-11-05'), '$190 million')?.dates).toBeNull();
  });
});

describe('what a review of these rules found', () => {
  it('a lawmaker, a policymaker, "the producer price index" and a supplier are not the story company', () => {
    const lawmaker = read('Kestrel Aviation Inc reported results on Tuesday. Senator Lopez criticised the plan. The lawmaker said U.S. air traffic rose 4% in 2025.', '2026-11-05');
    expect(find(lawmaker, '4%')?.subject).not.toBe('Kestrel Aviation Inc');
    const index = read('Ridgeway Oil Corp reported results on Tuesday. The producer price index rose 0.3% in October, the Labor Department said.', '2026-11-05');
    expect(find(index, '0.3%')?.subject).not.toBe('Ridgeway Oil Corp');
  });

  it('"hospital billings" are the company\'s own, and "Japan\'s billings for chip-making equipment" Japan\'s part, not the whole market', () => {
    expect(find(read('Mercy Health Inc said hospital billings rose 6% to $3.4 billion in fiscal 2025.', '2026-11-05'), '$3.4 billion')?.subject).toBe('Mercy Health Inc');
    expect(find(read("Japan's billings for chip-making equipment rose 12% to $7.9 billion in the third quarter, SEMI said.", '2026-11-05'), '$7.9 billion')?.subject).toBe('Japan');
  });

  it('"Depletions, which measure shipments" names no "measure market"', () => {
    const story =
      'PARIS, Oct 23 - French cognac maker Groupe Valmorel reported first-quarter sales on Thursday. ' +
      'Depletions, which measure shipments from distributors to retailers, were down just 4% in the quarter. Latin America grew 4% organically.';
    const claims = read(story, '2026-10-23');
    expect(claims.some((c) => /measure market/.test(c.subject))).toBe(false);
  });

  it('a date and a party in a relative clause after the figure ("curbs that Beijing imposed last year") are that clause\'s', () => {
    const story =
      'PARIS, Oct 23 - French cognac maker Groupe Valmorel reported first-quarter sales on Thursday. ' +
      'Organic sales slumped 11.5%, hit by the minimum-price undertakings on European brandy that Beijing imposed last year.';
    expect(find(read(story, '2026-10-23'), '11.5%')).toMatchObject({ subject: 'Groupe Valmorel' });
    expect(find(read(story, '2026-10-23'), '11.5%')?.dates).not.toBe('2025-01-01 to 2025-12-31');
    const company = story.replace('Beijing', 'Acme');
    expect(find(read(company, '2026-10-23'), '11.5%')).toMatchObject({ subject: 'Groupe Valmorel' });
  });

  it('"The Mid-Autumn Festival fell two weeks earlier" is no party the next figures go on about', () => {
    const story =
      'PARIS, Oct 23 - French cognac maker Groupe Valmorel reported first-quarter sales on Thursday.\n\n' +
      '"The quarter was in line with our plan," Chief Executive Aurelie Marchetti told analysts on a call.\n\n' +
      'The Mid-Autumn Festival fell two weeks earlier than in 2025, shifting some orders into the previous quarter, Marchetti said.\n\n' +
      'Elsewhere in Asia, sales in India jumped 14.2%.';
    expect(read(story, '2026-10-23').some((c) => c.subject === 'Mid-Autumn Festival')).toBe(false);
  });

  it('"traffic between the Pacific coast and the Great Lakes rose 4%" is the railway\'s', () => {
    const claims = read('Cordillera National Railway Co said on Thursday that traffic between the Pacific coast and the Great Lakes rose 4% in the third quarter.', '2026-10-22');
    expect(find(claims, '4%')).toMatchObject({ subject: 'Cordillera National Railway Co' });
  });
});

describe('limits a review of the calendar and year-back rules set', () => {
  it('a month closed on the 20th, a statistic to the 15th and the British tax year to April 5 are whole months', () => {
    const japan = read('Sapporo Kitaboshi Drug Co reported results on Thursday. Operating profit for the three months ended Aug. 20 rose 6% to 4.2 billion yen from 3.96 billion yen a year earlier.', '2025-10-02');
    expect(find(japan, '3.96 billion yen')?.dates).toBe('2024-05-21 to 2024-08-20');
    const nine = read('Sapporo Kitaboshi Drug Co reported results on Thursday. Net sales for the nine months ended Nov. 20 rose 4.4% to 312 billion yen from 298.9 billion yen a year earlier.', '2026-01-08');
    expect(find(nine, '298.9 billion yen')?.dates).toBe('2024-02-21 to 2024-11-20');
  });

  it('a figure restated or compared with the quarter before is not dated a year back', () => {
    const restated = read('Acme Corp reported results on Tuesday. Revenue rose 8% year-on-year. Revenue for 2025 was revised to $7.1 billion from $7.3 billion previously reported.', '2026-11-05');
    expect(find(restated, '$7.3 billion')?.dates).toBeNull();
    const before = read('Acme Corp reported results on Tuesday. Revenue rose 8% year-on-year. Net income rose to $212 million in the third quarter from $190 million in the second.', '2026-11-05');
    expect(find(before, '$190 million')?.dates).toBeNull();
    const monthly = read('Taipei Wafer Corp reported monthly sales on Friday. Revenue rose 20% year-on-year. October revenue rose to NT$250 billion from NT$240 billion.', '2026-11-05');
    expect(find(monthly, 'NT$240 billion')?.dates).toBeNull();
  });

  it('"In the quarter ended Sept. 27, global smartphone shipments rose 3%" is not the story company\'s', () => {
    const claims = read('Kestrel Mobile Ltd reported results on Thursday. In the quarter ended Sept. 27, global smartphone shipments rose 3% to 307 million units.', '2026-11-05');
    expect(claims.filter((c) => c.subject === 'Kestrel Mobile Ltd' && c.value !== null)).toEqual([]);
    const retail = read('Corvane Semiconductor Inc reported results on Tuesday. For the year ended Dec. 31, 2025, U.S. retail sales rose 3% to $7.4 trillion.', '2026-11-05');
    expect(retail.filter((c) => c.subject === 'Corvane Semiconductor Inc' && c.value !== null)).toEqual([]);
  });

  it('"For the fiscal first quarter ended Sept. 27, revenue rose 9%" is the company\'s, its year-ago quarter 52 weeks back', () => {
    const claims = read('Alderwick Medical Systems Inc reported results on Thursday. For the fiscal first quarter ended Sept. 27, revenue rose 9% to $512 million from $470 million a year earlier.', '2026-11-05');
    expect(find(claims, '$512 million')).toMatchObject({ subject: 'Alderwick Medical Systems Inc', predicate: 'revenue', dates: '2026-06-29 to 2026-09-27' });
    expect(find(claims, '$470 million')).toMatchObject({ dates: '2025-06-30 to 2025-09-28' });
  });
});

describe('a month reported on', () => {
  it('"Swiss watch exports fell 3.8% in October": the month stays the report after the year so far is told', () => {
    const story =
      'ZURICH, Nov 19 (Wire) - Swiss watch exports fell for a third straight month in October, industry data showed on Thursday.\n\n' +
      'Exports fell 3.8% year-on-year to 2.14 billion Swiss francs in October, the Biel-based Swiss Horological Industry Association (ASIH) said.\n\n' +
      'The United States took 412.6 million francs of Swiss watches in October, up 4.1% from a year earlier. U.S. shipments in the January-October period rose 3.3%.\n\n' +
      'Exports to mainland China sank 14.2% to 198.3 million francs. Japan rose 2.3% to 163.8 million francs.';
    const claims = read(story, '2026-11-19');
    expect(find(claims, '3.3%')?.dates).toBe('2026-01-01 to 2026-10-31');
    expect(find(claims, '198.3 million francs')?.dates).toBe('2026-10-01 to 2026-10-31');
    expect(find(claims, '163.8 million francs')?.dates).toBe('2026-10-01 to 2026-10-31');
  });

  it('but in a quarter\'s story a month told in passing does not become the report', () => {
    const story = 'Acme Corp said revenue rose 5% to $2.1 billion in the third quarter. Sales in October rose 3%. Net income rose 2% to $30 million.';
    expect(find(read(story, '2026-11-05'), '$30 million')?.dates).toBe('2026-07-01 to 2026-09-30');
  });
});

describe('a year end stated in words', () => {
  it('makes the story company\'s bare "first-half" its fiscal first half ("whose fiscal year ends on March 31")', () => {
    const story =
      'LISBON, Nov 3 (Wire) - Ventara Airways reported a 14% rise in first-half profit on Tuesday. ' +
      'The budget airline, whose fiscal year ends on March 31, carried 68.4 million passengers in the half.';
    const claims = read(story, '2026-11-03');
    expect(find(claims, '14%')?.dates).toBe('2026-04-01 to 2026-09-30');
    expect(find(claims, '68.4 million')?.dates).toBe('2026-04-01 to 2026-09-30');
  });
});

describe('a currency in the singular before a noun', () => {
  it('"a 5 billion shilling debt facility" in a Kenyan story is in Kenyan shillings', () => {
    const story = 'NAIROBI, June 17 (Wire) - Ruvara, a Kenyan digital lender, said on Wednesday it had raised money. Ruvara has also secured a 5 billion shilling debt facility.';
    expect(find(read(story, '2026-06-17'), '5 billion Kenyan shillings')).toMatchObject({ subject: 'Ruvara' });
  });
});

describe('what a code review of these rules found', () => {
  it('"IDC said on Monday that worldwide smartphone shipments rose 2.6%": "that" after a verb of saying is no relative pronoun', () => {
    const claims = read('Research firm IDC said on Monday that worldwide smartphone shipments rose 2.6% to 322 million units in the third quarter.', '2026-11-05');
    expect(find(claims, '2.6%')).toMatchObject({ subject: 'worldwide smartphone market', predicate: 'growth_rate' });
  });

  it('after an opening date, "EPS" and "U.S. revenue" are still the company\'s', () => {
    expect(find(read('Acme Corp reported results on Tuesday. In the quarter ended Sept. 27, EPS rose 9% to $1.30.', '2026-11-05'), '$1.30')).toMatchObject({ subject: 'Acme Corp' });
    expect(find(read('Acme Corp reported results on Tuesday. In the quarter ended Sept. 27, U.S. revenue rose 9% to $2 billion.', '2026-11-05'), '$2 billion')).toMatchObject({ subject: 'Acme Corp' });
  });

  it('a month that dates a count, not a change, starts no report: "Acme Corp opened 12 new stores in September"', () => {
    const claims = read('Acme Corp opened 12 new stores in September. The retailer said revenue rose 5% to $1 billion and net income climbed 8% to $90 million.', '2026-11-05');
    expect(find(claims, '$90 million')?.dates).toBeNull();
  });

  it('"Silver Lake raised $20.5 billion" and "Maersk ocean revenue" are parties\' figures', () => {
    expect(find(read('Silver Lake raised $20.5 billion for its seventh flagship fund, the private equity firm said on Tuesday.', '2026-11-05'), '$20.5 billion')).toMatchObject({ subject: 'Silver Lake' });
    expect(find(read('Maersk ocean revenue fell 5% to $7.2 billion in the third quarter.', '2026-11-05'), '$7.2 billion')).toMatchObject({ subject: 'Maersk' });
  });

  it('a rival\'s year end stated late in the story leaves the story company\'s first half the calendar\'s', () => {
    const claims = read('Acme Corp said first-half profit rose 10% to $500 million. Rival Beta Corp, whose fiscal year ends in March, reported a loss.', '2026-11-05');
    expect(find(claims, '$500 million')?.dates).toBe('2026-01-01 to 2026-06-30');
  });

  it('"in October 2026" is a month, whose undated comparison is not a year back', () => {
    const claims = read('TSMC revenue in October 2026 rose to NT$350 billion from NT$330 billion. Revenue was up 16% year-on-year.', '2026-11-12');
    expect(find(claims, 'NT$330 billion')?.dates).toBeNull();
  });

  it('a relative clause closed before the date leaves the date to the figure: "…, a figure that topped forecasts, in the third quarter"', () => {
    const claims = read('Acme Corp said revenue rose 9% to $5 billion, a figure that topped forecasts, in the third quarter.', '2026-11-05');
    expect(find(claims, '$5 billion')?.dates).toBe('2026-07-01 to 2026-09-30');
  });
});

describe('a market report\'s own words', () => {
  it('an acronym defined in brackets after a name is that name: "the Global Semiconductor Equipment Council (GSEC)" … "GSEC said"', () => {
    const report =
      'MILPITAS, California, Sept 3 - Billings for chip equipment rose 5%, the Global Semiconductor Equipment Council (GSEC) said in its quarterly report. ' +
      'GSEC said it would publish third-quarter billings data in early December.';
    const subjects = new Set(read(report, '2026-09-03').map((c) => c.subject));
    expect(subjects.has('GSEC')).toBe(false);
  });

  it('"Shipments in the July-September quarter were up 2%", "Global shipments totalled 130 million units" are the reported market\'s', () => {
    const report =
      'Global PC shipments rose 5% to 68 million units in the third quarter, research firm IDC said on Thursday. ' +
      'Shipments in the July-September quarter were up 2% from 66.7 million in the second quarter, IDC said in its quarterly report. ' +
      'Global shipments totalled 130 million units in the first half.';
    const claims = read(report, '2026-10-10');
    expect(find(claims, '2%')).toMatchObject({ subject: 'global PC market', predicate: 'growth_rate' });
    expect(find(claims, '130 million')).toMatchObject({ subject: 'global PC market', dates: '2026-01-01 to 2026-06-30' });
  });
});

describe('a sentence opening with how its measure is counted', () => {
  const opening = 'CALGARY, Alberta, Oct 22 (Wire) - Cordillera National Railway Co raised its full-year earnings forecast on Thursday. ';

  it('"Excluding one-off items, adjusted EPS rose 12.3%", "On an adjusted basis, operating profit rose 4%" are the company\'s', () => {
    const claims = read(`${opening}Excluding one-off items, adjusted diluted earnings per share rose 12.3% to C$1.92 from C$1.71. On an adjusted basis, operating profit rose 4% to C$900 million.`, '2026-10-22');
    expect(find(claims, 'C$1.92')).toMatchObject({ subject: 'Cordillera National Railway Co', predicate: 'earnings_per_share' });
    expect(find(claims, 'C$900 million')).toMatchObject({ subject: 'Cordillera National Railway Co', predicate: 'profit' });
  });

  it('a party and a date in the phrase\'s own relative clause are not the figure\'s ("…, which it bought last year, adjusted EPS rose")', () => {
    const claims = read(`${opening}Excluding costs tied to the line, which it bought last year, adjusted EPS rose 12.3% to C$1.92.`, '2026-10-22');
    expect(find(claims, 'C$1.92')).toMatchObject({ subject: 'Cordillera National Railway Co', dates: null });
  });
});

describe('what a review of the later rules found', () => {
  it('a bracketed acronym after the last piece of a name read apart is not that piece ("… Manufacturers and Traders (SMMT)")', () => {
    const claims = read('LONDON, Nov 5 (Wire) - British new car registrations rose 5.4% in October to 152,300 vehicles, the Society of Motor Manufacturers and Traders (SMMT) said on Thursday. The SMMT said registrations year to date were up 3.2% at 1.74 million.', '2026-11-05');
    expect(claims.some((c) => c.subject === 'Traders')).toBe(false);
  });

  it('a company\'s month ("Nordvik Apparel AB said sales fell 3% in September") does not date its other results', () => {
    const claims = read('STOCKHOLM, Oct 28 (Wire) - Nordvik Apparel AB said sales fell 3% in September as warm weather hurt demand. Operating profit rose 9% to 540 million Swedish crowns.', '2026-10-28');
    expect(find(claims, '540 million Swedish crowns')?.dates).toBeNull();
  });

  it('in a market report, a company\'s paragraph or its own words keep its figures ("Lenovo shipped …. Shipments rose 8%", "…, Dell said")', () => {
    const lenovo = read('BOSTON, Oct 10 (Wire) - Global PC shipments rose 5% to 68 million units in the third quarter, research firm IDC said on Thursday. Lenovo shipped 16.4 million units to keep the top spot. Shipments rose 8% from a year earlier.', '2026-10-10');
    expect(find(lenovo, '8%')?.subject).not.toBe('global PC market');
    const dell = read('LONDON, Nov 5 (Wire) - Global server shipments rose 12% to 3.9 million units in the third quarter, Omdia said. Dell shipped 620,000 servers. Shipments rose 15% in the quarter, Dell said.', '2026-11-05');
    expect(find(dell, '15%')?.subject).not.toBe('global server market');
  });

  it('a partner\'s or a government\'s stated year end is not the story company\'s', () => {
    const claims = read('FRANKFURT, Aug 5 (Wire) - Rhenwald AG said first-half net profit rose 8% to 820 million euros on Wednesday. Its Japanese partner Hoshino Corp, whose fiscal year ends on March 31, reported a quarterly loss.', '2026-08-05');
    expect(find(claims, '8%')?.dates).toBe('2026-01-01 to 2026-06-30');
  });

  it('"from the June quarter\'s", "versus the preceding three months" and "now sees … up from" are no year back', () => {
    const cement = read('MUMBAI, Oct 23 (Wire) - Indus Cement Ltd said September-quarter net profit rose 18% year-on-year to 8.2 billion rupees. Revenue rose to 52.1 billion rupees from 48.4 billion rupees versus the preceding three months.', '2026-10-23');
    expect(find(cement, '48.4 billion rupees')?.dates).toBeNull();
    const guide = read('NEW YORK, Nov 5 (Wire) - Marlowe Foods Inc said third-quarter revenue rose 5% year-on-year to $3.1 billion. It now sees adjusted EPS of $4.80, up from $4.65.', '2026-11-05');
    expect(find(guide, '$4.65')?.dates ?? null).toBeNull();
  });

  it('after an opening date, a company\'s "global output" is still its own', () => {
    const claims = read('TOKYO, Nov 13 (Wire) - Toyota Motor Corp said its global sales fell 2.1% in September. In the April-September half, global output rose 1.4% to 4.9 million vehicles.', '2026-11-13');
    expect(find(claims, '4.9 million')).toMatchObject({ subject: 'Toyota Motor Corp' });
  });
});

describe('what the last code review found', () => {
  it('"Hoshino Motors, whose fiscal year ends in March, said first-half operating profit rose 12%" is its fiscal half', () => {
    const claims = read('Hoshino Motors, whose fiscal year ends in March, said first-half operating profit rose 12% to 300 billion yen.', '2026-11-05');
    expect(find(claims, '12%')?.dates).toBe('2026-04-01 to 2026-09-30');
  });

  it('guidance or "the quarter\'s" elsewhere in the sentence keeps the year back of an undated "from"', () => {
    const claims = read('Acme Corp said revenue rose 5% year-on-year. Operating profit rose to $1.2 billion in the third quarter from $1.0 billion, and Acme sees strong demand continuing.', '2026-11-05');
    expect(find(claims, '$1.0 billion')?.dates).toBe('2025-07-01 to 2025-09-30');
  });
});
