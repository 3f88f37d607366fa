// A person's note on a conflict is its "why": required, so history always says why a status changed.
import { DomainError, ErrorCode } from '../../domain/errors.js';

const MAX_NOTE = 2000;

export function requireNote(raw: string): string {
  const note = raw.trim();
  if (!note) throw new DomainError(ErrorCode.ConflictNoteEmpty, 'note: must not be empty; say why', ['note']);
  if (note.length > MAX_NOTE) throw new DomainError(ErrorCode.InputInvalid, `note: at most ${MAX_NOTE} characters`, ['note']);
  return note;
}
