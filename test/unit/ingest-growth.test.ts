// Growth rates: a change of a named measure in per cent is growth_rate, with what grew, which way and against what,
// so that only like growths are ever compared; a share price's move, or a change of nothing named, is not one.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const growths = (text: string) =>
  extractCandidates(text, { publishedAt: '2026-12-03', entities: [] })
    .filter((c) => c.predicate === 'growth_rate')
    .map((c) => [c.value, Object.fromEntries(c.qualifiers.map((q) => [q.key, q.value]))]);

describe('growth rates', () => {
  it('reads what grew, which way, and against what', () => {
    const story =
      'Verital Systems Inc said revenue for the quarter ended Oct. 31 rose 24% from a year earlier to $1.42 billion. ' +
      'Net profit jumped 37%. Its operating loss narrowed 30%. Revenue was up 8% sequentially. Shipments fell about 3% year on year.';
    expect(growths(story)).toEqual([
      ['24%', { measure: 'revenue', direction: 'increase', against: 'year earlier' }],
      ['37%', { measure: 'net income', direction: 'increase' }],
      ['30%', { measure: 'operating loss', direction: 'decrease' }],
      ['8%', { measure: 'revenue', direction: 'increase', against: 'previous quarter' }],
      ['about 3%', { measure: 'shipments', direction: 'decrease', against: 'year earlier' }],
    ]);
  });

  it('reads the basis as the tokenizer cuts it, and the measure of the figure\'s own clause, not a complement\'s', () => {
    expect(growths('Acme Corp said revenue rose 24% year-on-year in the quarter.')).toEqual([['24%', { measure: 'revenue', direction: 'increase', against: 'year earlier' }]]);
    expect(growths('Acme Corp said revenue rose 3% quarter-on-quarter.')).toEqual([['3%', { measure: 'revenue', direction: 'increase', against: 'previous quarter' }]]);
    expect(growths('Acme Corp said revenue from enterprise customers grew 12%.')).toEqual([['12%', { measure: 'revenue', direction: 'increase' }]]);
    expect(growths('Acme Corp said earnings per share rose 15% in the quarter.')).toEqual([['15%', { measure: 'EPS', direction: 'increase' }]]);
    // Costs' change, never revenue's: the measure past an "and" is another clause's.
    expect(growths('Acme Corp said revenue was flat and costs fell 3%.')).toEqual([['3%', { measure: 'costs', direction: 'decrease' }]]);
    // Each figure's own basis, past the level it reached, the level it left and a conversion.
    expect(growths('Acme Corp said revenue grew 3.4% from a year ago and 1.9% from the previous quarter.')).toEqual([['3.4%', { measure: 'revenue', direction: 'increase', against: 'year earlier' }]]);
    // The 12% is of no measure its clause names, so it is no growth; the 3% keeps its own basis.
    expect(growths('Acme Corp said revenue fell 3% from the previous quarter but rose 12% year on year.')).toEqual([['3%', { measure: 'revenue', direction: 'decrease', against: 'previous quarter' }]]);
    expect(growths('Acme Corp said year-on-year revenue growth slowed; revenue rose 2% from the previous quarter.')).toEqual([['2%', { measure: 'revenue', direction: 'increase', against: 'previous quarter' }]]);
    expect(growths('Acme AG said revenue in the third quarter fell 9.5% to €1.62 billion ($1.87 billion) from €1.79 billion a year earlier.')).toEqual([
      ['9.5%', { measure: 'revenue', direction: 'decrease', against: 'year earlier' }],
    ]);
    expect(growths('Hashiru Holdings Inc. reported revenue. The number of orders rose 19% to roughly 40 million.').map(([, q]) => (q as { measure: string }).measure)).toEqual(['orders']);
  });

  it("keeps a part's growth apart from the whole's", () => {
    expect(growths('Verital Systems Inc reported results. Subscription revenue grew 26% to $1.31 billion.')).toEqual([
      ['26%', { measure: 'revenue', direction: 'increase', segment: 'Subscription' }],
    ]);
  });

  it("reads no growth in a share price's move, a change of nothing named, or a level a share moved to", () => {
    expect(growths('Verital Systems Inc said revenue rose. Its shares rose 9% in extended trading.')).toEqual([]);
    expect(growths('Verital Systems Inc said it rose 9% in the quarter.')).toEqual([]);
    expect(growths('Norvo Mobile lifted its market share to 21.3% from 18.9%.')).toEqual([]);
    expect(growths('Kessler AG said revenue fell and it would eliminate 1,850 jobs, about 7% of its workforce.')).toEqual([]);
  });

  it('reads a growth in a clause opened by "after" as reported, dated by its quarter, whatever forecast came before', () => {
    const story = 'Calvera Biosciences Inc raised its full-year sales forecast on Thursday after third-quarter sales of its eczema drug rose 68%.';
    const read = extractCandidates(story, { publishedAt: '2026-11-05', entities: [] }).filter((c) => c.predicate === 'growth_rate');
    expect(read.map((c) => [c.value, c.period, c.qualifiers.some((q) => q.key === 'basis')])).toEqual([['68%', 'third-quarter', false]]);
    // A forecast of its own stays one, and so does a clause whose first verb is not told in the past.
    expect(growths('Acme Inc expects revenue to rise 12% after the launch.')).toEqual([['12%', { measure: 'revenue', direction: 'increase', basis: 'forecast' }]]);
    const kiln = 'Cementos SAB said its new kiln will add 1.6 million tonnes when it starts operating and lift total installed capacity to about 31 million tonnes.';
    const bases = extractCandidates(kiln, { publishedAt: '2026-10-27', entities: [] }).map((c) => c.qualifiers.find((q) => q.key === 'basis')?.value);
    expect(bases).toEqual(['forecast', 'forecast']);
  });

  it('reads the growth of a measure named before a long date and its restatement, dated by the first', () => {
    const story = "Caléris SA reported results. Revenue for the six months to Sept. 30, the first half of the group's fiscal year, rose 3.9% to 6.84 billion euros.";
    const read = extractCandidates(story, { publishedAt: '2026-11-12', entities: [] }).map((c) => [c.predicate, c.value, c.period]);
    expect(read).toEqual([
      ['growth_rate', '3.9%', 'for the six months to Sept. 30'],
      ['revenue', '6.84 billion euros', 'for the six months to Sept. 30'],
    ]);
    // The restatement that names its days dates the figure, whichever comes first.
    const corvane = 'Corvane Systems reported results. Revenue for the fourth quarter, the quarter ended June 30, was $2.05 billion.';
    expect(extractCandidates(corvane, { publishedAt: '2026-08-05', entities: [] }).map((c) => [c.value, c.period])).toEqual([['$2.05 billion', 'the quarter ended June 30']]);
    // A change after a level and its date is of that date too.
    const tillwise = 'Tillwise processed total payment volume of 41.5 billion euros in the first nine months of 2026, up 64% from 25.3 billion euros a year earlier.';
    expect(extractCandidates(tillwise, { publishedAt: '2026-10-20', entities: [] }).find((c) => c.value === '64%')?.period).toBe('in the first nine months of 2026');
  });

  it('reads the measure named after a change noun, and the measures banks, airlines, retailers and markets report', () => {
    expect(growths('Acme Corp reported a 7.2% rise in fourth-quarter net profit on Thursday.')).toEqual([['7.2%', { measure: 'net income', direction: 'increase' }]]);
    // What the measure is of stays out of it; a change of "the number of" something is left unread.
    expect(growths('Acme Corp posted a 12% increase in revenue from cloud customers.')).toEqual([['12%', { measure: 'revenue', direction: 'increase' }]]);
    expect(growths('Acme Corp posted a 9% drop in the number of users.')).toEqual([]);
    expect(growths('Acme Bank said deposits rose 5.2% in the quarter, while average loans grew 3.8%.').map(([, q]) => (q as { measure: string }).measure)).toEqual(['deposits', 'loans']);
    expect(growths("Acme's average selling prices rose 18% from the previous quarter.")).toEqual([['18%', { measure: 'price', direction: 'increase', against: 'previous quarter' }]]);
    expect(growths('Acme Air said capacity grew 6.3% and unit costs rose 1.8%.').map(([, q]) => (q as { measure: string }).measure)).toEqual(['capacity', 'costs']);
    expect(growths('Voltara said registrations of electric cars rose 29% year on year.').map(([, q]) => (q as { measure: string }).measure)).toEqual(['registrations']);
    // "R&D" and "GTV" name measures, not parties: the growth is the company's.
    const spending = extractCandidates("Acme's R&D spending rose 22% in the third quarter. Jalanku Digital said GTV grew 15%.", { publishedAt: '2026-11-20', entities: [] });
    expect(spending.map((c) => [c.subject, c.predicate, c.value])).toEqual([
      ['Acme', 'growth_rate', '22%'],
      ['Jalanku Digital', 'growth_rate', '15%'],
    ]);
  });

  it("reads a market's own change of a named measure as the market's growth rate", () => {
    const report = extractCandidates('Global sales of electric buses rose 17% in the first half of 2026, Kestrel said. The market grew strongly.', { publishedAt: '2026-09-15', entities: [] });
    expect(report.map((c) => [c.subject, c.subjectKind, c.predicate, c.value, c.period])).toEqual([['electric bus market', 'MARKET', 'growth_rate', '17%', 'in the first half of 2026']]);
  });

  it('dates a level and the change that reached it by the date written next to either', () => {
    const dated = (text: string) => extractCandidates(text, { publishedAt: '2026-09-15', entities: [] }).map((c) => [c.predicate, c.value, c.period]);
    expect(dated("Acme's shipments rose 17% in the first half of 2026 to a record 62,400 units, from 53,300 a year earlier.")).toEqual([
      ['growth_rate', '17%', 'in the first half of 2026'],
      ['unclassified', '62,400', 'in the first half of 2026'],
      ['unclassified', '53,300', 'H1 2025'],
    ]);
    // The level's conversion in brackets and the date's year are no figure between a level and its change.
    expect(dated('Kudipay said it processed 4.6 trillion naira ($3.0 billion) worth of transactions in the first half of 2026, up 85% from a year earlier.')).toEqual([
      ['unclassified', '4.6 trillion naira', 'in the first half of 2026'],
      ['growth_rate', '85%', 'in the first half of 2026'],
    ]);
    expect(dated('Voltara raised its forecast for full-year 2026 registrations in the region to 3.2 million, a 27% increase on the 2.52 million sold in 2025.').slice(0, 2)).toEqual([
      ['unclassified', '3.2 million', 'for full-year 2026'],
      ['growth_rate', '27%', 'for full-year 2026'],
    ]);
  });

  it('goes on with the company through "Order intake …", and dates nothing by a record\'s "since"', () => {
    const story =
      'Vattra AB lowered its sales outlook on Friday. Order intake in the July-September period fell 6% to 14.2 billion euros. ' +
      'Orders at the Mining Solutions division dropped 19% to 4.1 billion euros, the weakest quarter since 2021.';
    expect(extractCandidates(story, { publishedAt: '2026-10-23', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period])).toEqual([
      ['Vattra AB', 'unclassified', null, 'on Friday'],
      ['Vattra AB', 'growth_rate', '6%', 'in the July-September period'],
      ['Vattra AB', 'unclassified', '14.2 billion euros', 'in the July-September period'],
      ['Vattra AB', 'growth_rate', '19%', 'in the July-September period'],
      ['Vattra AB', 'unclassified', '4.1 billion euros', 'in the July-September period'],
    ]);
  });

  it("reads a region's change in a company's story as the company's growth there, of sales when no measure is named", () => {
    const story =
      'Horlane Group said sales rose 4.5% in the first nine months. Asia-Pacific, the largest region with 38% of sales, grew 6.8%. ' +
      'Sales in mainland China jumped 14%, after falling 6% in the same period of 2025. Taiwan made up 24% of sales.';
    const read = extractCandidates(story, { publishedAt: '2026-10-15', entities: [] }).map((c) => [
      c.predicate,
      c.value,
      Object.fromEntries(c.qualifiers.filter((q) => q.key !== 'basis').map((q) => [q.key, q.value])),
    ]);
    expect(read).toEqual([
      ['growth_rate', '4.5%', { measure: 'sales', direction: 'increase' }],
      // A region's part of the sales is no growth, and no market share.
      ['unclassified', '38%', { region: 'Asia-Pacific' }],
      ['growth_rate', '6.8%', { region: 'Asia-Pacific', measure: 'sales', direction: 'increase' }],
      ['growth_rate', '14%', { region: 'China', measure: 'sales', direction: 'increase' }],
      // The earlier growth is of the same measure, in its own direction.
      ['growth_rate', '6%', { region: 'China', measure: 'sales', direction: 'decrease' }],
      ['unclassified', '24%', { region: 'Taiwan' }],
    ]);
  });

  it('goes on with the company into a later clause that opens with a measure', () => {
    const story = 'Horlane Group said sales reached 7.46 billion francs. The strong franc cut growth by 2.7 percentage points, and sales rose 4.8% at constant exchange rates.';
    expect(extractCandidates(story, { publishedAt: '2026-10-15', entities: [] }).map((c) => [c.subject, c.predicate, c.value])).toEqual([
      ['Horlane Group', 'revenue', '7.46 billion francs'],
      ['Horlane Group', 'growth_rate', '4.8%'],
    ]);
  });

  it('takes no name from a list inside an aside for the subject: "Like-for-like sales, which strip out fuel, VAT and new space, rose 3.8%"', () => {
    const claims = extractCandidates('Marlow & Finch reported first-half results. Like-for-like sales, which strip out fuel, VAT and new space, rose 3.8% in the half.', {
      publishedAt: '2026-10-08',
      entities: [],
    });
    expect(claims.find((c) => c.value === '3.8%')?.subject).toBe('Marlow & Finch');
  });

  it('closes an aside at a clause joined after it: "…, which beat forecasts, and revenue, which includes fees, rose 4%" is revenue', () => {
    const claims = extractCandidates('Ardent Corp said net profit rose 8% to $1.2 billion in the third quarter, which beat forecasts, and revenue, which includes fees and commissions, rose 4% to $9 billion.', {
      publishedAt: '2026-10-20',
      entities: [],
    });
    expect(claims.find((c) => c.value === '$9 billion')?.predicate).toBe('revenue');
  });

  it('reads "like-for-like growth of 4.2%" as a growth of comparable sales', () => {
    const claims = extractCandidates('Castlegate posted like-for-like growth of 4.2% in the first quarter.', { publishedAt: '2026-10-08', entities: [] });
    expect(claims.find((c) => c.value === '4.2%')?.qualifiers.find((q) => q.key === 'measure')?.value).toBe('comparable sales');
  });

  it('keeps organic, comparable and constant-currency growth apart from the reported one, as measures of their own', () => {
    const story =
      'Horlane Group said organic sales grew 4.5% in the first nine months, and sales rose 4.8% at constant exchange rates. ' +
      'Sales rose 2.1% in reported terms. Same-store sales, which exclude new stores, rose 4.7%. Jewellery sales rose 7.9% organically.';
    expect(growths(story).map(([value, q]) => [value, (q as { measure: string }).measure])).toEqual([
      ['4.5%', 'organic sales'],
      ['4.8%', 'constant-currency sales'],
      ['2.1%', 'sales'],
      ['4.7%', 'comparable sales'],
      ['7.9%', 'organic sales'],
    ]);
  });
});

describe('a measure a verb of change moved, written before its figure', () => {
  it('reads "grew shipments 6.1%" and a second measure after "and" as growths, and each level as its own measure', () => {
    const story =
      'Vantor Mobile grew shipments 6.1% to 55.6 million in the third quarter. ' +
      'Its retail arm increased sales 7.1% to R55.1 billion and trading profit 9.4% to R3.41 billion.';
    expect(growths(story)).toEqual([
      ['6.1%', { measure: 'shipments', direction: 'increase' }],
      // The arm is the company's segment, kept apart from the group's figures.
      ['7.1%', { measure: 'sales', direction: 'increase', segment: 'retail' }],
      ['9.4%', { measure: 'profit', direction: 'increase', segment: 'retail' }],
    ]);
    const levels = extractCandidates(story, { publishedAt: '2026-12-03', entities: [] }).filter((c) => /^R\d/.test(c.value ?? ''));
    expect(levels.map((c) => [c.predicate, c.value])).toEqual([
      ['revenue', 'R55.1 billion'],
      ['profit', 'R3.41 billion'],
    ]);
  });

  it('reads a cut as a decrease, and leaves a measure no verb of change moved alone', () => {
    expect(growths('Acme Corp cut costs 5% in the quarter.')).toEqual([['5%', { measure: 'costs', direction: 'decrease' }]]);
    expect(growths('Acme Corp reported sales 5% above its own plan.')).toEqual([]);
  });
});

describe("an airline's measures", () => {
  it('reads traffic, capacity and unit revenue growth, and no measure as a party', () => {
    const story =
      'Condor Andina SA reported revenue of $1.2 billion. ' +
      'Traffic measured in revenue passenger kilometers (RPK) grew 9.7% from a year earlier, outpacing an 8.1% increase in capacity. ' +
      'Passenger revenue per available seat kilometer, or PRASK, rose 6.2% year-on-year.';
    expect(growths(story)).toEqual([
      ['9.7%', { measure: 'passengers', direction: 'increase', against: 'year earlier' }],
      ['8.1%', { measure: 'capacity', direction: 'increase', against: 'year earlier' }],
      ['6.2%', { measure: 'unit revenue', direction: 'increase', against: 'year earlier' }],
    ]);
    expect(new Set(extractCandidates(story, { publishedAt: '2026-12-03', entities: [] }).map((c) => c.subject))).toEqual(new Set(['Condor Andina SA']));
  });

  it('reads a profit level before "lifting the operating margin to …" as the profit', () => {
    const read = extractCandidates('Condor Andina SA said operating profit, or EBIT, jumped 31% to $102 million, lifting the operating margin to 14.8%.', {
      publishedAt: '2026-12-03',
      entities: [],
    });
    expect(read.map((c) => [c.predicate, c.value])).toEqual([
      ['growth_rate', '31%'],
      ['profit', '$102 million'],
      ['unclassified', '14.8%'],
    ]);
  });
});


describe('a change told right after a count of units', () => {
  it('is the growth of the volume the verb moved ("shipped … units, up 15%"), else of the units', () => {
    const report =
      'Global shipments of wearables rose 6.1% in the third quarter, Altamira said. Pexio shipped 10.9 million units, up 15% year on year. ' +
      'Soraku rounded out the top six with 2.7 million units, up 23%, for a 4.6% share.';
    expect(growths(report).filter(([value]) => value !== '6.1%')).toEqual([
      ['15%', { measure: 'shipments', direction: 'increase', against: 'year earlier' }],
      ['23%', { measure: 'units', direction: 'increase' }],
    ]);
    // Not a change after a count of something else, nor a share after the units.
    expect(growths('Acme Corp said it had 3,000 stores, up 5%.')).toEqual([]);
  });
});

describe('a growth over 100%', () => {
  it('is read as the change it is, written so the value parser reads it past 100', () => {
    expect(growths("Tallystone's revenue jumped 240% in the quarter.")).toEqual([['240% increase', { measure: 'revenue', direction: 'increase' }]]);
    // A ratio over 100% with no change is still a figure, for a reviewer to name.
    const retention = extractCandidates('Tallystone said net revenue retention was 138% over the past 12 months.', { publishedAt: '2026-10-27', entities: [] });
    expect(retention.map((c) => [c.predicate, c.value])).toEqual([['unclassified', '138%']]);
  });
});

describe('a measure multiplied', () => {
  it('is a growth rate, its value written as the change ("more than doubled" is "more than 100% increase")', () => {
    expect(growths("Tallystone's revenue more than doubled to $75 million.")).toEqual([['more than 100% increase', { measure: 'revenue', direction: 'increase' }]]);
    expect(growths("Acme's net profit nearly tripled in the quarter.")).toEqual([['nearly 200% increase', { measure: 'net income', direction: 'increase' }]]);
    // With no measure before it, nothing is read as a growth.
    expect(growths('Acme doubled its headcount.')).toEqual([]);
  });
});

describe('places that rose or fell while a story goes through its company\'s sales by region', () => {
  const story =
    "PARIS, Oct 14 - Lessard SA said third-quarter revenue rose 5.2% to €9.8 billion. By region, Asia excluding Japan returned to growth, with organic sales up 11%. " +
    "Japan rose 14%, buoyed by tourists. The Americas grew 6.2%. Europe, the group's largest region, grew 4.8%.";
  const growth = (text: string) =>
    extractCandidates(text, { publishedAt: '2026-10-14', entities: [] })
      .filter((c) => c.predicate === 'growth_rate')
      .map((c) => [c.subject, c.value, c.qualifiers.find((q) => q.key === 'region')?.value ?? null]);

  it("are the company's sales growth there", () => {
    expect(growth(story)).toEqual([
      ['Lessard SA', '5.2%', null],
      ['Lessard SA', '11%', 'Asia'],
      ['Lessard SA', '14%', 'Japan'],
      ['Lessard SA', '6.2%', 'Americas'],
      ['Lessard SA', '4.8%', 'Europe'],
    ]);
  });

  it('but a place that grew right after a company figure told with no place is no region of its sales', () => {
    expect(growth('PARIS, Oct 14 - Lessard SA said third-quarter revenue rose 5.2% to €9.8 billion. Germany grew 0.3% in the quarter, official data showed.')).toEqual([['Lessard SA', '5.2%', null]]);
  });
});
