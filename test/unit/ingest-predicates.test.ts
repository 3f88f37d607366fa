// Predicates chosen by cues, subjects and objects by role, one claim per figure: extraction sentence by sentence.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/domain/model.js';
import { entity as record } from '../support/records.js';
import { extractCandidates } from '../../src/ingest/extract.js';

const entity = (name: string, kind: Entity['kind'] = 'COMPANY', extra: Partial<Entity> = {}): Entity => record({ id: `ent_${name.replace(/\W/g, '')}`, name, kind, ...extra });

const entities = [entity('Acme'), entity('Globex'), entity('Widget Pro', 'PRODUCT', { launchDate: '2025-01-15' }), entity('cloud market', 'MARKET')];

const read = (text: string) =>
  extractCandidates(text, { publishedAt: '2025-06-18', entities }).map((c) => [c.subject, c.predicate, c.object, c.value, c.period]);

describe('predicates by cue', () => {
  it.each([
    ['Acme holds 30% of the cloud market.', ['Acme', 'market_share', 'cloud market', '30%', '2025-06-18']],
    ['Acme commands 30% of the cloud market.', ['Acme', 'market_share', 'cloud market', '30%', '2025-06-18']],
    ['Acme captured 30% of the cloud market in 2024.', ['Acme', 'market_share', 'cloud market', '30%', 'in 2024']],
    ['Acme had a $2 billion run-rate in May.', ['Acme', 'revenue_run_rate', null, '$2 billion', 'in May']],
    ['Acme reached $40 million in ARR last quarter.', ['Acme', 'revenue_run_rate', null, '$40 million', 'last quarter']],
    ['Acme reported revenue of $3 billion for 2024.', ['Acme', 'revenue', null, '$3 billion', 'for 2024']],
    ['Widget Pro is 25% faster than Globex.', ['Widget Pro', 'speedup_over', 'Globex', '25%', null]],
    ['Acme is valued at $9 billion.', ['Acme', 'valuation', null, '$9 billion', '2025-06-18']],
    ['Acme has a market value of $250 billion.', ['Acme', 'valuation', null, '$250 billion', '2025-06-18']],
    ['Acme raised $100 million in March.', ['Acme', 'funding_raised', null, '$100 million', 'in March']],
    ['Acme raised ¥15 billion in March.', ['Acme', 'funding_raised', null, '¥15 billion', 'in March']],
    ['Acme reported revenue of Rs 500 crore for 2024.', ['Acme', 'revenue', null, 'Rs 500 crore', 'for 2024']],
    ['Acme reported revenue of Rs. 500 crore for 2024.', ['Acme', 'revenue', null, 'Rs. 500 crore', 'for 2024']],
    ['Acme reported revenue of CHF 2.1 billion for 2024.', ['Acme', 'revenue', null, 'CHF 2.1 billion', 'for 2024']],
    ['Acme has 2 million users.', ['Acme', 'user_count', null, '2 million', '2025-06-18']],
    ['Acme released Widget Pro in January 2025.', ['Widget Pro', 'released_on', null, null, 'in January 2025']],
    ['Acme is the dominant player in the cloud market.', ['Acme', 'leader_of', 'cloud market', null, '2025-06-18']],
    ['Acme led the cloud market in 2023.', ['Acme', 'leader_of', 'cloud market', null, 'in 2023']],
    ['Widget Pro was the first tool that was used in building itself.', ['Widget Pro', 'helped_build_itself', null, null, null]],
    ['Globex pioneered the cloud market.', ['Globex', 'pioneered', 'cloud market', null, null]],
    ['Acme grew 3x in 2024.', ['Acme', 'unclassified', null, '3x', 'in 2024']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads several claims from one sentence, each with its subject and the shared market', () => {
    expect(read('Acme now commands 32% of the cloud market while Globex has dropped to 25%.')).toEqual([
      ['Acme', 'market_share', 'cloud market', '32%', 'now'],
      // The second clause states no date: it takes the first's.
      ['Globex', 'market_share', 'cloud market', '25%', 'now'],
    ]);
  });

  it('gives a share written "X at N%" to X, even after "ahead of", and the date written for the list', () => {
    expect(read('Acme holds 31% of the cloud market in Q3 2024, ahead of Globex at 20%.')).toEqual([
      ['Acme', 'market_share', 'cloud market', '31%', 'in Q3 2024'],
      ['Globex', 'market_share', 'cloud market', '20%', 'in Q3 2024'],
    ]);
    expect(read('Acme held 31% of the cloud market, followed by Globex at 20%.')).toEqual([
      ['Acme', 'market_share', 'cloud market', '31%', null],
      ['Globex', 'market_share', 'cloud market', '20%', null],
    ]);
    expect(read('Acme leads with 40% of the cloud market, followed by Globex (22%).')).toEqual([
      ['Acme', 'market_share', 'cloud market', '40%', '2025-06-18'],
      ['Globex', 'market_share', 'cloud market', '22%', '2025-06-18'],
      ['Acme', 'leader_of', 'cloud market', null, null],
    ]);
    expect(read('Globex holds 31% of the cloud market, ahead of Acme with 28%.')).toEqual([
      ['Globex', 'market_share', 'cloud market', '31%', '2025-06-18'],
      ['Acme', 'market_share', 'cloud market', '28%', '2025-06-18'],
    ]);
    // Money after "by X at" is the subject's: an investor does not hold the valuation it set.
    expect(read('Acme was valued by Globex at $2 billion.')).toEqual([['Acme', 'valuation', null, '$2 billion', null]]);
  });

  it('reads the subject after an opening phrase and its comma, which is no list', () => {
    expect(read('In Europe, Globex holds 31% of the cloud market.')).toEqual([['Globex', 'market_share', 'cloud market', '31%', '2025-06-18']]);
    expect(read('According to Gartner, Acme now holds 30% of the cloud market.')).toEqual([['Acme', 'market_share', 'cloud market', '30%', 'now']]);
  });

  it('keeps apart what only looks alike: kinds of user counts, forecasts, and money that is not revenue', () => {
    const withQualifiers = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-06-18', entities }).map((c) => [c.subject, c.predicate, c.value, c.qualifiers]);
    expect(withQualifiers('Acme has 18 million daily active users and 50 million registered users.')).toEqual([
      ['Acme', 'user_count', '18 million', [{ key: 'measure', value: 'daily active users' }]],
      ['Acme', 'user_count', '50 million', [{ key: 'measure', value: 'registered users' }]],
    ]);
    expect(withQualifiers('Acme expects revenue of $5 billion in 2026.')).toEqual([['Acme', 'revenue', '$5 billion', [{ key: 'basis', value: 'forecast' }]]]);
    expect(withQualifiers('Acme reported revenue of $65.6 billion and net income of $24.7 billion.')).toEqual([
      ['Acme', 'revenue', '$65.6 billion', []],
      ['Acme', 'profit', '$24.7 billion', [{ key: 'measure', value: 'net income' }]],
    ]);
    // A bare "profit" could be any of them: no measure.
    expect(withQualifiers('Acme earned $2 billion in profit last year.')).toEqual([['Acme', 'profit', '$2 billion', []]]);
    const paying = [{ key: 'measure', value: 'paying users' }];
    expect(withQualifiers('Acme has 713 million monthly active users and 281 million subscribers.')).toEqual([
      ['Acme', 'user_count', '713 million', [{ key: 'measure', value: 'monthly active users' }]],
      ['Acme', 'user_count', '281 million', paying],
    ]);
    expect(withQualifiers('Acme said premium subscribers rose 12% to 281 million.')).toContainEqual(['Acme', 'user_count', '281 million', paying]);
  });

  it('reads "the Stockholm-based company" as the party named before, and no description as a name', () => {
    const subjects = (text: string) => extractCandidates(text, { publishedAt: '2025-06-18', entities: [] }).map((c) => [c.subject, c.value]);
    expect(subjects('Spotify raised prices in July. The Stockholm-based company said it has 281 million subscribers.')).toEqual([
      ['Spotify', null],
      ['Spotify', '281 million'],
    ]);
    expect(subjects('Nimbus raised $20 million in May. The loss-making South Korean startup now has 300 customers.')).toEqual([
      ['Nimbus', '$20 million'],
      ['Nimbus', '300'],
    ]);
    expect(subjects('Rival Legora raised $80 million in May.')).toEqual([['Legora', '$80 million']]);
    expect(subjects("Piedmont raised $3 billion in May. The lender's capital ratio stood at 11.2%.")).toEqual([
      ['Piedmont', '$3 billion'],
      ['Piedmont', '11.2%'],
    ]);
    expect(subjects('SoftBank-backed Helio raised $50 million in June.')).toEqual([['Helio', '$50 million']]);
  });

  it('reads a company\'s short name as the full name the article gave it first', () => {
    const subjects = (text: string) => extractCandidates(text, { publishedAt: '2025-06-18', entities: [] }).map((c) => c.subject);
    expect(subjects('Lumora Health raised $40 million in March. Lumora now has 2 million users.')).toEqual(['Lumora Health', 'Lumora Health']);
    expect(subjects('Samsung Electronics shipped 60 million phones. Samsung holds 19% of the smartphone market.')).toEqual([
      'Samsung Electronics',
      'Samsung Electronics',
    ]);
    // A Spanish or Portuguese name's opening word of kind ("Cementos", "Grupo", "Banco") is dropped when shortened too.
    expect(subjects('Cementos Altiplano said revenue rose 9.4% to $2.2 billion. Altiplano holds about 28% of the Mexican cement market.')).toEqual([
      'Cementos Altiplano',
      'Cementos Altiplano',
      'Cementos Altiplano',
    ]);
    // A division is another party: "Google Cloud" is not "Google".
    expect(subjects('Google Cloud grew revenue by 30% in 2024. Google holds 90% of the search market.')).toEqual(['Google Cloud', 'Google']);
  });

  it('reads past the one who speaks to what "the app" stands for, and takes no plan for a release', () => {
    expect(read('Acme released Widget Pro in March. Globex estimates the app has generated $3.2 million in sales so far.')).toEqual([
      ['Widget Pro', 'released_on', null, null, 'in March'],
      ['Widget Pro', 'revenue', null, '$3.2 million', null],
    ]);
    expect(read('Acme plans to launch Widget Pro in March.').filter(([, predicate]) => predicate === 'released_on')).toEqual([]);
  });

  it('lends no date from an earlier state ("from 12% a year earlier") to the figures beside it', () => {
    expect(read('Globex saw its share of the cloud market fall to 9% from 12% a year earlier, while Acme holds 30%.')).toEqual([
      ['Globex', 'market_share', 'cloud market', '9%', null],
      // A year before the publication, as Acme's share holds at it.
      ['Globex', 'market_share', 'cloud market', '12%', '2024-06-18'],
      ['Acme', 'market_share', 'cloud market', '30%', '2025-06-18'],
    ]);
  });

  it('dates a running total from the founding it counts from, and nothing by a founding date', () => {
    expect(read('Acme has raised $300 million since it was founded in 2019.')).toEqual([['Acme', 'funding_raised', null, '$300 million', 'since it was founded in 2019']]);
    expect(read('Acme has raised $300 million since its launch in March 2023.')).toEqual([['Acme', 'funding_raised', null, '$300 million', 'since its launch in March 2023']]);
    expect(read('Acme, founded in 2019, has raised $300 million.')).toEqual([['Acme', 'funding_raised', null, '$300 million', null]]);
    expect(read('Acme, which was established in 2015, raised $40 million in March.')).toEqual([['Acme', 'funding_raised', null, '$40 million', 'in March']]);
    expect(read('Acme was founded in 2015.')).toEqual([['Acme', 'unclassified', null, null, 'in 2015']]);
  });

  it('reads a market report: the market its volumes name, and the quarter its first figures were dated by', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.object, c.value, c.period]);
    const report =
      'Global smartphone shipments rose 2.6% to 322.7 million units in the third quarter of 2025, according to IDC. ' +
      'Apple was second, with its share rising to 18.2% from 17.8%.\n\nXiaomi was third with a 13.5% share, unchanged from the same period last year. ' +
      'It rained. It rained. It rained. It rained. It rained. It rained. It rained. It rained. Xiaomi also sold 3 million tablets.';
    expect(claims(report)).toEqual([
      // The market's own figures have the market as their subject: its growth a growth rate, its volume for a reviewer
      // to give a predicate.
      ['global smartphone market', 'growth_rate', null, '2.6%', 'in the third quarter of 2025'],
      ['global smartphone market', 'unclassified', null, '322.7 million', 'in the third quarter of 2025'],
      ['Apple', 'market_share', 'global smartphone market', '18.2%', 'in the third quarter of 2025'],
      // The year-earlier figure is not the quarter's.
      ['Apple', 'market_share', 'global smartphone market', '17.8%', null],
      // A new paragraph goes on about the quarter; the base of a comparison ("the same period last year") dates nothing.
      ['Xiaomi', 'market_share', 'global smartphone market', '13.5%', 'in the third quarter of 2025'],
      // Far from the dated figures, an undated one stays undated.
      ['Xiaomi', 'unclassified', null, '3 million', null],
    ]);
    // A company's own sales, and net sales, name no market.
    expect(claims("Zorvex's sales rose 5% in 2024. Its share was 12%.").map((c) => c[2])).toEqual([null, null]);
    expect(claims('Net sales rose 5% in 2024. Zorvex had a 12% share.').map((c) => c[2])).toEqual([null]);
  });

  it('reads a market note: "sales of" a product name its market, the tracker is no subject, and price moves and forecasts keep their own dates', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-19', entities: [] }).map((c) => [c.subject, c.predicate, c.object, c.value, c.period]);
    const note =
      'Sales of new-energy vehicles in China rose 19% to 3.9 million units in the third quarter of 2025, according to a report from research firm Canalys. ' +
      'BYD remained the largest seller with 1.17 million vehicles, but its market share fell to 30% from 35% a year earlier. ' +
      'Shares of BYD rose 9% in extended trading. ' +
      'For the fourth quarter, BYD expects revenue of $4 billion. ' +
      'Geely shipped 546,000 cars.';
    expect(claims(note)).toEqual([
      ['new-energy vehicle market', 'growth_rate', null, '19%', 'in the third quarter of 2025'],
      ['new-energy vehicle market', 'unclassified', null, '3.9 million', 'in the third quarter of 2025'],
      ['BYD', 'unclassified', null, '1.17 million', 'in the third quarter of 2025'],
      ['BYD', 'market_share', 'new-energy vehicle market', '30%', 'in the third quarter of 2025'],
      // The same quarter a year before, not the year before the publication.
      ['BYD', 'market_share', 'new-energy vehicle market', '35%', 'Q3 2024'],
      ['BYD', 'unclassified', null, '9%', null],
      ['BYD', 'revenue', null, '$4 billion', 'For the fourth quarter'],
      ['Geely', 'unclassified', null, '546,000', 'in the third quarter of 2025'],
    ]);
  });

  it('gives a market its own figures, but never a brand\'s, and never makes a market what "it" means', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.subjectKind, c.predicate, c.value]);
    expect(claims('Global PC shipments rose 8.1% in the third quarter. It was the best quarter since 2021.')).toEqual([
      ['global PC market', 'MARKET', 'growth_rate', '8.1%'],
    ]);
    // "It" and "the company" still mean the last party named, not the market between.
    expect(claims('Lenovo shipped 17.2 million PCs. Global PC shipments rose 8.1%. It expects growth of 5%.').map((c) => c[0])).toEqual([
      'Lenovo',
      'global PC market',
      'Lenovo',
    ]);
    // A brand's sales are its maker's; a volume after a verb is no subject.
    expect(claims('Apple posted revenue of $90 billion. iPhone sales rose 3%.').map((c) => c[0])).toEqual(['Apple', 'iPhone']);
    expect(claims("Apple's PC shipments rose 5%. Tesla delivered 400,000 cars as EV sales rose 10%.").map((c) => c[0])).toEqual(['Apple', 'Tesla', 'Tesla']);
    expect(claims('PC shipments at Lenovo rose 5%.').map((c) => c[0])).not.toContain('PC market');
    // Who reports the market's figure is not its subject.
    expect(claims('IDC said global PC shipments rose 8.1%. According to Canalys, smartphone shipments in India fell 3%.').map((c) => c[0])).toEqual([
      'global PC market',
      'smartphone market',
    ]);
  });

  it('keeps a name joined by an ampersand whole, and reads subscribers gained or lost as a change, not a count of users', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period]);
    expect(claims('Procter & Gamble reported revenue of $22 billion in the first half.')).toEqual([['Procter & Gamble', 'revenue', '$22 billion', 'in the first half']]);
    expect(claims('AT&T added 300,000 subscribers. Vodacom lost around 900,000 customers. Zorvex now has 40 million users, up 2 million.')).toEqual([
      ['AT&T', 'unclassified', '300,000', null],
      ['Vodacom', 'unclassified', 'around 900,000', null],
      ['Zorvex', 'user_count', '40 million', 'now'],
      ['Zorvex', 'unclassified', '2 million', null],
    ]);
  });

  it('reads a fiscal quarter by the day it ended, gives its figures that quarter and the earlier state its own date, and quotes a range whole', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-19', entities: [] }).map((c) => [c.value, c.period]);
    expect(
      claims(
        'Acme Corp said revenue for the fiscal third quarter ended Nov. 1 rose to $6.31 billion. ' +
          'Net income for the quarter was $212 million, or $1.48 per share, up from $168 million, or $1.15 per share, a year earlier.',
      ),
    ).toEqual([
      ['$6.31 billion', 'the fiscal third quarter ended Nov. 1'],
      // The quarter's figures are the quarter's; the earlier state and its per-share restatement are the same quarter a
      // year before: the fiscal quarter is read as the 13 weeks to Nov. 1, so a year back is the 13 weeks 52 weeks before.
      ['$212 million', 'the fiscal third quarter ended Nov. 1'],
      ['$1.48', 'the fiscal third quarter ended Nov. 1'],
      ['$168 million', '2024-08-04 to 2024-11-02'],
      ['$1.15', '2024-08-04 to 2024-11-02'],
    ]);
    expect(claims('Acme Corp forecast comparable sales growth of 2% to 3%. Acme Corp expects a margin between 7% and 8.5%.').map((c) => c[0])).toEqual([
      '2% to 3%',
      'between 7% and 8.5%',
    ]);
  });

  it('reads no price as funding, no source or half-year as a figure, and a listed share after a report of shares as one more', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.object, c.value]);
    expect(claims('Streamly said it will raise the price of its Premium plan to $12.99 a month from $11.99. Acme raised $40 million.')).toEqual([
      ['Streamly', 'unclassified', null, '$12.99'],
      ['Streamly', 'unclassified', null, '$11.99'],
      ['Acme', 'funding_raised', null, '$40 million'],
    ]);
    // A subject's property opening the sentence with a participle ("Operating profit") goes on about it; a source is no figure.
    expect(
      claims('Streamly reported revenue of 2 billion euros, according to two people familiar with the matter. Operating profit came in at 310 million euros, its first profitable half.'),
    ).toEqual([
      ['Streamly', 'revenue', null, '2 billion euros'],
      ['Streamly', 'profit', null, '310 million euros'],
    ]);
    expect(claims('Halcyon said half of developers use its tools.')).toEqual([['Halcyon', 'adoption_rate', 'developers', 'half']]);
    expect(claims('OpenAI led the enterprise AI platform market in 2025 with a 31% share. Anthropic held 24%, while Google captured 19%.').slice(2)).toEqual([
      ['Anthropic', 'market_share', 'enterprise AI platform market', '24%'],
      ['Google', 'market_share', 'enterprise AI platform market', '19%'],
    ]);
  });

  it('gives a figure to what a possessive describes, and never to a title or a titled speaker', () => {
    const subjects = (text: string) => extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => c.subject);
    expect(subjects("Acme Motors delivered 400,000 vehicles. Acme's rival Zeta Motors delivered 288,000 vehicles.")).toEqual(['Acme Motors', 'Zeta Motors']);
    expect(subjects("Halcyon's chat assistant Tern has 45 million weekly active users.")).toEqual(['Tern']);
    // An action between them is no description: "Apple's revenue beat …" is Apple's.
    expect(subjects("Apple's revenue rose 5% to $90 billion.")).toEqual(['Apple', 'Apple']);
    expect(subjects("Chief Executive Dr. Aisha Okafor said Meridian's annual recurring revenue reached $96 million in October.")).toEqual(['Meridian']);
    expect(subjects('Meridian raised $50 million. Chief Financial Officer Tom Hale said revenue rose 20% in the third quarter.')).toEqual(['Meridian', 'Meridian']);
  });

  it("keeps the place that owns a market, dates a move by its weekday, and no figure by the day it was reported", () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.object, c.value, c.period]);
    expect(claims("Vodacom held 41.8% of South Africa's mobile market. MTN held 3% of China's EV market.").map((c) => c[1])).toEqual([
      'South Africa mobile market',
      'China EV market',
    ]);
    expect(claims('Acme Corp shares rose 9% on Tuesday.')).toEqual([['Acme Corp', null, '9%', 'on Tuesday']]);
    expect(claims('Harlow & Finch Co on Wednesday reported third-quarter revenue of $6.3 billion.')).toEqual([['Harlow & Finch Co', null, '$6.3 billion', 'third-quarter']]);
    expect(claims('Acme Corp reported revenue of $6.3 billion, the company told Reuters on Tuesday.')).toEqual([['Acme Corp', null, '$6.3 billion', null]]);
  });

  it('finds the subject of a sentence that names no one from "its" or "the company said", and dates "the quarter" by no half', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.value, c.period]);
    expect(claims('Acme Motors delivered 400,000 vehicles in the third quarter. Battery-electric models made up 38% of its global sales.')).toEqual([
      ['Acme Motors', '400,000', 'in the third quarter'],
      ['Acme Motors', '38%', 'in the third quarter'],
    ]);
    expect(claims('Streamly reported revenue of 2 billion euros. It rained. Paying subscribers reached 61 million, the company said.')).toEqual([
      ['Streamly', '2 billion euros', null],
      ['Streamly', '61 million', null],
    ]);
    // The quarter is not the half the report before was about.
    expect(claims('Streamly reported revenue of 2 billion euros in the first half. Acme Motors delivered 400,000 vehicles in the quarter.')[1]).toEqual([
      'Acme Motors',
      '400,000',
      null,
    ]);
  });

  it("takes no one else's expectation or a replaced forecast as a claim, no report's release as a product's, and no 'now expects' as a period", () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period]);
    expect(claims('Acme Motors reported revenue of 31.8 billion euros, ahead of the 30.6 billion euros analysts had expected.')).toEqual([
      ['Acme Motors', 'revenue', '31.8 billion euros', null],
    ]);
    expect(claims('For the full year 2025, Acme Motors now expects deliveries of about 2.4 million vehicles, raising its previous forecast of 2.3 million.')).toEqual([
      ['Acme Motors', 'unclassified', 'about 2.4 million', 'For the full year 2025'],
    ]);
    expect(claims('Telkom Mobile gained share, according to a report released on Tuesday.').map((c) => c[1])).not.toContain('released_on');
    expect(claims('Zorvex released Zorvo 2 on Tuesday.')).toEqual([['Zorvo 2', 'released_on', null, 'on Tuesday']]);
  });

  it("gives a market's size to the market a clause opens with, not to the last company, and keeps a company's own share its own", () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.object, c.value]);
    expect(claims("Rapiddo raised $100 million. Brazil's online food-delivery market was worth about 68 billion reais in 2024.")[1]).toEqual([
      'Brazil online food-delivery market',
      'unclassified',
      null,
      'about 68 billion reais',
    ]);
    expect(claims('Acme raised $5 million. The enterprise AI platform market grew to an estimated $38 billion in 2025.')[1]![0]).toBe('enterprise AI platform market');
    // A company before the market, or a market word in a description, keeps the figure the company's.
    expect(claims("Apple's smartphone market share rose to 20%.")).toEqual([['Apple', 'market_share', 'smartphone market', '20%']]);
    expect(claims('The market leader Acme has 40% of the cloud market.')).toEqual([['Acme', 'market_share', 'cloud market', '40%']]);
  });

  it('reads brands written with a lower-case first letter as names, and counts of orders as no users', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value]);
    expect(claims('Rapiddo had 11 million monthly active users. iFood, which says it has more than 55 million monthly users, processed about 110 million orders a month.')).toEqual([
      ['Rapiddo', 'user_count', '11 million'],
      ['iFood', 'user_count', 'more than 55 million'],
      ['iFood', 'unclassified', 'about 110 million'],
    ]);
    expect(claims('eBay reported revenue of $2.6 billion. The plant uses 500 kWh a day.')).toEqual([['eBay', 'revenue', '$2.6 billion']]);
  });

  it('makes no market of a date, a channel or a company before a volume, and gives an adoption rate to what is adopted', () => {
    const subjects = (text: string) => extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => c.subject);
    expect(
      subjects(
        'Acme Corp reported deliveries of 400,000 cars. Comparable-store sales increased 3.1%. Digital sales grew 11%. ' +
          'Net income for the quarter was $212 million. For 2026, the company forecast deliveries of 2.6 million.',
      ),
    ).toEqual(['Acme Corp', 'Acme Corp', 'Acme Corp', 'Acme Corp', 'Acme Corp']);
    expect(subjects('Halvorsen Motors third-quarter deliveries jump 18%.')).toEqual(['Halvorsen Motors']);
    // Without "global", a place, "sales of" or a tracker, a volume after a company's sentence is the company's.
    expect(subjects('Lenovo reported revenue of $17 billion. PC shipments rose 5%.')).toEqual(['Lenovo', 'Lenovo']);
    expect(subjects('Lenovo reported revenue of $17 billion. PC shipments rose 5%, IDC said.')).toEqual(['Lenovo', 'PC market']);
    expect(subjects('Corvane found that 58% of large enterprises surveyed had deployed generative AI. About 42% of hospitals use some form of AI alert.')).toEqual([
      'generative AI',
      'AI alert',
    ]);
    // "The company" opening a sentence is the story's company, and so is the "it" after it.
    expect(
      subjects('Meridian raised $50 million. Meridian has 300 customers. Meridian competes with Bayside AI, which was valued at $3.1 billion. The company plans to expand. It employs about 420 people.'),
    ).toEqual(['Meridian', 'Meridian', 'Bayside AI', 'Meridian']);
  });

  it('reads whose share a market report gives, and what in it is no share', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [entity('smartphone market', 'MARKET')] }).map((c) => [c.subject, c.predicate, c.object, c.value]);
    const opening = 'Zorvex holds 30% of the smartphone market. ';
    // A change is not a share, even beside one: it is the growth of the phones shipped.
    expect(claims(`${opening}Helio shipped 58.6 million phones, up 4.9% year over year, lifting its share to 18.2%.`).slice(1)).toEqual([
      ['Helio', 'unclassified', null, '58.6 million'],
      ['Helio', 'growth_rate', null, '4.9%'],
      ['Helio', 'market_share', 'smartphone market', '18.2%'],
    ]);
    // A rank says the figure is a share of the market the article is about.
    expect(claims(`${opening}Helio was second with 16%.`).slice(1)).toEqual([['Helio', 'market_share', 'smartphone market', '16%']]);
    // The one whose share a tracker gives, not the tracker.
    expect(claims(`${opening}Canalys, a tracker, put Helio's share higher, at 18%, and Orbel's at 19%.`).slice(1)).toEqual([
      ['Helio', 'market_share', 'smartphone market', '18%'],
      ['Orbel', 'market_share', 'smartphone market', '19%'],
    ]);
    // "whose share doubled to 2%": the share is the level reached; a bare share right after a list goes on with it.
    expect(claims(`${opening}Orbel, whose share doubled to 2%, trails the field. Helio has about 11%.`).slice(1)).toEqual([
      ['Orbel', 'unclassified', null, 'doubled'],
      ['Orbel', 'market_share', 'smartphone market', '2%'],
      ['Helio', 'market_share', 'smartphone market', 'about 11%'],
    ]);
    // Not two sentences on, and not a percentage nobody holds.
    expect(claims(`${opening}It rained. Helio has about 11%.`).slice(1)).toEqual([['Helio', 'unclassified', null, 'about 11%']]);
    expect(claims(`${opening}Helio grew 11%.`).slice(1)).toEqual([['Helio', 'unclassified', null, '11%']]);
    // "its largest market" names no market; "a fifth straight quarter" is no fraction.
    expect(claims(`${opening}Helio sells most in Africa, its largest market. Helio led for a fifth straight quarter with a 20% share.`).slice(1)).toEqual([
      ['Helio', 'market_share', 'smartphone market', '20%'],
    ]);
  });

  it('reads quarters written as adjectives and the end of the year, and lends no reported quarter to a forecast', () => {
    const text =
      'Acme grew revenue to $4.3 billion in the third quarter of 2025. ' +
      'Acme expects to reach 745 million users by the end of the year, and it forecast fourth-quarter revenue of $4.5 billion.';
    expect(extractCandidates(text, { publishedAt: '2025-11-20', entities }).map((c) => [c.predicate, c.value, c.period])).toEqual([
      ['revenue', '$4.3 billion', 'in the third quarter of 2025'],
      ['user_count', '745 million', 'by the end of the year'],
      ['revenue', '$4.5 billion', 'fourth-quarter'],
    ]);
    expect(read('Acme raised its full-year revenue guidance to $19.7 billion.')).toEqual([['Acme', 'revenue', null, '$19.7 billion', 'full-year']]);
  });

  it('reads an earnings story: the company behind an aside, the speaker of "its", acronyms, and what a forecast or the present dates', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period]);
    const story =
      'Polestar delivered 14,200 vehicles in the third quarter. ' +
      'Revenue for the three months to September rose to €680 million, the Gothenburg-based company said. ' +
      'Polestar expects retail sales to grow by 30% to 35% in 2026. ' +
      'Gross margin improved to about 4%, from negative 7% in the same quarter last year. ' +
      "In Britain, rival Jaguar Land Rover, owned by India's Tata Motors, reported revenue of £4.9 billion. " +
      'JLR said it sold 66,200 vehicles, a fall of 17%. ' +
      'Meanwhile Volkswagen Group said its deliveries rose to 245,000 units. Volkswagen Group has 680,000 employees.';
    expect(claims(story)).toEqual([
      ['Polestar', 'unclassified', '14,200', 'in the third quarter'],
      ['Polestar', 'revenue', '€680 million', 'for the three months to September'],
      // A forecast is one range, and its year dates nothing after it.
      ['Polestar', 'growth_rate', '30% to 35%', 'in 2026'],
      // The latest span written ("the three months to September") is what the figures after it report on.
      ['Polestar', 'unclassified', 'about 4%', 'for the three months to September'],
      // "in the same quarter last year": the reported quarter, a year back (not the whole of last year).
      ['Polestar', 'unclassified', '7%', '2024-07-01 to 2024-09-30'],
      ['Jaguar Land Rover', 'revenue', '£4.9 billion', 'for the three months to September'],
      ['Jaguar Land Rover', 'unclassified', '66,200', 'for the three months to September'],
      ['Jaguar Land Rover', 'unclassified', '17%', 'for the three months to September'],
      ['Volkswagen Group', 'unclassified', '245,000', 'for the three months to September'],
      // Stated as now: not the quarter's.
      ['Volkswagen Group', 'employee_count', '680,000', '2025-11-20'],
    ]);
  });

  it("keeps a segment's figures apart from the company's, and money that is no valuation or revenue", () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.qualifiers]);
    expect(
      claims(
        "Sony Group reported revenue of ¥3 trillion. Sony's game and network services unit, which includes PlayStation, saw revenue rise to ¥1.05 trillion.",
      ),
    ).toEqual([
      ['Sony Group', 'revenue', '¥3 trillion', []],
      ['Sony Group', 'revenue', '¥1.05 trillion', [{ key: 'segment', value: 'game and network services' }]],
    ]);
    expect(claims('Microsoft reported revenue of $65 billion. Revenue in the Intelligent Cloud segment, which includes Azure, grew to $28.5 billion.')).toEqual([
      ['Microsoft', 'revenue', '$65 billion', []],
      ['Microsoft', 'revenue', '$28.5 billion', [{ key: 'segment', value: 'Intelligent Cloud' }]],
    ]);
    // Contracts worth money are no valuation; a profit forecast is not revenue because sales are cited after a comma,
    // and the forecast it replaced is no claim.
    expect(claims('Helio won new contracts worth $10 billion in the quarter.')).toEqual([['Helio', 'unclassified', '$10 billion', []]]);
    expect(claims('Helio raised its operating profit forecast to ¥1.43 trillion from ¥1.33 trillion, citing strong sales.')).toEqual([
      [
        'Helio',
        'profit',
        '¥1.43 trillion',
        [
          { key: 'measure', value: 'operating profit' },
          { key: 'basis', value: 'forecast' },
        ],
      ],
    ]);
  });

  it('reads a funding story: one date for a clause\'s figures, no round or investor as its subject, a plan\'s date kept to the plan', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period]);
    const story =
      'Harvey was valued at $3 billion in February. It raised another $300 million at a $5 billion valuation in June. ' +
      'The Series F round was led by Andreessen Horowitz, with participation from existing investors Sequoia Capital and Kleiner Perkins. ' +
      "It brings the San Francisco-based company's total funding to more than $1 billion. " +
      'Harvey has about 400 employees and plans to reach 600 by the end of next year.';
    expect(claims(story)).toEqual([
      ['Harvey', 'valuation', '$3 billion', 'in February'],
      ['Harvey', 'funding_raised', '$300 million', 'in June'],
      ['Harvey', 'valuation', '$5 billion', 'in June'],
      ['Harvey', 'funding_raised', 'more than $1 billion', null],
      ['Harvey', 'employee_count', 'about 400', '2025-11-20'],
    ]);
    // "a $27 million Series A": the round's letter ends no name, so "Series" alone is no party either.
    const earlier = 'Fennick raised $85 million. The valuation is nearly four times the $190 million the company was valued at when it raised a $27 million Series A in March 2024.';
    expect(claims(earlier).map(([subject, predicate, value]) => [subject, predicate, value])).toEqual([
      ['Fennick', 'funding_raised', '$85 million'],
      ['Fennick', 'unclassified', 'nearly four times'],
      ['Fennick', 'valuation', '$190 million'],
      ['Fennick', 'funding_raised', '$27 million'],
    ]);
  });

  it('reads "the company" as the party the story is about, an analyst\'s firm as a speaker, and qualifiers before the figure', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.qualifiers]);
    expect(
      claims(
        'Veridian reported revenue of $4.6 billion. Veridian holds 18% of the chip market. Broadcom remains the market leader with about 70%. ' +
          'The company said it repurchased $1.5 billion of its stock. Its data-center segment generated $2.9 billion in revenue.',
      ).map(([subject, , value, qualifiers]) => [subject, value, qualifiers]),
    ).toEqual([
      ['Veridian', '$4.6 billion', []],
      ['Veridian', '18%', []],
      ['Broadcom', 'about 70%', []],
      ['Veridian', '$1.5 billion', []],
      // "Its" is the last subject, here the company again.
      ['Veridian', '$2.9 billion', [{ key: 'segment', value: 'data-center' }]],
    ]);
    expect(claims('Threadly has 200 million users. Daily active users reached about 85 million in October, the company said.')[1]).toEqual([
      'Threadly',
      'user_count',
      'about 85 million',
      [{ key: 'measure', value: 'daily active users' }],
    ]);
    expect(claims('Threadly has 200 million users. Bernstein analyst Tom Hale estimates that Threadly could reach 300 million users by 2026.')[1]!.slice(0, 3)).toEqual([
      'Threadly',
      'user_count',
      '300 million',
    ]);
  });

  it('gives a PC report\'s figures to their vendors, not to the tracker, a rival\'s to the rival, and a region\'s revenue a segment', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-11-20', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.qualifiers]);
    expect(
      claims(
        'Global PC shipments rose 8.1% in the third quarter to 75.8 million units, research firm IDC said. ' +
          "Dell Technologies shipped 10.1 million PCs. Apple's shipments jumped 14% to 6.8 million units, lifting its share to 9.0%.",
      ).map(([subject, predicate, value]) => [subject, predicate, value]),
    ).toEqual([
      ['global PC market', 'growth_rate', '8.1%'],
      ['global PC market', 'unclassified', '75.8 million'],
      ['Dell Technologies', 'unclassified', '10.1 million'],
      ['Apple', 'growth_rate', '14%'],
      ['Apple', 'unclassified', '6.8 million'],
      ['Apple', 'market_share', '9.0%'],
    ]);
    expect(claims('Lumora AI raised $45 million. Rival Cascade Labs said in September it had surpassed $500 million in ARR.')[1]!.slice(0, 3)).toEqual([
      'Cascade Labs',
      'revenue_run_rate',
      '$500 million',
    ]);
    expect(claims('Founded in 2022 by former Google researchers, Lumora raised $45 million in March 2024.')[0]!.slice(0, 3)).toEqual(['Lumora', 'funding_raised', '$45 million']);
    expect(claims('Piedmont reported revenue of $3.1 billion. Revenue from its Latin American operations fell to $860 million.')[1]).toEqual([
      'Piedmont',
      'revenue',
      '$860 million',
      [{ key: 'segment', value: 'Latin American' }],
    ]);
  });

  it('dates no figure by the base it is compared with', () => {
    expect(read('Acme held a 19% share of the cloud market, roughly unchanged from the same period last year.')).toEqual([['Acme', 'market_share', 'cloud market', '19%', null]]);
    const change = read('Acme had 322.7 million users in 2024, up 2.6% from a year earlier.');
    expect(change[0]).toEqual(['Acme', 'user_count', null, '322.7 million', 'in 2024']);
    expect(change[1]!.slice(0, 4)).toEqual(['Acme', 'growth_rate', null, '2.6%']);
    expect(change[1]![4]).not.toBe('from a year earlier');
  });

  it('dates each figure by its own date', () => {
    expect(read('Acme held 30% of the cloud market in 2024, up from 25% in 2023.')).toEqual([
      ['Acme', 'market_share', 'cloud market', '30%', 'in 2024'],
      ['Acme', 'market_share', 'cloud market', '25%', 'in 2023'],
    ]);
  });

  it('resolves "it" to the article\'s last subject and reported speech to its subject', () => {
    expect(read('Globex had a bad year. It still holds 10% of the cloud market.')).toEqual([['Globex', 'market_share', 'cloud market', '10%', '2025-06-18']]);
    expect(read('Acme said Globex raised $5 million in 2024.')).toEqual([['Globex', 'funding_raised', null, '$5 million', 'in 2024']]);
  });

  it('reads a time to a milestone from a launch, and dates the milestone by the launch', () => {
    const [runRate, milestone] = extractCandidates('Widget Pro reached a $1 billion annualized run rate six months after launch.', { publishedAt: '2025-12-01', entities });
    expect(runRate).toMatchObject({ predicate: 'revenue_run_rate', value: '$1 billion', period: 'six months after launch' });
    expect(milestone).toMatchObject({ predicate: 'time_to_milestone', value: 'six months', period: null, qualifiers: [{ key: 'milestone', value: '$1 billion annualized run rate' }] });
  });

  it('marks negated claims', () => {
    expect(extractCandidates('Acme does not hold 30% of the cloud market.', { publishedAt: null, entities })[0]).toMatchObject({ predicate: 'market_share', negated: true });
    // A relative clause's "not" is its own.
    const relative = extractCandidates('Acme, which does not break out user numbers often, said it has 2 million users.', { publishedAt: null, entities });
    expect(relative[0]).toMatchObject({ predicate: 'user_count', value: '2 million', negated: false });
  });

  it('proposes a market named only in the text, and finds it again when named shorter', () => {
    expect(read('Acme held 40% of the European enterprise storage market in 2024; Globex led the enterprise market by 2025.')).toEqual([
      ['Acme', 'market_share', 'European enterprise storage market', '40%', 'in 2024'],
      ['Globex', 'leader_of', 'European enterprise storage market', null, 'by 2025'],
    ]);
  });

  it('reads a forecast whose subject is the object of "expected", dated by "mid-2026"', () => {
    const claims = (text: string) =>
      extractCandidates(text, { publishedAt: '2025-06-04', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period, c.qualifiers]);
    expect(claims('Loomwise has 2.4 million users. He said the firm expected Loomwise to reach 5 million users by mid-2026.')[1]).toEqual([
      'Loomwise',
      'user_count',
      '5 million',
      'by mid-2026',
      [{ key: 'basis', value: 'forecast' }],
    ]);
  });

  it('reads "Annual recurring revenue" opening a sentence as the last subject\'s, not a party named Annual', () => {
    expect(
      extractCandidates('Loomwise has 2.4 million users. Annual recurring revenue has passed $40 million, she said.', { publishedAt: '2025-06-04', entities: [] })
        .map((c) => [c.subject, c.predicate, c.value])
        .at(-1),
    ).toEqual(['Loomwise', 'revenue_run_rate', '$40 million']);
  });

  it('counts paying businesses, clients and a mobile base as customers', () => {
    const counts = (text: string) => extractCandidates(text, { publishedAt: '2024-11-12', entities: [] }).map((c) => [c.subject, c.predicate, c.value]);
    expect(counts('Fennick now counts 62,000 paying small businesses across the UK.')).toEqual([['Fennick', 'user_count', '62,000']]);
    expect(counts('Acme has 300 clients in Europe.')).toEqual([['Acme', 'user_count', '300']]);
    expect(counts('Brightline Mobile said its mobile base stood at 9.64 million at the end of September.')).toEqual([['Brightline Mobile', 'user_count', '9.64 million']]);
    // Businesses that do not pay are not customers.
    expect(counts('Acme said 400 small businesses closed in the region.')[0]![1]).toBe('unclassified');
  });

  it('reads the name set beside a description of what was released', () => {
    const releases = (text: string) => extractCandidates(text, { publishedAt: '2025-10-14', entities: [] }).map((c) => [c.subject, c.predicate, c.period]);
    expect(releases('Fennick launched its first product, Fennick Close, in January 2023.')).toEqual([['Fennick Close', 'released_on', 'in January 2023']]);
    expect(releases('Acme released a new model, Zephyr 2, in March.')).toEqual([['Zephyr 2', 'released_on', 'in March']]);
  });
});

describe('an earlier state compared with a figure', () => {
  it('is the same measure as the figure of the same party, whatever cue stands nearer to it', () => {
    expect(read('Acme was valued at $66 billion in its last funding round in 2023, down from $100 billion in 2022.')).toEqual([
      ['Acme', 'valuation', null, '$66 billion', 'in 2023'],
      ['Acme', 'valuation', null, '$100 billion', 'in 2022'],
    ]);
  });
});

describe('a part counted with its whole', () => {
  it('takes the whole\'s date, "now" included', () => {
    expect(read('Acme now has 675 million monthly active users, including 263 million subscribers.').map((claim) => claim.at(-1))).toEqual(['now', 'now']);
    expect(read('Acme had 90 million users in May 2025, of which 20 million pay.').map((claim) => claim.at(-1))).toEqual(['in May 2025', 'in May 2025']);
  });
});

describe('a state reached over a span that runs up to now', () => {
  it('holds now; a total over that span keeps the span', () => {
    // The share price's move stays unclassified (over 100% too, since growths past 100 are read).
    expect(read('Shares of Acme have risen more than 340% over the past 12 months, giving it a market value of about $430 billion.')).toEqual([
      ['Acme', 'unclassified', null, 'more than 340%', 'over the past 12 months'],
      ['Acme', 'valuation', null, 'about $430 billion', '2025-06-18'],
    ]);
    expect(read('Acme grew to 800 million users over the past year.').map((claim) => claim.at(-1))).toEqual(['2025-06-18']);
    expect(read('Acme reported revenue of $5 billion over the past 12 months.').map((claim) => claim.at(-1))).toEqual(['over the past 12 months']);
  });
});

describe('the owner of a figure\'s noun', () => {
  it('owns the figure, whoever speaks first in the clause', () => {
    expect(read('Acme said sales of Widget Pro rose 86% to $3 billion in 2024.').map(([subject]) => subject)).toEqual(['Widget Pro', 'Widget Pro']);
    expect(read('Revenue from Globex rose to $3 billion in 2024, Acme said.').map(([subject]) => subject)).toEqual(['Globex']);
  });

  it('is no place where the sales were made', () => {
    expect(read('Acme said sales from China rose to $3 billion in 2024.').map(([subject]) => subject)).toEqual(['Acme']);
  });
});

describe('a figure put before its clause\'s subject', () => {
  it('is a valuation when it makes the company the most valuable, stated in the tense of the verb after the subject', () => {
    expect(read("At $2.9 trillion, Acme is the world's second most valuable company.")).toEqual([['Acme', 'valuation', null, '$2.9 trillion', '2025-06-18']]);
    expect(read("At $2.9 trillion, Acme was the world's most valuable company.")).toEqual([['Acme', 'valuation', null, '$2.9 trillion', null]]);
  });
});

describe('the party right before the verb that takes the figure', () => {
  it('holds it, past a party named earlier in the sentence', () => {
    expect(read('Acme disputed the figure, saying its own data showed Widget Pro captured 31% of the cloud market in May.')).toEqual([
      ['Widget Pro', 'market_share', 'cloud market', '31%', 'in May'],
    ]);
  });
});

describe('the round money was raised in', () => {
  const rounds = (text: string) =>
    extractCandidates(text, { publishedAt: '2025-11-18', entities }).map((c) => [c.value, c.period, c.qualifiers.find((q) => q.key === 'round')?.value ?? null]);

  it('is a qualifier, so a round is compared with the same round and never with the total raised to date', () => {
    expect(rounds('Acme has raised $220 million in a Series D round. Acme has raised $1.5 billion to date.')).toEqual([
      ['$220 million', '2025-11-18', 'Series D'],
      ['$1.5 billion', null, 'total to date'],
    ]);
    expect(rounds("Acme raised $5 million in a seed round in 2021. The new money brings Acme's total funding to $510 million.")).toEqual([
      ['$5 million', 'in 2021', 'seed'],
      ['$510 million', null, 'total to date'],
    ]);
  });

  it('names the round next to the figure, and none when two stand there', () => {
    expect(rounds('Acme raised $20 million in a Series B in May, after a Series A in 2023.')[0]![2]).toBe('Series B');
    expect(rounds('Acme raised $20 million across its Series A and Series B rounds.')[0]![2]).toBeNull();
  });
});
