// The state's claim indexes by the names the snapshot stores them under, so writer and loader agree.
import { IdListMap, type RestoredRows } from '../id-list-map.js';
import type { GraphState } from '../state.js';
import type { ClaimIndexName } from './index-rows.js';

type Flat = Exclude<ClaimIndexName, 'keyPeriod'>;

export function flatIndex(state: GraphState, name: Flat): IdListMap {
  switch (name) {
    case 'subject':
      return state.claimsBySubject;
    case 'object':
      return state.claimsByObject;
    case 'key':
      return state.claimsByKey;
    case 'predicate':
      return state.claimsByPredicate;
    case 'source':
      return state.claimsBySource;
  }
}

export const FLAT_INDEXES: readonly Flat[] = ['subject', 'object', 'key', 'predicate', 'source'];

/** Puts one restored list (list `list` of `rows`, made into ids when first read) where the state keeps it. */
export function restoreList(state: GraphState, name: ClaimIndexName, key: string, subKey: string | null, rows: RestoredRows, list: number): void {
  if (name !== 'keyPeriod') {
    flatIndex(state, name).restore(key, rows, list);
    return;
  }
  if (subKey === null) throw new RangeError(`claim index ${name} needs a period key`);
  let byPeriod = state.claimsByKeyPeriod.get(key);
  if (!byPeriod) state.claimsByKeyPeriod.set(key, (byPeriod = new IdListMap()));
  if (!(byPeriod instanceof IdListMap)) throw new Error('restored claim index lists go into a new state');
  byPeriod.restore(subKey, rows, list);
}
