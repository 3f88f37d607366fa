// The ClaimInput shortcut must agree with zod: the same output when it answers, no answer when zod refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generator/index.js';
import { quickClaimInput } from '../../src/app/claim-input-check.js';
import { ClaimInput } from '../../src/app/inputs.js';
import { HOSTILE_STRINGS, hostileString } from '../support/hostile-inputs.js';

/** zod's verdict and the shortcut's agree; returns whether the shortcut answered. */
function agrees(raw: unknown): boolean {
  const quick = quickClaimInput(raw);
  const zod = ClaimInput.safeParse(raw);
  if (quick === undefined) return false;
  expect(zod.success, JSON.stringify(raw)).toBe(true);
  // Key presence matters too (an undefined key is kept by zod), so compare own keys as well as values.
  expect(quick).toStrictEqual(zod.data);
  expect(Object.keys(quick)).toEqual(Object.keys(zod.data!));
  return true;
}

const valid = {
  text: '  Acme holds 32% of widgets in Q3 2025 ',
  subject: ' Acme ',
  subjectKind: 'COMPANY',
  predicate: 'market_share',
  object: 'widgets',
  objectKind: null,
  value: ' 32% ',
  period: 'Q3 2025',
  qualifiers: [{ key: ' region ', value: 'EU ', extra: 1 }],
  negated: false,
  source: { url: ' https://example.com/a ', title: 'A', publisher: undefined, publishedAt: '2025-10-01', other: 'x' },
  quote: 'holds 32%',
  span: { start: 5, end: 14, prefix: ' Acme ', suffix: null },
  unknown: 'dropped',
};

const FIELDS = ['text', 'subject', 'subjectKind', 'predicate', 'object', 'objectKind', 'value', 'period', 'qualifiers', 'negated', 'source', 'quote', 'span'];
const SOURCE_FIELDS = ['url', 'title', 'publisher', 'publishedAt'];
const SPAN_FIELDS = ['start', 'end', 'prefix', 'suffix'];
/** Each length limit in the schema, exactly, one past it, and exactly with spaces around (trimmed first). */
const AT_LIMITS = [40, 60, 63, 200, 500, 1000, 2000].flatMap((limit) => ['x'.repeat(limit), 'x'.repeat(limit + 1), ` ${'x'.repeat(limit)} `]);
const ODD_VALUES: unknown[] = [null, undefined, true, 0, -1, 1.5, 5, 14, 2 ** 53, Number.NaN, [], {}, [{ key: 'k', value: 'v' }], { url: 'https://e.com' }, 'COMPANY', 'http://x.y/z', 'ftp://x.y', 'https://ex ample.com', ' https://a.b/c\t'];
const odd = fc.oneof(
  fc.constantFrom(...AT_LIMITS),
  hostileString(['COMPANY', 'PRODUCT', 'http://x.y/z', 'ftp://x.y', 'https://ex ample.com']),
  fc.constantFrom(...ODD_VALUES),
  fc.string({ minLength: 190, maxLength: 2100 }),
);
const REMOVE = Symbol('remove');
const withField = (record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => {
  const copy = { ...record };
  if (value === REMOVE) delete copy[key];
  else copy[key] = value;
  return copy;
};
const change = fc.oneof(odd, fc.constant(REMOVE));

describe('quickClaimInput', () => {
  it('answers for every generated claim, as zod would', () => {
    const { claims } = generateGraph(2000);
    for (const claim of claims) expect(agrees(claim)).toBe(true);
    expect(agrees(valid)).toBe(true);
  });

  it('never vouches for what zod refuses, nor answers differently, on mutated inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...FIELDS), change), { maxLength: 3 }),
        fc.tuple(fc.constantFrom(...SOURCE_FIELDS), change),
        fc.tuple(fc.constantFrom(...SPAN_FIELDS), change),
        fc.constantFrom('none', 'source', 'span', 'both'),
        (edits, sourceEdit, spanEdit, nested) => {
          let raw: Record<string, unknown> = { ...valid };
          if (nested === 'source' || nested === 'both') raw.source = withField(valid.source, ...sourceEdit);
          if (nested === 'span' || nested === 'both') raw.span = withField(valid.span, ...spanEdit);
          for (const [key, value] of edits) raw = withField(raw, key, value);
          agrees(raw);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees on every single-field change to a limit, a hostile string or an odd value', () => {
    const values: unknown[] = [...AT_LIMITS, ...HOSTILE_STRINGS, ...ODD_VALUES, REMOVE];
    let answered = 0;
    for (const value of values) {
      for (const key of FIELDS) if (agrees(withField(valid, key, value))) answered++;
      for (const key of SOURCE_FIELDS) if (agrees({ ...valid, source: withField(valid.source, key, value) })) answered++;
      for (const key of SPAN_FIELDS) if (agrees({ ...valid, span: withField(valid.span, key, value) })) answered++;
    }
    // Most single changes keep the input valid: the shortcut must answer those, not leave everything to zod.
    expect(answered).toBeGreaterThan(values.length * 3);
  });

  it('leaves non-objects and hostile strings to zod', () => {
    for (const raw of [null, undefined, 1, 'x', [], [valid], ...HOSTILE_STRINGS]) expect(agrees(raw)).toBe(false);
  });
});
