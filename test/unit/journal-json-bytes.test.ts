// The journal's payload encoder must write exactly the bytes JSON.stringify would, for any value a caller hands it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytes } from '../../src/store/memory/journal/json-bytes.js';

const asText = (value: unknown) => jsonBytes(value)?.toString('utf8');

describe('jsonBytes', () => {
  it('writes what JSON.stringify writes, for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withDate: true }), (value) => {
        let expected: string | undefined;
        try {
          expected = JSON.stringify(value);
        } catch {
          expect(() => jsonBytes(value)).toThrow();
          return;
        }
        expect(asText(value)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and writes null where it does', () => {
    const payload = {
      kept: 1,
      dropped: undefined,
      fn: () => 1,
      list: [undefined, () => 1, Symbol('s'), 2],
      when: new Date(Date.UTC(2026, 0, 2)),
      custom: { toJSON: () => 'custom' },
      nested: { list: [{ a: undefined, b: 'é€😀', c: '\ud800' }] },
    };
    expect(asText(payload)).toBe(JSON.stringify(payload));
  });

  it('gives undefined where JSON.stringify gives undefined', () => {
    expect(jsonBytes(undefined)).toBeUndefined();
    expect(jsonBytes(() => 1)).toBeUndefined();
  });

  it('throws on a cycle and on a BigInt, as JSON.stringify does', () => {
    const cyclic: Record<string, unknown> = { claims: [] };
    (cyclic.claims as unknown[]).push(cyclic);
    expect(() => jsonBytes(cyclic)).toThrow(TypeError);
    expect(() => jsonBytes({ claims: [{ n: 1n }] })).toThrow(TypeError);
  });

  it('returns a copy: a later payload does not overwrite an earlier one', () => {
    const first = jsonBytes({ claims: ['a'.repeat(1000)] })!;
    const firstText = first.toString('utf8');
    jsonBytes({ claims: ['b'.repeat(5_000_000)] }); // grows the scratch buffer past what is kept
    expect(first.toString('utf8')).toBe(firstText);
    expect(asText({ claims: ['c'] })).toBe('{"claims":["c"]}');
  });

  it('gives toJSON the key it would have inside its holder, at every level', () => {
    const keyed = { toJSON: (key: string) => `key=${key}` };
    const payload = { a: keyed, list: [keyed, { inner: keyed }], deep: { list: [{ x: keyed }] }, gone: { toJSON: () => undefined }, holes: [{ toJSON: () => undefined }] };
    expect(asText(payload)).toBe(JSON.stringify(payload));
    expect(asText([keyed])).toBe(JSON.stringify([keyed]));
  });

  it('encodes a payload whose getter encodes one of its own, without mixing the two', () => {
    const payload = {
      a: 1,
      get b() {
        jsonBytes({ zzz: 'inner' });
        return 2;
      },
      c: 3,
    };
    expect(asText(payload)).toBe('{"a":1,"b":2,"c":3}');
  });
});

