// Reviewing claims through GraphQL: verdicts on the schema.org scale, evidence, supersession, ranks, history, coded errors.
import { beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

const SEED_URL = 'https://example.org/claimgraph/seed-article';
const REVIEW = `mutation Review($id: ID!, $input: ReviewInput!) { reviewClaim(id: $id, input: $input) {
  id rating ratingValue ratingName rationale reviewer reviewedAt claimVersion
  claim { id } supersedes { id rating }
  evidence { kind note sourceUrl claim { id text } source { id url } } } }`;
const CLAIM = `query Claim($id: ID!) { claim(id: $id) {
  id version status rating rank review { id rating } reviews { id rating }
  history { action actor at fromVersion toVersion changes note } } }`;

type Gql = Awaited<ReturnType<typeof testApp>>['gql'];

/** The seed's two OpenAI enterprise-share claims: 25% now and 50% before late 2023. */
async function openaiShares(gql: Gql): Promise<{ now: string; before: string }> {
  const result = await gql(`{ entity(name: "OpenAI") { claims(role: SUBJECT, predicate: "market_share") { nodes { id value { lower } } } } }`);
  const nodes = result.data!.entity.claims.nodes as Array<{ id: string; value: { lower: number } }>;
  return { now: nodes.find((n) => n.value.lower === 25)!.id, before: nodes.find((n) => n.value.lower === 50)!.id };
}

describe('reviewClaim', () => {
  let gql: Gql;
  let shares: { now: string; before: string };

  beforeEach(async () => {
    ({ gql } = await testApp());
    shares = await openaiShares(gql);
  });

  it('records a verdict on the ClaimReview scale, as the calling actor, with evidence linked to claims and sources', async () => {
    const result = await gql(REVIEW, {
      id: shares.now,
      input: {
        rating: 'MOSTLY_TRUE',
        rationale: '  Menlo Ventures puts OpenAI at 25% of enterprise LLM API usage.  ',
        evidence: [
          { kind: 'SUPPORTS', sourceUrl: SEED_URL, note: 'the article' },
          { kind: 'SUPPORTS', sourceUrl: 'https://menlovc.com/perspective/2025-mid-year-llm-market-update/' },
          { kind: 'REFUTES', claimId: shares.before, note: 'an older, higher figure' },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    const review = result.data!.reviewClaim;
    expect(review).toMatchObject({
      rating: 'MOSTLY_TRUE',
      ratingValue: 4,
      ratingName: 'Mostly true',
      rationale: 'Menlo Ventures puts OpenAI at 25% of enterprise LLM API usage.',
      reviewer: 'system',
      claimVersion: 1,
      claim: { id: shares.now },
      supersedes: null,
    });
    expect(review.id).toMatch(/^rev_/);
    expect(new Date(review.reviewedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(review.evidence).toEqual([
      { kind: 'SUPPORTS', note: 'the article', sourceUrl: SEED_URL, claim: null, source: { id: expect.stringMatching(/^src_/), url: SEED_URL } },
      { kind: 'SUPPORTS', note: null, sourceUrl: 'https://menlovc.com/perspective/2025-mid-year-llm-market-update/', claim: null, source: null },
      { kind: 'REFUTES', note: 'an older, higher figure', sourceUrl: null, claim: { id: shares.before, text: expect.stringContaining('50%') }, source: null },
    ]);
  });

  it('keeps every verdict: the newest is current, the earlier ones are listed newest first', async () => {
    const ratings = ['UNVERIFIABLE', 'MIXED', 'TRUE'];
    const ids: string[] = [];
    for (const rating of ratings) {
      const result = await gql(REVIEW, { id: shares.now, input: { rating, rationale: `now ${rating}` } });
      expect(result.errors).toBeUndefined();
      ids.push(result.data!.reviewClaim.id);
      if (ids.length > 1) expect(result.data!.reviewClaim.supersedes).toEqual({ id: ids.at(-2), rating: ratings[ids.length - 2] });
    }
    const claim = (await gql(CLAIM, { id: shares.now })).data!.claim;
    expect(claim.rating).toBe('TRUE');
    expect(claim.review).toEqual({ id: ids[2], rating: 'TRUE' });
    expect(claim.reviews).toEqual([
      { id: ids[1], rating: 'MIXED' },
      { id: ids[0], rating: 'UNVERIFIABLE' },
    ]);
    // A verdict does not change the claim's own fields, so its version stays.
    expect(claim.version).toBe(1);
  });

  it('writes a history entry per verdict: who, when, what changed, at which version', async () => {
    await gql(REVIEW, { id: shares.now, input: { rating: 'MIXED', rationale: 'first look' } });
    const second = await gql(REVIEW, { id: shares.now, input: { rating: 'FALSE', rationale: 'checked the filing' } });
    const history = (await gql(CLAIM, { id: shares.now })).data!.claim.history as Array<Record<string, any>>;
    expect(history.map((h) => h.action)).toEqual(['created', 'reviewed', 'reviewed']);
    expect(history[2]).toMatchObject({
      actor: 'system',
      fromVersion: 1,
      toVersion: 1,
      changes: {
        rating: { from: 'MIXED', to: 'FALSE' },
        rationale: { from: 'first look', to: 'checked the filing' },
        reviewId: { to: second.data!.reviewClaim.id },
      },
    });
    expect(history[1]!.changes.rating).toEqual({ from: null, to: 'MIXED' });
    expect(Date.parse(history[2]!.at)).not.toBeNaN();
  });

  it('ranks claims as Wikidata does: reviewed true is preferred; false, retracted or rejected is deprecated but kept', async () => {
    const rank = async (id: string) => (await gql(CLAIM, { id })).data!.claim.rank;
    expect(await rank(shares.now)).toBe('NORMAL');
    await gql(REVIEW, { id: shares.now, input: { rating: 'TRUE', rationale: 'confirmed' } });
    expect(await rank(shares.now)).toBe('PREFERRED');
    await gql(REVIEW, { id: shares.now, input: { rating: 'FALSE', rationale: 'refuted after all' } });
    expect(await rank(shares.now)).toBe('DEPRECATED');

    const retracted = await gql(`mutation { retractClaim(id: "${shares.before}", reason: "superseded by the 2025 figure") { id } }`);
    expect(retracted.errors).toBeUndefined();
    const claim = (await gql(CLAIM, { id: shares.before })).data!.claim;
    expect(claim).toMatchObject({ status: 'RETRACTED', rank: 'DEPRECATED', version: 2 });
    expect(claim.history.at(-1)).toMatchObject({
      action: 'retracted',
      actor: 'system',
      fromVersion: 1,
      toVersion: 2,
      changes: { status: { from: 'ACCEPTED', to: 'RETRACTED' } },
      note: 'superseded by the 2025 figure',
    });
  });

  it('refuses bad input with a code and field path, writing nothing', async () => {
    const cases: Array<[string, Record<string, unknown>, string, Array<string | number>]> = [
      ['clm_unknown', { rating: 'TRUE', rationale: 'x' }, 'claim.not_found', ['id']],
      [shares.now, { rating: 'TRUE', rationale: '   ' }, 'review.rationale.empty', ['input', 'rationale']],
      [shares.now, { rating: 'TRUE', rationale: 'x', evidence: [{ kind: 'SUPPORTS', claimId: 'clm_missing' }] }, 'claim.not_found', ['input', 'evidence', 0, 'claimId']],
      [shares.now, { rating: 'TRUE', rationale: 'x', evidence: [{ kind: 'SUPPORTS', sourceUrl: SEED_URL }, { kind: 'SUPPORTS', sourceUrl: 'not a url' }] }, 'source.url.invalid', ['input', 'evidence', 1, 'sourceUrl']],
      [shares.now, { rating: 'TRUE', rationale: 'x', evidence: [{ kind: 'SUPPORTS', sourceUrl: 'ftp://example.org/file' }] }, 'source.url.invalid', ['input', 'evidence', 0, 'sourceUrl']],
      [shares.now, { rating: 'TRUE', rationale: 'x', evidence: [{ kind: 'SUPPORTS', sourceId: 'src_missing' }] }, 'source.not_found', ['input', 'evidence', 0, 'sourceId']],
      [shares.now, { rating: 'TRUE', rationale: 'x', evidence: [{ kind: 'SUPPORTS', claimId: shares.before, sourceUrl: SEED_URL }] }, 'review.evidence.invalid', ['input', 'evidence', 0]],
      [shares.now, { rating: 'TRUE', rationale: 'x', evidence: [{ kind: 'SUPPORTS', claimId: shares.now }] }, 'review.evidence.invalid', ['input', 'evidence', 0, 'claimId']],
    ];
    for (const [id, input, code, field] of cases) {
      const result = await gql(REVIEW, { id, input });
      expect(result.data, code).toBeNull();
      expect(result.errors?.[0]?.extensions, code).toMatchObject({ code, field });
    }
    const claim = (await gql(CLAIM, { id: shares.now })).data!.claim;
    expect(claim).toMatchObject({ rating: null, review: null, reviews: [] });
    expect(claim.history.map((h: { action: string }) => h.action)).toEqual(['created']);
  });

  it('takes the reviewer from the request context: input cannot name one', async () => {
    const result = await gql(`mutation { reviewClaim(id: "${shares.now}", input: { rating: TRUE, rationale: "x", reviewer: "mallory" }) { reviewer } }`);
    expect(result.errors?.[0]?.message).toMatch(/reviewer/);
  });
});
