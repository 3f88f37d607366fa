// Use case: a person's verdict on a conflict (confirm, dismiss, resolve, re-open), with who, when and why.
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { ConflictStatus, type Conflict } from '../../domain/model.js';
import { commitAndPublish } from '../commit.js';
import type { Actor, AppContext } from '../context.js';
import { historyEntry } from '../history.js';
import { requireNote } from './notes.js';

export async function requireConflict(context: AppContext, id: string, field = 'id'): Promise<Conflict> {
  const [conflict] = await context.store.getConflicts([id]);
  if (!conflict) throw new DomainError(ErrorCode.ConflictNotFound, `no conflict with id ${id}`, [field]);
  return conflict;
}

export async function setConflictStatus(context: AppContext, id: string, rawStatus: string, rawNote: string, actor: Actor): Promise<Conflict> {
  const note = requireNote(rawNote);
  const parsed = ConflictStatus.safeParse(rawStatus);
  if (!parsed.success) throw new DomainError(ErrorCode.ConflictStatusInvalid, `status must be one of ${ConflictStatus.options.join(', ')}`, ['status']);
  const status = parsed.data;
  return context.writeLock.run(async () => {
    const current = await requireConflict(context, id);
    // Setting the status it has would write a history entry that records no change.
    if (current.status === status) {
      throw new DomainError(ErrorCode.ConflictStatusInvalid, `conflict ${id} is already ${status}`, ['status'], { currentStatus: current.status });
    }
    const now = context.now().toISOString();
    const updated: Conflict = { ...current, status, statusBy: actor.id, statusAt: now, statusNote: note, updatedAt: now, version: current.version + 1 };
    await commitAndPublish(context, {
      conflicts: [updated],
      history: [historyEntry(updated, current, updated, 'status', actor, now, note)],
      expectedVersions: { [id]: current.version },
    });
    return updated;
  });
}
