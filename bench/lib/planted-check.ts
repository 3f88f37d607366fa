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
  /** Conflicts that involve no planted claim at all: the background was meant to hold none. */
  unexpected: number;
  conflicts: number;
}

/** `idAt(position)` is the id the claim at that position of the generated list was stored under. */
export function checkPlanted(expectations: Expectations, idAt: (position: number) => string, conflicts: readonly FoundConflict[]): PlantedCheck {
  const byClaim = new Map<string, FoundConflict[]>();
  for (const conflict of conflicts) {
    for (const member of conflict.claims) {
      const list = byClaim.get(member.claimId);
      if (list) list.push(conflict);
      else byClaim.set(member.claimId, [conflict]);
    }
  }
  const missed: string[] = [];
  const plantedIds = new Set<string>();
  for (const expected of expectations.conflicts) {
    const ids = expected.positions.map(idAt);
    ids.forEach((id) => plantedIds.add(id));
    const rule = expected.kind.toLowerCase();
    const hit = (byClaim.get(ids[0]!) ?? []).some((conflict) => conflict.rule === rule && ids.every((id) => conflict.claims.some((m) => m.claimId === id)));
    if (!hit) missed.push(`${expected.kind}: ${expected.why} (claims ${ids.join(', ')})`);
  }
  const falseAlarms: string[] = [];
  for (const lookAlike of expectations.lookAlikes) {
    for (const id of lookAlike.positions.map(idAt)) {
      plantedIds.add(id);
      const hits = byClaim.get(id) ?? [];
      if (hits.length > 0) falseAlarms.push(`${lookAlike.why}: ${id} flagged by ${hits.map((c) => c.rule).join(', ')}`);
    }
  }
  const unexpected = conflicts.filter((conflict) => !conflict.claims.some((member) => plantedIds.has(member.claimId))).length;
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
