// The claims CSV: one row per claim with subject, predicate, object, qualifiers, value bounds, period, sources, status, verdict and open conflicts.
import type { ExportedClaim } from '../app/export-data.js';
import { isUnsettled } from '../app/export-data.js';
import { toCsv, type CsvCell } from './csv-format.js';

export const CLAIMS_CSV_COLUMNS = [
  'id',
  'text',
  'subject',
  'predicate',
  'negated',
  'object',
  'qualifiers',
  'value_text',
  'value_lower',
  'value_upper',
  'value_unit',
  'period_label',
  'period_start',
  'period_end',
  'source_url',
  'status',
  'rank',
  'rating',
  'open_conflicts',
] as const;

function row(item: ExportedClaim): CsvCell[] {
  const { claim, period, review } = item;
  return [
    claim.id,
    claim.text,
    item.subject.name,
    claim.predicate,
    claim.negated,
    item.object?.name,
    // "measure=daily active users; basis=forecast": what sets the claim apart from a look-alike of the same statement.
    claim.qualifiers.map((q) => `${q.key}=${q.value}`).join('; '),
    claim.value?.text,
    claim.value?.lower,
    claim.value?.upper,
    claim.value?.unit,
    // The label as the source wrote it when there is one ("by early 2026"); the canonical interval is in start/end.
    claim.periodText ?? period?.label,
    period?.start,
    period?.end,
    // URLs hold no spaces, so several sources of one claim are space-separated in one field.
    item.sources.map((source) => source.url).join(' '),
    claim.status,
    item.rank,
    review?.rating,
    item.conflicts.filter(isUnsettled).length,
  ];
}

export function claimsCsv(items: readonly ExportedClaim[]): string {
  return toCsv(CLAIMS_CSV_COLUMNS, items.map(row));
}
