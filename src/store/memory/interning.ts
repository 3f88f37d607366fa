// Shares equal strings between records: a million claims read back from a snapshot otherwise carry a million copies of each id they point to.
import type { Claim, HistoryEntry } from '../../domain/model.js';

type Quantity = NonNullable<Claim['value']>;

/** Claims stating the same figure share one value record; it is never changed in place (updates replace the claim). */
export class ValuePool {
  private values = new Map<string, Quantity>();

  constructor(private readonly limit = 200_000) {}

  intern(value: Quantity): Quantity {
    // A value with fields beyond the record's ten is left alone rather than risk merging it with another.
    if (Object.keys(value).length !== 10) return value;
    // Every field, in a fixed order; cheaper than JSON.stringify on the restart path.
    const key = `${value.unit}|${value.lower}|${value.upper}|${value.lowerInclusive}|${value.upperInclusive}|${value.statedLower}|${value.statedUpper}|${value.approx}|${value.tolerance}|${value.text}`;
    const known = this.values.get(key);
    if (known) return known;
    if (this.values.size >= this.limit) this.values = new Map();
    this.values.set(key, value);
    return value;
  }
}

/** Most history entries record no field changes ("created"): they share one empty, frozen map. */
export const NO_CHANGES: HistoryEntry['changes'] = Object.freeze({}) as HistoryEntry['changes'];

/**
 * Most claims have no qualifiers: they share one empty, frozen list (a push onto it throws rather than
 * changing every claim; nothing changes a claim's lists in place, updates replace them).
 */
export const NO_QUALIFIERS: Claim['qualifiers'] = Object.freeze([]) as unknown as Claim['qualifiers'];

/**
 * Claims with the same qualifiers (a segment, a region) share one frozen list, as equal values share one record:
 * a million claims read back otherwise carry a list and its objects each, and detection, which keys markets by
 * qualifiers, can remember a shared list's key (see qualifiersKey) instead of making it again for every claim.
 */
export class QualifierPool {
  private lists = new Map<string, Claim['qualifiers']>();

  constructor(private readonly limit = 50_000) {}

  /**
   * The shared list equal to `qualifiers`: the same JSON text, so the same keys, values and key order. It is
   * made from the text, a frozen copy: the caller's own list (an input it may still hold) is left as it was.
   */
  intern(qualifiers: Claim['qualifiers']): Claim['qualifiers'] {
    return qualifiers.length === 0 ? NO_QUALIFIERS : this.fromJson(JSON.stringify(qualifiers));
  }

  /** The shared list a JSON text (a snapshot row's) stands for, parsed once per distinct text. */
  fromJson(json: string): Claim['qualifiers'] {
    const known = this.lists.get(json);
    if (known) return known;
    const list = JSON.parse(json) as Claim['qualifiers'];
    if (list.length === 0) return NO_QUALIFIERS;
    for (const qualifier of list) Object.freeze(qualifier);
    Object.freeze(list);
    if (this.lists.size >= this.limit) this.lists = new Map();
    this.lists.set(json, list);
    return list;
  }
}

/** Canonical instances of strings from small vocabularies (predicates, statuses, commit times), bounded so it cannot grow without end. */
export class StringPool {
  private strings = new Map<string, string>();

  constructor(private readonly limit = 50_000) {}

  intern(value: string): string;
  intern(value: string | null): string | null;
  intern(value: string | null): string | null {
    if (value === null) return null;
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    // Commit times are the only open-ended vocabulary: starting over costs a little sharing, never correctness.
    if (this.strings.size >= this.limit) this.strings = new Map();
    this.strings.set(value, value);
    return value;
  }
}

/** Where the canonical id strings live: the records' own ids (the keys of the state's maps). */
export interface IdSource {
  entityId(id: string): string | undefined;
  periodId(id: string): string | undefined;
  sourceId(id: string): string | undefined;
  nodeId(id: string): string | undefined;
}

/** The pools a state shares its records' parts through. */
export interface RecordPools {
  strings: StringPool;
  values: ValuePool;
  qualifiers: QualifierPool;
}

/**
 * Points a claim's fields at shared instances, in place. Values do not change, only which equal instance holds
 * them; but the record's qualifier list becomes a frozen shared one (see QualifierPool), so a caller holding the
 * record finds it frozen afterwards, and its own list, if it kept one, is no longer the record's.
 */
export function internClaim(claim: Claim, ids: IdSource, { strings: pool, values, qualifiers }: RecordPools): void {
  claim.subjectId = ids.entityId(claim.subjectId) ?? claim.subjectId;
  if (claim.objectId) claim.objectId = ids.entityId(claim.objectId) ?? claim.objectId;
  if (claim.periodId) claim.periodId = ids.periodId(claim.periodId) ?? claim.periodId;
  claim.predicate = pool.intern(claim.predicate);
  claim.kind = pool.intern(claim.kind) as Claim['kind'];
  claim.status = pool.intern(claim.status) as Claim['status'];
  claim.createdAt = pool.intern(claim.createdAt);
  claim.updatedAt = pool.intern(claim.updatedAt);
  if (claim.value) claim.value = values.intern(claim.value);
  claim.qualifiers = qualifiers.intern(claim.qualifiers);
  for (const citation of claim.citations) citation.sourceId = ids.sourceId(citation.sourceId) ?? citation.sourceId;
}

export function internHistory(entry: HistoryEntry, ids: IdSource, pool: StringPool): void {
  entry.targetId = ids.nodeId(entry.targetId) ?? entry.targetId;
  entry.action = pool.intern(entry.action);
  entry.actor = pool.intern(entry.actor);
  entry.at = pool.intern(entry.at);
  if (Object.keys(entry.changes).length === 0) entry.changes = NO_CHANGES;
}
