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
  ])('keeps added, contracted, drawn and stored power out of both: %s', (text) => {
    expect(read(text).map(([, predicate]) => predicate)).not.toContain('power_capacity');
    expect(read(text).map(([, predicate]) => predicate)).not.toContain('energy_generated');
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
  });

  it('words the claims in the project style', () => {
    const texts = (text: string) => extractCandidates(text, { publishedAt: '2026-11-05', entities: [] }).map((c) => c.text);
    expect(texts('Orsted now operates 9.9 GW of offshore wind.')).toEqual(['Orsted has offshore wind capacity of 9.9 GW (now).']);
    expect(texts("EDF's nuclear output fell to 320 TWh in 2025.")).toEqual(['EDF generated 320 TWh of nuclear power (in 2025).']);
  });
});
