// An article's candidates as extraction tests compare them: who, what, the value as written, the dates its period stands for.
import { extractCandidates } from '../../src/ingest/extract.js';
import { periodDates } from './period-dates.js';

export interface CandidateView {
  subject: string;
  predicate: string;
  value: string | null;
  /** "start to end", as periodDates gives them. */
  dates: string | null;
  /** Told as a forecast (basis: forecast). */
  forecast: boolean;
}

/** The candidates of `text` published on `publishedAt`, with no entity known beforehand. */
export const readCandidates = (text: string, publishedAt: string): CandidateView[] =>
  extractCandidates(text, { publishedAt, entities: [] }).map((c) => ({
    subject: c.subject,
    predicate: c.predicate,
    value: c.value,
    dates: periodDates(c.period, publishedAt),
    forecast: c.qualifiers.some((q) => q.key === 'basis' && q.value === 'forecast'),
  }));

/** The first candidate whose value is written `value`. */
export const findByValue = (claims: readonly CandidateView[], value: string): CandidateView | undefined => claims.find((c) => c.value === value);
