// Builders of complete store records for tests, with unique ids and names so suites can share a database.
import { randomUUID } from 'node:crypto';
import { newId, periodIdOf } from '../../src/app/ids.js';
import type { Claim, Conflict, Entity, HistoryEntry, Period, Review, Source } from '../../src/domain/model.js';

const now = '2026-02-10T12:00:00.000Z';
export const unique = (label: string): string => `${label} ${randomUUID().slice(0, 8)}`;

export function entity(overrides: Partial<Entity> = {}): Entity {
  return {
    id: newId('Entity'),
    kind: 'COMPANY',
    name: unique('Company'),
    aliases: [],
    makerId: null,
    launchDate: null,
    mergedIntoId: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}

export function source(overrides: Partial<Source> = {}): Source {
  return {
    id: newId('Source'),
    url: `https://example.org/${randomUUID()}`,
    title: 'A test source',
    publisher: 'Test Press',
    publishedAt: '2026-02',
    retrievedAt: now,
    contentHash: null,
    ...overrides,
  };
}

export function period(start: string | null, end: string | null, label = `${start}..${end}`): Period {
  return { id: periodIdOf(`${start ?? '-inf'}_${end ?? '+inf'}_MONTH`), label, start, end, precision: 'MONTH' };
}

export function claim(subject: Entity, src: Source, overrides: Partial<Claim> = {}): Claim {
  const id = newId('Claim');
  return {
    id,
    text: `${subject.name} holds 32% of the market`,
    kind: 'QUANTITATIVE',
    subjectId: subject.id,
    predicate: 'market_share',
    objectId: null,
    value: {
      text: '32%',
      unit: 'PERCENT',
      lower: 32,
      upper: 32,
      lowerInclusive: true,
      upperInclusive: true,
      statedLower: 32,
      statedUpper: 32,
      approx: false,
      tolerance: null,
    },
    periodId: null,
    periodText: null,
    qualifiers: [],
    negated: false,
    status: 'ACCEPTED',
    statusReason: null,
    citations: [{ sourceId: src.id, quote: '32%', start: 10, end: 13, prefix: 'holds ', suffix: ' of' }],
    fingerprint: `fp-${id}`,
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}

export function conflict(claims: Claim[], overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: newId('Conflict'),
    key: `functional:${claims.map((c) => c.id).sort().join(',')}`,
    rule: 'functional',
    severity: 'HIGH',
    status: 'OPEN',
    explanation: 'values do not overlap',
    details: { compared: [32, 25] },
    claims: claims.map((c, index) => ({ claimId: c.id, role: index === 0 ? 'A' : 'B', version: c.version })),
    detectedAt: now,
    updatedAt: now,
    statusBy: null,
    statusAt: null,
    statusNote: null,
    version: 1,
    ...overrides,
  };
}

export function history(targetId: string, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: newId('History'),
    targetId,
    action: 'created',
    actor: 'tester',
    at: now,
    fromVersion: 0,
    toVersion: 1,
    changes: {},
    note: null,
    ...overrides,
  };
}

export function review(claimId: string, overrides: Partial<Review> = {}): Review {
  return {
    id: newId('Review'),
    claimId,
    claimVersion: 1,
    rating: 'MOSTLY_TRUE',
    rationale: 'Matches the company filing within a point.',
    evidence: [{ kind: 'SUPPORTS', claimId: null, sourceId: null, sourceUrl: 'https://example.org/filing', note: 'the filing' }],
    reviewer: 'tester',
    reviewedAt: now,
    supersedesId: null,
    ...overrides,
  };
}
