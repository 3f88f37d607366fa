// Period nodes are shared by interval: a write adds only the ones the store does not hold yet.
import type { Period } from '../domain/model.js';
import type { AppContext } from './context.js';

export async function newPeriods(context: AppContext, periods: readonly Period[]): Promise<Period[]> {
  const stored = await context.store.getPeriods(periods.map((period) => period.id));
  return periods.filter((_, index) => stored[index] === null);
}
