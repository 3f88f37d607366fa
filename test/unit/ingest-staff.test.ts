// Staff counts: the people a company employs is employee_count, a level dated as a user count is; jobs cut, added or
// planned stay unclassified, as they are a change and not a headcount.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract.js';

const read = (text: string) => extractCandidates(text, { publishedAt: '2026-11-06', entities: [] }).map((c) => [c.subject, c.predicate, c.value, c.period]);

describe('employee counts', () => {
  it('reads the people a company employs or has, at a date or now', () => {
    expect(read('Acme Corp had 9,800 employees at the end of October, compared with 10,200 at the end of January.')).toEqual([
      ['Acme Corp', 'employee_count', '9,800', 'at the end of October'],
      ['Acme Corp', 'employee_count', '10,200', 'at the end of January'],
    ]);
    expect(read('Acme Corp said revenue rose. The company employs more than 5,000 people.')).toEqual([['Acme Corp', 'employee_count', 'more than 5,000', '2026-11-06']]);
    expect(read('Initech Ltd has a headcount of 4,100.')).toEqual([['Initech Ltd', 'employee_count', '4,100', '2026-11-06']]);
    expect(read('Acme Corp employs close to 11,400 people.')).toEqual([['Acme Corp', 'employee_count', 'close to 11,400', '2026-11-06']]);
    // A change elsewhere in the clause leaves the level alone.
    expect(read('Kessler AG said it would cut jobs. About 1,100 of the cuts will fall in Germany, where Kessler employs roughly 11,400 people.').at(-1)).toEqual([
      'Kessler AG',
      'employee_count',
      'roughly 11,400',
      '2026-11-06',
    ]);
    expect(read('Halden AI raised money. It employs 410 people, up from 160 at the time of its Series B, and plans to add about 250 more by the end of 2027.').slice(0, 2)).toEqual([
      ['Halden AI', 'employee_count', '410', '2026-11-06'],
      ['Halden AI', 'employee_count', '160', null],
    ]);
  });

  it('reads no headcount in jobs cut, added or planned', () => {
    expect(read('Acme Corp cut 1,200 jobs, or 8% of its staff.').map(([, predicate]) => predicate)).not.toContain('employee_count');
    expect(read('Globex Inc plans to hire 500 workers next year.').map(([, predicate]) => predicate)).not.toContain('employee_count');
    expect(read('Globex Inc laid off 300 workers in May.').map(([, predicate]) => predicate)).not.toContain('employee_count');
    expect(read('Globex Inc added 250 employees in the quarter.').map(([, predicate]) => predicate)).not.toContain('employee_count');
    expect(read('Globex Inc said it would close its plant in Thailand by June 2027, affecting about 900 workers.').map(([, predicate]) => predicate)).not.toContain('employee_count');
  });
});

describe('money that is neither a round nor a total', () => {
  it('reads a price agreed for a company as no funding raised, whatever else the sentence raised', () => {
    const text = 'Verital Systems Inc said the raised outlook did not include Lumacast, the company Verital agreed to buy for $2.3 billion in September.';
    expect(read(text).map(([, predicate, value]) => [predicate, value])).toEqual([['unclassified', '$2.3 billion']]);
  });

  it('takes no measure named by its acronym for a party', () => {
    const text = 'Verital Systems Inc reported revenue of $1.42 billion. Current RPO grew 22% to $4.1 billion.';
    expect(read(text).map(([subject]) => subject)).not.toContain('RPO');
    expect(read(text).map(([, , value]) => value)).toContain('$4.1 billion');
  });
});

describe('lines and connections', () => {
  it('counts a telecom operator\'s mobile lines as its users', () => {
    expect(read('Orizzonte Telecom said revenue fell. The group ended the year with 17.6mn mobile lines.').at(-1)).toEqual(['Orizzonte Telecom', 'user_count', '17.6mn', null]);
  });
});

describe('measures opening a sentence', () => {
  it('takes no "Headcount" for a party, so the figures after it stay the company\'s', () => {
    const story = 'Qamar Airways reported a rise in profit. Headcount stood at 31,500. For the first nine months, net profit was $3.71 billion.';
    expect(read(story).map(([subject, predicate]) => [subject, predicate])).toEqual([
      ['Qamar Airways', 'employee_count'],
      ['Qamar Airways', 'profit'],
    ]);
  });

  it('dates a headcount by the quarter reported, not by a year the story looks ahead to', () => {
    const story =
      'Qamar Airways said net profit for the third quarter of 2026 rose 17%. It has hedged about 45% of its expected fuel needs for 2027. Headcount stood at 31,500.';
    expect(read(story).at(-1)).toEqual(['Qamar Airways', 'employee_count', '31,500', 'for the third quarter of 2026']);
  });

  it("keeps an airline's passengers out of user_count: a total over the period, where users are a level", () => {
    // As user_count, "31.2 million in the half" and "17.5 million in the second quarter" would be a false conflict.
    expect(read('Baltic Skyways carried 14.8 million passengers last year.').map(([, predicate]) => predicate)).toEqual(['unclassified']);
  });

  it('reads the level a cut or a hire reached ("cut its workforce to about 17,900"), but not "up to" a number hired', () => {
    const cut = read('Iberlinea Telecom SA reported results. The company has also cut its workforce to about 17,900 employees after a voluntary redundancy programme.');
    expect(cut.map(([, predicate, value]) => [predicate, value])).toEqual([['employee_count', 'about 17,900']]);
    const hired = read('Kessler AG said it hired 500 engineers this year, bringing its staff to 9,800.');
    expect(hired.filter(([, predicate]) => predicate === 'employee_count').map(([, , value]) => value)).toEqual(['9,800']);
  });
});

