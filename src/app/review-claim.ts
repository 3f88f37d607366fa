// Use case: record a verdict on a claim with its evidence; earlier verdicts stay, superseded, and history notes the change.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Evidence, Review } from '../domain/model.js';
import { commitAndPublish } from './commit.js';
import type { Actor, AppContext } from './context.js';
import { historyEntry } from './history.js';
import { newId } from './ids.js';
import { InputErrors } from './input-errors.js';
import { requireClaim } from './lookups.js';
import { parseReviewInput, type EvidenceInput } from './review-inputs.js';

/** Resolves each piece of evidence against the graph: claims and source ids must exist, URLs link to known sources. */
async function resolveEvidence(context: AppContext, claimId: string, inputs: EvidenceInput[]): Promise<Evidence[]> {
  const problems = new InputErrors();
  const at = (index: number, field: string) => ['input', 'evidence', index, field];
  const [claims, sources, byUrl] = await Promise.all([
    context.store.getClaims(inputs.map((input) => input.claimId ?? '')),
    context.store.getSources(inputs.map((input) => input.sourceId ?? '')),
    context.store.findSourcesByUrl(inputs.map((input) => input.sourceUrl ?? '')),
  ]);
  const evidence = inputs.map((input, index) =>
    problems.collect((): Evidence => {
      if (input.claimId) {
        if (input.claimId === claimId) throw new DomainError(ErrorCode.EvidenceInvalid, 'a claim cannot be evidence for itself', at(index, 'claimId'));
        if (!claims[index]) throw new DomainError(ErrorCode.ClaimNotFound, `no claim with id ${input.claimId}`, at(index, 'claimId'));
      }
      const source = input.sourceId ? sources[index] : input.sourceUrl ? byUrl[index] : null;
      if (input.sourceId && !source) throw new DomainError(ErrorCode.SourceNotFound, `no source with id ${input.sourceId}`, at(index, 'sourceId'));
      return {
        kind: input.kind,
        claimId: input.claimId ?? null,
        // A URL the graph already holds links to that source; any other http(s) URL is outside evidence, kept as given.
        sourceId: source?.id ?? null,
        sourceUrl: source?.url ?? input.sourceUrl ?? null,
        note: input.note || null,
      };
    }),
  );
  problems.throwIfAny();
  return evidence as Evidence[];
}

export async function reviewClaim(context: AppContext, claimId: string, raw: unknown, actor: Actor): Promise<Review> {
  const input = parseReviewInput(raw);
  return context.writeLock.run(async () => {
    const claim = await requireClaim(context, claimId);
    const evidence = await resolveEvidence(context, claim.id, input.evidence ?? []);
    const [earlier] = await context.store.reviewsOf([claim.id]);
    const previous = earlier![0] ?? null;
    const now = context.now().toISOString();
    const review: Review = {
      id: newId('Review'),
      claimId: claim.id,
      claimVersion: claim.version,
      rating: input.rating,
      rationale: input.rationale,
      evidence,
      reviewer: actor.id,
      reviewedAt: now,
      supersedesId: previous?.id ?? null,
    };
    // The claim's own fields do not change, so its version stays; the entry records the verdict moving.
    const verdict = (of: Review | null) => ({ rating: of?.rating ?? null, rationale: of?.rationale ?? null, reviewId: of?.id ?? null, version: claim.version });
    const entry = historyEntry(claim, verdict(previous), verdict(review), 'reviewed', actor, now, `${review.rating} (${review.id})`);
    await commitAndPublish(context, { reviews: [review], history: [entry], expectedVersions: { [claim.id]: claim.version } });
    return review;
  });
}
