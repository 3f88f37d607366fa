// Shapes of a review as clients send it (rating, rationale, evidence), validated with zod before any work.
import { z } from 'zod';
import { DomainError, ErrorCode, isDomainError } from '../domain/errors.js';
import { EvidenceKind, Rating } from '../domain/model.js';
import { parseInput } from './inputs.js';

const optionalId = z.string().trim().min(1, 'must not be empty').max(100).nullish();

export const EvidenceInput = z
  .object({
    kind: EvidenceKind,
    claimId: optionalId,
    sourceId: optionalId,
    sourceUrl: z
      .string()
      .trim()
      .url('must be an absolute URL')
      .refine((url) => /^https?:\/\//i.test(url), 'must be an http(s) URL')
      .nullish(),
    note: z.string().trim().max(2000, 'at most 2000 characters').nullish(),
  })
  .refine((evidence) => [evidence.claimId, evidence.sourceId, evidence.sourceUrl].filter(Boolean).length === 1, {
    message: 'evidence names exactly one of claimId, sourceId or sourceUrl',
  });
export type EvidenceInput = z.infer<typeof EvidenceInput>;

export const ReviewInput = z.object({
  rating: Rating,
  rationale: z.string().trim().min(1, 'must not be empty').max(10_000, 'at most 10000 characters'),
  evidence: z.array(EvidenceInput).max(100, 'at most 100 pieces of evidence').nullish(),
});
export type ReviewInput = z.infer<typeof ReviewInput>;

/** Codes that say what is wrong more precisely than input.invalid, chosen by where the problem is. */
function codeFor(field: ReadonlyArray<string | number>, fallback: ErrorCode, raw: unknown): ErrorCode {
  const last = field.at(-1);
  if (last === 'sourceUrl') return ErrorCode.UrlInvalid;
  const rationale = (raw as { rationale?: unknown } | null)?.rationale;
  if (last === 'rationale' && (rationale === undefined || rationale === null || String(rationale).trim() === '')) return ErrorCode.RationaleEmpty;
  if (typeof last === 'number' && field.at(-2) === 'evidence') return ErrorCode.EvidenceInvalid;
  return fallback;
}

export function parseReviewInput(raw: unknown, argument = 'input'): ReviewInput {
  try {
    return parseInput(ReviewInput, raw, [argument]);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError(codeFor(error.field, error.code, raw), error.message, error.field, error.details);
  }
}
