// Growths past 100%, which no share can be: a measure multiplied ("revenue more than doubled") and a percentage over
// 100 ("jumped 240%"). Their values are written as the change they are ("more than 100% increase", "240% increase"),
// which the value parser reads past 100 as it reads "25% faster", so an accepted claim parses and compares as one.
import { sliceTokens, type ArticleDocument } from './document.js';
import type { Figure } from './figures.js';
import { growthQualifiers } from './growth-figures.js';
import type { ClauseScope } from './scope.js';
import type { TokenRange } from './spans.js';

type Qualifier = { key: string; value: string };

/** Verbs that multiply a measure, by the per cent they change it: "doubled" is a 100% increase. */
const MULTIPLIED: Readonly<Record<string, { percent: number; direction: 'increase' | 'decrease' }>> = {
  doubled: { percent: 100, direction: 'increase' },
  tripled: { percent: 200, direction: 'increase' },
  trebled: { percent: 200, direction: 'increase' },
  quadrupled: { percent: 300, direction: 'increase' },
  halved: { percent: 50, direction: 'decrease' },
};

/** Measures a multiplying verb's subject may be. */
const MULTIPLIED_MEASURE = /^(?:revenues?|sales|turnover|profits?|income|earnings|ebitda|ebita|ebit|volumes?|shipments|deliveries|users|customers|subscribers|orders|intake|bookings|arr|gmv|tpv|gtv|output|production|headcount|workforce|employees)$/;
/** Words that end the verb's subject going back: another clause ("as it doubled"), an aside ("which doubled"). */
const SUBJECT_ENDS = /^(?:,|;|as|while|which|who|that|after|because|and|but|when)$/;
const SUBJECT_REACH = 8;

/** "sales of its Aster 2 games console nearly doubled": a measure heads the verb's subject, within its own clause. */
function measureIsSubject(scope: ClauseScope, verb: number): boolean {
  const tokens = scope.doc.tokens;
  for (let i = verb - 1; i >= Math.max(scope.clause.first, verb - SUBJECT_REACH); i--) {
    const token = tokens[i]!;
    // "AI-related services": a participle glued on by a hyphen describes the subject.
    const verb = (token.pos === 'VERB' || token.pos === 'AUX') && !/^(?:has|have|had)$/.test(token.normal) && tokens[i - 1]?.text !== '-';
    if (SUBJECT_ENDS.test(token.normal) || verb) return false;
    if (MULTIPLIED_MEASURE.test(token.normal)) return true;
  }
  return false;
}

/**
 * "revenue more than doubled to $75 million", "net profit nearly tripled": a measure multiplied is its growth rate,
 * with the measure named before the verb; the growth's qualifiers, or null where none is.
 */
export function multipliedGrowth(scope: ClauseScope, figure: Figure, asides: readonly TokenRange[]): Qualifier[] | null {
  const tokens = scope.doc.tokens;
  const verb = MULTIPLIED[tokens[figure.last]!.normal];
  if (verb === undefined) return null;
  // The measure is the verb's own subject, right before it ("revenue more than doubled", "profit has doubled"): not
  // "revenue rose 5% as it doubled marketing spending", "prices doubled", "which doubled in size"; nor a yearly rate
  // ("doubled every year").
  if (!measureIsSubject(scope, figure.first) || /^(?:every|each|annually)$/.test(tokens[figure.last + 1]?.normal ?? '')) return null;
  const growth = growthQualifiers(scope.doc, scope.clause, figure, [...asides, ...scope.dates]);
  return growth === null ? null : growth.map((q) => (q.key === 'direction' ? { ...q, value: verb.direction } : q));
}

/**
 * A growth's value as the change it is, where the figure alone would not parse as one: "more than doubled" is "more
 * than 100% increase", "jumped 155%" "155% increase", "declined 110%" "110% decrease"; else the figure as written.
 */
export function growthValue(doc: ArticleDocument, figure: Figure, qualifiers: readonly Qualifier[] | undefined): string {
  if (figure.dimension === 'MULTIPLE') {
    const verb = MULTIPLIED[doc.tokens[figure.last]!.normal];
    if (verb === undefined) return figure.text;
    const hedge = figure.last > figure.first ? `${sliceTokens(doc, figure.first, figure.last - 1)} ` : '';
    return `${hedge}${verb.percent}% ${verb.direction}`;
  }
  const overAHundred = figure.dimension === 'SHARE' && (figure.quantity.upper ?? figure.quantity.lower ?? 0) > 100;
  if (!overAHundred) return figure.text;
  return `${figure.text} ${qualifiers?.find((q) => q.key === 'direction')?.value === 'decrease' ? 'decrease' : 'increase'}`;
}
