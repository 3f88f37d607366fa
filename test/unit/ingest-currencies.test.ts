// Figures in the currencies of Asia, eastern Europe, the Middle East, Africa and Latin America, read from articles:
// the sign glued to its amount is no company name, and a currency named by its country keeps the country's word.
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/domain/quantity.js';
import { extractCandidates } from '../../src/ingest/extract.js';

/** Each candidate as [subject, predicate, value, the unit the value parser gives it], as a reviewer accepting it would store it. */
const read = (text: string) =>
  extractCandidates(text, { publishedAt: '2026-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.value && parseQuantity(c.value, { accept: ['MONEY', 'SHARE'] }).unit]);

describe('ingest: money in more currencies', () => {
  it.each([
    ['TSMC said third-quarter revenue rose to NT$989.9 billion.', ['TSMC', 'revenue', 'NT$989.9 billion', 'TWD']],
    ['Maybank posted a net profit of RM2.6 billion for the third quarter.', ['Maybank', 'profit', 'RM2.6 billion', 'MYR']],
    ["BCA's net income reached Rp41.1 trillion in the first nine months of 2026.", ['BCA', 'profit', 'Rp41.1 trillion', 'IDR']],
    // A code written apart from its amount, capitalised but not in capitals.
    ['PT Jalanku Digital Tbk said revenue rose to Rp 5.84 trillion in the third quarter.', ['PT Jalanku Digital Tbk', 'revenue', 'Rp 5.84 trillion', 'IDR']],
    ['Aldrecht Pharma said group sales rose to SFr 12.4bn in the first quarter.', ['Aldrecht Pharma', 'revenue', 'SFr 12.4bn', 'CHF']],
    ['PTT reported revenue of 780 billion baht in the third quarter.', ['PTT', 'revenue', '780 billion baht', 'THB']],
    ['Vinamilk reported revenue of 15.3 trillion dong in the third quarter.', ['Vinamilk', 'revenue', '15.3 trillion dong', 'VND']],
    ['Jollibee Foods said revenue climbed to ₱70.3 billion in the third quarter.', ['Jollibee Foods', 'revenue', '₱70.3 billion', 'PHP']],
    ["CIB's net profit was 16.4 billion Egyptian pounds in the third quarter.", ['CIB', 'profit', '16.4 billion Egyptian pounds', 'EGP']],
    // Codes glued to amounts with a scale (wink cuts "RM1.2bn" into "RM1", ".", "2bn"), and country-named currencies
    // after a place's name ("Hong Kong", "UAE"), which is no part of the company's name.
    ["Tenaga Nasional's net profit rose to RM1.2bn in the third quarter.", ['Tenaga Nasional', 'profit', 'RM1.2bn', 'MYR']],
    ["Vingroup's revenue rose to VND190 trillion in the third quarter.", ['Vingroup', 'revenue', 'VND190 trillion', 'VND']],
    ["Emaar's revenue rose to AED35.5 billion in the third quarter.", ['Emaar', 'revenue', 'AED35.5 billion', 'AED']],
    ["Link REIT's revenue rose to 14.2 billion Hong Kong dollars in the third quarter.", ['Link REIT', 'revenue', '14.2 billion Hong Kong dollars', 'HKD']],
    ["ADNOC Distribution's revenue was 9.4 billion UAE dirhams in the third quarter.", ['ADNOC Distribution', 'revenue', '9.4 billion UAE dirhams', 'AED']],
    ["Hoa Phat's revenue was 38 trillion Vietnamese dong in the third quarter.", ['Hoa Phat', 'revenue', '38 trillion Vietnamese dong', 'VND']],
    ["Turkcell's revenue rose to TL 42.4 billion in the third quarter.", ['Turkcell', 'revenue', 'TL 42.4 billion', 'TRY']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads no company name out of a code glued to its amount or in capitals before one', () => {
    const subjects = (text: string) => extractCandidates(text, { publishedAt: '2026-11-20', entities: [] }).map((c) => c.subject);
    expect(subjects('Maybank posted a net profit of RM2.6 billion for the third quarter.')).toEqual(['Maybank']);
    expect(subjects("Saudi Aramco's SAR 400 billion capex plan was unchanged in 2025.")).toEqual(['Saudi Aramco']);
    // Before no number, a code is a name as any other: "RM plc", "Ars Technica".
    expect(subjects('RM plc reported revenue of 195 million pounds in 2024.')).toEqual(['RM']);
  });
});

describe("ingest: a currency word several countries share, read as the article's country's", () => {
  it('reads pesos in a Mexican story as Mexican pesos, and shillings and "Sh" in a Kenyan one as Kenyan shillings', () => {
    expect(read('Kuali Financiera, the Mexican digital bank, said net profit rose to 1.24 billion pesos in the third quarter.')).toEqual([
      ['Kuali Financiera', 'profit', '1.24 billion Mexican pesos', 'MXN'],
    ]);
    expect(read('NAIROBI - Tembo Telecom PLC said net profit rose to Sh9.7 billion in the half-year. Service revenue grew to 48.3 billion shillings in Kenya.')).toEqual([
      ['Tembo Telecom PLC', 'profit', 'KSh9.7 billion', 'KES'],
      ['Tembo Telecom PLC', 'revenue', '48.3 billion Kenyan shillings', 'KES'],
    ]);
    expect(read("KAMPALA - Ugandan lender Nile Bank said net profit rose to Shs412 billion, the biggest in Uganda's banking sector.").map(([, , value, unit]) => [value, unit])).toEqual([
      ['USh412 billion', 'UGX'],
    ]);
    // Riyals in a Saudi story are Saudi riyals; in a Qatari one (a riyal the value parser does not know) they stay unread.
    expect(read('RIYADH - Nafud Petrochemical Co, the Saudi chemicals maker, said revenue rose to 11.82 billion riyals in the third quarter.')).toEqual([
      ['Nafud Petrochemical Co', 'revenue', '11.82 billion Saudi riyals', 'SAR'],
    ]);
    const qatari = extractCandidates('DOHA - Qatar Gas Co said revenue rose to 1.52 billion riyals in the third quarter.', { publishedAt: '2026-11-20', entities: [] });
    expect(qatari.map((c) => c.value)).toEqual(['1.52 billion']);
  });

  it('leaves the word unread where the article names no country that uses it, or two alike', () => {
    const values = (text: string) => extractCandidates(text, { publishedAt: '2026-11-20', entities: [] }).map((c) => [c.predicate, c.value]);
    expect(values('Acme Corp said net profit rose to 1.24 billion pesos.')).toEqual([['unclassified', '1.24 billion']]);
    expect(values('Acme Corp, which sells in Mexico and Chile, said net profit rose to 1.24 billion pesos.')).toEqual([['unclassified', '1.24 billion']]);
  });

  it('reads the word as the currency the article first names in full, however often it names other countries', () => {
    // Named once and then written bare, as newsrooms do; the Danish crowns of an acquisition are named each time.
    const story =
      'STOCKHOLM - Vattra AB, the Swedish pump maker, said order intake fell 6% to 14.2 billion Swedish crowns. Revenue rose 2% to 15.8 billion crowns. ' +
      'It bought Denmark-based Holmgaard, a Danish valve maker with annual sales of 700 million Danish crowns, from a Copenhagen fund.';
    expect(read(story).filter(([, , value]) => /crowns/.test(value ?? '')).map(([, , value, unit]) => [value, unit])).toEqual([
      ['14.2 billion Swedish crowns', 'SEK'],
      ['15.8 billion Swedish crowns', 'SEK'],
      ['700 million Danish crowns', 'DKK'],
    ]);
  });
});

describe('ingest: a story that says which dollars it counts in', () => {
  it('reads its bare "$" and cents as those dollars, and leaves "US$" alone', () => {
    const story =
      'Northcrest Minerals Ltd., which reports in Canadian dollars, said net earnings rose to $287-million, or 71 cents a share. ' +
      'Its US-listed rival reported profit of US$90 million.';
    expect(read(story).map(([, predicate, value, unit]) => [predicate, value, unit])).toEqual([
      ['profit', 'CAD 287-million', 'CAD'],
      ['earnings_per_share', '71 Canadian cents', 'CAD'],
      ['profit', 'US$90 million', 'USD'],
    ]);
    const noted = 'Kestrel Bay Resources Inc. said revenue rose to $1.2-billion and earnings to about 5 million dollars. All figures are in Canadian dollars unless otherwise noted.';
    expect(read(noted).map(([, , value, unit]) => [value, unit])).toEqual([
      ['CAD 1.2-billion', 'CAD'],
      ['about 5 million Canadian dollars', 'CAD'],
    ]);
  });

  it("reads cents in a story told in rand as the rand's: headline earnings per share and a dividend", () => {
    const story = 'Karoo Foods Ltd said revenue rose 6.1% to R41.2 billion ($2.3 billion). Earnings per share rose to 210 cents, and it declared a dividend of 95 cents a share.';
    expect(read(story).filter(([, , value]) => /cents/.test(value ?? ''))).toEqual([
      ['Karoo Foods Ltd', 'earnings_per_share', '210 South African cents', 'ZAR'],
      ['Karoo Foods Ltd', 'unclassified', '95 South African cents', 'ZAR'],
    ]);
  });

  it('keeps "$" as US dollars in a story that declares no other dollar', () => {
    expect(read('Northcrest Minerals Ltd. said net earnings rose to $287 million.').map(([, , value, unit]) => [value, unit])).toEqual([['$287 million', 'USD']]);
  });
});

describe('ingest: a dollar written with its letters', () => {
  it('reads a profit and its per-share restatement in a dollar with letters ("C$") as it reads them in "$", dates and all', () => {
    const story =
      'Cedarview Financial Group reported results. Net income for the three months ended Oct. 31 rose to C$2.38 billion, or C$3.21 per share, ' +
      'from C$2.22 billion, or C$2.97 per share, a year earlier.';
    expect(extractCandidates(story, { publishedAt: '2026-11-26', entities: [] }).map((c) => [c.predicate, c.value, c.period])).toEqual([
      ['profit', 'C$2.38 billion', 'for the three months ended Oct. 31'],
      ['earnings_per_share', 'C$3.21', 'for the three months ended Oct. 31'],
      ['profit', 'C$2.22 billion', '2025-08-01 to 2025-10-31'],
      ['earnings_per_share', 'C$2.97', '2025-08-01 to 2025-10-31'],
    ]);
  });
});

