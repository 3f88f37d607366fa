// An article gives one value for one measure of one party over one period. Where the reader takes two that cannot both
// be that measure ("revenue of $1.42 billion … subscription revenue of $1.31 billion" with the part's name missed; a
// raised forecast beside the one it replaced; an analyst's figure beside the company's), the smaller is most often a
// part, an old figure or someone else's. It keeps an `also_stated` qualifier naming the next value up, so a reviewer
// sees what it stands beside, and the two are never flagged as the article contradicting itself. So does a value
// whose period was not read beside another value of the same measure: it is of another period (most often the one a
// comparison went back to), not a second reading of the same one. Values credited to two different sources, a figure
// put right, and another source's restated estimate are left unmarked: their disagreement is what a conflict is for.
import { parsePeriod, type PartialDate } from '../domain/period.js';
import { DIMENSIONS, parseQuantity } from '../domain/quantity.js';
import type { Candidate } from './candidate.js';
import type { ArticleDocument } from './document.js';
import { withoutCompanySuffix } from './known-entities.js';

/** Measures a party has one value of in one period: a second value the article gives is a part, an old or another's. */
const ONE_AT_A_TIME = new Set(['revenue', 'profit', 'user_count', 'employee_count', 'revenue_run_rate', 'power_capacity', 'energy_generated', 'earnings_per_share', 'valuation', 'market_share', 'growth_rate']);

interface Read {
  candidate: Candidate;
  /** Party, measure, object, unit and qualifiers: what must match for two values to be of one measure. */
  measure: string;
  /** The period's start and end, or null when the candidate has none. */
  period: string | null;
  lower: number;
  upper: number;
}

/** Words that credit a figure to whoever gave it: "according to Gartner", "IDC said", "Synergy Research puts it". */
const CREDITED = /\baccording to ((?:[A-Z][\w&'.-]*\s?)+)|((?:[A-Z][\w&'.-]*\s?)+) (?:said|says|estimates?|estimated|puts|put|reported|reports)\b/;
/** A figure put right: "$4.2 billion, not $4.6 billion as previously reported". */
const CORRECTED = /\b(?:previously reported|as (?:first |earlier )?reported|corrected|correction|restated|not \S*\d)/i;

/** The sentence of the text around a candidate's quote. */
function sentenceAround(doc: ArticleDocument, candidate: Candidate): string {
  const sentence = doc.sentences.find((s) => doc.tokens[s.first]!.start <= candidate.anchor.start && candidate.anchor.start < doc.tokens[s.last]!.end);
  return sentence ? doc.text.slice(doc.tokens[sentence.first]!.start, doc.tokens[sentence.last]!.end) : candidate.anchor.quote;
}

/** Who a sentence credits its figure to, or null. */
function creditedTo(sentence: string): string | null {
  const match = CREDITED.exec(sentence);
  return match ? (match[1] ?? match[2] ?? '').trim() : null;
}

/** The candidates, the smaller of two values for one measure, party and period, and an undated one, marked with the other. */
export function markUnnamedParts(candidates: Candidate[], publishedAt: PartialDate | null, doc: ArticleDocument): Candidate[] {
  const reads = candidates.map((c) => readOf(c, publishedAt)).filter((read): read is Read => read !== null);
  // Two sources disagreeing ("…, according to Gartner. … according to IDC"), and a figure put right, are what a
  // conflict is for: such values are never marked. Each read's sentence is looked at once, not once per pair.
  const sentences = new Map(reads.map((read) => [read, sentenceAround(doc, read.candidate)] as const));
  const credit = new Map(reads.map((read) => [read, creditedTo(sentences.get(read)!)] as const));
  const corrected = new Set(reads.filter((read) => CORRECTED.test(sentences.get(read)!)));
  const disputed = (a: Read, b: Read): boolean => {
    const [x, y] = [credit.get(a), credit.get(b)];
    return (x != null && y != null && x !== y) || corrected.has(a) || corrected.has(b);
  };
  const beside = new Map<Candidate, string>();
  for (const read of reads) {
    // "according to Gartner … Synergy Research puts it at 25%": two sources disagreeing is the conflict to show.
    if (read.candidate.restatesEstimate) continue;
    const others = reads.filter(
      (other) => other !== read && !other.candidate.restatesEstimate && other.measure === read.measure && (other.upper < read.lower || other.lower > read.upper) && !disputed(read, other),
    );
    // A dated value beside a larger one of its period; an undated value beside any other, dated or not, but the
    // largest undated one only beside a dated one. Each names the next value up (else the dated one), so that two
    // marked values never read alike.
    const besides = read.period !== null ? others.filter((other) => other.period === read.period && other.lower > read.upper) : others;
    const nextUp = besides.filter((other) => other.lower > read.upper).reduce<Read | null>((a, b) => (a === null || b.upper < a.upper ? b : a), null);
    const other = nextUp ?? besides.find((b) => b.period !== null) ?? null;
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
