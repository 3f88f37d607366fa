// Expected failures of the domain: a stable dotted code, a human message, and the input field it concerns.

/** Stable error codes clients can switch on. Never rename one; add new ones instead. */
export const ErrorCode = {
  InputInvalid: 'input.invalid',
  BatchTooLarge: 'input.batch_too_large',
  TextEmpty: 'claim.text.empty',
  PredicateUnknown: 'claim.predicate.unknown',
  PredicateInvalid: 'predicate.invalid',
  ValueUnparseable: 'claim.value.unparseable',
  ValueUnitMismatch: 'claim.value.unit_mismatch',
  ValueNotAllowed: 'claim.value.not_allowed',
  ValueRequired: 'claim.value.required',
  PeriodUnparseable: 'claim.period.unparseable',
  PeriodUnresolvable: 'claim.period.unresolvable',
  DateInvalid: 'date.invalid',
  UrlInvalid: 'source.url.invalid',
  ClaimNotFound: 'claim.not_found',
  EntityNotFound: 'entity.not_found',
  NodeNotFound: 'node.not_found',
  VersionStale: 'claim.version.stale',
  ClaimRetracted: 'claim.retracted',
  MergeInvalid: 'entity.merge.invalid',
  CursorInvalid: 'page.cursor.invalid',
  PageSizeInvalid: 'page.size.invalid',
  StoreUnavailable: 'store.unavailable',
  StoreConflict: 'store.conflict',
  StoreCorrupt: 'store.corrupt',
  ConflictNotFound: 'conflict.not_found',
  ConflictNoteEmpty: 'conflict.note.empty',
  ConflictStatusInvalid: 'conflict.status.invalid',
  ConflictFlagInvalid: 'conflict.flag.invalid',
  RationaleEmpty: 'review.rationale.empty',
  EvidenceInvalid: 'review.evidence.invalid',
  SourceNotFound: 'source.not_found',
  IngestTextEmpty: 'ingest.text.empty',
  IngestTextTooLarge: 'ingest.text.too_large',
  ClaimStatusInvalid: 'claim.status.invalid',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A path into the input, as GraphQL clients know it: ["input", 3, "value"]. */
export type FieldPath = ReadonlyArray<string | number>;

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: FieldPath = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The same error, located under a parent path (e.g. the batch index of a claim). */
  at(...prefix: Array<string | number>): DomainError {
    return new DomainError(this.code, this.message, [...prefix, ...this.field], this.details);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
