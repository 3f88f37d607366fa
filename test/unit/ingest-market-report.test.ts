// A tracker's market report: shares of a market named by what is sold, carried through ranks and bare shares, and
// kept apart by region so a European share is never compared with a worldwide one.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const claims = (text: string) =>
  extractCandidates(text, { publishedAt: '2025-08-12', entities: [] }).map((c) => [c.subject, c.predicate, c.object, c.value, c.period, c.qualifiers]);

describe('market reports', () => {
  it('reads shares of the market a leader is named the largest player of, and the rivals listed after it', () => {
    expect(claims('Nimbus Cloud remains the largest cloud provider, with a 31% share, followed by Acme at 20% and Globex at 13%.')).toEqual([
      ['Nimbus Cloud', 'market_share', 'cloud market', '31%', '2025-08-12', []],
      ['Acme', 'market_share', 'cloud market', '20%', '2025-08-12', []],
      ['Globex', 'market_share', 'cloud market', '13%', '2025-08-12', []],
      ['Nimbus Cloud', 'leader_of', 'cloud market', null, '2025-08-12', []],
    ]);
    // A holder's stake is no market share, whatever the sentence says of its size.
    expect(claims('BlackRock, the largest asset manager, owns 7% of Acme.').map((claim) => claim[1])).not.toContain('market_share');
  });

  it('reads shares of "global shipments" as shares of the market the leader sells in, through ranks and the next sentence', () => {
    const report =
      'Norvik Audio remained the biggest seller of wireless earbuds in the second quarter, taking 31% of global shipments, according to Pellas Research. ' +
      'Texas startup Corra Labs ranked second with 12%, up from 9%. ' +
      'Japan\'s Hoshi Sound held 8%.';
    expect(claims(report)).toEqual([
      ['Norvik Audio', 'market_share', 'wireless earbud market', '31%', 'in the second quarter', []],
      // "the biggest seller of wireless earbuds" leads their market.
      ['Norvik Audio', 'leader_of', 'wireless earbud market', null, 'in the second quarter', []],
      // "Texas" describes the startup; it is not a party.
      ['Corra Labs', 'market_share', 'wireless earbud market', '12%', 'in the second quarter', []],
      // The earlier share, whose period was not read, names the share it stands beside: no conflict with it.
      ['Corra Labs', 'market_share', 'wireless earbud market', '9%', null, [{ key: 'also_stated', value: '12%' }]],
      ['Hoshi Sound', 'market_share', 'wireless earbud market', '8%', 'in the second quarter', []],
    ]);
  });

  it('names the market from what is sold, and marks a share that holds in one region', () => {
    expect(claims('Veltrix accounted for about 44% of electric vehicle sales in the United States.')).toEqual([
      ['Veltrix', 'market_share', 'electric vehicle market', 'about 44%', null, [{ key: 'region', value: 'United States' }]],
    ]);
    expect(claims('In Europe, Globex holds 30% of the cloud market. Initech holds 25% of the cloud market.')).toEqual([
      ['Globex', 'market_share', 'cloud market', '30%', '2025-08-12', [{ key: 'region', value: 'Europe' }]],
      ['Initech', 'market_share', 'cloud market', '25%', '2025-08-12', []],
    ]);
    // A date opening the sentence is no region, and a place past a comma belongs to another phrase.
    expect(claims('In March, Initech held 12% of the cloud market, as rivals in Asia gained ground.')[0]![5]).toEqual([]);
    // A share of a company's own sales is no market share.
    expect(claims('Acme said its cloud unit now accounts for more than 60% of total sales.')[0]![1]).toBe('unclassified');
  });

  it('reads "the company" after a sentence opened by a party with no figure, past a product class written in capitals', () => {
    const story =
      'Veltrix reported revenue of $2 billion in the second quarter. Veltrix said its deliveries fell 9% in July. ' +
      'Aurelian Auto said it would begin European deliveries of its Strata electric SUV in November. The company delivered 99,000 vehicles in the second quarter.';
    expect(claims(story).map(([subject, , , value]) => [subject, value])).toEqual([
      ['Veltrix', '$2 billion'],
      ['Veltrix', '9%'],
      // The plan is a dated statement for a reviewer; it makes Aurelian Auto the sentence's party.
      ['Aurelian Auto', null],
      ['Aurelian Auto', '99,000'],
    ]);
  });

  it('reads a share "of the market" a party leads in, and a tracker\'s estimate of the market\'s size as the market\'s', () => {
    const story =
      'Quillo is the largest player in AI transcription tools with roughly 28% of the market. ' +
      'Marlow Insights estimates the market will be worth $2.1 billion in 2026.';
    expect(claims(story)).toEqual([
      ['Quillo', 'market_share', 'AI transcription tool market', 'roughly 28%', '2025-08-12', []],
      ['AI transcription tool market', 'unclassified', null, '$2.1 billion', 'in 2026', [{ key: 'basis', value: 'forecast' }]],
    ]);
  });

  it('reads what buyers spent on something as that market\'s spending, and the change after it as the market\'s too', () => {
    const story =
      'Global spending on cloud infrastructure services passed $100bn in the third quarter, according to Canalytics Research. ' +
      'Canalytics said enterprises spent $107.3bn on cloud infrastructure in the third quarter, up 24% from a year earlier.';
    const market = 'cloud infrastructure service market';
    expect(claims(story).map(([subject, , , value]) => [subject, value])).toEqual([
      [market, '$100bn'],
      [market, '$107.3bn'],
      [market, '24%'],
    ]);
    // A change named before its "of" is a change, not a share of the market the story is about.
    const dividend = 'Harwood held 7.3% of the British grocery market in the second quarter. Harwood raised its dividend to 12.1p, an increase of 10%.';
    expect(claims(dividend).at(-1)?.slice(0, 4)).toEqual(['Harwood', 'unclassified', null, '10%']);
  });

  it('reads "Helix Compute gained two points to 23%" after a sentence of shares as one more share', () => {
    const story = 'Vantage Cloud remained the market leader in cloud infrastructure with a 31% share, Northbeam estimated. Helix Compute gained two points to 23%.';
    expect(claims(story).map(([subject, predicate, , value]) => [subject, predicate, value])).toEqual([
      ['Vantage Cloud', 'market_share', '31%'],
      ['Helix Compute', 'market_share', '23%'],
    ]);
  });

  it('reads "Worldwide spending on …" after a sentence of a company\'s share as the market\'s, not that company\'s', () => {
    const story =
      'Amazon Web Services kept its lead with 30% of the market, Kestrel Analytics said in a report on Tuesday. ' +
      'Worldwide spending on cloud infrastructure services rose 21% to $94.2 billion in the third quarter.';
    expect(claims(story).slice(1).map(([subject, predicate, , value]) => [subject, predicate, value])).toEqual([
      ['cloud infrastructure service market', 'growth_rate', '21%'],
      ['cloud infrastructure service market', 'unclassified', '$94.2 billion'],
    ]);
  });

  it('dates the vendors\' shares by the quarter of a market figure read after a dateline', () => {
    const report =
      'Oct 9 (Meridian Wire) - Global tablet shipments grew 7.8% in the third quarter from a year earlier, data from Halvorsen Research showed. ' +
      "China's Lumetra kept its position as the world's largest tablet maker with a 25.1% share.";
    // The sentence proper starts after the dateline: its first word is written lower-case in the market's name, as
    // it would be with no dateline, so the two stories' markets are one.
    expect(claims(report).find(([, predicate]) => predicate === 'market_share')!.slice(0, 5)).toEqual(['Lumetra', 'market_share', 'global tablet market', '25.1%', 'in the third quarter']);
    // "the world's largest tablet maker" leads that market.
    expect(claims(report).find(([, predicate]) => predicate === 'leader_of')!.slice(0, 3)).toEqual(['Lumetra', 'leader_of', 'global tablet market']);
  });

  it('reads a region\'s volume as its own market\'s, named from the market the report is about', () => {
    const report =
      'Global smartwatch shipments rose 6% in the second quarter to 41.3 million units, Meridian said. ' +
      "In China, the world's largest smartwatch market, shipments grew 15% to 12.6 million units, and Huaxin became the leader with a 33% share. " +
      'North American shipments fell 2% to 8.1 million.';
    const rose = [{ key: 'measure', value: 'shipments' }, { key: 'direction', value: 'increase' }];
    expect(claims(report).map((claim) => [claim[0], claim[2], claim[3], claim[5]])).toEqual([
      // A market's own growth is its growth rate; its volume is left to a reviewer.
      ['global smartwatch market', null, '6%', rose],
      ['global smartwatch market', null, '41.3 million', []],
      ['China smartwatch market', null, '15%', rose],
      ['China smartwatch market', null, '12.6 million', []],
      // A rank is no part of a market's name: Huaxin's share is of the smartwatch market, in China.
      ['Huaxin', 'global smartwatch market', '33%', [{ key: 'region', value: 'China' }]],
      ['North American smartwatch market', null, '2%', [{ key: 'measure', value: 'shipments' }, { key: 'direction', value: 'decrease' }]],
      ['North American smartwatch market', null, '8.1 million', []],
    ]);
  });

  it('leaves a region\'s volume in a company\'s story to the company: no market\'s own figures were given', () => {
    const story = 'Volvo Cars said its share of the European electric car market rose to 5% in the third quarter. In China, deliveries fell 10% to 30,000 cars.';
    expect(claims(story).map((claim) => claim[0])).toEqual(['Volvo Cars', 'Volvo Cars', 'Volvo Cars']);
  });

  it('reads a market\'s volume after a dateline as the market\'s, and a speaker tag after it as no party the story goes on about', () => {
    const report =
      'SINGAPORE, August 12 (Newswire) - Global smartwatch shipments rose 6% in the second quarter to 41.3 million units. ' +
      'The smartwatch market was worth $9.8 billion, Meridian estimated. Shipments in the same quarter of 2024 had fallen 3%.';
    expect(claims(report).map((claim) => claim.slice(0, 4))).toEqual([
      ['global smartwatch market', 'growth_rate', null, '6%'],
      ['global smartwatch market', 'unclassified', null, '41.3 million'],
      ['global smartwatch market', 'unclassified', null, '$9.8 billion'],
    ]);
  });

  it('reads a share of subscriptions as a share of the market they are sold in, and the next sentence\'s shares with it', () => {
    const report = 'Lyrabox held 14% of global music streaming subscriptions in 2024, according to Aldgate Media Research. Market leader Harmonia had 31%.';
    expect(claims(report).map(([subject, predicate, object, value]) => [subject, predicate, object, value])).toEqual([
      ['Lyrabox', 'market_share', 'music streaming market', '14%'],
      ['Harmonia', 'market_share', 'music streaming market', '31%'],
    ]);
    // Subscribers of nothing named are no market's: "20% of its subscribers", "20% of subscribers".
    expect(claims('Acme said 20% of subscribers now pay annually.').map(([, predicate]) => predicate)).not.toContain('market_share');
  });

  it('gives each vendor its own share in a ranked list, and marks a region\'s ranking as that region\'s', () => {
    const report =
      'Global PC shipments grew 7.8% in the third quarter. ' +
      "Vexil took fourth place with 9.8% of the market, and Taiwan's Brightwell rounded out the top five with 7.1%. " +
      'North American shipments rose 4.1% to 18.6 million units, with Kestrel in first place at 27%.';
    const shares = claims(report).filter(([, predicate]) => predicate === 'market_share');
    expect(shares.map(([subject, , , value, , qualifiers]) => [subject, value, qualifiers])).toEqual([
      ['Vexil', '9.8%', []],
      ['Brightwell', '7.1%', []],
      // Kestrel's first place is North America's, never to be compared with its worldwide share.
      ['Kestrel', '27%', [{ key: 'region', value: 'North American' }]],
    ]);
  });

  it('takes no source or place for a region or a market where none is meant', () => {
    // "in Counterpoint data" is a source, not a region.
    expect(claims('Halvorn led the smartphone market with 30% of shipments in Counterpoint data.').map(([, , , , , qualifiers]) => qualifiers)).toEqual([[], []]);
    // "the largest player in China" is where Halvorn plays, not a "China market".
    expect(claims('Halvorn, the largest player in China, took 30% of global sales.').map(([, , object]) => object)).not.toContain('China market');
  });

  it('reads a leader\'s share "of 2024 revenue", past "for the ninth consecutive year" (no market) and "X of Michigan" (no party)', () => {
    const review =
      'The industrial robot market had a difficult 2024. Hoshida led the market for the ninth consecutive year with 17.9% of 2024 revenue. ' +
      'Kraemer Automation ranked second at 14.2%, followed by Tessaro Industrial of Michigan at 6.8%.';
    expect(claims(review).map(([subject, predicate, object, value]) => [subject, predicate, object, value])).toEqual([
      ['Hoshida', 'market_share', 'industrial robot market', '17.9%'],
      ['Hoshida', 'leader_of', 'industrial robot market', null],
      ['Kraemer Automation', 'market_share', 'industrial robot market', '14.2%'],
      ['Tessaro Industrial', 'market_share', 'industrial robot market', '6.8%'],
    ]);
    // Without a leader's or a share's cue, a part of revenue is a company's revenue mix, not a market share.
    expect(claims('The cloud market grew. Acme said cloud made up 40% of 2024 revenue.')[0]![1]).toBe('unclassified');
  });

  it('dates the shares after a heading or a sentence that names the quarter they report on', () => {
    const report =
      'Industrial robot revenue grew 6.4% to $4.31 billion in the second quarter of 2025, Kestrel said. Hoshida led with 17.9% of 2024 revenue. ' +
      'Kraemer ranked second at 14.2%.\n\nSECOND QUARTER 2025: VENDOR PERFORMANCE\n\n' +
      'The vendor ranking shifted in the April-June quarter. Ruixin lifted its share to 11.8%. Kraemer slipped to 13.5%.\n\n' +
      "Hoshida's quarterly revenue came to roughly $737 million.";
    const periodOf = (value: string) => claims(report).find(([, , , written]) => written === value)?.[4];
    expect(periodOf('14.2%')).toBe('2024');
    // The quarter the sentence after the heading names.
    for (const value of ['11.8%', '13.5%', 'roughly $737 million']) expect(periodOf(value)).toBe('in the April-June quarter');
    // The heading's, where no sentence names one; a sentence's, where no heading does.
    const headingOnly = report.replace(' in the April-June quarter', '');
    expect(claims(headingOnly).find(([, , , written]) => written === '13.5%')?.[4]).toBe('SECOND QUARTER 2025');
    const sentenceOnly = report.replace('SECOND QUARTER 2025: VENDOR PERFORMANCE', 'VENDOR PERFORMANCE');
    expect(claims(sentenceOnly).find(([, , , written]) => written === '13.5%')?.[4]).toBe('in the April-June quarter');
  });

  it('reads the level a share moved to, in the sentence after shares, as one more share', () => {
    const report = 'Ruixin lifted its share of the robot market to 11.8%, pushing it past Valcourt (11.0%). Kraemer slipped to 13.5%, and Tessaro edged down to 6.5%.';
    expect(claims(report).map(([subject, predicate, object, value]) => [subject, predicate, object, value])).toEqual([
      ['Ruixin', 'market_share', 'robot market', '11.8%'],
      ['Valcourt', 'market_share', 'robot market', '11.0%'],
      ['Kraemer', 'market_share', 'robot market', '13.5%'],
      ['Tessaro', 'market_share', 'robot market', '6.5%'],
    ]);
    // A share of a market the clause names is of that market, not the last sentence's.
    const named = claims('Ruixin held 11.8% of the robot market. Mistral AI\'s share of the European enterprise market rose to 7%.');
    expect(named.map(([subject, , object, value]) => [subject, object, value])).toEqual([
      ['Ruixin', 'robot market', '11.8%'],
      ['Mistral AI', 'European enterprise market', '7%'],
    ]);
    // A change by so much is no level: "Kraemer's revenue slipped by 3%" after shares stays a change.
    expect(claims('Ruixin held 11.8% of the robot market. Kraemer slipped 3%.').at(-1)![1]).toBe('unclassified');
  });

  it('reads "the largest X vendor" and "first place" as leading, "the previous quarter" as the quarter before, and no market in "the six largest markets"', () => {
    const report =
      'Vantro became the largest smartphone vendor in the third quarter. ' +
      'Kessel slipped to second place with 19% of the smartphone market in the third quarter, down from 21% in the previous quarter.';
    expect(claims(report).map(([subject, predicate, object, value, period]) => [subject, predicate, object, value, period])).toEqual([
      ['Vantro', 'leader_of', 'smartphone market', null, 'in the third quarter'],
      ['Kessel', 'market_share', 'smartphone market', '19%', 'in the third quarter'],
      ['Kessel', 'market_share', 'smartphone market', '21%', 'Q2 2025'],
    ]);
    // Not the second-largest.
    expect(claims('Acme is the second-largest smartphone vendor.').map(([, predicate]) => predicate)).not.toContain('leader_of');
    expect(claims('The robot market grew. Hoshida held on to first place with a 17.1% share.').map(([subject, predicate, object]) => [subject, predicate, object])).toContainEqual([
      'Hoshida',
      'leader_of',
      'robot market',
    ]);
    const markets = claims('Shipments across the six largest markets in the region rose. Vantro took a 22% share.').map(([, , object]) => object);
    expect(markets).not.toContain('six largest markets');
  });

  it('reads a kind of thing written in lower case as what holds a share: "Fully electric cars accounted for 23.7 per cent"', () => {
    const statistics = 'LONDON — Fully electric cars accounted for 23.7 per cent of new car registrations in Britain last year, up from 19.6 per cent in 2024.';
    expect(claims(statistics).map(([subject, predicate, , value]) => [subject, predicate, value])).toEqual([
      ['fully electric cars', 'market_share', '23.7 per cent'],
      ['fully electric cars', 'market_share', '19.6 per cent'],
    ]);
    // A part of a company's own whole stays the company's.
    expect(claims('Acme Motors delivered 400,000 vehicles. Battery-electric models made up 38% of its global sales.').at(-1)![0]).toBe('Acme Motors');
  });
});


describe('market reports: what a later figure is of', () => {
  const report = (...sentences: string[]) =>
    extractCandidates(['Smartphone shipments in Southeast Asia rose 6.2% in the third quarter of 2026, according to market research firm Corvane Research.', ...sentences].join(' '), {
      publishedAt: '2026-11-18',
      entities: [],
    }).map((c) => [c.subject, c.predicate, c.object, c.value]);

  it('gives an earlier share written right after a rival\'s to that rival, not to the clause\'s first', () => {
    const read = report('Pellix came third with 15.2% of the market, up from 14.1%, followed by Bluecrest at 11.9%, down from 12.6%.');
    expect(read.filter(([, , , value]) => value === '14.1%' || value === '12.6%').map(([subject, , , value]) => [subject, value])).toEqual([
      ['Pellix', '14.1%'],
      ['Bluecrest', '12.6%'],
    ]);
  });

  it('names a market by what is sold in the singular: "gearboxes" in the gearbox market, "batteries" in the battery market', () => {
    const subjects = (text: string) => extractCandidates(text, { publishedAt: '2026-11-18', entities: [] }).map((c) => c.subject);
    expect(subjects('Sales of gearboxes for wind turbines fell 11% in 2025.')).toEqual(['gearbox market']);
    expect(subjects('Sales of batteries in China rose 20% in 2025.')).toEqual(['battery market']);
  });

  it('takes no market out of "livestream sales events" or "third-quarter shipments"', () => {
    const read = report(
      'Norvo held 21.3% of the market.',
      'The company has leaned heavily on livestream sales events.',
      'Rival research house Tessaly Insights put third-quarter shipments slightly higher and estimated Norvo\'s share at 20.8%, still enough to give it first place.',
    );
    expect(read.map(([, , object]) => object).filter((object) => object !== null)).not.toContain('livestream market');
    expect(read.map(([, , object]) => object).filter((object) => object !== null)).not.toContain('quarter market');
  });
});

describe('a percentage of a company\'s own money', () => {
  const read = (text: string) => extractCandidates(text, { publishedAt: '2026-02-12', entities: [] }).map((c) => [c.subject, c.predicate, c.object, c.value]);

  it('is no market share, even in a story about a market', () => {
    const story =
      'Orizzonte Telecom held 31% of the Italian mobile market. Capital expenditure fell to €1.62bn, equivalent to 19.3 per cent of revenue. ' +
      'The enterprise unit accounted for about 40% of group sales.';
    expect(read(story).filter(([, , , value]) => value === '19.3 per cent' || value === 'about 40%').map(([, predicate]) => predicate)).toEqual(['unclassified', 'unclassified']);
  });

  it("gives a product's part of the company's revenue to the company, however the company is named after \"of\"", () => {
    const part = (sentence: string) => read(`Seorim Semiconductor Co reported a record profit. ${sentence}`).map(([subject, predicate, , value]) => [subject, predicate, value]);
    expect(part('HBM accounted for about 42% of DRAM revenue in the quarter.')).toEqual([['Seorim Semiconductor Co', 'unclassified', 'about 42%']]);
    // Its earlier state, past what it is of and when, is the same party's.
    expect(part('Exports accounted for about 42% of revenue in the quarter, up from 27% a year earlier.')).toEqual([
      ['Seorim Semiconductor Co', 'unclassified', 'about 42%'],
      ['Seorim Semiconductor Co', 'unclassified', '27%'],
    ]);
    expect(part("HBM accounted for about 42% of Seorim's DRAM revenue in the quarter, Chief Financial Officer Park Ji-hoon told analysts.")).toEqual([
      ['Seorim Semiconductor Co', 'unclassified', 'about 42%'],
    ]);
  });

  it('still leaves "of spending" in a market report to the market', () => {
    const report =
      'Halden Research estimates that Nimbus Cloud remained the biggest provider of cloud infrastructure services in the fourth quarter, with 26% of spending, followed by Acme with 22%.';
    expect(read(report).filter(([, , , value]) => value === '26%').map(([subject, predicate]) => [subject, predicate])).toEqual([['Nimbus Cloud', 'market_share']]);
  });

  it('gives capital expenditure to the company, not to a town named after "outside"', () => {
    const story = 'Tembo Telecom PLC said revenue rose. Capital expenditure stood at $14.8 billion, much of it spent on coverage in towns outside Nairobi and Mombasa.';
    expect(read(story).filter(([, , , value]) => value === '$14.8 billion').map(([subject]) => subject)).toEqual(['Tembo Telecom PLC']);
  });

  it('names a market by a gerund of what is done ("card-acquiring", "ride-hailing"), and goes on with the story\'s company after a ranked rival', () => {
    const shares = (text: string) => read(text).filter(([, predicate]) => predicate === 'market_share').map(([subject, , object, value]) => [subject, object, value]);
    expect(shares('Acme Inc said its share of the ride-hailing market rose to 11.8%.')).toEqual([['Acme Inc', 'ride-hailing market', '11.8%']]);
    expect(shares('Acme Inc said its music streaming market share is 9%.')).toEqual([['Acme Inc', 'music streaming market', '9%']]);
    const story =
      'Pagora Pagamentos SA said net income rose 31% to R$612 million. Revenue grew 19% to R$4.87 billion. ' +
      "The company's share of Brazil's card-acquiring market rose to 11.8% in the third quarter, according to industry group Abrapag. " +
      'Market leader Trilha Adquirência held 24.5%. Headcount fell to about 7,900 at the end of September.';
    expect(shares(story)).toEqual([
      ['Pagora Pagamentos SA', 'Brazil card-acquiring market', '11.8%'],
      ['Trilha Adquirência', 'Brazil card-acquiring market', '24.5%'],
    ]);
    expect(read(story).find(([, predicate]) => predicate === 'employee_count')?.[0]).toBe('Pagora Pagamentos SA');
  });

  it('reads a share of a market\'s whole volume as a share of that market, and a kind of chip as no party', () => {
    const story =
      "Hanbit Semiconductor reported third-quarter profit. DRAM revenue rose 44% to 19.2 trillion won. Hanbit's share of global DRAM revenue rose to 27.4% in the second quarter. " +
      'Its share of global smartphone shipments fell to 19%.';
    expect(read(story).filter(([, , , value]) => value !== null).map(([subject, predicate, object, value]) => [subject, predicate, object, value])).toEqual([
      ['Hanbit Semiconductor', 'growth_rate', null, '44%'],
      ['Hanbit Semiconductor', 'revenue', null, '19.2 trillion won'],
      ['Hanbit Semiconductor', 'market_share', 'global DRAM market', '27.4%'],
      ['Hanbit Semiconductor', 'market_share', 'global smartphone market', '19%'],
    ]);
  });

  it("gives a place's volume and growth in a report on a market to that place's market, named from the report's first market", () => {
    const report =
      'Global sales of electric buses rose 17% in the first half of 2026 to 62,400 units, Kestrel Mobility Insights said. ' +
      'Kestrel estimated the global market was worth about $13.8 billion. ' +
      "India's sales surged 64% to 5,400 units. Shipments of smartwatches fell 2%, Kestrel said. Latin American sales rose 41% to 3,100 units. " +
      'China remained the largest market, accounting for 62% of global sales.';
    expect(claims(report).map(([subject, predicate, , value]) => [subject, predicate, value])).toEqual([
      ['electric bus market', 'growth_rate', '17%'],
      ['electric bus market', 'unclassified', '62,400'],
      ['global market', 'unclassified', 'about $13.8 billion'],
      // Not India's, and not "India market" after the market named less well.
      ['India electric bus market', 'growth_rate', '64%'],
      ['India electric bus market', 'unclassified', '5,400'],
      // A plural in "-es" after a hiss loses the "es": no "smartwatche market".
      ['smartwatch market', 'growth_rate', '2%'],
      ['Latin American electric bus market', 'growth_rate', '41%'],
      ['Latin American electric bus market', 'unclassified', '3,100'],
      // A place's part of the whole is no market share: with the companies' shares it would add up past 100%.
      ['China electric bus market', 'unclassified', '62%'],
    ]);
    // A company's figure told of a place stays as it is read.
    const companys = 'Global sales of tents rose 4%, Kestrel said. China, which now accounts for less than 15% of the company\'s imports, is its largest supplier.';
    expect(claims(companys).map(([subject]) => subject)).toEqual(['tent market', 'China']);
  });

  it('gives each party of a ranked list in one sentence its own share, of the market the report is about', () => {
    const report =
      'Global sales of electric buses rose 17% in the first half of 2026, Kestrel said. ' +
      'Huaxing Motor led the global market with a 24.1% share, Kaiyuan Bus was second with 11.8%, and Lingyun Auto had 7.2%.';
    expect(claims(report).filter(([, predicate]) => predicate === 'market_share').map(([subject, , object, value]) => [subject, object, value])).toEqual([
      ['Huaxing Motor', 'electric bus market', '24.1%'],
      ['Kaiyuan Bus', 'electric bus market', '11.8%'],
      ['Lingyun Auto', 'electric bus market', '7.2%'],
    ]);
  });
});


describe('whose share a clause gives, past an aside or set against another', () => {
  const report =
    'Global shipments of wrist-worn wearables rose 6.1% in the third quarter, Altamira Research said. ' +
    'India was the fastest-growing large market, with shipments up 19%, and Vinvo, which sells half of its devices there, took 24% of the Indian market. ' +
    'Brightwater Analytics, a London-based research firm, put Pexio narrowly ahead of Lumora, with 19.9% of the market against 19.4%.';

  it('gives the share a party takes after its relative aside to the party, and the figure set against it to the rival', () => {
    const read = extractCandidates(report, { publishedAt: '2026-11-12', entities: [] }).map((c) => [c.subject, c.predicate, c.value]);
    expect(read.filter(([, , value]) => ['24%', '19.9%', '19.4%'].includes(value as string))).toEqual([
      ['Vinvo', 'market_share', '24%'],
      ['Pexio', 'market_share', '19.9%'],
      ['Lumora', 'market_share', '19.4%'],
    ]);
  });

  it('names no market "large market" from "the fastest-growing large market"', () => {
    const objects = extractCandidates(report, { publishedAt: '2026-11-12', entities: [] }).map((c) => c.object ?? '');
    expect(objects.filter((name) => /large market/.test(name))).toEqual([]);
  });
});

describe("a company's share of a place's market, and its share price's run", () => {
  const story =
    'Ekoline Telecom Plc reported results on Thursday. Spending on diesel and other site power rose 23% to 118 billion naira in the first nine months. ' +
    "Ekoline held 36.4% of Nigeria's mobile subscriptions as of the end of August, according to the regulator. " +
    'Ekoline shares rose 2.2% to 412 naira in Lagos on Thursday, taking their gain since January to 57%.';

  it('names the market by the place and what is counted, and reads the run as no share of any market', () => {
    const read = extractCandidates(story, { publishedAt: '2026-10-29', entities: [] }).map((c) => [c.predicate, c.object, c.value]);
    expect(read.filter(([, , value]) => value === '36.4%' || value === '57%')).toEqual([
      ['market_share', 'Nigeria mobile market', '36.4%'],
      ['unclassified', null, '57%'],
    ]);
  });
});

describe("a company's share of a place's volume", () => {
  it('is the company\'s share of that place\'s market, not a figure of the place', () => {
    const read = extractCandidates("Tesco's share of Britain's grocery sales rose to 27.8% in the 12 weeks to October 1, Kantar said.", { publishedAt: '2026-11-05', entities: [] });
    expect(read.map((c) => [c.subject, c.predicate, c.object, c.value])).toEqual([['Tesco', 'market_share', 'Britain grocery market', '27.8%']]);
    const america = extractCandidates("Walmart's share of America's online grocery sales rose to 35%.", { publishedAt: '2026-11-05', entities: [] });
    expect(america.map((c) => [c.subject, c.predicate, c.object])).toEqual([['Walmart', 'market_share', 'America online grocery market']]);
  });
});

describe('a share moved to, after an aside about its holder', () => {
  it('is one more share of the market the sentence before gave shares of', () => {
    const text =
      'Worldwide spending on cloud infrastructure services reached $118.6 billion in the third quarter, research firm Kestrel Analytics said. ' +
      'Nimbus held 29% of the market. ' +
      'Stratos, owned by software maker Ardent Systems, edged up to 22% from 21%, while Orbis, part of search group Quorra, climbed to 13% from 11%.';
    const shares = extractCandidates(text, { publishedAt: '2026-11-12', entities: [] }).filter((c) => c.predicate === 'market_share');
    expect(shares.map((c) => [c.subject, c.value])).toEqual([
      ['Nimbus', '29%'],
      ['Stratos', '22%'],
      ['Stratos', '21%'],
      ['Orbis', '13%'],
      ['Orbis', '11%'],
    ]);
  });
});
