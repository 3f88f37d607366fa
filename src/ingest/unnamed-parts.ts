// An article gives one value for one measure of one party over one period. Where the reader takes two that cannot both
// be that measure ("revenue of $1.42 billion … subscription revenue of $1.31 billion" with the part's name missed; a
// raised forecast beside the one it replaced; an analyst's figure beside the company's), the smaller is most often a
// part, an old figure or someone else's. It keeps an `also_stated` qualifier naming the larger value, so a reviewer
// sees what it stands beside, and the two are never flagged as the article contradicting itself.
import type { PartialDate } from '../domain/period.js';
import { parsePeriod } from '../domain/period.js';
import { DIMENSIONS, parseQuantity } from '../domain/quantity.js';
import type { Candidate } from './candidate.js';
import { withoutCompanySuffix } from './known-entities.js';

/** Measures whose parts add up to the whole: a segment's revenue, a product's users, a division's staff. */
const ADDS_UP = new Set(['revenue', 'profit', 'user_count', 'employee_count', 'revenue_run_rate', 'power_capacity', 'energy_generated']);


interface Read {
  candidate: Candidate;
  lower: number;
  upper: number;
}

/** The candidates, the smaller of two values an article gives for one measure, party and period marked with the larger. */
export function markUnnamedParts(candidates: Candidate[], publishedAt: PartialDate | null): Candidate[] {
  const groups = new Map<string, Read[]>();
  for (const candidate of candidates) {
    const read = readOf(candidate, publishedAt);
    if (read === null) continue;
    const [key, value] = read;
    groups.set(key, [...(groups.get(key) ?? []), value]);
  }
  const beside = new Map<Candidate, string>();
  for (const reads of groups.values()) {
    if (reads.length < 2) continue;
    const largest = reads.reduce((a, b) => (b.upper > a.upper ? b : a));
    for (const read of reads) if (read.upper < largest.lower) beside.set(read.candidate, largest.candidate.value!);
  }
  return candidates.map((c) => {
    const larger = beside.get(c);
    return larger === undefined ? c : { ...c, qualifiers: [...c.qualifiers, { key: 'also_stated', value: larger }] };
  });
}

/** The group a candidate's value belongs to (party, measure, object, period, qualifiers) and its bounds; null when not read. */
function readOf(candidate: Candidate, publishedAt: PartialDate | null): [string, Read] | null {
  if (!ADDS_UP.has(candidate.predicate) || candidate.value === null || candidate.period === null) return null;
  try {
    const period = parsePeriod(candidate.period, { publishedAt });
    const value = parseQuantity(candidate.value, { accept: [...DIMENSIONS] });
    if (value.lower === null || value.upper === null) return null;
    const qualifiers = candidate.qualifiers.map((q) => `${q.key}=${q.value}`).sort();
    const party = (withoutCompanySuffix(candidate.subject) ?? candidate.subject).toLowerCase();
    const key = JSON.stringify([party, candidate.predicate, candidate.object, period.start, period.end, value.unit, qualifiers]);
    return [key, { candidate, lower: value.lower, upper: value.upper }];
  } catch {
    return null;
  }
}
