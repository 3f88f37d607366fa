// Profit figures in a clause: which money near profit words is no profit, a profit's measure from its cue words, and
// the measure of a profit told against another ("versus a loss of $144 million"). The words themselves: profit.ts.
import { hyphenJoins, type ArticleDocument } from './document.js';
import type { Figure } from './figures.js';
import { perShare } from './per-share.js';
import { OWN_MONEY_NOUN, oppositeMeasure, profitMeasure } from './profit.js';
import type { Draft } from './scope.js';
import type { TokenRange } from './spans.js';

type Qualifier = { key: string; value: string };

/** The `measure` of a profit figure, from its cue words ("net loss", "adjusted EBITDA"); none for a bare "profit". */
export function profitQualifiers(doc: ArticleDocument, cue: TokenRange): Qualifier[] {
  const measure = profitMeasure(doc.tokens.slice(cue.first, cue.last + 1).map((t) => t.normal).join(' '));
  return measure ? [{ key: 'measure', value: measure }] : [];
}

export const measureOf = (qualifiers: readonly Qualifier[] | undefined): string | null => qualifiers?.find((q) => q.key === 'measure')?.value ?? null;

/**
 * Money a profit word stands near that is something else: "recorded a $3.5 billion charge, deepening its quarterly
 * loss" (the money's own noun says what it is), "lost $50 billion in market value", "earned $5 million in fees".
 */
export function notAProfit(doc: ArticleDocument, figure: Figure, cue: TokenRange): boolean {
  // "Excluding one-time items, Crestline earned $1.38 per share": earnings per share are no profit.
  return OWN_MONEY_NOUN.test(nounAfter(doc, figure.extent.last)) || lostValue(doc, figure, cue) || earnedOther(doc, figure, cue) || perShare(doc, figure);
}

/** What a story calls its company: "The Dallas-based carrier earned $412 million". */
const COMPANY_NOUN =
  /^(?:company|group|firm|bank|lender|business|insurer|retailer|carrier|airline|maker|manufacturer|operator|miner|producer|chipmaker|automaker|carmaker|developer|startup|start-up|conglomerate|utility|telco|brewer|supplier|provider|platform|exporter|giant)$/;

/**
 * Money earned that is no profit of the company's: named as something else ("earned $5 million in fees", "earns $2
 * billion from advertising", "earned $400 million from the sale of its stake"), or earned by someone the company is
 * not ("Uber drivers earned $70 billion", "its chief executive earned $20 million", "sellers earned $4 billion").
 */
function earnedOther(doc: ArticleDocument, figure: Figure, cue: TokenRange): boolean {
  if (!/^(?:earned|earns)$/.test(doc.tokens[cue.first]!.normal)) return false;
  const after = doc.tokens.slice(figure.extent.last + 1, figure.extent.last + 4).map((t) => t.normal).join(' ');
  const namedOther = /^(?:in|from) (?:[a-z-]+ )?(?:fees|revenues?|sales?|interest|royalties|commissions|premiums|income|subscriptions|advertising|licensing|bonuses|salary|pay|disposal|divestiture)\b/.test(after);
  const earner = doc.tokens[cue.first - 1];
  const byOther = earner !== undefined && /^\p{Ll}/u.test(earner.text) && earner.pos === 'NOUN' && (!COMPANY_NOUN.test(earner.normal) || !headsClause(doc, cue.first - 1));
  return namedOther || byOther;
}

/**
 * "The Dallas-based carrier earned": the company noun heads what earned. Not "each flight attendant at the airline
 * earned", "drivers using the platform earned": a preposition or a verb before it makes it a complement.
 */
function headsClause(doc: ArticleDocument, noun: number): boolean {
  for (let i = noun - 1; i >= 0; i--) {
    const token = doc.tokens[i]!;
    if (token.sentence !== doc.tokens[noun]!.sentence || token.text === ',') return true;
    // "Dallas-based", "fast-growing": a verb glued on by a hyphen makes an adjective.
    const compound = hyphenJoins(doc, i - 1);
    if (token.pos === 'ADP' || ((token.pos === 'VERB' || token.pos === 'AUX') && !compound)) return false;
  }
  return true;
}

/** The word after position `last`, a hyphenated compound whole ("write-down" is the tokens "write", "-", "down"). */
function nounAfter(doc: ArticleDocument, last: number): string {
  const word = doc.tokens[last + 1];
  if (!word) return '';
  return hyphenJoins(doc, last + 2) ? `${word.normal}-${doc.tokens[last + 3]!.normal}` : word.normal;
}

/** "Shares lost $50 billion in market value": a company's value lost, not a loss it made. */
function lostValue(doc: ArticleDocument, figure: Figure, cue: TokenRange): boolean {
  if (!/^(?:lost|loses)$/.test(doc.tokens[cue.first]!.normal)) return false;
  const after = doc.tokens.slice(figure.extent.last + 1, figure.extent.last + 5).map((t) => t.normal).join(' ');
  return /^(?:in|of) (?:(?:its|their) )?(?:market )?(?:value|capitali[sz]ation|cap)\b/.test(after) || /^(?:shares|stock)$/.test(doc.tokens[cue.first - 1]?.normal ?? '');
}

const isLoss = (measure: string | null): boolean => measure !== null && /\bloss$/.test(measure);

/**
 * The measure of a profit figure told against one of measure `before`: a bare loss or profit (`own` null or "loss")
 * takes the kind of the one it is set against, with its own sign ("an operating loss of ¥3.8 billion, compared with a
 * loss of ¥9.6 billion" is an operating loss; "net income of $238 million, versus a loss of $144 million" a net loss).
 * A measure of its own, or nothing to take one from, leaves `own`.
 */
export function measureAgainst(own: string | null, before: string | null): string | null {
  if ((own !== null && own !== 'loss') || before === null || before === 'loss') return own;
  if (isLoss(own) === isLoss(before)) return before;
  return oppositeMeasure(before) ?? own;
}

/** Words that set a figure against the one before it: "…, versus a loss of $144 million", "after a loss of …". */
const SET_AGAINST = /^(?:versus|vs|compared|against|after|from)$/;

/**
 * "a net income of $238 million in the third quarter, versus a loss of $144 million in the same period last year": a bare
 * loss (or profit) set against a profit of a kind, in its sentence, is of that kind (measureAgainst).
 */
export function measureOfComparedProfit(doc: ArticleDocument, draft: Draft, previous: Draft | null): void {
  if (draft.predicate !== 'profit' || previous?.predicate !== 'profit' || previous.subject.name !== draft.subject.name) return;
  const tokens = doc.tokens;
  if (tokens[previous.core.last]!.sentence !== tokens[draft.core.first]!.sentence || previous.core.last >= draft.core.first) return;
  if (!tokens.slice(previous.core.last + 1, draft.core.first).some((t) => SET_AGAINST.test(t.normal))) return;
  const own = measureOf(draft.qualifiers);
  const measure = measureAgainst(own, measureOf(previous.qualifiers));
  if (measure === null || measure === own) return;
  draft.qualifiers = [...(draft.qualifiers ?? []).filter((q) => q.key !== 'measure'), { key: 'measure', value: measure }];
}
