// Claims in lists by period object: a market has thousands of claims over few periods, so rules ask about each period once.
import type { ClaimFacts } from './types.js';

/**
 * `views` in lists that each hold one period object (views of one period share it; undated ones share null),
 * in first-seen order. Views holding equal periods in distinct objects land in distinct lists, which costs only
 * the sharing.
 */
export function byPeriod<T extends ClaimFacts>(views: readonly T[]): T[][] {
  const lists = new Map<T['period'], T[]>();
  for (const view of views) {
    const list = lists.get(view.period);
    if (list) list.push(view);
    else lists.set(view.period, [view]);
  }
  return [...lists.values()];
}
