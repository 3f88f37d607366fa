// The rescan's baseline: a naive detector that compares every pair of claims, with the same rules, and no index or grouping.
import { detectConflicts, type ClaimView, type Finding, type PredicateLookup } from '../../src/domain/conflicts/index.js';

/**
 * n(n-1)/2 comparisons: each pair is handed to the rule engine when the two could clash at all (one
 * statement, or one market). Pairwise rules find what the real detector finds; sums over three or more
 * claims are out of its reach, which only flatters it.
 */
export function naiveConflicts(views: readonly ClaimView[], lookup: PredicateLookup): { findings: Finding[]; pairs: number } {
  const found = new Map<string, Finding>();
  let pairs = 0;
  for (let i = 0; i < views.length; i++) {
    const a = views[i]!;
    for (let j = i + 1; j < views.length; j++) {
      const b = views[j]!;
      pairs++;
      const sameStatement = a.claim.subjectId === b.claim.subjectId && a.claim.predicate === b.claim.predicate && a.claim.objectId === b.claim.objectId;
      const sameMarket = a.claim.objectId !== null && a.claim.objectId === b.claim.objectId;
      if (!sameStatement && !sameMarket) continue;
      for (const finding of detectConflicts([a, b], lookup)) found.set(finding.key, finding);
    }
  }
  return { findings: [...found.values()], pairs };
}
