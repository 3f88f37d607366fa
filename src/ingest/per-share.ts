// Per-share figures and the totals they restate: "$268.5 million, or $2.14 per share".
import type { ArticleDocument } from './document.js';
import { asideAt } from './asides.js';
import type { TokenRange } from './spans.js';

/** "per share", "per diluted share", "per-share", "a share" over the tokens joined by spaces ("per-share" is "per - share"). */
export const PER_SHARE = String.raw`per (?:- )?(?:diluted |basic )?(?:- )?share|a share`;

const PER_SHARE_AFTER = new RegExp(`^(?:${PER_SHARE})\\b`);

/** "$9.85 per diluted share", "$1.15 a share", "$2.14 per-share": the figure ending at `figure.last` is per share. */
export const perShare = (doc: ArticleDocument, figure: TokenRange): boolean =>
  PER_SHARE_AFTER.test(
    doc.tokens
      .slice(figure.last + 1, figure.last + 4)
      .map((t) => t.normal)
      .join(' '),
  );

/** "$241.9 million, or $1.89 per share": the second figure restates the first, ", or" between them. */
export function restatedAs(doc: ArticleDocument, total: TokenRange, perShareFigure: TokenRange): boolean {
  const between = doc.tokens.slice(total.last + 1, perShareFigure.first).map((t) => t.normal).join(' ');
  // "C$2.22 billion, or C$2.97 per share": a dollar's letters may stand between the "or" and the figure.
  return /^(?:[a-z]+ )?, or(?: [a-z]{0,3}\$)?$/.test(between);
}

/**
 * "net income rose to $1.08 billion, or $1.12 per diluted share, from $702 million, or 73 cents, …": money restating a
 * total after ", or", in a sentence that restated a total as money per share the same way, is per share too.
 */
export function perShareLikeBefore(doc: ArticleDocument, sentence: TokenRange, figure: TokenRange): boolean {
  if (doc.tokens[figure.first - 1]?.normal !== 'or' || doc.tokens[figure.first - 2]?.text !== ',' || perShare(doc, figure)) return false;
  // Money per share is never counted in millions: "from $120 million, or $134 million on an adjusted basis" restates a total.
  if (writtenWithScale(doc, figure)) return false;
  // The total restated: a number right before the comma ("$702 million, or").
  if (!/^(?:million|billion|trillion|m|bn|crore|lakh|\d[\d.,]*)$/.test(doc.tokens[figure.first - 3]?.normal ?? '')) return false;
  const before = doc.tokens
    .slice(sentence.first, figure.first - 2)
    .map((t) => t.normal)
    .join(' ');
  return new RegExp(`, or(?: \\S+){1,3} (?:${PER_SHARE})\\b`).test(before);
}

/** Scale words of a total. */
const SCALE = /^(?:thousand|million|billion|trillion|m|mn|bn|b|k|tn|crore|crores|lakh|lakhs)$/;

/** A figure written with a scale word ("$40 million"), as no per-share figure is ("$1.52 a year ago" may be one). */
export const writtenWithScale = (doc: ArticleDocument, figure: TokenRange): boolean => doc.tokens.slice(figure.first, figure.last + 1).some((t) => SCALE.test(t.normal));

/** Words that make money per share an earning or a loss: "earnings per share", "EPS", "net income …, or $2.14 a share". */
const EARNING = /^(?:earnings|earned|earn|earns|eps|income|profit|profits|loss|losses|lost|loses)$/;
const LOSS = /^(?:loss|losses|lost|loses)$/;
/** Words that make it something else: a dividend, a price paid, offered or traded at, a book value. */
const OTHER_PER_SHARE = /^(?:dividends?|payouts?|distributions?|prices?|priced|offers?|offered|bids?|paid|pays|pay|paying|valued|valuing|buybacks?|repurchases?|traded|closed|targets?|ipo|consideration|book|nav|worth)$/;
/** How far before a per-share figure the words of its measure stand: "Excluding one-time items, it earned $1.38". */
const MEASURE_WORDS = 12;
/** How an adjusted figure is named: "adjusted EPS", "non-GAAP earnings", "excluding one-time items". */
const ADJUSTED = /\b(?:adjusted|non (?:- )?gaap|underlying|core|excluding (?:[a-z-]+ ){0,3}items|excluding (?:some|certain) costs)\b/;

/**
 * Money per share that is an earning ("Adjusted EPS was 42 cents", "earned $1.12 a share", "net income …, or $2.14 per
 * share"): the word nearest before the figure in its clause that says what the money is (after it, where none is
 * before) must be an earning or a loss, not a dividend or a price ("a dividend of 25 cents a share", "priced its
 * offering at $18 a share, after earnings rose"). Returns the figure's measure ("adjusted EPS", "basic EPS", "loss per
 * share"; null for the reported, diluted figure), or undefined where it is no earning or is someone's estimate of one.
 */
export function earningsPerShareMeasure(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): string | null | undefined {
  const said = saidOf(doc, clause, figure, (normal) => EARNING.test(normal) || OTHER_PER_SHARE.test(normal));
  if (said === null || !EARNING.test(said)) return undefined;
  // The words of the figure's own measure, a few before it: "beat estimates with earnings per share of $1.12" is no
  // estimate, "core revenue growth and earnings per share of $1.12" no adjusted EPS.
  const before = doc.tokens.slice(Math.max(clause.first, figure.first - MEASURE_WORDS), figure.first).map((t) => t.normal).join(' ');
  // "Keefe raised Acme's 2026 earnings-per-share estimate to €3.85", "the consensus EPS of": an analyst's estimate, not
  // the company's figure ("beat estimates with earnings per share of $1.12" is the company's).
  if (/\b(?:eps|share) (?:estimates?|consensus|forecasts?)\b|\bconsensus (?:eps|earnings)\b/.test(before)) return undefined;
  const adjusted = ADJUSTED.test(before) ? 'adjusted ' : '';
  const basic = /\bbasic\b/.test(before) ? 'basic ' : '';
  if (LOSS.test(said)) return `${adjusted}${basic}loss per share`;
  return adjusted || basic ? `${adjusted}${basic}EPS` : null;
}

/** The nearest word before `figure` in `clause` that `wanted` takes, else the nearest after it; null if none. */
function saidOf(doc: ArticleDocument, clause: TokenRange, figure: TokenRange, wanted: (normal: string) => boolean): string | null {
  for (let at = figure.first - 1; at >= clause.first; at--) if (wanted(doc.tokens[at]!.normal)) return doc.tokens[at]!.normal;
  for (let at = figure.last + 1; at <= clause.last; at++) if (wanted(doc.tokens[at]!.normal)) return doc.tokens[at]!.normal;
  return null;
}

/** A company's shares, whose price moves: "Kivuli shares", "the stock". */
export const SHARES = /^(?:shares|stock)$/;
/** Words a share price moves or stands with: "shares rose 2.4% to", "the stock closed at", "shares traded at". */
const PRICE_VERB = /^(?:rose|fell|climbed|jumped|surged|soared|gained|dropped|slid|slumped|sank|tumbled|plunged|declined|advanced|rallied|closed|ended|finished|traded|trading|opened|stood|hit|touched|reached)$/;
/** How far back from the figure the shares may be named: "Kivuli shares rose 2.4% to 27.85 shillings". */
const PRICE_REACH = 8;

/**
 * "Kivuli shares rose 2.4% to 27.85 shillings", "the stock closed at $41.20": money that shares or a stock moved to or
 * stood at is a share price, not a value of the company (even where "valuing the company at …" follows).
 */
export function sharePrice(doc: ArticleDocument, clause: TokenRange, figure: TokenRange): boolean {
  const before = doc.tokens[figure.first - 1];
  if (!before || !/^(?:to|at)$/.test(before.normal)) return false;
  let verb = false;
  let reach = PRICE_REACH;
  for (let k = figure.first - 2; k >= Math.max(clause.first, figure.first - reach); k--) {
    // "The shares, which valued the company at 34 billion pesos, rose 4.2% to 87.40 pesos": past the aside.
    const aside = asideAt(doc, k);
    if (aside !== undefined) {
      reach += k - aside.first + 1;
      k = aside.first;
      continue;
    }
    const normal = doc.tokens[k]!.normal;
    if (normal === ',' || normal === ';') return false;
    if (PRICE_VERB.test(normal)) verb = true;
    else if (verb && SHARES.test(normal) && doc.tokens[k - 1]?.normal !== 'market') return true;
  }
  return false;
}
