// Power and energy figures read from articles: a level of capacity held (power_capacity) and electricity generated
// over a period (energy_generated); capacity added, signed for, demanded or stored is neither.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const read = (text: string) =>
  extractCandidates(text, { publishedAt: '2026-11-05', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period] as const);

describe('ingest: power capacity and energy generated', () => {
  it.each([
    ['Statkraft said its installed capacity rose to 19.4 GW at the end of the third quarter.', ['Statkraft', 'power_capacity', '19.4 GW', 'the third quarter']],
    ["Orsted's installed capacity reached 15.5 GW in 2025.", ['Orsted', 'power_capacity', '15.5 GW', 'in 2025']],
    ['Statkraft generated 41.2 terawatt hours of power in the third quarter.', ['Statkraft', 'energy_generated', '41.2 terawatt hours', 'in the third quarter']],
    ["EDF's nuclear output fell to 320 TWh in 2025.", ['EDF', 'energy_generated', '320 TWh', 'in 2025']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads a plan for capacity as a forecast of it', () => {
    const [claim] = extractCandidates('Microsoft plans to double its data-center capacity to 10 GW by 2028.', { publishedAt: '2026-11-05', entities: [] });
    expect([claim!.subject, claim!.predicate, claim!.value, claim!.qualifiers]).toEqual(['Microsoft', 'power_capacity', '10 GW', [{ key: 'basis', value: 'forecast' }]]);
  });

  it.each([
    'Orsted added 1.2 GW of new offshore wind capacity in 2025.',
    'Orsted brought a further 800 MW online in 2025.',
    'Orsted commissioned 500 MW of additional capacity in 2025.',
    'Orsted installed 2 GW in 2025.',
    'Google signed a 500 MW power purchase agreement with Kairos Power in 2025.',
    "xAI's Colossus cluster used about 300 MW of power in 2025.",
    'Tesla deployed 9.4 GWh of energy storage in 2025.',
    'Acme consumed 18 TWh of electricity in 2025.',
    'Statkraft said its wind capacity increased by 1.5 GW in 2024.',
    'OpenAI has secured commitments for 26 GW of compute capacity from Nvidia in 2025.',
    'Oracle will deliver 4.5 GW of capacity to OpenAI in 2027.',
    'CyrusOne had 1.2 GW of data center capacity under construction in 2025.',
    "Air Liquide's electrolyzer capacity of 200 MW came online in 2025.",
    'Ionity operated 4,000 chargers delivering up to 350 kW each in 2025.',
    "Tesla's Megapack factory had the capacity to produce 40 GWh a year in 2025.",
    "Engie's nuclear plants produced 19 TWh less than planned in 2025.",
  ])('keeps added, contracted, drawn and stored power out of both: %s', (text) => {
    expect(read(text).map(([, predicate]) => predicate)).not.toContain('power_capacity');
    expect(read(text).map(([, predicate]) => predicate)).not.toContain('energy_generated');
  });

  it('reads the level a change led to, and a part added in the year as no level', () => {
    expect(read("Iberdrola's installed capacity grew by 2.2 GW in the year to 44 GW.").map(([, predicate, value]) => [predicate, value])).toEqual([
      ['unclassified', '2.2 GW'],
      ['power_capacity', '44 GW'],
    ]);
    expect(read('Engie said its installed capacity stood at 46 GW at the end of 2024, of which 4.3 GW was added during the year.').map(([, predicate, value]) => [predicate, value])).toEqual([
      ['power_capacity', '46 GW'],
      ['unclassified', '4.3 GW'],
    ]);
  });

  it('tells the level held from the capacity still being built in one sentence', () => {
    const claims = read('Orsted has 15.5 GW of installed capacity, with another 8 GW under construction.');
    expect(claims.map(([, predicate, value]) => [predicate, value])).toEqual([
      ['power_capacity', '15.5 GW'],
      ['unclassified', '8 GW'],
    ]);
  });

  it('says which kind of plant a capacity or an output is of, so a part is not compared with the total', () => {
    const technology = (text: string) =>
      extractCandidates(text, { publishedAt: '2026-11-05', entities: [] }).map((c) => [c.predicate, c.value, c.qualifiers.find((q) => q.key === 'technology')?.value ?? null]);
    expect(technology("Iberverde's solar capacity reached 5.6 GW at the end of June, and its total installed capacity reached 9.4 GW.")).toEqual([
      ['power_capacity', '5.6 GW', 'solar'],
      ['power_capacity', '9.4 GW', null],
    ]);
    expect(technology("EDF's nuclear output fell to 320 TWh in 2025.")).toEqual([['energy_generated', '320 TWh', 'nuclear']]);
    expect(technology('Orsted now operates 9.9 GW of offshore wind.')).toEqual([['power_capacity', '9.9 GW', 'offshore wind']]);
    expect(technology("Uniper's gas-fired capacity stood at 10 GW in 2025.")).toEqual([['power_capacity', '10 GW', 'gas']]);
    // The kind told between it and the cue ("power", "installed", "fleet"), after the cue ("from"), or after the figure.
    expect(technology("RWE's wind power output fell to 58 TWh in 2024.")).toEqual([['energy_generated', '58 TWh', 'wind']]);
    expect(technology("Iberdrola's renewable installed capacity rose to 44.3 GW in 2025.")).toEqual([['power_capacity', '44.3 GW', 'renewable']]);
    expect(technology("Duke Energy's nuclear fleet generated 75 TWh in 2025.")).toEqual([['energy_generated', '75 TWh', 'nuclear']]);
    expect(technology("Orsted's generation from offshore wind was 3.9 TWh in 2025.")).toEqual([['energy_generated', '3.9 TWh', 'offshore wind']]);
    expect(technology("RWE's generation capacity stood at 38 GW in 2025, of which 17 GW is renewables.")).toEqual([
      ['power_capacity', '38 GW', null],
      ['power_capacity', '17 GW', 'renewable'],
    ]);
  });

  it('words the claims in the project style', () => {
    const texts = (text: string) => extractCandidates(text, { publishedAt: '2026-11-05', entities: [] }).map((c) => c.text);
    expect(texts('Orsted now operates 9.9 GW of offshore wind.')).toEqual(['Orsted has offshore wind capacity of 9.9 GW (now).']);
    expect(texts("EDF's nuclear output fell to 320 TWh in 2025.")).toEqual(['EDF generated 320 TWh of nuclear power (in 2025).']);
  });
});
