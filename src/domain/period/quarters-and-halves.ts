// Quarters and halves of a year ("Q3 2025", "3Q25", "the first half of 2025", "last quarter"), which share one grammar.
import type { Atom } from './atom.js';
import { addMonths } from './calendar.js';
import { monthsOf, type ParsedPeriod } from './intervals.js';
import { impliedYear, publicationMonth, relativeStep, type Resolver } from './resolver.js';
import { readYear, type YearRef } from './years.js';

/** How one kind of numbered part is written: a letter before or after its number, or spelled out. */
interface NumberedForms {
  letterFirst: RegExp;
  digitFirst: RegExp;
  spelled: RegExp;
  ordinals: Readonly<Record<string, number>>;
}

/** Which part and of which year; null when the text is none of the forms, `year` null when its year does not read. */
function readNumbered(text: string, r: Resolver, forms: NumberedForms): { n: number; year: YearRef | null } | null {
  const compact = forms.letterFirst.exec(text) ?? forms.digitFirst.exec(text);
  const match = compact ?? forms.spelled.exec(text);
  if (match?.[2] === undefined) return null;
  const n = forms.ordinals[match[1] ?? ''] ?? Number(match[1]);
  // "3Q25": two bare digits after a compact form are a year, as "'25" is.
  const yearText = /^\d{2}$/.test(match[2]) && compact ? `'${match[2]}` : match[2];
  return { n, year: readYear(yearText, r) };
}

const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

const QUARTER_FORMS: NumberedForms = {
  letterFirst: /^q([1-4])(?:\s*(?:of|,|-)\s*|\s*)(.+)$/,
  digitFirst: /^([1-4])q\s*('?\d{2}|\d{4})$/,
  spelled: /^(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+|calendar\s+)?quarter(?:\s+of|,)?\s+(.+)$/,
  ordinals: QUARTER_ORDINALS,
};

export const quarterPeriod = (q: number, year: YearRef): ParsedPeriod =>
  monthsOf(year.year, q * 3 - 2, q * 3, `Q${q} ${year.label}`, 'QUARTER');

/** "Q3 2025", "Q3'25", "3Q25", "the third quarter of 2025", "Q3" (publication year), "last quarter". */
export const readQuarterAtom: Atom = (text, r) => {
  const numbered = readNumbered(text, r, QUARTER_FORMS);
  if (numbered) return numbered.year ? quarterPeriod(numbered.n, numbered.year) : null;
  const bare = /^q([1-4])$/.exec(text) ?? /^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter$/.exec(text);
  if (bare) {
    const year = impliedYear(r, text);
    return quarterPeriod(QUARTER_ORDINALS[bare[1] ?? ''] ?? Number(bare[1]), { year, label: String(year) });
  }
  const relative = /^(this|the current|last|the last|the previous|next|the next|the coming)\s+quarter$/.exec(text);
  if (!relative) return null;
  const published = publicationMonth(r, text);
  const quarterStart = addMonths(published.year, Math.ceil(published.month / 3) * 3 - 2, relativeStep(relative[1] ?? '') * 3);
  return quarterPeriod((quarterStart.month + 2) / 3, { year: quarterStart.year, label: String(quarterStart.year) });
};

const HALF_FORMS: NumberedForms = {
  letterFirst: /^h([12])(?:\s*(?:of|,|-)\s*|\s*)(.+)$/,
  digitFirst: /^([12])h\s*('?\d{2}|\d{4})$/,
  spelled: /^(?:the\s+)?(first|second|1st|2nd|front|back|latter)[\s-]+half(?:\s+of|,)?\s+(.+)$/,
  ordinals: { first: 1, '1st': 1, front: 1, second: 2, '2nd': 2, back: 2, latter: 2 },
};

const halfPeriod = (h: number, year: YearRef): ParsedPeriod => monthsOf(year.year, h * 6 - 5, h * 6, `H${h} ${year.label}`, 'HALF');

/** "H1 2025", "1H25", "the first half of 2025", "second half 2024", "the back half of this year", "the first half" (publication year). */
export const readHalfAtom: Atom = (text, r) => {
  const numbered = readNumbered(text, r, HALF_FORMS);
  if (numbered) return numbered.year ? halfPeriod(numbered.n, numbered.year) : null;
  const bare = /^h([12])$/.exec(text) ?? /^(?:the\s+)?(first|second|1st|2nd|front|back|latter)\s+half$/.exec(text);
  if (!bare) return null;
  const year = impliedYear(r, text);
  return halfPeriod(HALF_FORMS.ordinals[bare[1] ?? ''] ?? Number(bare[1]), { year, label: String(year) });
};
