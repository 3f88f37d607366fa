// Builds ClaimViews for rule tests: values parsed by the predicate's own rules, periods by the period parser.
import type { ClaimView } from '../../src/domain/conflicts/index.js';
import type { Claim } from '../../src/domain/model.js';
import { parsePeriod } from '../../src/domain/period.js';
import { PredicateRegistry } from '../../src/domain/predicates.js';
import { parseQuantity } from '../../src/domain/quantity.js';

export const registry = new PredicateRegistry();
export const lookup = (name: string) => registry.get(name);

export interface ViewSpec {
  subject: string;
  predicate: string;
  object?: string | null;
  value?: string | null;
  /** As people write it ("February 2026"); omitted or null = undated. */
  period?: string | null;
  qualifiers?: Array<{ key: string; value: string }>;
  negated?: boolean;
  source?: string;
  status?: Claim['status'];
  /** Fixed id, for tests that need one; otherwise sequential. */
  id?: string;
  version?: number;
}

let sequence = 0;

export function view(spec: ViewSpec): ClaimView {
  const definition = registry.require(spec.predicate, ['predicate']);
  const value = spec.value
    ? parseQuantity(spec.value, { accept: definition.valueDimensions, tolerance: definition.tolerance, allowFreeText: definition.allowFreeText })
    : null;
  const period = spec.period ? parsePeriod(spec.period, {}) : null;
  const id = spec.id ?? `clm_${String(++sequence).padStart(6, '0')}`;
  const source = spec.source ?? 'Example Press';
  const claim: Claim = {
    id,
    text: `${spec.subject} ${spec.negated ? 'not ' : ''}${spec.predicate} ${spec.object ?? ''} ${spec.value ?? ''} ${spec.period ?? ''}`.replace(/\s+/g, ' ').trim(),
    kind: definition.kind,
    subjectId: `ent_${spec.subject}`,
    predicate: spec.predicate,
    objectId: spec.object ? `ent_${spec.object}` : null,
    value,
    periodId: period ? `per_${period.start}_${period.end}` : null,
    periodText: spec.period ?? null,
    qualifiers: spec.qualifiers ?? [],
    negated: spec.negated ?? false,
    status: spec.status ?? 'ACCEPTED',
    statusReason: null,
    citations: [{ sourceId: `src_${source}`, quote: null, start: null, end: null, prefix: null, suffix: null }],
    fingerprint: id,
    createdAt: '2026-02-20T00:00:00.000Z',
    updatedAt: '2026-02-20T00:00:00.000Z',
    version: spec.version ?? 1,
  };
  return {
    claim,
    period: period ? { start: period.start, end: period.end, label: period.label } : null,
    subjectName: spec.subject,
    objectName: spec.object ?? null,
    sourceLabel: source,
  };
}
