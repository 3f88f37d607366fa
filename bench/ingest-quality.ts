// npm run eval:ingest: ingests the seed article and scores its candidates against the hand-curated seed claims.
import { isQuantitativeOrDated, score, type ComparableClaim, type Score } from './ingest-match.js';
import { curatedSeedClaims, freshApp, ingestSeedArticle, loadSeedEntities } from './ingest-seed.js';

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

function describe(claim: ComparableClaim): string {
  const value = claim.value ? ` ${claim.value.text}` : '';
  const period = claim.period ? ` [${claim.period.start ?? '…'} to ${claim.period.end ?? '…'}]` : '';
  return `${claim.subject} ${claim.predicate}${claim.object ? ` ${claim.object}` : ''}${value}${period}  "${claim.quote ?? ''}"`;
}

function report(title: string, result: Score): void {
  console.log(`  ${title}: precision ${percent(result.precision)} (${result.matched.length}/${result.matched.length + result.unmatchedCandidates.length}), recall ${percent(result.recall)} (${result.matched.length}/${result.matched.length + result.unmatchedCurated.length})`);
}

async function run(label: string, withEntities: boolean, curated: ComparableClaim[]): Promise<void> {
  const context = await freshApp();
  if (withEntities) await loadSeedEntities(context);
  const started = performance.now();
  const { candidates } = await ingestSeedArticle(context);
  const elapsed = performance.now() - started;
  console.log(`\n${label}: ${candidates.length} candidates in ${elapsed.toFixed(0)} ms`);
  const overall = score(candidates, curated);
  report('all claims', overall);
  report('quantitative and dated', score(candidates.filter(isQuantitativeOrDated), curated.filter(isQuantitativeOrDated)));
  console.log('  curated claims not found:');
  for (const claim of overall.unmatchedCurated) console.log(`    - ${describe(claim)}`);
  console.log('  candidates matching no curated claim:');
  for (const claim of overall.unmatchedCandidates) console.log(`    - ${describe(claim)}`);
}

const curated = await curatedSeedClaims();
console.log(`seed article: ${curated.length} curated claims, ${curated.filter(isQuantitativeOrDated).length} of them quantitative or dated`);
await run('with the seed entities known (names, aliases, launch dates)', true, curated);
await run('cold: an empty graph, every name proposed', false, curated);
