// An article gives one value for one measure of one party over one period. Where the reader takes two that cannot both
// be that measure ("revenue of $1.42 billion … subscription revenue of $1.31 billion" with the part's name missed; a
// raised forecast beside the one it replaced; an analyst's figure beside the company's), the smaller is most often a
// part, an old figure or someone else's. It keeps an `also_stated` qualifier naming the larger value, so a reviewer
// sees what it stands beside, and the two are never flagged as the article contradicting itself. So does a value
// whose period was not read beside another value of the same measure: it is of another period (most often the one a
// comparison went back to), not a second reading of the same one.
import type { PartialDate } from '../domain/period.js';
import { parsePeriod } from '../domain/period.js';
import { DIMENSIONS, parseQuantity } from '../domain/quantity.js';
import type { Candidate } from './candidate.js';
import { withoutCompanySuffix } from './known-entities.js';

/** Measures whose parts add up to the whole: a segment's revenue, a product's users, a division's staff. */
const ADDS_UP = new Set(['revenue', 'profit', 'user_count', 'employee_count', 'revenue_run_rate', 'power_capacity', 'energy_generated']);
/** Measures an undated value of is compared with every dated one: those above, and the ones that change over time. */
const ONE_AT_A_TIME = new Set([...ADDS_UP, 'earnings_per_share', 'valuation', 'market_share', 'growth_rate']);

interface Read {
  candidate: Candidate;
  /** Party, measure, object, unit and qualifiers: what must match for two values to be of one measure. */
  measure: string;
  /** The period's start and end, or null when the candidate has none. */
  period: string | null;
  lower: number;
  upper: number;
}

/** The candidates, the smaller of two values for one measure, party and period, and an undated one, marked with the other. */
export function markUnnamedParts(candidates: Candidate[], publishedAt: PartialDate | null): Candidate[] {
  const reads = candidates.map((c) => readOf(c, publishedAt)).filter((read): read is Read => read !== null);
  const beside = new Map<Candidate, string>();
  for (const read of reads) {
    const others = reads.filter((other) => other !== read && other.measure === read.measure && (other.upper < read.lower || other.lower > read.upper));
    if (read.period !== null) {
      // A dated value beside a larger one of the same period, where the measure adds up.
      const larger = others.filter((other) => other.period === read.period && other.lower > read.upper && ADDS_UP.has(read.candidate.predicate));
      const largest = larger.reduce<Read | null>((a, b) => (a === null || b.upper > a.upper ? b : a), null);
      if (largest) beside.set(read.candidate, largest.candidate.value!);
      continue;
    }
    // An undated value beside a dated one (the first), or beside a larger undated one.
    const dated = others.find((other) => other.period !== null);
    const larger = others.filter((other) => other.period === null && other.lower > read.upper).reduce<Read | null>((a, b) => (a === null || b.upper > a.upper ? b : a), null);
    const other = dated ?? larger;
    if (other) beside.set(read.candidate, other.candidate.value!);
  }
  return candidates.map((c) => {
    const value = beside.get(c);
    return value === undefined ? c : { ...c, qualifiers: [...c.qualifiers, { key: 'also_stated', value }] };
  });
}

/** A candidate's measure, period and bounds; null when its predicate is none of the above or its value is not read. */
function readOf(candidate: Candidate, publishedAt: PartialDate | null): Read | null {
  if (!ONE_AT_A_TIME.has(candidate.predicate) || candidate.value === null) return null;
  try {
    const period = candidate.period === null ? null : parsePeriod(candidate.period, { publishedAt });
    const value = parseQuantity(candidate.value, { accept: [...DIMENSIONS] });
    if (value.lower === null || value.upper === null) return null;
    const qualifiers = candidate.qualifiers.map((q) => `${q.key}=${q.value}`).sort();
    const party = (withoutCompanySuffix(candidate.subject) ?? candidate.subject).toLowerCase();
    return {
      candidate,
      measure: JSON.stringify([party, candidate.predicate, candidate.object, value.unit, qualifiers]),
      period: period === null ? null : `${period.start}..${period.end}`,
      lower: value.lower,
      upper: value.upper,
    };
  } catch {
    return null;
  }
}
