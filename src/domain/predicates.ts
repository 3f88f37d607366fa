// The predicate registry: each predicate's value kind, what it relates, and how claims about it can clash.
import { z } from 'zod';
import { DomainError, ErrorCode } from './errors.js';
import { ClaimKind, EntityKind } from './model.js';
import builtinPredicates from './predicates.builtin.json' with { type: 'json' };
import { DIMENSIONS, type Dimension } from './quantity/units.js';

/**
 * How claims about a predicate can conflict (see DESIGN.md):
 * FUNCTIONAL one true value per (subject, object, qualifiers, period);
 * ADDITIVE_SHARE shares of one market cannot sum past 100%;
 * EXCLUSIVE only one subject leads a market in a period;
 * EVENT one date per event; POLARITY the same statement affirmed and negated.
 * PERIOD_TOTAL (with FUNCTIONAL) the value is a total over its period (revenue): figures for different periods
 * are not compared, as a quarter's revenue and its year's differ by nature, though the periods overlap.
 */
export const Semantics = z.enum(['FUNCTIONAL', 'ADDITIVE_SHARE', 'EXCLUSIVE', 'EVENT', 'POLARITY', 'PERIOD_TOTAL']);
export type Semantics = z.infer<typeof Semantics>;

export const ValueDimension = z.enum(DIMENSIONS as [Dimension, ...Dimension[]]);

export const PredicateDefinition = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]{1,62}$/, 'lower_snake_case, 2-63 characters'),
  description: z.string().min(1),
  kind: ClaimKind,
  /** Dimensions a value may have; empty means the predicate takes no value. */
  valueDimensions: z.array(ValueDimension).default([]),
  valueRequired: z.boolean().default(false),
  /** Values that are not numbers are kept as text (value.unit = null) instead of refused. */
  allowFreeText: z.boolean().default(false),
  objectRequired: z.boolean().default(false),
  /** Kind given to a new object entity when the input does not say. */
  defaultObjectKind: EntityKind.nullable().default(null),
  semantics: z.array(Semantics).default([]),
  /** How far "roughly"/"about" widens a value: relative, with a floor in percentage points. */
  tolerance: z
    .object({ relative: z.number().min(0).max(1), minPercentPoints: z.number().min(0).max(100) })
    .default({ relative: 0.1, minPercentPoints: 1 }),
  builtin: z.boolean().default(false),
});
export type PredicateDefinition = z.infer<typeof PredicateDefinition>;
export type PredicateInput = z.input<typeof PredicateDefinition>;

export function parsePredicateDefinition(input: unknown, field: Array<string | number> = []): PredicateDefinition {
  const parsed = PredicateDefinition.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(ErrorCode.PredicateInvalid, `invalid predicate: ${issue.message}`, [...field, ...issue.path.map(String)]);
  }
  const definition = parsed.data;
  if (definition.valueRequired && definition.valueDimensions.length === 0 && !definition.allowFreeText) {
    throw new DomainError(ErrorCode.PredicateInvalid, `predicate ${definition.name} requires a value but accepts none`, [...field, 'valueRequired']);
  }
  if (definition.semantics.includes('PERIOD_TOTAL') && !definition.semantics.includes('FUNCTIONAL')) {
    throw new DomainError(ErrorCode.PredicateInvalid, `predicate ${definition.name}: PERIOD_TOTAL qualifies FUNCTIONAL, which it lacks`, [...field, 'semantics']);
  }
  return definition;
}

export const BUILTIN_PREDICATES: readonly PredicateDefinition[] = builtinPredicates.map((p) =>
  parsePredicateDefinition({ ...p, builtin: true }),
);

/** Lookup by name; built-ins first, then declared predicates (which may not redefine a built-in). */
export class PredicateRegistry {
  private readonly byName = new Map<string, PredicateDefinition>();

  constructor(definitions: readonly PredicateDefinition[] = BUILTIN_PREDICATES) {
    for (const definition of definitions) this.byName.set(definition.name, definition);
  }

  static withDeclared(declared: readonly PredicateDefinition[]): PredicateRegistry {
    const registry = new PredicateRegistry();
    for (const definition of declared) if (!registry.byName.get(definition.name)?.builtin) registry.byName.set(definition.name, definition);
    return registry;
  }

  get(name: string): PredicateDefinition | undefined {
    return this.byName.get(name);
  }

  require(name: string, field: Array<string | number>): PredicateDefinition {
    const definition = this.byName.get(name);
    if (!definition) {
      throw new DomainError(
        ErrorCode.PredicateUnknown,
        `unknown predicate "${name}"; known: ${[...this.byName.keys()].sort().join(', ')}`,
        field,
      );
    }
    return definition;
  }

  declare(definition: PredicateDefinition): void {
    if (this.byName.get(definition.name)?.builtin) {
      throw new DomainError(ErrorCode.PredicateInvalid, `predicate ${definition.name} is built in and cannot be redefined`, ['name']);
    }
    this.byName.set(definition.name, definition);
  }

  all(): PredicateDefinition[] {
    return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
