// Checks detection against the generator's plan: every planted conflict found, no look-alike flagged, nothing else flagged.
import type { Expectations } from '../generator/index.js';

export interface FoundConflict {
  rule: string;
  claims: ReadonlyArray<{ claimId: string }>;
}

export interface PlantedCheck {
  ok: boolean;
  planted: number;
  found: number;
  missed: string[];
  /** Look-alike claims that some conflict involves. */
  falseAlarms: string[];
  /** Found conflicts that are not exactly a planted one, or are one found again: the background was meant to hold none. */
  unexpected: number;
  conflicts: number;
}

/** A conflict's identity for matching: its rule and the set of its claims. */
const keyOf = (rule: string, claimIds: readonly string[]): string => `${rule}:${[...claimIds].sort().join(',')}`;

/**
 * `idAt(position)` is the id the claim at that position of the generated list was stored under. Each found
 * conflict must be exactly one planted conflict (its rule, all its claims and no others), found once: a
 * planted claim paired with a background claim, a planted pair under another rule, or a conflict found twice
 * counts as unexpected, as does any conflict among background claims.
 */
export function checkPlanted(expectations: Expectations, idAt: (position: number) => string, conflicts: readonly FoundConflict[]): PlantedCheck {
  const byClaim = new Map<string, FoundConflict[]>();
  const foundKeys = new Map<string, number>();
  for (const conflict of conflicts) {
    const key = keyOf(conflict.rule, conflict.claims.map((member) => member.claimId));
    foundKeys.set(key, (foundKeys.get(key) ?? 0) + 1);
    for (const member of conflict.claims) {
      const list = byClaim.get(member.claimId);
      if (list) list.push(conflict);
      else byClaim.set(member.claimId, [conflict]);
    }
  }
  const missed: string[] = [];
  const plantedKeys = new Set<string>();
  for (const expected of expectations.conflicts) {
    const ids = expected.positions.map(idAt);
    const key = keyOf(expected.kind.toLowerCase(), ids);
    plantedKeys.add(key);
    if (!foundKeys.has(key)) missed.push(`${expected.kind}: ${expected.why} (claims ${ids.join(', ')})`);
  }
  const falseAlarms: string[] = [];
  for (const lookAlike of expectations.lookAlikes) {
    for (const id of lookAlike.positions.map(idAt)) {
      const hits = byClaim.get(id) ?? [];
      if (hits.length > 0) falseAlarms.push(`${lookAlike.why}: ${id} flagged by ${hits.map((c) => c.rule).join(', ')}`);
    }
  }
  let unexpected = 0;
  for (const [key, count] of foundKeys) unexpected += plantedKeys.has(key) ? count - 1 : count;
  return {
    ok: missed.length === 0 && falseAlarms.length === 0 && unexpected === 0,
    planted: expectations.conflicts.length,
    found: expectations.conflicts.length - missed.length,
    missed,
    falseAlarms,
    unexpected,
    conflicts: conflicts.length,
  };
}
