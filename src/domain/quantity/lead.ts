// What comes before the figure: hedges, bounds and "between"/"from", in any order, each at most once.
import { readBoundPrefix, type Bound } from './bounds.js';
import { HEDGES, type Hedge } from './hedges.js';
import type { RangeWord } from './range.js';
import type { Tokens } from './tokens.js';
import { fail } from './unreadable.js';

export interface Lead {
  hedge: Hedge | null;
  bound: Bound | null;
  rangeWord: RangeWord | null;
}

export function readLead(ts: Tokens): Lead {
  const lead: Lead = { hedge: null, bound: null, rangeWord: null };
  for (;;) {
    const hedge = ts.takeAny(HEDGES);
    if (hedge !== null) {
      if (lead.hedge !== null) fail('it hedges twice');
      lead.hedge = hedge;
      continue;
    }
    const bound = readBoundPrefix(ts);
    if (bound !== null) {
      if (lead.bound !== null) fail('it states two bounds');
      lead.bound = bound;
      continue;
    }
    if (lead.rangeWord === null && (ts.take('between') || ts.take('anywhere between'))) lead.rangeWord = 'between';
    else if (lead.rangeWord === null && (ts.take('from') || ts.take('anywhere from'))) lead.rangeWord = 'from';
    else if (isArticleBeforeFigure(ts)) ts.pos += 1;
    else if (ts.peek()?.text === '-' && ts.peek(1)?.kind === 'num') fail('negative values are not supported');
    else return lead;
  }
}

/** "a $1 billion run rate", "an estimated…": the article carries no meaning before a figure. */
const isArticleBeforeFigure = (ts: Tokens): boolean => {
  const word = ts.word();
  if (word !== 'a' && word !== 'an') return false;
  const next = ts.peek(1);
  return next?.kind === 'num' || next?.text === '$' || next?.text === '€' || next?.text === '£' || next?.text === '~';
};
