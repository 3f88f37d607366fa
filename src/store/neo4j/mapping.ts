// Neo4j results -> domain records: driver values made plain (Integers, temporals), JSON properties parsed, then zod-checked.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import type { ZodType } from 'zod';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import {
  ClaimRecord,
  ConflictRecord,
  EntityRecord,
  HistoryRecord,
  PeriodRecord,
  ReviewRecord,
  SourceRecord,
  type Claim,
  type Conflict,
  type Entity,
  type HistoryEntry,
  type Period,
  type Review,
  type Source,
} from '../../domain/model.js';
import { PredicateDefinition } from '../../domain/predicates.js';

/*
 * How records are stored. Scalars and lists of strings are node properties of the same name; a null
 * field is an absent property. Values a property cannot hold (maps, lists of maps) are JSON strings:
 *   Claim.valueJson (the quantity), Claim.qualifiersJson, Claim.citationsJson,
 *   Conflict.detailsJson, Conflict.membersJson (Conflict.claims), Change.changesJson, Review.evidenceJson,
 *   Predicate.definitionJson (the whole definition; name/kind/description are copied beside it to browse).
 * Relationships (ABOUT, STATED_IN, DURING, MADE_BY, SAME_AS, INVOLVES, OF, CLAIM_LINK) mirror the ids in
 * these properties for traversal; reads rebuild records from the node alone, so a record comes back
 * exactly as written, citations in order, even one citing a source that was never stored.
 * Timestamps are ISO strings, which round-trip exactly and sort as text; a temporal value found in a
 * property (written by another tool, or SchemaMigration.appliedAt) is read as an ISO string.
 */

export type Props = Record<string, unknown>;

/** A driver value as plain JSON-like data: Integers to numbers (refusing unsafe ones), temporals to ISO text. */
export function toPlain(value: unknown, path = 'value'): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    if (!value.inSafeRange()) throw corrupt(`${path} is ${value.toString()}, beyond the integers JavaScript holds exactly`);
    return value.toNumber();
  }
  if (isDateTime(value)) return value.toStandardDate().toISOString();
  if (isDate(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties, path);
  if (Array.isArray(value)) return value.map((item, index) => toPlain(item, `${path}.${index}`));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item, `${path}.${key}`)]));
  }
  return value;
}

function corrupt(message: string): DomainError {
  return new DomainError(ErrorCode.StoreCorrupt, `neo4j returned a malformed record: ${message}`);
}

function plainProps(raw: unknown, label: string): Props {
  const plain = toPlain(raw, label);
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    throw corrupt(`${label}: expected the properties of a node, got ${Array.isArray(plain) ? 'a list' : typeof plain}`);
  }
  return plain as Props;
}

/** A JSON-string property; absent stays null (the schema decides whether null is allowed). */
function json(props: Props, key: string, label: string): unknown {
  const raw = props[key];
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') throw corrupt(`${label} ${String(props.id ?? props.name)}: ${key} should be a JSON string`);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw corrupt(`${label} ${String(props.id ?? props.name)}: ${key} is not valid JSON`);
  }
}

const orNull = (value: unknown): unknown => (value === undefined ? null : value);

function parse<T>(schema: ZodType<T>, label: string, props: Props, candidate: unknown): T {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; ');
  throw corrupt(`${label} ${String(props.id ?? props.name ?? '(no id)')}: ${issues}`);
}

export function toClaim(raw: unknown): Claim {
  const p = plainProps(raw, 'Claim');
  return parse(ClaimRecord, 'Claim', p, {
    id: p.id,
    text: p.text,
    kind: p.kind,
    subjectId: p.subjectId,
    predicate: p.predicate,
    objectId: orNull(p.objectId),
    value: json(p, 'valueJson', 'Claim'),
    periodId: orNull(p.periodId),
    periodText: orNull(p.periodText),
    qualifiers: json(p, 'qualifiersJson', 'Claim'),
    negated: p.negated,
    status: p.status,
    statusReason: orNull(p.statusReason),
    citations: json(p, 'citationsJson', 'Claim'),
    fingerprint: p.fingerprint,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    version: p.version,
  });
}

export function toEntity(raw: unknown): Entity {
  const p = plainProps(raw, 'Entity');
  return parse(EntityRecord, 'Entity', p, {
    id: p.id,
    kind: p.kind,
    name: p.name,
    // Written as a list every time; an absent one can only be an empty list another tool dropped.
    aliases: p.aliases ?? [],
    makerId: orNull(p.makerId),
    launchDate: orNull(p.launchDate),
    mergedIntoId: orNull(p.mergedIntoId),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    version: p.version,
  });
}

export function toSource(raw: unknown): Source {
  const p = plainProps(raw, 'Source');
  return parse(SourceRecord, 'Source', p, {
    id: p.id,
    url: p.url,
    title: orNull(p.title),
    publisher: orNull(p.publisher),
    publishedAt: orNull(p.publishedAt),
    retrievedAt: p.retrievedAt,
    contentHash: orNull(p.contentHash),
  });
}

export function toPeriod(raw: unknown): Period {
  const p = plainProps(raw, 'Period');
  return parse(PeriodRecord, 'Period', p, {
    id: p.id,
    label: p.label,
    start: orNull(p.start),
    end: orNull(p.end),
    precision: p.precision,
  });
}

export function toConflict(raw: unknown): Conflict {
  const p = plainProps(raw, 'Conflict');
  return parse(ConflictRecord, 'Conflict', p, {
    id: p.id,
    key: p.key,
    rule: p.rule,
    severity: p.severity,
    status: p.status,
    explanation: p.explanation,
    details: json(p, 'detailsJson', 'Conflict'),
    claims: json(p, 'membersJson', 'Conflict'),
    detectedAt: p.detectedAt,
    updatedAt: p.updatedAt,
    statusBy: orNull(p.statusBy),
    statusAt: orNull(p.statusAt),
    statusNote: orNull(p.statusNote),
    version: p.version,
  });
}

export function toHistoryEntry(raw: unknown): HistoryEntry {
  const p = plainProps(raw, 'Change');
  return parse(HistoryRecord, 'Change', p, {
    id: p.id,
    targetId: p.targetId,
    action: p.action,
    actor: p.actor,
    at: p.at,
    fromVersion: p.fromVersion,
    toVersion: p.toVersion,
    changes: json(p, 'changesJson', 'Change'),
    note: orNull(p.note),
  });
}

export function toReview(raw: unknown): Review {
  const p = plainProps(raw, 'Review');
  return parse(ReviewRecord, 'Review', p, {
    id: p.id,
    claimId: p.claimId,
    claimVersion: p.claimVersion,
    rating: p.rating,
    rationale: p.rationale,
    evidence: json(p, 'evidenceJson', 'Review'),
    reviewer: p.reviewer,
    reviewedAt: p.reviewedAt,
    supersedesId: orNull(p.supersedesId),
  });
}

export function toPredicate(raw: unknown): PredicateDefinition {
  const p = plainProps(raw, 'Predicate');
  return parse(PredicateDefinition, 'Predicate', p, json(p, 'definitionJson', 'Predicate'));
}

/** A nullable record column: null stays null, anything else must map. */
export function orNullRecord<T>(raw: unknown, map: (raw: unknown) => T): T | null {
  return raw === null || raw === undefined ? null : map(raw);
}
