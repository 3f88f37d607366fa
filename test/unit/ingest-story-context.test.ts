// What a sentence takes from the ones before it: who "the company" is, and which reported period dates an undated figure.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const claims = (text: string, publishedAt = '2025-10-29') =>
  extractCandidates(text, { publishedAt, entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period]);

describe('story context', () => {
  it('dates a quarter\'s figure by its quarter, not by the weekday it was reported on', () => {
    expect(claims('Corvane Systems reported third-quarter revenue of $4.2 billion on Tuesday.')).toEqual([
      ['Corvane Systems', 'revenue', '$4.2 billion', 'third-quarter'],
    ]);
    // A weekday in a sentence that reports nothing is the figure's own day.
    expect(claims('Zeta Labs raised $40 million on Friday.')).toEqual([['Zeta Labs', 'funding_raised', '$40 million', 'on Friday']]);
  });

  it('reads "the company" as the party the last sentence opened with, not a rival brought in by "its"', () => {
    const aside =
      'Corvane Systems reported third-quarter revenue of $4.2 billion. Its main rival, Pellum, raised $300 million in June at a valuation of $2 billion. ' +
      'The company said it expects fourth-quarter revenue of about $4.5 billion.';
    // Pellum is the subject of two claims in one sentence: that does not make the story Pellum's.
    expect(claims(aside).at(-1)).toEqual(['Corvane Systems', 'revenue', 'about $4.5 billion', 'fourth-quarter']);
    const next =
      'Veltrix reported revenue of $2 billion in the second quarter. Veltrix said its deliveries fell 9% in July. ' +
      'Aurelian Auto said it would begin European deliveries in November. The company delivered 99,000 vehicles in the second quarter.';
    expect(claims(next).at(-1)).toEqual(['Aurelian Auto', 'unclassified', '99,000', 'in the second quarter']);
  });

  it('reads "the company" after a dateline as the party the story opens with, not the dateline\'s city', () => {
    const story = 'OSLO, May 6 (Newswire) - Nordvik, the Norwegian grocer, said on Tuesday its first-quarter revenue rose 12%. The company added 300 stores during the quarter.';
    expect(claims(story).map(([subject]) => subject)).toEqual(['Nordvik', 'Nordvik']);
  });

  it('goes on with the company through a sentence about one of its measures, however the tagger reads the opening words', () => {
    const story =
      'Nordvik reported first-quarter revenue of $2 billion. Monthly churn improved to 2.4% in the quarter. Operating expenses rose 8% to $900 million.';
    expect(claims(story)).toEqual([
      ['Nordvik', 'revenue', '$2 billion', 'first-quarter'],
      ['Nordvik', 'unclassified', '2.4%', 'first-quarter'],
      ['Nordvik', 'growth_rate', '8%', 'first-quarter'],
      ['Nordvik', 'unclassified', '$900 million', 'first-quarter'],
    ]);
    // Past a sentence about the story's currency, and a measure whose relative aside holds a number word ("one-time").
    const aside =
      'Kestrel Bay Resources Inc. said net earnings rose 38 per cent to $412-million. All figures are in Canadian dollars unless otherwise noted. ' +
      'Adjusted earnings, which strip out one-time items including a $37-million writedown, came to $1.09 a share. Revenue climbed 21 per cent to $1.64-billion.';
    expect(claims(aside, '2026-02-20').filter(([, predicate]) => predicate === 'earnings_per_share' || predicate === 'revenue')).toEqual([
      ['Kestrel Bay Resources Inc.', 'earnings_per_share', 'CAD 1.09', null],
      ['Kestrel Bay Resources Inc.', 'revenue', 'CAD 1.64-billion', null],
    ]);
    // A miner's own price ("The average realised price"), and not a market's spot price.
    const miner = 'Koorinda Lithium Ltd reported a profit. The average realised price was A$1,578 a tonne. Spot prices for SC6 concentrate have climbed to about US$1,180 a tonne.';
    expect(claims(miner, '2026-11-18').map(([subject, , value]) => [subject, value])).toEqual([['Koorinda Lithium Ltd', 'A$1,578']]);
  });

  it('reads "the drug" as the product the last sentence was about, not a rival named after the figure', () => {
    const story =
      'Corvain said sales of its migraine pill Neravex reached $412 million last year. ' +
      "The drug held 14% of the U.S. migraine-prevention market in June, second only to Arvest Biosciences' injectable Telmira, which had 38%.";
    expect(claims(story).slice(-2).map(([subject, predicate, value]) => [subject, predicate, value])).toEqual([
      ['Neravex', 'market_share', '14%'],
      ['Telmira', 'market_share', '38%'],
    ]);
  });

  it('reads the month May as a date, not as the "may" of a forecast', () => {
    const story = 'Lumora ended 2024 with 48.2 million subscribers. Its ad tier, which launched in May 2024, had 9.1 million members at the end of December.';
    const qualifiers = extractCandidates(story, { publishedAt: '2025-02-06', entities: [] }).map((c) => [c.value, c.qualifiers.filter((q) => q.key === 'basis')]);
    expect(qualifiers).toContainEqual(['9.1 million', []]);
    // The verb still marks one.
    const plan = extractCandidates('Acme may raise its prices 9% in May.', { publishedAt: '2025-02-06', entities: [] });
    expect(plan.map((c) => [c.value, c.qualifiers.filter((q) => q.key === 'basis')])).toEqual([['9%', [{ key: 'basis', value: 'forecast' }]]]);
  });

  it('keeps the rules above from misfiring on stories like them', () => {
    const subjects = (text: string) => claims(text).map(([subject, , value]) => [subject, value]);
    // A name in capitals and an aside between dashes is no dateline: "the company" is still LVMH.
    expect(
      subjects('Kering reported revenue of 3.4 billion euros. LVMH - the luxury group - said sales fell 4%. The company expects sales of 20 billion euros in the fourth quarter.').at(-1),
    ).toEqual(['LVMH', '20 billion euros']);
    // "The smartphone industry" is every maker, not the product of the sentence before.
    expect(subjects('Apple said iPhone revenue rose 6%. The smartphone industry shipped 300 million units in the quarter, IDC said.')).toEqual([['iPhone', '6%']]);
    // A speaker's own dated statement makes it what "it" means next.
    expect(subjects('Acme Corp reported revenue of $5 billion. Beta Inc said on October 3 it would buy a plant in Ohio. It expects revenue of $2 billion in 2026.').at(-1)).toEqual([
      'Beta Inc',
      '$2 billion',
    ]);
    // "Ally" is a company, not an adverb.
    expect(subjects('Ally reported net income of $300 million in the third quarter.')).toEqual([['Ally', '$300 million']]);
    // A property of a party named with it is that party's.
    expect(subjects('Beta Inc said revenue rose to $2 billion. Losses at rival Acme Corp widened to $80 million.').at(-1)).toEqual(['Acme Corp', '$80 million']);
  });

  it('writes in the year of a past figure whose date, read in the publication\'s year, would lie after the publication', () => {
    const results =
      'Lumora said revenue rose 24% in the fourth quarter. It had 9.1 million members at the end of December. ' +
      'It expects revenue to grow 15% in the fourth quarter. It said it would raise prices 10% from April.';
    expect(claims(results, '2025-02-06').map(([, , value, period]) => [value, period])).toEqual([
      ['24%', 'in the fourth quarter 2024'],
      ['9.1 million', 'at the end of December 2024'],
      // Forecasts and what is to come keep the year the words give them.
      ['15%', 'in the fourth quarter'],
      ['10%', 'from April'],
    ]);
    // Schedules are what is to come too, with or without a forecast verb; a record set in December is past.
    const schedules = 'The Widget 3 is due in September, with 2 million units in its first run. Acme set a record of 3 million units in December.';
    expect(claims(schedules, '2025-02-06').map(([, , value, period]) => [value, period])).toEqual([
      ['2 million', 'in September'],
      ['3 million', 'in December 2024'],
    ]);
    expect(claims("Acme's plant is set to produce 2 million units in September.", '2025-02-06').map(([, , , period]) => period)).toEqual(['in September']);
    // A date a few days or weeks after the publication is to come, not last year's: a forecast, with the words' year.
    const record = extractCandidates('Sundaram Infotech declared a dividend of Rs 14 per share, with a record date of January 23.', { publishedAt: '2026-01-15', entities: [] });
    expect(record.map((c) => [c.value, c.period, c.qualifiers])).toEqual([['Rs 14', 'January 23', [{ key: 'basis', value: 'forecast' }]]]);
    // Published in February 2026 (known to the month), "in early February" has begun: no year is changed.
    expect(claims('Acme released Widget Pro in early February.', '2026-02').map(([, , , period]) => period)).toEqual(['in early February']);
  });

  it('reads a chipmaker\'s results: the fiscal quarter named before its end date, segments, analysts and what is to come', () => {
    const story =
      'Brannock Micro said on Wednesday that revenue for the fiscal 2026 second quarter, which ended July 27, rose to $3.4 billion. ' +
      "The networking segment, now the company's largest, generated revenue of $1.9 billion. " +
      'Revenue from the client unit, which sells chips for desktop PCs, fell 4% to $800 million. ' +
      'Analysts on average had expected revenue of $3.2 billion. For the quarter before, they had expected $3.0 billion. ' +
      'Brannock shares have gained 40% this year. The company ended the quarter with $5.1 billion in cash. ' +
      'Brannock said it would spend $900 million on equipment in 2026. Its margin reaches 60% next year, the company said.';
    const read = extractCandidates(story, { publishedAt: '2025-08-27', entities: [] }).map((c) => [c.subject, c.value, c.period, c.qualifiers.map((q) => `${q.key}=${q.value}`)]);
    const quarter = 'the fiscal 2026 second quarter';
    expect(read).toEqual([
      // The end date says when the quarter ended; the quarter dates the figure, and every undated one after it.
      ['Brannock Micro', '$3.4 billion', quarter, []],
      // "now the company's largest" dates the aside, not the revenue.
      ['Brannock Micro', '$1.9 billion', quarter, ['segment=networking']],
      // "desktop PCs" is no party; the unit is a segment of the company's.
      ['Brannock Micro', '4%', quarter, ['measure=revenue', 'direction=decrease', 'segment=client']],
      ['Brannock Micro', '$800 million', quarter, ['segment=client']],
      // The analysts' figures are none (nor is "they had expected" after them), and date no report.
      ['Brannock Micro', '40%', 'this year', []],
      // The share price's run over "this year" is not the period the cash is dated by.
      ['Brannock Micro', '$5.1 billion', quarter, []],
      // What it would do, and a figure for next year, are forecasts.
      ['Brannock Micro', '$900 million', 'in 2026', ['basis=forecast']],
      ['Brannock Micro', '60%', 'next year', ['basis=forecast']],
    ]);
  });

  it('reads a carmaker\'s deliveries: a rival\'s figure by its possessive, a cost it expects, a report it denies', () => {
    const story =
      'Pacifica Motors delivered more cars than Zenova Auto last year, with about 301,000 units against Zenova\'s 268,000. ' +
      'Zenova said it expected the recall to cost about 45 million yuan. ' +
      'Zenova denied a media report that it was in talks to buy a stake of up to 20% in Elbwerk Systems.';
    const read = extractCandidates(story, { publishedAt: '2026-07-02', entities: [] }).map((c) => [c.subject, c.value, c.qualifiers.map((q) => `${q.key}=${q.value}`)]);
    // A share of the company's own deliveries, in a sentence naming no one right after the company's: the company's.
    const overseas = 'Zenova Auto delivered 86,412 vehicles in the second quarter. Overseas markets accounted for 29% of second-quarter deliveries.';
    expect(claims(overseas, '2026-07-02').at(-1)).toEqual(['Zenova Auto', 'unclassified', '29%', 'second-quarter']);
    // In a market report, or with a party named, it is not.
    expect(claims('Global EV sales rose 20% in the second quarter, Fjordstat said. SUVs accounted for 45% of sales.', '2026-07-02').map(([, , value]) => value)).not.toContain('45%');
    expect(read).toEqual([
      ['Pacifica Motors', 'about 301,000', []],
      ['Zenova Auto', '268,000', []],
      ['Zenova Auto', 'about 45 million yuan', ['basis=forecast']],
    ]);
  });

  it('reads a British grocer\'s and a bank\'s results: "the grocer", pence, a bank\'s charges and deposits, and what "now" dates', () => {
    const grocer =
      'Harwood & Pike reported a 14% rise in annual profit on Wednesday. The Leeds-based grocer made a pre-tax profit of £612m in the year to February 28. ' +
      "Online sales grew 9% to £2.1bn and now account for around 11% of the group's total. The board proposed a final dividend of 8.4p per share.";
    const year = 'in the year to February 28';
    expect(claims(grocer, '2025-04-16')).toEqual([
      // "a 14% rise in annual profit": the measure named after the change.
      ['Harwood & Pike', 'growth_rate', '14%', null],
      ['Harwood & Pike', 'profit', '£612m', year],
      // "now" dates the share it is said of, not the growth before it.
      ['Harwood & Pike', 'growth_rate', '9%', year],
      ['Harwood & Pike', 'revenue', '£2.1bn', year],
      ['Harwood & Pike', 'unclassified', 'around 11%', 'now'],
      ['Harwood & Pike', 'unclassified', '8.4p', year],
    ]);
    const bank =
      'Sorrel Bank reported pre-tax profit of £2.91bn for the half-year to June 30. Impairment charges for bad loans fell to £312m. ' +
      'Customer deposits were broadly flat at around £341bn. It also declared an interim dividend of 4.2p per share, up from 3.6p.';
    expect(claims(bank, '2026-07-30').map(([subject, , value]) => [subject, value])).toEqual([
      ['Sorrel Bank', '£2.91bn'],
      ['Sorrel Bank', '£312m'],
      ['Sorrel Bank', 'around £341bn'],
      ['Sorrel Bank', '4.2p'],
      ['Sorrel Bank', '3.6p'],
    ]);
  });

  it('gives "group revenue" to the company after a sentence about its drug, dated by the quarter analysts\' forecast sat beside', () => {
    const story =
      'Carrow Pharma agreed on Tuesday to buy Osprey Bio, a Boston-based developer of kidney drugs, for about $4.7bn in cash. ' +
      'The announcement came alongside second-quarter results that showed Lumetra sales of $1.38bn, ahead of the $1.29bn analysts had forecast. ' +
      'Group revenue rose 9% to $9.6bn.';
    expect(claims(story, '2025-07-29').slice(-3)).toEqual([
      ['Lumetra', 'revenue', '$1.38bn', 'second-quarter'],
      ['Carrow Pharma', 'growth_rate', '9%', 'second-quarter'],
      ['Carrow Pharma', 'revenue', '$9.6bn', 'second-quarter'],
    ]);
  });

  it('passes over a name described in lower case after a preposition: "by grocery market researcher ShopTrack"', () => {
    const story =
      'Separate data published by grocery market researcher ShopTrack Analytics showed Harwood & Pike held 7.3% of the British grocery market in the second quarter.';
    expect(claims(story, '2025-04-16').map(([subject, predicate, value]) => [subject, predicate, value])).toEqual([['Harwood & Pike', 'market_share', '7.3%']]);
    expect(claims('Shares of Daebok Mobile rose 3.2%, outperforming a 0.4% gain in the benchmark KOSPI index.').map(([subject, , value]) => [subject, value])[0]).toEqual([
      'Daebok Mobile',
      '3.2%',
    ]);
    // Flights cancelled are no user count, though "members" of a union stand nearby.
    expect(claims('The strike by members of the pilots union forced Nordvale Airlines to cancel 412 flights.')).toEqual([['Nordvale Airlines', 'unclassified', '412', null]]);
    // "after" opening a clause is a conjunction: the name its verb follows is that clause's subject.
    expect(claims('The results come three years after Sorrel Bank was fined £48.7m by the Financial Conduct Authority in 2023.')).toEqual([
      ['Sorrel Bank', 'unclassified', '£48.7m', 'in 2023'],
    ]);
    // After "of", a described name owns the figure: the pill's sales are the pill's.
    expect(claims('Corvain said sales of its migraine pill Neravex reached $412 million last year.').map(([subject]) => subject)).toEqual(['Neravex']);
  });

  it('goes on about the story\'s company after a rival\'s aside, and reads a place\'s figure as the company\'s there', () => {
    const story =
      'Lumora Interactive said its new game sold 4 million copies in its first week. ' +
      'Monthly active users rose to 182 million in the April-June quarter, though the company still trails rival Questline Games, which reported 240 million monthly active users. ' +
      'Paying users increased 9% to 14.6 million. North America contributed $452 million and Europe $281 million.';
    expect(extractCandidates(story, { publishedAt: '2026-08-06', entities: [] }).slice(-4).map((c) => [c.subject, c.value, c.qualifiers.filter((q) => q.key === 'region')])).toEqual([
      ['Lumora Interactive', '9%', []],
      ['Lumora Interactive', '14.6 million', []],
      ['Lumora Interactive', '$452 million', [{ key: 'region', value: 'North America' }]],
      ['Lumora Interactive', '$281 million', [{ key: 'region', value: 'Europe' }]],
    ]);
    // An Indian company's headcount in lakhs, its attrition, and its name shortened without "Infotech".
    const indian =
      'Sundaram Infotech Ltd reported revenue of ₹14,960 crore for the quarter. Sundaram added 2,310 employees, taking its headcount to 2,41,870. ' +
      'Attrition eased to 12.6% from 13.1% in the previous quarter.';
    expect(claims(indian, '2026-01-15').map(([subject, , value]) => [subject, value])).toEqual([
      ['Sundaram Infotech Ltd', '₹14,960 crore'],
      ['Sundaram Infotech Ltd', '2,310'],
      ['Sundaram Infotech Ltd', '2,41,870'],
      ['Sundaram Infotech Ltd', '12.6%'],
      ['Sundaram Infotech Ltd', '13.1%'],
    ]);
  });

  it('keeps the rules for roles, asides, places, tense and forecasts from misfiring on sentences like theirs', () => {
    const subjects = (text: string, publishedAt = '2025-10-29') => claims(text, publishedAt).map(([subject, , value]) => [subject, value]);
    // A verb or "the" before a role noun: two parties, and the first goes on.
    expect(subjects('Acme sued the startup Zelto in March. Revenue rose 10% to $3 billion in the quarter.').slice(-2)).toEqual([
      ['Acme', '10%'],
      ['Acme', '$3 billion'],
    ]);
    // A described name that starts its clause, or follows "at", is the subject.
    expect(subjects('In the quarter chipmaker Nvidia reported revenue of $30 billion.')).toEqual([['Nvidia', '$30 billion']]);
    expect(subjects('Revenue at payments company Zelto rose 40% to $200 million.')).toEqual([
      ['Zelto', '40%'],
      ['Zelto', '$200 million'],
    ]);
    // A clause opening the sentence with "since" or "after" does not lend its subject to the main clause.
    expect(subjects('Three years after Sorrel Bank was fined, Acme reported profit of £2bn.')).toEqual([['Acme', '£2bn']]);
    // The company's own expectation, told to investors, is its forecast; a denial earlier in the sentence is not of this figure.
    expect(extractCandidates('Acme told investors it expected revenue of $5 billion in 2026.', { publishedAt: '2025-10-29', entities: [] }).map((c) => [c.value, c.qualifiers])).toEqual([
      ['$5 billion', [{ key: 'basis', value: 'forecast' }]],
    ]);
    expect(subjects('Acme, which denied reports of a sale, said revenue rose 10% to $2 billion.')).toEqual([
      ['Acme', '10%'],
      ['Acme', '$2 billion'],
    ]);
    // A place that is not where a company's figure is reported stays itself.
    expect(subjects('Acme reported revenue of $3 billion. Germany, Europe\'s largest economy, shrank 0.3% in the quarter.').at(-1)).toEqual(['Germany', '0.3%']);
    // A past verb: December is last December, weeks after the publication or not.
    expect(claims('Acme had 9.1 million members at the end of December.', '2025-11-12').map(([, , , period]) => period)).toEqual(['at the end of December 2024']);
    // "would not comment" and "better than expected" forecast nothing.
    const reported = extractCandidates('Acme, which would not comment on the talks, posted a better than expected rise in sales to $4.1 billion.', { publishedAt: '2025-10-29', entities: [] });
    expect(reported.map((c) => [c.value, c.qualifiers])).toEqual([['$4.1 billion', []]]);
    // A rival that opens its own sentence is what the next one goes on about; "KB Financial Group" is a name.
    expect(subjects('Acme reported revenue of $3 billion. Rival Globex reported sales of $1.5 billion. Operating profit fell 3% to $200 million.').at(-1)).toEqual(['Globex', '$200 million']);
    expect(subjects('KB Financial Group said net profit rose 12% to 1.5 trillion won.')).toEqual([
      ['KB Financial Group', '12%'],
      ['KB Financial Group', '1.5 trillion won'],
    ]);
    // A sentence opening with a count of the company's merchants goes on about the company.
    expect(subjects('Qilin Mall said sales rose 11% to 418 billion yuan. More than 290,000 merchants took part.', '2025-11-12').at(-1)).toEqual(['Qilin Mall', 'More than 290,000']);
    // "Target" the retailer, inside a sentence, is no target.
    expect(extractCandidates('Acme Corp said sales at Walmart and Target stores climbed 8% in the quarter.', { publishedAt: '2025-10-29', entities: [] }).map((c) => c.qualifiers)).toEqual([
      [
        { key: 'measure', value: 'sales' },
        { key: 'direction', value: 'increase' },
      ],
    ]);
    // A time to a milestone after the party's own launch is still one.
    expect(claims('Zelto reached 1 million users 18 months after Zelto launched its app.').map(([, predicate, value]) => [predicate, value])).toContainEqual(['time_to_milestone', '18 months']);
  });

  it('reads a publication date written in any form, and a place alone before the dash as a dateline', () => {
    for (const publishedAt of ['2025-10-29T10:00:00Z', 'Oct 29, 2025', 'October 2025']) {
      expect(claims('Acme had 9.1 million members in the fourth quarter.', publishedAt).map(([, , value]) => value)).toEqual(['9.1 million']);
    }
    const story = 'Zuvio Bookings Rise 19%\n\nAMSTERDAM — Zuvio Technologies said gross bookings rose 19% to $14.2 billion. Trips reached 1.31 billion, the company said.';
    expect(claims(story).map(([subject]) => subject)).not.toContain('AMSTERDAM');
    // Shares in a company are its own; a place is never what the story is about.
    expect(claims('Shares in Stratalux Instruments fell 14% on Monday. China accounted for 24% of sales in 2025. Full-year revenue fell 9%.', '2026-02-10').map(([subject, , value]) => [subject, value])).toEqual([
      ['Stratalux Instruments', '14%'],
      ['Stratalux Instruments', '24%'],
      ['Stratalux Instruments', '9%'],
    ]);
  });

  it('keeps a company report\'s period apart from a market tracker\'s quoted in the same story', () => {
    const story =
      'Talvora Technologies reported revenue of $8.4 billion for the third quarter. ' +
      'Talvora held about 11% of the global cloud infrastructure market in the second quarter, according to Halden Research. ' +
      'Net income rose to $1.9 billion.';
    expect(claims(story)).toEqual([
      ['Talvora Technologies', 'revenue', '$8.4 billion', 'for the third quarter'],
      ['Talvora Technologies', 'market_share', 'about 11%', 'in the second quarter'],
      ['Talvora Technologies', 'profit', '$1.9 billion', 'for the third quarter'],
    ]);
  });

  it("does not date another company's user count by the story company's quarter", () => {
    const story = 'Corvane Systems reported third-quarter revenue of $4.2 billion. Pellum said it had 3 million paying users. Corvane said it had 9 million paying users.';
    expect(claims(story).map(([subject, predicate, value, period]) => [subject, predicate, value, period])).toEqual([
      ['Corvane Systems', 'revenue', '$4.2 billion', 'third-quarter'],
      ['Pellum', 'user_count', '3 million', null],
      ['Corvane Systems', 'user_count', '9 million', 'third-quarter'],
    ]);
  });

  it('reads an earnings story past an aside about analysts: the company\'s figures, segments, and a change dated with its level', () => {
    const story =
      'Brisa Semiconductor has 9,000 employees. The Raleigh, North Carolina-based chipmaker expects revenue of about $2.1 billion for the next quarter. ' +
      'Analysts on average had expected $1.9 billion. ' +
      'Revenue in the fiscal second quarter ended June 28 rose 18% from a year earlier to $1.8 billion. ' +
      'The automotive segment posted revenue of $700 million, up 25%. ' +
      'Brisa expects automotive sales to exceed $3 billion for fiscal 2026, up from $2.4 billion in fiscal 2025.';
    const read = extractCandidates(story, { publishedAt: '2025-08-01', entities: [] }).map((c) => [c.subject, c.value, c.period, c.qualifiers]);
    const quarter = 'the fiscal second quarter ended June 28';
    expect(read).toEqual([
      ['Brisa Semiconductor', '9,000', '2025-08-01', []],
      // "Raleigh" is part of a description of the company, not a party.
      ['Brisa Semiconductor', 'about $2.1 billion', 'for the next quarter', [{ key: 'basis', value: 'forecast' }]],
      ['Brisa Semiconductor', '18%', quarter, [{ key: 'measure', value: 'revenue' }, { key: 'direction', value: 'increase' }, { key: 'against', value: 'year earlier' }]],
      ['Brisa Semiconductor', '$1.8 billion', quarter, []],
      ['Brisa Semiconductor', '$700 million', quarter, [{ key: 'segment', value: 'automotive' }]],
      ['Brisa Semiconductor', '25%', quarter, [{ key: 'measure', value: 'revenue' }, { key: 'direction', value: 'increase' }, { key: 'segment', value: 'automotive' }]],
      // Not the automotive market's sales: the company the story has figures of speaks of its own. (A forecast's year
      // the fiscal rules left as words stays so.) Its years are 52 weeks, as its quarter "ended June 28" shows.
      ['Brisa Semiconductor', '$3 billion', 'for fiscal 2026', [{ key: 'basis', value: 'forecast' }]],
      // The base of the comparison is a reported figure, not part of the forecast.
      ['Brisa Semiconductor', '$2.4 billion', '2024-12-29 to 2025-12-27', []],
    ]);
  });

  it('reads a funding story: the startup\'s total after its investors, and one claim for a figure its headline repeats', () => {
    const story =
      'Tallis raises $85 million\n\n' +
      'Tallis said it had raised $85 million in a Series B round led by Ferncastle Ventures. ' +
      "Existing investors Tidewater Capital and Oriel Partners also took part, bringing Tallis's total funding to $122 million. " +
      'The startup was valued at $310 million in its Series A round.';
    expect(claims(story).map(([subject, predicate, value]) => [subject, predicate, value])).toEqual([
      ['Tallis', 'funding_raised', '$85 million'],
      ['Tallis', 'funding_raised', '$122 million'],
      ['Tallis', 'valuation', '$310 million'],
    ]);
    // The headline's short name is the body's full one: "Tembo Telecom" repeats "Tembo Telecom PLC"'s dated growth.
    const results =
      'Tembo Telecom half-year profit rises 18pc\n\n' + 'Tembo Telecom PLC posted an 18 per cent rise in net profit for the six months to September.';
    expect(extractCandidates(results, { publishedAt: '2026-11-06', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period])).toEqual([
      ['Tembo Telecom PLC', 'growth_rate', '18 per cent', 'for the six months to September'],
    ]);
  });

  it('reads two comparisons of one product: what each is compared with, and the product as the subject of both', () => {
    const story =
      'Corvane began shipping the Arro 9 on Jan. 20. ' +
      "The company says the chip runs 3.1 times faster than its predecessor, the Arro 7, and 1.4 times faster than Pellum's Vireo 500.";
    expect(
      extractCandidates(story, { publishedAt: '2026-02-04', entities: [] })
        .filter((c) => c.predicate === 'speedup_over')
        .map((c) => [c.subject, c.object, c.value]),
    ).toEqual([
      ['Arro 9', 'Arro 7', '3.1 times'],
      ['Arro 9', 'Vireo 500', '1.4 times'],
    ]);
  });

  it('dates a profit by the quarter reported, and its loss a year before by nothing of this quarter', () => {
    const story =
      'Pratto reported revenue of 2.84 billion reais in the three months to June 30. ' +
      'Net income was 112 million reais, compared with a loss of 48 million reais in the same period of 2024.';
    expect(claims(story, '2025-08-07').map(([, , value, period]) => [value, period])).toEqual([
      ['2.84 billion reais', 'in the three months to June 30'],
      ['112 million reais', 'in the three months to June 30'],
      // The base of the comparison: this quarter's span in 2024, neither this quarter nor the whole of 2024.
      ['48 million reais', '2024-04-01 to 2024-06-30'],
    ]);
  });

  it('keeps a weekday that an event verb of its own dates, and a possessive past a comma out of the subject', () => {
    expect(claims('Zorvex said its shares fell 8% on Tuesday.')).toEqual([['Zorvex', 'unclassified', '8%', 'on Tuesday']]);
    expect(claims("After Nvidia's revenue beat, AMD shares rose 5%.").filter(([, predicate]) => predicate === 'unclassified')).toEqual([
      ['AMD', 'unclassified', '5%', null],
    ]);
  });

  it('carries the story\'s company across a section heading, past a quote\'s opener and a project it holds a stake in', () => {
    const story =
      'Vestland Energi reported fourth-quarter revenue of NOK 14.6 billion on Wednesday.\n\n' +
      'Nordic system prices averaged 68.4 euros per MWh over the three months.\n\n' +
      'FULL-YEAR HIT FROM OFFSHORE WIND\n\n' +
      "For 2025 as a whole, net profit fell 6% to NOK 9.1 billion after a NOK 1.3 billion impairment on the group's 35% stake in the Sula Bank offshore wind project off eastern Scotland.\n\n" +
      '"Sula Bank is now roughly 20 percent over its original budget," Bratland said.\n\n' +
      'The board proposed a dividend of NOK 7.50 per share for last year. ' +
      'Its U.S. solar unit posted fourth-quarter revenue of $212 million, helped by the start-up of two Texas sites. ' +
      'Vestland expects capital expenditure of NOK 11 billion this year.';
    const read = claims(story, '2026-02-11');
    const subjectOf = (value: string) => read.find((claim) => claim[2] === value)?.[0];
    // Not "Sula Bank" (a stake in it, a quote about it) nor "Scotland" (where it is): the story's company, under one name.
    for (const value of ['NOK 9.1 billion', 'NOK 7.50', '$212 million', 'NOK 11 billion']) expect(subjectOf(value)).toBe('Vestland Energi');
    expect(subjectOf('roughly 20 percent')).toBe('Sula Bank');
    // "the start-up of two sites" is no plan: the fourth quarter reported in February is the one just ended.
    expect(read.find((claim) => claim[2] === '$212 million')?.[3]).toBe('fourth-quarter 2025');
  });

  it('takes a person given a role for a person, by surname too, and a company figure told through them for the company\'s', () => {
    const story =
      'Fennick raised $85 million on Tuesday. "We grew fast," said Amira Okonjo-Lind, Fennick\'s co-founder and chief executive. ' +
      'Okonjo-Lind started the company in 2022, raising a $6 million seed round that year.';
    const read = extractCandidates(story, { publishedAt: '2025-10-14', entities: [] });
    expect(read.map((c) => [c.subject, c.subjectKind, c.predicate, c.value])).toEqual([
      ['Fennick', 'OTHER', 'funding_raised', '$85 million'],
      ['Fennick', 'OTHER', 'funding_raised', '$6 million'],
    ]);
    // An analyst's own estimate stays hers: no company of hers is named.
    const analyst = 'Fennick raised $85 million. Sunita Marwah, an analyst at Copperleaf Research, estimates the software will be worth about $2.1 billion in 2028.';
    const estimate = extractCandidates(analyst, { publishedAt: '2025-10-14', entities: [] }).find((c) => c.value === 'about $2.1 billion');
    expect(estimate?.subject).not.toBe('Fennick');
  });

  it('gives the figures a company\'s person speaks, before or after them, to the company, and an analyst\'s as her estimate', () => {
    const opening = 'Veltrix Inc reported results on Tuesday, and chief financial officer Ana Ruiz spoke on a call. ';
    const told = (sentence: string) => claims(opening + sentence, '2026-10-28').filter((claim) => claim[2] !== null);
    const company = [
      ['Veltrix Inc', 'growth_rate', '12%', null],
      ['Veltrix Inc', 'revenue', '$3.2 billion', null],
    ];
    expect(told('Revenue rose 12% to $3.2 billion, Ruiz said.')).toEqual(company);
    expect(told('Revenue rose 12% to $3.2 billion, said Ana Ruiz.')).toEqual(company);
    expect(told('"Revenue rose 12% to $3.2 billion," Ruiz said.')).toEqual(company);
    expect(told('Ana Ruiz said revenue rose 12% to $3.2 billion.')).toEqual(company);
    // Her age between her name and her verb.
    expect(told('"Revenue rose 12% to $3.2 billion," chief financial officer Ana Ruiz, 52, told investors.')).toEqual(company);
    // What an analyst says of a company she does not name is her estimate of its figure: neither the company's report
    // nor its guidance, so a statement of its own, which the claim's words say.
    const basis = (sentence: string) =>
      extractCandidates(opening + sentence, { publishedAt: '2026-10-28', entities: [] })
        .filter((c) => c.value !== null)
        .map((c) => [c.subject, c.value, c.qualifiers.filter((q) => q.key === 'basis' || q.key === 'estimated_by').map((q) => q.value).join(' ')]);
    expect(basis('Revenue rose 12% to $3.2 billion, said Maria Lopez, an analyst at Corbin Research.')).toEqual([
      ['Veltrix Inc', '12%', 'estimate Maria Lopez'],
      ['Veltrix Inc', '$3.2 billion', 'estimate Maria Lopez'],
    ]);
    const relayed = 'Revenue rose 12% to $3.2 billion, said Maria Lopez, an analyst at Corbin Research.';
    expect(extractCandidates(opening + relayed, { publishedAt: '2026-10-28', entities: [] }).at(-1)?.text).toMatch(/as estimated by Maria Lopez\.$/);
    // Her forecast is an analyst's forecast, not read (as analysts' estimates are not), and never the company's guidance.
    const analystForecast = 'Revenue will rise 9% next year, said Maria Lopez, an analyst at Corbin Research.';
    expect(basis(analystForecast)).toEqual([]);
    // Nor is its date a dated statement of the company's.
    const all = (text: string) => extractCandidates(text, { publishedAt: '2026-10-28', entities: [] }).map((c) => c.text);
    expect(all(opening + analystForecast)).toEqual(all(opening));
    expect(basis('Revenue will rise 9% next year, chief executive Tom Hale said.')).toEqual([['Veltrix Inc', '9%', 'forecast']]);
    // A company the clause names forecasts for itself, whoever relays it.
    expect(basis('Veltrix expects revenue to rise 9% next year, said Maria Lopez, an analyst at Corbin Research.')).toEqual([['Veltrix Inc', '9%', 'forecast']]);
  });

  it('reads a company\'s spending after a quote about a rival as the company\'s, undated by a trial\'s expected results', () => {
    const story =
      'Calvera Biosciences Inc reported third-quarter revenue of $1.12 billion. "Orlion is still growing, but the numbers tell you where this market is heading," said an analyst. ' +
      'Research and development spending rose 22% to $298 million, driven by a trial that has enrolled 1,150 patients and is expected to report results in the first half of 2027.';
    const read = claims(story, '2026-11-05').filter(([, , value]) => value === '$298 million');
    expect(read).toEqual([['Calvera Biosciences Inc', 'unclassified', '$298 million', 'third-quarter']]);
    // Nor does a quote after a paragraph about one of its products keep the story from its company.
    const product =
      'Tembo Telecom PLC said net profit rose to KSh9.7 billion in the half-year. Service revenue grew 14 per cent to KSh48.3 billion. ' +
      'Pesafy revenue climbed 21 per cent to KSh17.9 billion. "Pesafy is no longer just a way to send money home. Merchant payments now drive its growth," chief executive Wanjiru Kamau told investors. ' +
      'Mobile data revenue grew 24 per cent to KSh11.2 billion.';
    expect(claims(product, '2026-11-13').find(([, , value]) => value === 'KSh11.2 billion')?.[0]).toBe('Tembo Telecom PLC');
  });

  it('gives the valuation of "the company" a round values to the company that raised it, not to the investor leading it', () => {
    const story = 'Kudipay, a Nigerian payments app, has raised $68 million in a Series B funding round led by Savanna Growth Partners that values the company at $410 million.';
    expect(claims(story, '2026-09-15').map(([subject, predicate, value]) => [subject, predicate, value])).toEqual([
      ['Kudipay', 'funding_raised', '$68 million'],
      ['Kudipay', 'valuation', '$410 million'],
    ]);
  });

  it("gives a named division's figures to its company, kept apart by the division as its segment", () => {
    const story = 'Caléris SA reported results. The Gas & Services division, which accounts for 83% of group sales, posted revenue of 5.71 billion euros. Acme Corp said sales rose. Its Cloud Solutions unit posted revenue of $2 billion.';
    const read = extractCandidates(story, { publishedAt: '2026-11-12', entities: [] }).filter((c) => c.predicate === 'revenue');
    expect(read.map((c) => [c.subject, c.value, c.qualifiers.find((q) => q.key === 'segment')?.value])).toEqual([
      ['Caléris SA', '5.71 billion euros', 'Gas & Services'],
      ['Acme Corp', '$2 billion', 'Cloud Solutions'],
    ]);
    // Named in an aside as the business it is; and sales counted in a place are the company's there.
    const horlane =
      'Horlane Group said sales rose 4.5% to 7.46 billion Swiss francs in the first nine months. Watchmaking, the core business, posted sales of 5.12 billion francs, up 3.7%. ' +
      'Sales in mainland China jumped 14%, after falling 6% in the same period last year.';
    const parts = extractCandidates(horlane, { publishedAt: '2026-10-15', entities: [] }).slice(2);
    expect(parts.map((c) => [c.subject, c.value, c.period, c.qualifiers.find((q) => q.key === 'segment' || q.key === 'region')?.value])).toEqual([
      ['Horlane Group', '5.12 billion francs', 'in the first nine months', 'Watchmaking'],
      ['Horlane Group', '3.7%', 'in the first nine months', 'Watchmaking'],
      ['Horlane Group', '14%', 'in the first nine months', 'China'],
      ['Horlane Group', '6%', '2025-01-01 to 2025-09-30', 'China'],
    ]);
  });

  it('dates a half named by its months and counted as the first ("the April-to-September first half"), and the figures after it', () => {
    const story = 'Hoshimura Games Co reported results. For the April-to-September first half, net sales rose 24.6% to ¥218.4 billion. Operating profit climbed 41% to ¥52.7 billion.';
    const periods = claims(story, '2026-11-06').map(([, , value, period]) => [value, period]);
    expect(periods).toEqual([
      ['24.6%', 'For the April-to-September first half'],
      ['¥218.4 billion', 'For the April-to-September first half'],
      ['41%', 'For the April-to-September first half'],
      ['¥52.7 billion', 'For the April-to-September first half'],
    ]);
  });

  it('reads "its" after "X said (separately) that" as X, not as the last subject', () => {
    const story = 'Lunet held 20% of the market. Hanlin said separately that revenue at its wearables division rose 34% to 9.8 billion yuan in the quarter.';
    expect(claims(story, '2026-11-02').filter(([, predicate]) => predicate === 'revenue').map(([subject]) => subject)).toEqual(['Hanlin']);
  });

  it('gives no earlier report\'s year to a figure stated in the plural present ("Subscriptions start at £39 a month")', () => {
    const read = claims('Fennick raised a $6 million seed round in 2022. Subscriptions start at £39 a month.', '2025-10-14');
    expect(read.find((claim) => claim[2] === '£39')?.[3]).not.toBe('in 2022');
  });

  it('reads a sentence opening "That is" as going on about the last one\'s party, and no relative "that is" as such', () => {
    const story = 'Lumenfold closed a $2.1bn funding round led by Harrow Peak Capital, which values Lumenfold at $31bn. That is close to triple the $11.5bn valuation it was given in April of last year.';
    expect(claims(story, '2025-03-12').at(-1)).toEqual(['Lumenfold', 'valuation', '$11.5bn', 'in April of last year']);
    expect(claims('Globex raised $5 million. Acme sells a product that is priced at $50.', '2025-03-12').at(-1)![0]).toBe('Acme');
  });
});

