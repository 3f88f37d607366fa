// fast-check arbitraries for hostile GraphQL inputs: strings, numbers and whole argument objects generated from schema.graphql.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';

/** Strings that have broken parsers, stores and renderers somewhere: injections, encodings, extremes, plausible-but-wrong forms. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  'ünïcødé 🚀 中文',
  '__proto__',
  'constructor',
  "'; DROP TABLE claims; --",
  '") MATCH (n) DETACH DELETE n //',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'javascript:alert(1)',
  'https://',
  'http://[::1',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '1e-400',
  '99999999999999999999999%',
  '$1e400',
  '-$5 trillion',
  '%',
  '$',
  'over over half',
  'roughly roughly 20 to to 21%',
  'Q5 2025',
  'February 30 2026',
  '0000-00-00',
  '9999-99-99',
  'six months after',
  'by early',
  'clm_',
  'ent_',
  'clm_01J0000000000000000000000',
  'a'.repeat(5_000),
];

/** Values that parse, so a run also reaches the code behind validation. */
export const PLAUSIBLE_STRINGS = ['32%', 'over half', 'roughly 20 to 21%', '$2.5 billion', 'six months', '25% faster', 'late 2023', 'early February 2026', '2026-02-12', 'Anthropic', 'Claude Code', 'market_share', 'https://example.com/fuzz', 'enterprise LLM API market'];

export const hostileString = (known: readonly string[] = []): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS, ...known) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  );

const hostileInt = fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1.5));
const hostileFloat = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308, 0.1));

/** A value for `type`, mostly well-typed so resolvers run, sometimes mistyped so coercion is tried too. */
export function valueFor(type: GraphQLInputType, known: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const wellTyped = wellTypedValue(type, known, depth);
  return fc.oneof({ weight: 12, arbitrary: wellTyped }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
}

function wellTypedValue(type: GraphQLInputType, known: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, known, depth);
  if (isListType(type)) return fc.array(valueFor(type.ofType, known, depth + 1), { maxLength: depth > 1 ? 2 : 4 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...named.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: fc.constantFrom('NOPE', '') });
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = valueFor(field.type, known, depth + 1);
    const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    // Required fields are usually present (so input gets past coercion) but not always.
    return fc.oneof({ weight: 8, arbitrary: fc.record(record, { requiredKeys: required }) }, { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) });
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return hostileInt;
      case 'Float':
        return hostileFloat;
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return fc.constantFrom('2026-02-12T10:00:00.000Z', 'yesterday', '');
      case 'JSON':
        return fc.jsonValue({ maxDepth: 2 });
      default:
        return hostileString(known);
    }
  }
  return fc.constant(null);
}

/** Arguments for a field: an object of generated values, keyed by argument name. */
export function argumentsFor(args: readonly GraphQLArgument[], known: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const argument of args) record[argument.name] = valueFor(argument.type, known);
  return fc.record(record, { requiredKeys: args.filter((argument) => isNonNullType(argument.type)).map((argument) => argument.name) });
}
