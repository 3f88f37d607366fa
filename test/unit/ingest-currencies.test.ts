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
    ['PTT reported revenue of 780 billion baht in the third quarter.', ['PTT', 'revenue', '780 billion baht', 'THB']],
    ['Vinamilk reported revenue of 15.3 trillion dong in the third quarter.', ['Vinamilk', 'revenue', '15.3 trillion dong', 'VND']],
    ['Jollibee Foods said revenue climbed to ₱70.3 billion in the third quarter.', ['Jollibee Foods', 'revenue', '₱70.3 billion', 'PHP']],
    ["CIB's net profit was 16.4 billion Egyptian pounds in the third quarter.", ['CIB', 'profit', '16.4 billion Egyptian pounds', 'EGP']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads no company name out of a sign glued to its amount', () => {
    const subjects = read('Maybank posted a net profit of RM2.6 billion for the third quarter.').map(([subject]) => subject);
    expect(subjects).not.toContain('RM2.6');
  });
});
