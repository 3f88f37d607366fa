// Turns the rules' findings into conflict records: new, re-opened, refreshed and resolved, each with its history entry.
import { MANUAL_RULE, takesPart, type Finding } from '../../domain/conflicts/index.js';
import type { Claim, Conflict, HistoryEntry } from '../../domain/model.js';
import { SYSTEM_ACTOR } from '../context.js';
import { historyEntry } from '../history.js';
import { newId } from '../ids.js';

export interface ReconcileInput {
  findings: readonly Finding[];
  /** Stored conflicts involving the claims detection looked at. */
  existing: readonly Conflict[];
  /** Current versions of the claims detection looked at or the conflicts name, for notes and withdrawals. */
  claims: ReadonlyMap<string, Claim>;
  /** True when the conflict's rule was re-run over all of its claims, so not finding it means it no longer holds. */
  rechecked: (conflict: Conflict) => boolean;
  now: string;
  /** What ran detection, for notes: "write by alice", "full rescan by bob". */
  trigger: string;
}

export interface ReconcileCounts {
  new: number;
  reopened: number;
  resolved: number;
  refreshed: number;
}

export interface Reconciled {
  conflicts: Conflict[];
  history: HistoryEntry[];
  /** Conflicts changed here must still be at the version read, or the commit fails and writes nothing. */
  expectedVersions: Record<string, number>;
  /** Every conflict a finding matched, as it will be after the commit. */
  found: Conflict[];
  counts: ReconcileCounts;
}

const WITHDRAWN: ReadonlySet<Claim['status']> = new Set(['REJECTED', 'RETRACTED', 'STALE']);

/** Members whose claim changed since the conflict recorded them, in words. */
function changedMembers(conflict: Conflict, claims: ReadonlyMap<string, Claim>): string[] {
  return conflict.claims.flatMap((member) => {
    const claim = claims.get(member.claimId);
    if (!claim) return [];
    if (!takesPart({ claim })) return [`claim ${claim.id} is now ${claim.status}`];
    return claim.version === member.version ? [] : [`claim ${claim.id} changed (version ${member.version} to ${claim.version})`];
  });
}

export function reconcile(input: ReconcileInput): Reconciled {
  const { now, claims } = input;
  const out: Reconciled = { conflicts: [], history: [], expectedVersions: {}, found: [], counts: { new: 0, reopened: 0, resolved: 0, refreshed: 0 } };
  const revise = (current: Conflict, patch: Partial<Conflict>, action: string, note: string): Conflict => {
    const next: Conflict = { ...current, ...patch, updatedAt: now, version: current.version + 1 };
    out.conflicts.push(next);
    out.history.push(historyEntry(next, current, next, action, SYSTEM_ACTOR, now, note));
    out.expectedVersions[current.id] = current.version;
    return next;
  };
  const byKey = new Map(input.existing.map((conflict) => [conflict.key, conflict]));
  const foundKeys = new Set<string>();

  for (const found of input.findings) {
    foundKeys.add(found.key);
    const current = byKey.get(found.key);
    const content = { severity: found.severity, explanation: found.explanation, details: found.details, claims: found.claims };
    if (!current) {
      const conflict: Conflict = {
        id: newId('Conflict'),
        key: found.key,
        rule: found.rule,
        status: 'OPEN',
        ...content,
        detectedAt: now,
        updatedAt: now,
        statusBy: null,
        statusAt: null,
        statusNote: null,
        version: 1,
      };
      out.conflicts.push(conflict);
      out.history.push(historyEntry(conflict, null, conflict, 'detected', SYSTEM_ACTOR, now, `detected on ${input.trigger}`));
      out.found.push(conflict);
      out.counts.new++;
      continue;
    }
    const changed = changedMembers(current, claims);
    // A person's dismissal (or resolution) stands until a claim changes; the system's own resolution does not.
    const reopens =
      (current.status === 'DISMISSED' && changed.length > 0) ||
      (current.status === 'RESOLVED' && (changed.length > 0 || current.statusBy === SYSTEM_ACTOR.id));
    if (reopens) {
      const why = changed.length > 0 ? changed.join('; ') : `the ${found.rule} rule finds it again`;
      out.found.push(revise(current, { ...content, status: 'OPEN', statusBy: SYSTEM_ACTOR.id, statusAt: now, statusNote: `re-opened: ${why}` }, 'reopened', `re-opened on ${input.trigger}: ${why}`));
      out.counts.reopened++;
    } else if (changed.length > 0 && current.status !== 'DISMISSED' && current.status !== 'RESOLVED') {
      out.found.push(revise(current, content, 'refreshed', `claims changed: ${changed.join('; ')}`));
      out.counts.refreshed++;
    } else {
      out.found.push(current);
    }
  }

  for (const current of input.existing) {
    if (current.status !== 'OPEN' || foundKeys.has(current.key)) continue;
    const manual = current.rule === MANUAL_RULE;
    const withdrawn = current.claims.some((member) => WITHDRAWN.has(claims.get(member.claimId)?.status ?? 'ACCEPTED'));
    // A person's flag is not a rule's finding: only a withdrawn claim settles it.
    if (manual ? !withdrawn : !input.rechecked(current)) continue;
    const reasons = changedMembers(current, claims);
    const why = reasons.length > 0 ? reasons.join('; ') : `the ${current.rule} rule no longer finds it (a larger conflict over the same claims supersedes it, or a claim it relied on changed)`;
    revise(current, { status: 'RESOLVED', statusBy: SYSTEM_ACTOR.id, statusAt: now, statusNote: `no longer holds: ${why}` }, 'resolved', `resolved on ${input.trigger}: ${why}`);
    out.counts.resolved++;
  }
  return out;
}
