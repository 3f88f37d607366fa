// Domain records -> the parameter rows the commit statements UNWIND (the inverse of mapping.ts).
import neo4j from 'neo4j-driver';
import type { Claim, Conflict, Entity, HistoryEntry, Period, Review, Source } from '../../domain/model.js';
import type { PredicateDefinition } from '../../domain/predicates.js';

/** Integers go to Neo4j as INTEGER, not FLOAT (a JavaScript number is sent as a float). */
const int = (value: number): ReturnType<typeof neo4j.int> => neo4j.int(value);
const intOrNull = (value: number | null): ReturnType<typeof neo4j.int> | null => (value === null ? null : neo4j.int(value));

/** The same rule as the memory store's name index: trimmed, lower-cased, runs of whitespace as one space. */
export const normalizeName = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Keys a live entity is found by; a merged entity gives its names up to the survivor, as in the memory store. */
export function nameKeys(entity: Entity): string[] {
  if (entity.mergedIntoId) return [];
  return [...new Set([entity.name, ...entity.aliases].map(normalizeName).filter(Boolean))];
}

export function entityRow(entity: Entity) {
  return {
    id: entity.id,
    names: nameKeys(entity),
    props: {
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
      makerId: entity.makerId,
      launchDate: entity.launchDate,
      mergedIntoId: entity.mergedIntoId,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: int(entity.version),
    },
  };
}

export function sourceRow(source: Source) {
  return {
    id: source.id,
    props: {
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      publishedAt: source.publishedAt,
      retrievedAt: source.retrievedAt,
      contentHash: source.contentHash ?? null,
    },
  };
}

export function periodRow(period: Period) {
  return { id: period.id, props: { label: period.label, start: period.start, end: period.end, precision: period.precision } };
}

export function claimRow(claim: Claim) {
  return {
    id: claim.id,
    citations: claim.citations.map((citation, ord) => ({
      sourceId: citation.sourceId,
      props: {
        quote: citation.quote,
        start: intOrNull(citation.start),
        end: intOrNull(citation.end),
        prefix: citation.prefix,
        suffix: citation.suffix,
        // Relationships have no order; ord keeps the citation's place for anyone reading the graph.
        ord: int(ord),
      },
    })),
    props: {
      text: claim.text,
      kind: claim.kind,
      subjectId: claim.subjectId,
      predicate: claim.predicate,
      objectId: claim.objectId,
      valueJson: claim.value === null ? null : JSON.stringify(claim.value),
      periodId: claim.periodId,
      periodText: claim.periodText,
      qualifiersJson: JSON.stringify(claim.qualifiers),
      negated: claim.negated,
      status: claim.status,
      statusReason: claim.statusReason,
      citationsJson: JSON.stringify(claim.citations),
      fingerprint: claim.fingerprint,
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
      version: int(claim.version),
    },
  };
}

export function conflictRow(conflict: Conflict) {
  return {
    id: conflict.id,
    members: conflict.claims.map((member) => ({ claimId: member.claimId, role: member.role, version: int(member.version) })),
    props: {
      key: conflict.key,
      rule: conflict.rule,
      severity: conflict.severity,
      status: conflict.status,
      explanation: conflict.explanation,
      detailsJson: JSON.stringify(conflict.details),
      membersJson: JSON.stringify(conflict.claims),
      detectedAt: conflict.detectedAt,
      updatedAt: conflict.updatedAt,
      statusBy: conflict.statusBy,
      statusAt: conflict.statusAt,
      statusNote: conflict.statusNote,
      version: int(conflict.version),
    },
  };
}

export function predicateRow(definition: PredicateDefinition) {
  return {
    name: definition.name,
    props: {
      description: definition.description,
      kind: definition.kind,
      builtin: definition.builtin,
      definitionJson: JSON.stringify(definition),
    },
  };
}

export function historyRow(entry: HistoryEntry) {
  return {
    id: entry.id,
    props: {
      targetId: entry.targetId,
      action: entry.action,
      actor: entry.actor,
      at: entry.at,
      fromVersion: int(entry.fromVersion),
      toVersion: int(entry.toVersion),
      changesJson: JSON.stringify(entry.changes),
      note: entry.note,
    },
  };
}

export function reviewRow(review: Review) {
  return {
    id: review.id,
    props: {
      claimId: review.claimId,
      claimVersion: int(review.claimVersion),
      rating: review.rating,
      rationale: review.rationale,
      evidenceJson: JSON.stringify(review.evidence),
      reviewer: review.reviewer,
      reviewedAt: review.reviewedAt,
      supersedesId: review.supersedesId,
    },
  };
}

/** The last record of each id wins, as when the memory store applies a change set in order. */
export function lastById<T>(records: readonly T[], idOf: (record: T) => string): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    byId.delete(idOf(record));
    byId.set(idOf(record), record);
  }
  return [...byId.values()];
}
