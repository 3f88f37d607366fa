// The Markdown fact-check report for one source, entity or claim: its claims, verdicts, conflicts and corroborations.
import { isUnsettled, type ExportedClaim } from '../app/export-data.js';
import type { FactCheckReportData, ReportConflict, ReportScope } from '../app/report-data.js';
import type { Evidence, Rating, Review } from '../domain/model.js';
import { ratingScale } from '../domain/rating.js';
import { dateOnly, periodLabel, sourceName, valueLabel } from './format.js';
import { blockQuote, code, inline, link } from './markdown-text.js';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function title(scope: ReportScope): string {
  switch (scope.kind) {
    case 'source':
      return `Fact-check report: ${inline(scope.source.title ?? scope.source.url)}`;
    case 'entity':
      return `Fact-check report: ${inline(scope.entity.name)}`;
    case 'claim':
      return `Fact-check report: claim ${code(scope.claim.id)}`;
  }
}

function scopeLine(scope: ReportScope): string {
  switch (scope.kind) {
    case 'source': {
      const { source } = scope;
      const about = [source.publisher, source.publishedAt ? `published ${source.publishedAt}` : null].filter(Boolean).map((part) => inline(part!));
      return `Source: ${link(source.url, source.url)}${about.length ? ` (${about.join(', ')})` : ''}`;
    }
    case 'entity': {
      const { entity } = scope;
      const aliases = entity.aliases.length ? `, also known as ${entity.aliases.map(inline).join(', ')}` : '';
      return `Entity: **${inline(entity.name)}** (${entity.kind.toLowerCase()}${aliases}); claims with it as subject or object.`;
    }
    case 'claim':
      return `Claim: ${inline(scope.claim.text)}`;
  }
}

/** "Mostly true (4/5)"; "Unverifiable" has no place on the scale. */
export function verdictLabel(rating: Rating): string {
  const { ratingValue, alternateName } = ratingScale(rating);
  return ratingValue === null ? alternateName : `${alternateName} (${ratingValue}/5)`;
}

function evidenceLine(evidence: Evidence, claims: Map<string, ExportedClaim>): string {
  const kind = evidence.kind === 'SUPPORTS' ? 'Supports' : 'Refutes';
  const target = evidence.claimId
    ? `claim ${claims.get(evidence.claimId) ? `"${inline(claims.get(evidence.claimId)!.claim.text)}" ` : ''}${code(evidence.claimId)}`
    : link(evidence.sourceUrl ?? '', evidence.sourceUrl ?? '');
  return `  - ${kind}: ${target}${evidence.note ? ` — ${inline(evidence.note)}` : ''}`;
}

function verdictLines(review: Review | null, earlier: Review[], claims: Map<string, ExportedClaim>): string[] {
  if (!review) return ['- **Verdict:** not reviewed yet'];
  const lines = [`- **Verdict:** ${verdictLabel(review.rating)}, by ${inline(review.reviewer)} on ${dateOnly(review.reviewedAt)}`, blockQuote(review.rationale, '  ')];
  lines.push(...review.evidence.map((evidence) => evidenceLine(evidence, claims)));
  if (earlier.length) {
    lines.push(`- **Earlier verdicts:** ${earlier.map((old) => `${verdictLabel(old.rating)} (${inline(old.reviewer)}, ${dateOnly(old.reviewedAt)})`).join('; ')}`);
  }
  return lines;
}

function claimSection(item: ExportedClaim, index: number, data: FactCheckReportData, conflictNumbers: Map<string, number>, claims: Map<string, ExportedClaim>): string {
  const { claim } = item;
  const statement = [
    inline(item.subject.name),
    `${claim.negated ? 'not ' : ''}${claim.predicate}`,
    item.object ? inline(item.object.name) : null,
    valueLabel(item) ? inline(valueLabel(item)!) : null,
    periodLabel(item) ? inline(periodLabel(item)!) : null,
  ].filter(Boolean);
  const lines = [`### ${index + 1}. ${inline(claim.text)}`, '', ...verdictLines(item.review, item.earlierReviews, claims)];
  lines.push(`- **Statement:** ${statement.join(' · ')}`);
  lines.push(`- **Status:** ${claim.status.toLowerCase()}${claim.statusReason ? ` (${inline(claim.statusReason)})` : ''} · rank ${item.rank.toLowerCase()} · ${code(claim.id)} v${claim.version}`);
  for (const citation of claim.citations) {
    const source = item.sources.find((candidate) => candidate.id === citation.sourceId);
    if (!source) continue;
    const when = source.publishedAt ? `, ${source.publishedAt}` : '';
    lines.push(`- **Said by:** ${link(sourceName(source), source.url)}${inline(when)}${citation.quote ? `: “${inline(citation.quote)}”` : ''}`);
  }
  if (item.conflicts.length) {
    const refs = item.conflicts.map((conflict) => `C${conflictNumbers.get(conflict.id)} (${conflict.rule}, ${conflict.status.toLowerCase()})`);
    lines.push(`- **Conflicts:** ${refs.join(', ')}`);
  }
  const corroboration = data.corroborations.get(claim.id);
  if (corroboration) {
    lines.push(`- **Corroborated:** ${count(corroboration.independentSourceCount, 'independent source')}, by ${corroboration.claims.map((other) => `“${inline(other.claim.text)}” (${other.sources.map(sourceName).map(inline).join(', ')})`).join('; ')}`);
  }
  return lines.join('\n');
}

function conflictSection(entry: ReportConflict, number: number): string {
  const { conflict } = entry;
  const lines = [`### C${number}. ${conflict.rule} · ${conflict.severity.toLowerCase()} · ${conflict.status.toLowerCase()}`, '', inline(conflict.explanation), ''];
  for (const member of entry.members) {
    const role = conflict.claims.find((c) => c.claimId === member.claim.id)?.role;
    lines.push(`- “${inline(member.claim.text)}” — ${member.sources.map(sourceName).map(inline).join(', ') || 'no source'}${role ? ` (${inline(role)})` : ''}, ${member.claim.status.toLowerCase()}`);
  }
  if (conflict.statusBy) {
    lines.push('', `Marked ${conflict.status.toLowerCase()} by ${inline(conflict.statusBy)}${conflict.statusAt ? ` on ${dateOnly(conflict.statusAt)}` : ''}${conflict.statusNote ? `: ${inline(conflict.statusNote)}` : ''}.`);
  }
  lines.push('', `${code(conflict.id)}, detected ${dateOnly(conflict.detectedAt)}.`);
  return lines.join('\n');
}

function verdictTable(claims: readonly ExportedClaim[]): string {
  const counts = new Map<string, number>();
  for (const item of claims) {
    const label = item.review ? ratingScale(item.review.rating).alternateName : 'Not reviewed';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const order = ['True', 'Mostly true', 'Mixed', 'Mostly false', 'False', 'Unverifiable', 'Not reviewed'];
  const rows = order.filter((label) => counts.has(label)).map((label) => `| ${label} | ${counts.get(label)} |`);
  return ['| Verdict | Claims |', '| --- | ---: |', ...rows].join('\n');
}

function corroborationTable(data: FactCheckReportData): string {
  const rows = data.claims
    .filter((item) => data.corroborations.has(item.claim.id))
    .map((item) => {
      const found = data.corroborations.get(item.claim.id)!;
      return `| ${inline(item.claim.text)} | ${found.independentSourceCount} | ${found.claims.length} |`;
    });
  if (!rows.length) return 'No claim here is corroborated by another source yet.';
  return ['| Claim | Independent sources | Corroborating claims |', '| --- | ---: | ---: |', ...rows].join('\n');
}

export function factCheckReportMarkdown(data: FactCheckReportData): string {
  const claims = new Map(data.claims.map((item) => [item.claim.id, item]));
  for (const entry of data.conflicts) for (const member of entry.members) claims.set(member.claim.id, member);
  const conflictNumbers = new Map(data.conflicts.map((entry, index) => [entry.conflict.id, index + 1]));
  const reviewed = data.claims.filter((item) => item.review).length;
  const unsettled = data.conflicts.filter((entry) => isUnsettled(entry.conflict)).length;
  const sections = [
    `# ${title(data.scope)}`,
    scopeLine(data.scope),
    `Generated ${data.generatedAt} by claimgraph: ${count(data.claims.length, 'claim')}, ${reviewed} reviewed; ${count(data.conflicts.length, 'conflict')}, ${unsettled} unsettled; ${count(data.corroborations.size, 'claim')} corroborated. Current claims come first; retracted, rejected, stale and false ones are kept, ranked deprecated.`,
    '## Verdicts',
    verdictTable(data.claims),
    '## Claims',
    data.claims.length ? data.claims.map((item, index) => claimSection(item, index, data, conflictNumbers, claims)).join('\n\n') : 'No claims.',
    '## Conflicts',
    data.conflicts.length ? data.conflicts.map((entry, index) => conflictSection(entry, index + 1)).join('\n\n') : 'No conflicts involve these claims.',
    '## Corroborations',
    corroborationTable(data),
  ];
  return `${sections.join('\n\n')}\n`;
}
