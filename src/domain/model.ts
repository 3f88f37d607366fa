// The graph's records (claims, entities, sources, periods, conflicts, history) as zod schemas and types.
import { z } from 'zod';
import { UNITS, type Unit } from './quantity/units.js';

export const EntityKind = z.enum(['COMPANY', 'PRODUCT', 'MODEL', 'PERSON', 'MARKET', 'OTHER']);
export type EntityKind = z.infer<typeof EntityKind>;

export const ClaimKind = z.enum(['QUANTITATIVE', 'EVENT', 'COMPARATIVE', 'QUALITATIVE']);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** CANDIDATE until a person accepts it; nothing is ever deleted, only re-statused. */
export const ClaimStatus = z.enum(['CANDIDATE', 'ACCEPTED', 'REJECTED', 'RETRACTED', 'STALE']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const Precision = z.enum(['DAY', 'MONTH', 'PART_OF_MONTH', 'QUARTER', 'HALF', 'PART_OF_YEAR', 'YEAR', 'OPEN']);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().datetime({ offset: true });

export const QuantityRecord = z.object({
  text: z.string(),
  unit: z.enum(UNITS as [Unit, ...Unit[]]).nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  lowerInclusive: z.boolean(),
  upperInclusive: z.boolean(),
  statedLower: z.number().nullable(),
  statedUpper: z.number().nullable(),
  approx: z.boolean(),
  tolerance: z.number().nullable(),
});

export const EntityRecord = z.object({
  id: z.string(),
  kind: EntityKind,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** Product/model -> the company that makes it. */
  makerId: z.string().nullable(),
  /** A product's or model's launch, as a partial ISO date ("2025-02" or "2025-02-24"). */
  launchDate: z.string().nullable(),
  /** Set when this entity was merged into another (SAME_AS); reads follow it. */
  mergedIntoId: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  version: z.number().int().positive(),
});
export type Entity = z.infer<typeof EntityRecord>;

export const SourceRecord = z.object({
  id: z.string(),
  url: z.string().url(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  /** Partial ISO date: "2026", "2026-02" or "2026-02-12"; relative periods resolve against it. */
  publishedAt: z.string().nullable(),
  retrievedAt: isoTime,
  /**
   * SHA-256 (hex) of the article text last ingested from this URL, so ingesting the same text again changes
   * nothing. Optional: sources added with claims, or read from a store that does not keep it, have none.
   */
  contentHash: z.string().nullable().optional(),
});
export type Source = z.infer<typeof SourceRecord>;

export const PeriodRecord = z.object({
  id: z.string(),
  label: z.string(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  precision: Precision,
});
export type Period = z.infer<typeof PeriodRecord>;

/** Where in a source a claim was stated: a W3C Web Annotation style text selector. */
export const CitationRecord = z.object({
  sourceId: z.string(),
  quote: z.string().nullable(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  prefix: z.string().nullable(),
  suffix: z.string().nullable(),
});
export type Citation = z.infer<typeof CitationRecord>;

export const QualifierRecord = z.object({ key: z.string().min(1), value: z.string() });
export type Qualifier = z.infer<typeof QualifierRecord>;

export const ClaimRecord = z.object({
  id: z.string(),
  text: z.string().min(1),
  kind: ClaimKind,
  subjectId: z.string(),
  predicate: z.string(),
  objectId: z.string().nullable(),
  value: QuantityRecord.nullable(),
  periodId: z.string().nullable(),
  /** The period as the source wrote it ("by early 2026"), kept beside the canonical interval. */
  periodText: z.string().nullable(),
  qualifiers: z.array(QualifierRecord),
  negated: z.boolean(),
  status: ClaimStatus,
  statusReason: z.string().nullable(),
  citations: z.array(CitationRecord),
  /** Identity of the statement for idempotent re-ingest: same statement from the same source. */
  fingerprint: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  version: z.number().int().positive(),
});
export type Claim = z.infer<typeof ClaimRecord>;

/** One audited change to a claim, entity or conflict: who, when, what, from which version. */
export const HistoryRecord = z.object({
  id: z.string(),
  targetId: z.string(),
  action: z.string(),
  actor: z.string(),
  at: isoTime,
  fromVersion: z.number().int().nonnegative(),
  toVersion: z.number().int().positive(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  note: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryRecord>;

export const ConflictStatus = z.enum(['OPEN', 'CONFIRMED', 'DISMISSED', 'RESOLVED']);
export type ConflictStatus = z.infer<typeof ConflictStatus>;
export const Severity = z.enum(['LOW', 'MEDIUM', 'HIGH']);

/** A finding that some claims cannot all be true. `key` (rule + sorted claim ids) makes it unique. */
export const ConflictRecord = z.object({
  id: z.string(),
  key: z.string(),
  rule: z.string(),
  severity: Severity,
  status: ConflictStatus,
  explanation: z.string(),
  /** The numbers compared and the tolerance used, for reports and for a reader to check. */
  details: z.record(z.string(), z.unknown()),
  claims: z.array(z.object({ claimId: z.string(), role: z.string(), version: z.number().int() })),
  detectedAt: isoTime,
  updatedAt: isoTime,
  statusBy: z.string().nullable(),
  statusAt: isoTime.nullable(),
  statusNote: z.string().nullable(),
  version: z.number().int().positive(),
});
export type Conflict = z.infer<typeof ConflictRecord>;

/** A reviewer's verdict on a claim, on a scale that maps onto schema.org ClaimReview (see rating.ts). */
export const Rating = z.enum(['TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE']);
export type Rating = z.infer<typeof Rating>;

export const EvidenceKind = z.enum(['SUPPORTS', 'REFUTES']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** One piece of evidence: another claim, a source in the graph, or an outside URL, that supports or refutes the claim. */
export const EvidenceRecord = z.object({
  kind: EvidenceKind,
  claimId: z.string().nullable(),
  /** Set when the evidence is a source the graph holds; sourceUrl is then that source's URL. */
  sourceId: z.string().nullable(),
  sourceUrl: z.string().url().nullable(),
  note: z.string().nullable(),
});
export type Evidence = z.infer<typeof EvidenceRecord>;

/** Reviews are never edited: a new verdict is a new review that supersedes the previous one. */
export const ReviewRecord = z.object({
  id: z.string(),
  claimId: z.string(),
  /** The claim version the verdict was given on. */
  claimVersion: z.number().int().positive(),
  rating: Rating,
  rationale: z.string().min(1),
  evidence: z.array(EvidenceRecord),
  /** The actor id of who reviewed; taken from the request, never from input. */
  reviewer: z.string(),
  reviewedAt: isoTime,
  /** The review this one replaced as the claim's current verdict. */
  supersedesId: z.string().nullable(),
});
export type Review = z.infer<typeof ReviewRecord>;
