// Ways people write one value or one period: every phrasing of a fact commits to an interval holding the true value.
import type { Random } from './random.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** One interval and the texts that name exactly it (they parse to one period node). */
export interface PeriodSlot {
  forms: string[];
}

/**
 * Disjoint intervals for facts that must never overlap one another (a company's revenue in 2019 and in
 * Q3 2020): years, then quarters, then months, so a (subject, predicate) key can hold many facts safely.
 */
export function disjointPeriods(): PeriodSlot[] {
  const slots: PeriodSlot[] = [];
  for (let year = 1995; year <= 2016; year++) slots.push({ forms: [`${year}`, `in ${year}`, `FY${year}`] });
  for (let year = 2017; year <= 2022; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      slots.push({ forms: [`Q${quarter} ${year}`, `the ${ORDINALS[quarter - 1]} quarter of ${year}`] });
    }
  }
  for (let year = 2023; year <= 2026; year++) {
    for (let month = 1; month <= 12; month++) slots.push({ forms: [`${MONTHS[month - 1]} ${year}`, `in ${MONTHS[month - 1]} ${year}`] });
  }
  return slots;
}

/** A release date and phrasings of it at several precisions, each an interval containing the day. */
export function releasePhrasings(year: number, month: number, day: number): string[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const part = month <= 4 ? 'early' : month <= 8 ? 'mid-' : 'late';
  return [
    `${MONTHS[month - 1]} ${year}`,
    `${year}-${pad(month)}-${pad(day)}`,
    `${year}`,
    `Q${Math.ceil(month / 3)} ${year}`,
    part === 'mid-' ? `mid-${year}` : `${part} ${year}`,
  ];
}

export function randomRelease(random: Random): { year: number; month: number; day: number } {
  return { year: random.int(2012, 2026), month: random.int(1, 12), day: random.int(1, 28) };
}

/** Phrasings of a share of v percent: exact, hedged ("about"), or a lower bound below v. */
export function shareForms(v: number): string[] {
  const forms = [`${v}%`, `${v} percent`, `about ${v}%`, `roughly ${v}%`, `around ${v}%`];
  if (v >= 8) forms.push(`over ${v - 3}%`);
  return forms;
}

const MONEY_SCALES: Array<[number, string, string]> = [
  [1e9, 'billion', 'B'],
  [1e6, 'million', 'M'],
];

/** A money amount with one decimal of its scale (so every phrasing parses to exactly the same number). */
export function randomMoney(random: Random): { mantissa: number; scale: number } {
  const scale = random.chance(0.5) ? 1e9 : 1e6;
  return { mantissa: random.int(11, 990) / 10, scale };
}

export function moneyForms({ mantissa, scale }: { mantissa: number; scale: number }): string[] {
  const [, word, letter] = MONEY_SCALES.find(([size]) => size === scale)!;
  const forms = [`$${mantissa} ${word}`, `$${mantissa}${letter}`, `about $${mantissa} ${word}`, `roughly $${mantissa}${letter}`, `US$${mantissa} ${word}`];
  if (scale === 1e9) forms.push(`$${(Math.round(mantissa * 10) * 100).toLocaleString('en-US')} million`);
  return forms;
}

export function countForms(millions: number): string[] {
  return [`${millions} million users`, `${(millions * 1_000_000).toLocaleString('en-US')} users`, `about ${millions} million users`, `${millions} million`];
}

export function multipleForms(times: number): string[] {
  return [`${times}x`, `${times} times`, `roughly ${times}x`];
}

export function durationForms(months: number): string[] {
  return [`${months} months`, `about ${months} months`];
}
