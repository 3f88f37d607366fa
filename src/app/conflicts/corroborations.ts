// Reads which accepted claims from other sources agree with each claim: two store calls for any number of claims.
import { corroborates } from '../../domain/conflicts/index.js';
import type { Claim, Period } from '../../domain/model.js';
import type { GraphStore } from '../../store/port.js';

type Reader = Pick<GraphStore, 'claimsByKey' | 'getPeriods'>;

const keyOf = (claim: Claim): string => JSON.stringify([claim.subjectId, claim.predicate, claim.objectId]);

/** For each claim, in order: the claims corroborating it (same statement, overlapping values, other sources). */
export async function corroborationsOf(store: Reader, claims: readonly Claim[]): Promise<Claim[][]> {
  const keys = new Map(claims.map((claim) => [keyOf(claim), { subjectId: claim.subjectId, predicate: claim.predicate, objectId: claim.objectId }]));
  const groups = await store.claimsByKey([...keys.values()]);
  const byKey = new Map([...keys.keys()].map((key, index) => [key, groups[index] ?? []]));
  const periodIds = [...new Set([...claims, ...groups.flat()].flatMap((claim) => (claim.periodId ? [claim.periodId] : [])))];
  const periods = new Map((await store.getPeriods(periodIds)).filter((period): period is Period => period !== null).map((period) => [period.id, period]));
  const facts = (claim: Claim) => ({ claim, period: claim.periodId ? (periods.get(claim.periodId) ?? null) : null });
  return claims.map((claim) => (byKey.get(keyOf(claim)) ?? []).filter((other) => corroborates(facts(claim), facts(other))));
}
