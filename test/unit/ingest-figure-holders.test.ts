// Who holds a figure when the sentence names someone else too: a research firm quoted the sentence before, a person
// named after the figure, a place the sales were counted in.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const rows = (text: string) =>
  extractCandidates(text, { publishedAt: '2026-11-06', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.qualifiers.find((q) => q.key === 'region')?.value ?? null]);

describe('who holds a figure', () => {
  it('gives "…, the company said" figures to the story\'s company, not to the research firm quoted before', () => {
    const story =
      'Hollins & Drew said first-half profit rose 4% to £310 million. ' +
      'Its share of the grocery market rose to 8.6%, according to research firm Kantwell Panel. Kantwell said grocery price inflation slowed to 3.8%. ' +
      'Online sales grew 14% to £1.09 billion, the company said.';
    const online = rows(story).filter(([, , value]) => value === '14%' || value === '£1.09 billion');
    expect(online.map(([subject, predicate]) => [subject, predicate])).toEqual([
      ['Hollins & Drew', 'growth_rate'],
      ['Hollins & Drew', 'revenue'],
    ]);
    // A figure of a party the clause names stays that party's.
    const unit = rows('Lumenor Group Ltd. reported results. Revenue at Lumenor Cloud rose 38% to $4.2 billion, the company said.');
    expect(unit.find(([, , value]) => value === '$4.2 billion')?.[0]).toBe('Lumenor Cloud');
  });

  it("gives a company's sales counted in a place to the company, in that place, not to a person named after them", () => {
    const story =
      'Miyoshi Autotech Corp cut its forecast on Thursday. "We have to be realistic," President Kenji Arakawa told reporters. ' +
      'Sales in China fell 17% to 158 billion yen in the first half, as rivals sold at prices Arakawa described as "below our cost".';
    const china = rows(story).filter(([, , value]) => value === '17%' || value === '158 billion yen');
    expect(china).toEqual([
      ['Miyoshi Autotech Corp', 'growth_rate', '17%', 'China'],
      ['Miyoshi Autotech Corp', 'revenue', '158 billion yen', 'China'],
    ]);
  });

  it('keeps the group figure and the place figure apart, so neither is marked as a part of the other', () => {
    const story = 'Horlane Group said sales rose 4.5% in the first nine months. Sales in China jumped 14% to 5 billion francs.';
    const read = extractCandidates(story, { publishedAt: '2026-11-06', entities: [] });
    expect(read.map((c) => [c.value, c.qualifiers.filter((q) => q.key === 'region' || q.key === 'also_stated').map((q) => `${q.key}=${q.value}`)])).toEqual([
      ['4.5%', []],
      ['14%', ['region=China']],
      ['5 billion francs', ['region=China']],
    ]);
  });

  it('in a market report, gives a kind of product its own share (no market share) and "the firm said" figures to the market', () => {
    const report =
      'Global smartphone shipments grew 3.1% in the third quarter, research firm Horizon Device Research said. ' +
      'Orbis slipped to fifth, with shipments down 1.4% and its share easing to 8.9%. ' +
      'The firm estimated that phones capable of running generative AI models accounted for 38% of shipments. ' +
      'The average selling price of a smartphone rose 5% to a record $372, the firm said.';
    const read = extractCandidates(report, { publishedAt: '2026-10-16', entities: [] }).map((c) => [c.subject, c.predicate, c.value]);
    expect(read.filter(([, , value]) => value === '38%' || value === '5%')).toEqual([
      ['phones', 'unclassified', '38%'],
      ['global smartphone market', 'growth_rate', '5%'],
    ]);
    // Nothing of the category or the market went to the last vendor named.
    expect(read.filter(([subject]) => subject === 'Orbis').map(([, , value]) => value)).toEqual(['1.4%', '8.9%']);
  });

  it("keeps a company's own things its own: no category is read from \"deposits in its accounts\"", () => {
    const story = 'Pagora Bank reported results. Client deposits in its digital banking accounts rose 33% in the quarter.';
    expect(extractCandidates(story, { publishedAt: '2026-10-16', entities: [] }).map((c) => c.subject)).toEqual(['Pagora Bank']);
  });

  it('does not go on about a thing counted in a list ("112 Airbus A320neo-family jets")', () => {
    const story =
      'Condor Andina SA reported revenue of $1.2 billion. Condor ended September with 168 aircraft — 112 Airbus A320neo-family jets and 56 Embraer E195-E2s — up from 159. ' +
      'It expects to receive nine more aircraft by the end of December. Net debt fell to 3.1 times EBITDA at the end of September.';
    const read = extractCandidates(story, { publishedAt: '2026-11-12', entities: [] });
    expect(read.filter((c) => c.value === 'nine' || c.value === '3.1 times').map((c) => c.subject)).toEqual(['Condor', 'Condor']);
  });

  it("gives a company's figure to it, not to the data provider whose consensus it beat, and a possessive's share to its owner", () => {
    const story =
      'Corbel Semiconductor Inc reported results. Revenue rose 31% to $4.37 billion, beating the StreetMetrics consensus of $4.22 billion. ' +
      'The data-center segment, which now accounts for about two-thirds of sales, generated $2.91 billion. ' +
      'Nexar Devices held about 71% of the data-center accelerator market, according to research firm Ardent, with Corbel\'s share rising to 9% from 6% in 2025.';
    const read = extractCandidates(story, { publishedAt: '2026-11-19', entities: [] }).map((c) => [c.subject, c.predicate, c.value]);
    expect(read.find(([, , value]) => value === '$4.37 billion')?.[0]).toBe('Corbel Semiconductor Inc');
    // A segment's part of the company's own sales is no market share.
    expect(read.find(([, , value]) => value === 'about two-thirds')?.[1]).toBe('unclassified');
    expect(read.filter(([, , value]) => value === '9%' || value === '6%').map(([subject, predicate]) => [subject, predicate])).toEqual([
      ['Corbel Semiconductor Inc', 'market_share'],
      ['Corbel Semiconductor Inc', 'market_share'],
    ]);
  });

  it('gives no market share to a group of unnamed sellers after the named ones, and no valuation to offers turned down', () => {
    const report =
      'Smartphone shipments in Southeast Asia rose 6.2% in the third quarter, according to research firm Corvane Research. ' +
      'Norvo led the market with 21.3%, followed by Pellix with 15.2%. Smaller vendors together accounted for 23.5% of shipments.';
    const read = extractCandidates(report, { publishedAt: '2026-11-18', entities: [] }).map((c) => [c.subject, c.predicate, c.value]);
    expect(read.find(([, , value]) => value === '23.5%')?.[1]).toBe('unclassified');
    const offers = extractCandidates('Quillon AI raised $420 million. It had turned down offers that would have valued it at more than $8 billion.', {
      publishedAt: '2026-11-18',
      entities: [],
    });
    expect(offers.filter((c) => c.predicate === 'valuation')).toEqual([]);
  });

  it('gives "…, the company said" to the company the sentence before opened with, when that is not a research firm', () => {
    const story =
      'Acme Corp reported record results on Tuesday. Acme raised its forecast. Beta Inc, its smaller rival, reported weaker numbers. ' +
      'Revenue fell 8% to $2 billion in the quarter, the company said.';
    expect(rows(story).filter(([, , value]) => value === '8%' || value === '$2 billion').map(([subject]) => subject)).toEqual(['Beta Inc', 'Beta Inc']);
    // In a market report, "the firm said" after a company that reported results is still that company's.
    const report =
      'Global smartphone shipments rose 3% in the third quarter, according to Canalys. Apple led the market with 20%, followed by Samsung with 19%. ' +
      'Xiaomi, which reported results on Tuesday, gained ground. Revenue rose 12% to 90 billion yuan, the firm said.';
    expect(rows(report).filter(([, , value]) => value === '12%' || value === '90 billion yuan').map(([subject, predicate]) => [subject, predicate])).toEqual([
      ['Xiaomi', 'growth_rate'],
      ['Xiaomi', 'revenue'],
    ]);
  });

  it('keeps a person named after a figure out of it only when a verb follows, and a stake named before a buyer his', () => {
    const stake = rows('Acme Corp reported results. A 15% stake belongs to billionaire John Smith, who bought it in 2024.');
    expect(stake.find(([, , value]) => value === '15%')?.[0]).toBe('John Smith');
  });

  it('reads a share of sales "in Europe" as a market share, a growth after a comparison as a growth, and a beat of forecasts as neither', () => {
    const tesla = rows('Tesla Inc reported results on Wednesday. Tesla accounted for 20% of sales of electric cars in Europe in September.');
    expect(tesla.find(([, , value]) => value === '20%')).toEqual(['Tesla Inc', 'market_share', '20%', 'Europe']);
    const faster = rows("Acme Corp's shipments grew faster than the market in the third quarter, rising 12% to 5 million units.");
    expect(faster.find(([, , value]) => value === '12%')?.[1]).toBe('growth_rate');
    const beat = rows('Acme Corp shares jumped on sales 20% above forecasts.');
    expect(beat.find(([, , value]) => value === '20%')?.[1]).toBe('unclassified');
  });

  it("gives the figures of a company's named mine to the company, with the mine as its segment, but not of a project it holds a stake in", () => {
    const read = (text: string) =>
      extractCandidates(text, { publishedAt: '2026-11-06', entities: [] }).map((c) => [c.subject, c.value, c.qualifiers.find((q) => q.key === 'segment')?.value ?? null]);
    const mine = read('Tarrant Minerals Ltd reported quarterly results on Thursday. Copper output at its flagship Mount Tallis mine rose 9% to 41,000 tonnes.');
    expect(mine.filter(([, value]) => value === '9%' || value === '41,000')).toEqual([
      ['Tarrant Minerals Ltd', '9%', 'Mount Tallis'],
      ['Tarrant Minerals Ltd', '41,000', 'Mount Tallis'],
    ]);
    const stake = read(
      'Brisa Energia said net profit fell 6% to NOK 9.1 billion after an impairment on its 35% stake in the Sula Bank offshore wind project. The Sula Bank project produced 1.1 GW.',
    );
    expect(stake.find(([, value]) => value === '1.1 GW')).toEqual(['Sula Bank', '1.1 GW', null]);
    // A site the company calls its own stays its part, though it holds a stake in it with a partner.
    const operated = read(
      'Tarrant Minerals Ltd said weather hit its smaller Wirra operation. Wirra output dropped 18% to 3.1 million tonnes. Tarrant holds a 60% stake in the Wirra joint venture.',
    );
    expect(operated.find(([, value]) => value === '18%')).toEqual(['Tarrant Minerals Ltd', '18%', 'Wirra']);
  });

  it("gives a research firm's tally of a company to that company, and its tally of the market to the market", () => {
    const report =
      'Global smartphone shipments rose 3.1% in the third quarter, according to research firm Horizon. ' +
      'Rival tracker Quadrant Data gave a slightly weaker picture, estimating third-quarter shipments at 306.0 million units, up 2.4%. ' +
      'Quadrant put Kestrel narrowly ahead of Solara, with 56.0 million units. Quadrant estimated Pellum\'s revenue at $12 billion.';
    const read = rows(report).map(([subject, , value]) => [subject, value]);
    expect(read.filter(([, value]) => ['306.0 million', '2.4%', '56.0 million', '$12 billion'].includes(value as string))).toEqual([
      ['global smartphone market', '306.0 million'],
      ['global smartphone market', '2.4%'],
      ['Kestrel', '56.0 million'],
      ['Pellum', '$12 billion'],
    ]);
    // A firm that tallies its own figure keeps it.
    const own = rows('Global tablet shipments fell 2%, research firm Tabula Data said. Tabula Data put its own revenue at $80 million.');
    expect(own.find(([, , value]) => value === '$80 million')?.[0]).toBe('Tabula Data');
  });
});


describe('which round a funding figure was', () => {
  const rounds = (text: string) =>
    extractCandidates(text, { publishedAt: '2026-10-27', entities: [] })
      .filter((c) => c.predicate === 'funding_raised')
      .map((c) => [c.value, c.qualifiers.find((q) => q.key === 'round')?.value ?? null]);

  it('names each of a total and the rounds it includes by its own words, not the next figure\'s', () => {
    const story =
      'Tallystone raised $48 million in a Series B round. The funding brings the total the company has raised since it was founded in 2021 to ' +
      '$221 million, including an $8 million seed round that year and a $25 million Series A in 2023.';
    expect(rounds(story)).toEqual([
      ['$48 million', 'Series B'],
      ['$221 million', 'total to date'],
      ['$8 million', 'seed'],
      ['$25 million', 'Series A'],
    ]);
  });

  it('reads a round named at the end of a sentence, and ends the sentence there', () => {
    expect(rounds("Singapore's Nium raised $200 million in a Series E, after a $50 million Series D.")).toEqual([
      ['$200 million', 'Series E'],
      ['$50 million', 'Series D'],
    ]);
    // The quote after it is a sentence of its own, whose market size is no round.
    expect(rounds('Tallystone raised $25 million in a Series A. "Customs is a $30 billion-a-year labour problem," she said.')).toEqual([['$25 million', 'Series A']]);
  });

  it('reads past a conversion in brackets to the round it names', () => {
    expect(rounds('Sahaj Money has raised Rs 1,350 crore ($155 million) in a Series D funding round led by Banyan Ridge Capital.')).toEqual([['Rs 1,350 crore', 'Series D']]);
  });
});
