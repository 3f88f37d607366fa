// The Neo4j adapter's mapping layer without a server: values shaped as the driver returns them -> domain records, or a clear error.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PREDICATES } from '../../src/domain/predicates.js';
import {
  toClaim,
  toConflict,
  toEntity,
  toHistoryEntry,
  toPeriod,
  toPlain,
  toPredicate,
  toReview,
  toSource,
} from '../../src/store/neo4j/mapping.js';
import {
  claimRow,
  conflictRow,
  entityRow,
  historyRow,
  nameKeys,
  periodRow,
  predicateRow,
  reviewRow,
  sourceRow,
} from '../../src/store/neo4j/rows.js';
import { expectDomainError } from '../support/domain-error.js';
import * as make from '../support/records.js';

/**
 * What `node {.*}` gives back for a node written with `SET node += row.props`: Neo4j stores no nulls
 * (setting one removes the property), and integers come back as driver Integers.
 */
function asReturned(row: { id?: string; name?: string; props: Record<string, unknown> }): Record<string, unknown> {
  const stored = Object.fromEntries(Object.entries(row.props).filter(([, value]) => value !== null && value !== undefined));
  return row.id === undefined ? { name: row.name, ...stored } : { id: row.id, ...stored };
}

describe('neo4j mapping: records as the driver returns them', () => {
  const company = make.entity({ aliases: ['Acme Corp', 'ACME'] });
  const src = make.source({ title: null });
  const period = make.period('2025-01-01', '2025-03-31', 'Q1 2025');
  const claim = make.claim(company, src, {
    objectId: make.entity().id,
    periodId: period.id,
    periodText: 'in Q1 2025',
    qualifiers: [{ key: 'segment', value: 'enterprise' }],
    citations: [
      { sourceId: src.id, quote: '32%', start: 10, end: 13, prefix: 'holds ', suffix: ' of' },
      { sourceId: src.id, quote: null, start: null, end: null, prefix: null, suffix: null },
    ],
    version: 3,
  });

  it('maps a claim, its value, qualifiers and citations (JSON properties) and Integer version', () => {
    const returned = asReturned(claimRow(claim));
    expect(neo4j.isInt(returned.version)).toBe(true);
    expect(typeof returned.valueJson).toBe('string');
    expect(toClaim(returned)).toEqual(claim);
  });

  it('maps a claim without a value, object or period (absent properties are nulls)', () => {
    const bare = make.claim(company, src, { value: null, objectId: null, periodId: null, statusReason: null });
    const returned = asReturned(claimRow(bare));
    expect(returned).not.toHaveProperty('valueJson');
    expect(toClaim(returned)).toEqual(bare);
  });

  it('maps entities, sources, periods, conflicts, history, reviews and predicates', () => {
    const merged = make.entity({ kind: 'PRODUCT', makerId: company.id, mergedIntoId: company.id, launchDate: '2025-02' });
    expect(toEntity(asReturned(entityRow(company)))).toEqual(company);
    expect(toEntity(asReturned(entityRow(merged)))).toEqual(merged);
    expect(toSource(asReturned(sourceRow(src)))).toEqual(src);
    const ingested = make.source({ contentHash: 'a'.repeat(64) });
    expect(toSource(asReturned(sourceRow(ingested)))).toEqual(ingested);
    expect(toPeriod(asReturned(periodRow(period)))).toEqual(period);
    const open = make.period(null, '2025-12-31');
    expect(toPeriod(asReturned(periodRow(open)))).toEqual(open);
    const conflict = make.conflict([claim, make.claim(company, src)], { details: { compared: [32, 25], tolerance: { points: 1 } } });
    expect(toConflict(asReturned(conflictRow(conflict)))).toEqual(conflict);
    const entry = make.history(claim.id, { action: 'updated', fromVersion: 1, toVersion: 2, changes: { text: { from: 'a', to: 'b' } }, note: 'why' });
    expect(toHistoryEntry(asReturned(historyRow(entry)))).toEqual(entry);
    const review = make.review(claim.id, { supersedesId: 'rev_previous' });
    expect(toReview(asReturned(reviewRow(review)))).toEqual(review);
    const predicate = BUILTIN_PREDICATES[0]!;
    expect(toPredicate(asReturned(predicateRow(predicate)))).toEqual(predicate);
  });

  it('accepts a driver Node as well as a property map', () => {
    const node = new neo4j.types.Node(neo4j.int(7), ['Entity'], asReturned(entityRow(company)), '4:abc:7');
    expect(toEntity(node)).toEqual(company);
  });

  it('reads a stored empty alias list, and an absent one, as []', () => {
    const bare = make.entity({ aliases: [] });
    expect(toEntity({ ...asReturned(entityRow(bare)), aliases: [] })).toEqual(bare);
    const { aliases: _dropped, ...withoutAliases } = asReturned(entityRow(bare));
    expect(toEntity(withoutAliases)).toEqual(bare);
  });

  it('turns temporal values into ISO strings and Integers into numbers', () => {
    const appliedAt = new neo4j.types.DateTime(2026, 2, 10, 12, 0, 5, 250_000_000, 0);
    expect(toPlain(appliedAt)).toBe('2026-02-10T12:00:05.250Z');
    expect(toPlain(new neo4j.types.Date(2026, 2, 10))).toBe('2026-02-10');
    expect(toPlain({ counts: [neo4j.int(3), neo4j.int(-1)] })).toEqual({ counts: [3, -1] });
    // A timestamp some other tool stored as DATETIME still maps onto the ISO field.
    const returned = { ...asReturned(entityRow(company)), createdAt: new neo4j.types.DateTime(2026, 2, 10, 12, 0, 0, 0, 0) };
    expect(toEntity(returned).createdAt).toBe('2026-02-10T12:00:00.000Z');
  });

  it('normalizes names as the memory store does, and gives a merged entity no names', () => {
    expect(nameKeys(make.entity({ name: '  Claude   Code ', aliases: ['claude code', 'CC'] }))).toEqual(['claude code', 'cc']);
    expect(nameKeys(make.entity({ mergedIntoId: company.id }))).toEqual([]);
  });
});

describe('neo4j mapping: malformed records are rejected with store.corrupt', () => {
  const company = make.entity();
  const src = make.source();
  const claim = make.claim(company, src);
  const returned = asReturned(claimRow(claim));

  it('names the record and the field that does not fit the schema', () => {
    expectDomainError(() => toClaim({ ...returned, status: 'MAYBE' }), 'store.corrupt', new RegExp(`Claim ${claim.id}: status: `));
  });

  it('rejects a missing required property', () => {
    const { text: _text, ...withoutText } = returned;
    expectDomainError(() => toClaim(withoutText), 'store.corrupt', `Claim ${claim.id}: text:`);
  });

  it('rejects a JSON property that is not JSON, or JSON of the wrong shape', () => {
    expectDomainError(() => toClaim({ ...returned, citationsJson: '[{' }), 'store.corrupt', `Claim ${claim.id}: citationsJson is not valid JSON`);
    expectDomainError(() => toClaim({ ...returned, citationsJson: '[{"sourceId": 5}]' }), 'store.corrupt', 'citations.0.sourceId');
  });

  it('rejects an Integer beyond what JavaScript holds exactly', () => {
    expectDomainError(() => toClaim({ ...returned, version: neo4j.int('9007199254740993') }), 'store.corrupt', 'beyond the integers');
  });

  it('rejects something that is not a node at all', () => {
    expectDomainError(() => toEntity('ent_1'), 'store.corrupt', 'Entity: expected the properties of a node, got string');
  });
});
