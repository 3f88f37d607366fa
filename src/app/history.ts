// Builds audit history entries: who changed what on which node, from which version to which.
import type { HistoryEntry } from '../domain/model.js';
import type { Actor } from './context.js';
import { newId } from './ids.js';

/** Field-by-field difference between two versions of a record (updatedAt and version left out). */
export function diffRecords(before: object | null, after: object): HistoryEntry['changes'] {
  const changes: HistoryEntry['changes'] = {};
  const previous = (before ?? {}) as Record<string, unknown>;
  for (const [field, to] of Object.entries(after)) {
    if (field === 'updatedAt' || field === 'version') continue;
    const from = previous[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from: from ?? null, to };
  }
  return changes;
}

export function historyEntry(
  target: { id: string; version: number },
  before: object | null,
  after: object,
  action: string,
  actor: Actor,
  at: string,
  note: string | null = null,
): HistoryEntry {
  const fromVersion = before && 'version' in before ? Number((before as { version: number }).version) : 0;
  return {
    id: newId('History'),
    targetId: target.id,
    action,
    actor: actor.id,
    at,
    fromVersion,
    toVersion: target.version,
    changes: diffRecords(before, after),
    note,
  };
}
