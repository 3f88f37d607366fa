// Growth rates: "revenue rose 24% from a year earlier", "net profit jumped 37%", "shipments fell about 3%". A change of
// a party's measure over the period, in per cent: `growth_rate`, with what grew as `measure`, which way as `direction`,
// and what it is counted against as `against` where the words say so, so that a revenue growth is never compared with
// a profit's, a rise with a fall, or a year-on-year growth with a quarter-on-quarter one.
import type { ArticleDocument } from './document.js';
import { profitMeasure, PROFIT_CUE } from './profit.js';
import { contains, type TokenRange } from './spans.js';

type Qualifier = { key: string; value: string };

/** What grows, as the article writes it, and the measure it is kept as. Profit words are read by profit.ts. */
const MEASURES: ReadonlyArray<readonly [RegExp, string]> = [
  // "Sales" are as often units as money ("EV sales will grow 18%"): kept apart from revenue.
  [/^(?:revenues?|turnover)$/, 'revenue'],
  [/^(?:sales)$/, 'sales'],
  [/^(?:eps)$/, 'EPS'],
  [/^(?:shipments)$/, 'shipments'],
  [/^(?:deliveries)$/, 'deliveries'],
  [/^(?:orders|bookings)$/, 'orders'],
  [/^(?:users|customers|subscribers|members|accounts)$/, 'users'],
  [/^(?:employees|headcount|workforce|staff)$/, 'employees'],
  [/^(?:passengers|traffic)$/, 'passengers'],
  [/^(?:output|production|generation)$/, 'output'],
  [/^(?:volumes?)$/, 'volume'],
  [/^(?:gmv|tpv)$/, 'GMV'],
  [/^(?:arr)$/, 'ARR'],
  [/^(?:ebitda)$/, 'EBITDA'],
];
/** Prices of shares move every minute; their moves stay unclassified. */
const SHARE_PRICE = /^(?:shares|stock)$/;
/** How far before the figure its measure may be named: "Revenue for the quarter ended Oct. 31 rose 24%". */
const MEASURE_REACH = 14;

const FALLS = /^(?:fell|falls|fall|falling|declined|declines|decline|dropped|drops|drop|slipped|slips|slid|slumped|sank|shrank|shrinks|decreased|decreases|tumbled|plunged|eased|lost|loses|down|lower|less|contracted|narrowed)$/;
const YEAR_EARLIER = /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|(?:from|than|over|on|versus|compared with|against) (?:a|the) (?:year|year-earlier|year-ago|same) (?:earlier|ago|before|period|quarter)|a year (?:earlier|ago|before)|from (?:the )?(?:same (?:period|quarter|half|month) )?(?:a |last |the previous |the prior )?year)\b/;
const QUARTER_EARLIER = /\b(?:quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|q\/q|qoq|sequentially|from the (?:previous|prior|preceding) quarter|from three months earlier)\b/;
const MONTH_EARLIER = /\b(?:month[- ]on[- ]month|month[- ]over[- ]month|m\/m|from the (?:previous|prior|preceding) month)\b/;

/**
 * The qualifiers of a growth rate (the figure is a change, measuresChange): its measure, named nearest before it in the
 * clause (outside `excluded` asides), its direction, and what it is counted against. Null where no measure is named,
 * or the measure is a share price: such a change stays unclassified.
 */
export function growthQualifiers(doc: ArticleDocument, clause: TokenRange, figure: TokenRange, excluded: readonly TokenRange[]): Qualifier[] | null {
  // "cut 1,850 jobs, about 7% of its workforce": a share of something, not a change.
  if (doc.tokens[figure.last + 1]?.normal === 'of') return null;
  const measure = measureBefore(doc, clause, figure, excluded);
  if (measure === null) return null;
  const words = doc.tokens.slice(clause.first, clause.last + 1).map((t) => t.normal).join(' ');
  const before = doc.tokens.slice(Math.max(clause.first, figure.first - 3), figure.first).map((t) => t.normal);
  const after = doc.tokens[figure.last + 1]?.normal ?? '';
  const falls = before.some((word) => FALLS.test(word)) || /^(?:decrease|decline|drop|fall|lower|less)$/.test(after);
  const against = QUARTER_EARLIER.test(words) ? 'previous quarter' : MONTH_EARLIER.test(words) ? 'previous month' : YEAR_EARLIER.test(words) ? 'year earlier' : null;
  return [{ key: 'measure', value: measure }, { key: 'direction', value: falls ? 'decrease' : 'increase' }, ...(against ? [{ key: 'against', value: against }] : [])];
}

/** The measure named nearest before the figure in its clause, or null (none, or a share price). */
function measureBefore(doc: ArticleDocument, clause: TokenRange, figure: TokenRange, excluded: readonly TokenRange[]): string | null {
  const first = Math.max(clause.first, figure.first - MEASURE_REACH);
  for (let i = figure.first - 1; i >= first; i--) {
    if (excluded.some((range) => contains(range, { first: i, last: i }))) continue;
    const normal = doc.tokens[i]!.normal;
    if (SHARE_PRICE.test(normal)) return null;
    const profit = profitAt(doc, first, i);
    if (profit !== undefined) return profit;
    const measure = MEASURES.find(([pattern]) => pattern.test(normal));
    if (measure) return measure[1];
  }
  return null;
}

/** A profit named by words ending at token `last` ("net profit", "operating income"), as its measure; else undefined. */
function profitAt(doc: ArticleDocument, first: number, last: number): string | undefined {
  if (!/^(?:profits?|income|earnings|loss|losses|ebit|ebitda|ebita)$/.test(doc.tokens[last]!.normal)) return undefined;
  const start = Math.max(first, last - 3);
  const words = doc.tokens.slice(start, last + 1).map((t) => t.normal).join(' ');
  // "earnings per share" is no profit, and a bare "earnings" or "income" may be a bank's line: only named profits.
  const cue = [...words.matchAll(new RegExp(PROFIT_CUE.source, 'g'))].at(-1);
  if (cue === undefined || cue.index + cue[0].length !== words.length) return undefined;
  return profitMeasure(cue[0]) ?? 'profit';
}
