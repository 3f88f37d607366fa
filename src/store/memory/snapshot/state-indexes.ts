// The state's claim indexes by the names the snapshot stores them under, so writer and loader agree.
import { ClaimLists, type RestoredLists } from '../claim-lists.js';
import type { GraphState } from '../state.js';
import type { ClaimIndexName } from './index-rows.js';

type Flat = Exclude<ClaimIndexName, 'keyPeriod'>;

export function flatIndex(state: GraphState, name: Flat): ClaimLists {
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

/** Puts one restored list (list `list` of `lists`, made into positions when first read) where the state keeps it. */
export function restoreList(state: GraphState, name: ClaimIndexName, key: string, subKey: string | null, lists: RestoredLists, list: number): void {
  if (name !== 'keyPeriod') {
    flatIndex(state, name).restore(key, lists, list);
    return;
  }
  if (subKey === null) throw new RangeError(`claim index ${name} needs a period key`);
  let byPeriod = state.claimsByKeyPeriod.get(key);
  if (!byPeriod) state.claimsByKeyPeriod.set(key, (byPeriod = new ClaimLists(state.claims)));
  byPeriod.restore(subKey, lists, list);
}

/**
 * Whether every list's claims ascend by id. The reader checks each list's rows ascend, which is the same thing
 * when the claim rows are in id order, as every writer puts them; this is for a file whose rows are not.
 */
export function everyListInIdOrder(state: GraphState): boolean {
  const idAt = state.claimIdAt;
  const all = [...FLAT_INDEXES.map((name) => flatIndex(state, name)), ...state.claimsByKeyPeriod.values()];
  for (const lists of all) {
    for (const [, held] of lists.heldEntries()) {
      for (let k = 1; k < held.length; k++) if (!(idAt(held[k - 1]!) < idAt(held[k]!))) return false;
    }
  }
  return true;
}
