// Small renderings the reports share: dates, values with their bounds, periods, sources.
import type { ExportedClaim } from '../app/export-data.js';
import type { Source } from '../domain/model.js';
import { formatQuantity } from '../domain/quantity.js';

/** The date part of an ISO date-time: what a reader and schema.org's datePublished want. */
export const dateOnly = (isoTime: string): string => isoTime.slice(0, 10);

/** "25%" with the interval it commits to when that says more: "about 20% (18.5 to 21.5)". */
export function valueLabel(item: ExportedClaim): string | null {
  const value = item.claim.value;
  if (!value) return null;
  const display = formatQuantity(value);
  if (value.lower === value.upper || (value.lower === null && value.upper === null)) return display;
  const bound = (n: number | null, open: string) => (n === null ? open : String(n));
  return `${display} (${bound(value.lower, '…')} to ${bound(value.upper, '…')})`;
}

/** As the source wrote it, with the canonical interval: "by early 2026 (2026-01-01 to 2026-04-30)". */
export function periodLabel(item: ExportedClaim): string | null {
  const { period, claim } = item;
  if (!period) return claim.periodText;
  const written = claim.periodText ?? period.label;
  return `${written} (${period.start ?? '…'} to ${period.end ?? '…'})`;
}

/** Who said it, briefly: the publisher, else the title, else the host. */
export const sourceName = (source: Source): string => source.publisher ?? source.title ?? new URL(source.url).host;
