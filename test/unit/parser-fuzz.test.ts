// Property-based fuzzing of the value and period parsers: any text either parses into a sound interval or is refused with a domain code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCode } from '../../src/domain/errors.js';
import { parsePeriod } from '../../src/domain/period.js';
import { parseQuantity, type Dimension } from '../../src/domain/quantity.js';
import { hostileString } from '../support/hostile-inputs.js';

const DIMENSIONS: Dimension[] = ['SHARE', 'MONEY', 'DURATION', 'MULTIPLE', 'COUNT', 'POWER', 'ENERGY'];
const anyText = fc.oneof(
  hostileString(),
  fc.string({ maxLength: 60 }),
  // Pieces of the grammar, shuffled: the likeliest way to reach odd corners of a hand-written parser.
  fc
    .array(fc.constantFrom('about', 'over', 'under', 'roughly', 'half', 'to', '20', '21.5', '%', '$', '2.5', 'billion', 'B', 'M', 'k', 'months', 'x', 'faster', 'early', 'late', 'mid', 'Q3', '2025', 'February', 'by', 'end', 'of', 'H1', '-', 'and', 'since', 'after', 'launch', 'today'), { maxLength: 6 })
    .map((words) => words.join(' ')),
);

function refusedWithDomainCode(run: () => unknown, allowed: string[]): void {
  try {
    run();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(DomainError);
    expect(allowed).toContain((error as DomainError).code);
  }
}

describe('parseQuantity under fuzzing', () => {
  it('returns a sound interval or refuses with a value code', () => {
    fc.assert(
      fc.property(anyText, fc.subarray(DIMENSIONS), fc.boolean(), (text, accept, allowFreeText) => {
        let quantity: ReturnType<typeof parseQuantity> | undefined;
        refusedWithDomainCode(() => (quantity = parseQuantity(text, { accept, allowFreeText })), [ErrorCode.ValueUnparseable, ErrorCode.ValueUnitMismatch, ErrorCode.ValueNotAllowed]);
        if (!quantity) return;
        for (const bound of [quantity.lower, quantity.upper, quantity.statedLower, quantity.statedUpper]) {
          if (bound !== null) expect(Number.isFinite(bound), `${text} -> ${JSON.stringify(quantity)}`).toBe(true);
        }
        if (quantity.lower !== null && quantity.upper !== null) expect(quantity.lower).toBeLessThanOrEqual(quantity.upper);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('parsePeriod under fuzzing', () => {
  const ISO = /^\d{4}-\d{2}-\d{2}$/;
  it('returns an ordered ISO interval or refuses with a period or date code', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, dated) => {
        const context = dated ? { publishedAt: { year: 2026, month: 2 }, anchors: { launch: { year: 2025, month: 2, day: 24 } } } : {};
        let period: ReturnType<typeof parsePeriod> | undefined;
        refusedWithDomainCode(() => (period = parsePeriod(text, context)), [ErrorCode.PeriodUnparseable, ErrorCode.PeriodUnresolvable, ErrorCode.DateInvalid]);
        if (!period) return;
        if (period.start !== null) expect(period.start).toMatch(ISO);
        if (period.end !== null) expect(period.end).toMatch(ISO);
        if (period.start !== null && period.end !== null) expect(period.start <= period.end, `${text} -> ${JSON.stringify(period)}`).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });
});
