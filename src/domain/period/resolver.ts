// What relative words resolve against: the source's publication date, its named events, and a range's borrowed year.
import { checkedDate, formatPartialDate, type PartialDate } from './partial-date.js';
import { unresolvable } from './period-errors.js';

export interface PeriodContext {
  /** The source's publication date: resolves "now", "this year", "last quarter" and dates written without a year. */
  publishedAt?: PartialDate | null;
  /** Named events, e.g. { launch: {year: 2025, month: 2, day: 24} }, for "six months after launch". */
  anchors?: Record<string, PartialDate>;
}

/**
 * The context as a parse sees it. Every read goes through these methods, which note it, so a caller can
 * tell a result that depends on the context ("last quarter") from one that does not ("Q3 2025") and may
 * reuse the latter for any source. A failed reader's read counts too: with another date it might have won.
 */
export class ContextReads {
  read = false;
  private readonly anchors: ReadonlyMap<string, PartialDate>;

  constructor(private readonly context: PeriodContext) {
    this.anchors = new Map(Object.entries(context.anchors ?? {}).map(([name, date]) => [anchorKey(name), date] as const));
  }

  publishedAt(): PartialDate | null {
    this.read = true;
    return this.context.publishedAt ?? null;
  }

  /** A named event by its anchorKey. */
  anchor(key: string): PartialDate | undefined {
    this.read = true;
    return this.anchors.get(key);
  }
}

export interface Resolver {
  text: string;
  /** Shared by copies of the resolver (a range lends its year through a copy), so every read is noted once. */
  context: ContextReads;
  /** The year a range's end lends to its start ("January to March 2025"). */
  defaultYear: number | null;
}

/** Anchor names match whatever their case, spacing or punctuation ("GA launch", "ga-launch"), as writers vary them. */
export const anchorKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export function resolverFor(text: string, context: PeriodContext): Resolver {
  return { text, context: new ContextReads(context), defaultYear: null };
}

export function publication(r: Resolver, phrase: string): PartialDate {
  const publishedAt = r.context.publishedAt();
  if (!publishedAt) throw unresolvable(r.text, `"${phrase}" is relative to the source's publication date, which is unknown`);
  return checkedDate(formatPartialDate(publishedAt), publishedAt.year, publishedAt.month, publishedAt.day);
}

export function publicationMonth(r: Resolver, phrase: string): { year: number; month: number } {
  const date = publication(r, phrase);
  if (date.month === undefined) {
    throw unresolvable(r.text, `"${phrase}" needs the publication month, but the source's publication date is only known to the year (${date.year})`);
  }
  return { year: date.year, month: date.month };
}

/** The year for a date written without one: a range's end year, else the publication year. */
export function impliedYear(r: Resolver, phrase: string): number {
  if (r.defaultYear !== null) return r.defaultYear;
  if (!r.context.publishedAt()) throw unresolvable(r.text, `it does not say the year, and the source's publication date is unknown`);
  return publication(r, phrase).year;
}

/** The step from the publication date that "this", "last"/"previous"/"prior" or "next"/"coming" names: 0, -1 or +1. */
export const relativeStep = (which: string): number => (/last|previous|prior/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0);
