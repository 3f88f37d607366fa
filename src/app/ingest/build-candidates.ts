// Turns candidates read from an article into CANDIDATE claims through the same validation and builder as addClaims.
import { isDomainError, type DomainError } from '../../domain/errors.js';
import type { Claim, Period } from '../../domain/model.js';
import type { Candidate } from '../../ingest/candidate.js';
import { buildClaim, type BuildContext, type BuiltClaim } from '../claim-builder.js';
import { ClaimInput, parseInput, type SourceInput } from '../inputs.js';

export interface BuiltCandidates {
  /** In text order, one per fingerprint (the first place a statement is made). */
  claims: Claim[];
  periods: Period[];
  /** Candidates the builder refused, with its reason: reported, not written. */
  skipped: Array<{ quote: string; reason: string }>;
}

const inputOf = (candidate: Candidate, source: SourceInput, period: string | null): unknown => ({
  text: candidate.text,
  subject: candidate.subject,
  subjectKind: candidate.subjectKind,
  predicate: candidate.predicate,
  object: candidate.object,
  objectKind: candidate.objectKind,
  value: candidate.value,
  period,
  qualifiers: candidate.qualifiers,
  negated: candidate.negated,
  source,
  quote: candidate.anchor.quote,
  span: { start: candidate.anchor.start, end: candidate.anchor.end, prefix: candidate.anchor.prefix, suffix: candidate.anchor.suffix },
});

/** The built claim, or the domain error that refused it. */
function attempt(candidate: Candidate, source: SourceInput, context: BuildContext, period: string | null): BuiltClaim | DomainError {
  try {
    return buildClaim(parseInput(ClaimInput, inputOf(candidate, source, period), []), context, 'CANDIDATE');
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
}

export function buildCandidates(candidates: readonly Candidate[], source: SourceInput, context: BuildContext): BuiltCandidates {
  const built: BuiltCandidates = { claims: [], periods: [], skipped: [] };
  const fingerprints = new Set<string>();
  for (const candidate of candidates) {
    let result = attempt(candidate, source, context, candidate.period);
    // A period the builder cannot resolve still leaves a claim worth reviewing, undated; anything else is reported.
    if (isDomainError(result) && result.field[0] === 'period') result = attempt(candidate, source, context, null);
    if (isDomainError(result)) {
      built.skipped.push({ quote: candidate.anchor.quote, reason: result.message });
      continue;
    }
    if (fingerprints.has(result.claim.fingerprint)) continue;
    fingerprints.add(result.claim.fingerprint);
    built.claims.push(result.claim);
    const period = result.period;
    if (period && !built.periods.some((p) => p.id === period.id)) built.periods.push(period);
  }
  return built;
}
