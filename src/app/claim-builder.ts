// Turns one validated claim input into a Claim record: predicate checked, value and period parsed, entities linked.
import { DomainError, ErrorCode } from '../domain/errors.js';
import { fingerprintOf } from '../domain/fingerprint.js';
import type { Citation, Claim, Entity, Period, Source } from '../domain/model.js';
import { parsePartialDate, parsePeriodNotingContext, periodKey, type ParsedPeriod, type PartialDate } from '../domain/period.js';
import type { PredicateDefinition, PredicateRegistry } from '../domain/predicates.js';
import { parseQuantity, type Quantity } from '../domain/quantity.js';
import type { EntityResolver } from './entity-resolver.js';
import { newId, periodIdOf } from './ids.js';
import type { ClaimInput } from './inputs.js';
import { ParseCache } from './parse-cache.js';

export interface BuiltClaim {
  claim: Claim;
  period: Period | null;
}

/** Re-locates an error thrown by a parser onto the input field it came from. */
function at<T>(field: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DomainError) throw error.at(field);
    throw error;
  }
}

function parseValue(input: ClaimInput, predicate: PredicateDefinition): Quantity | null {
  const text = input.value?.trim();
  const takesValue = predicate.valueDimensions.length > 0 || predicate.allowFreeText;
  if (!text) {
    if (predicate.valueRequired) {
      throw new DomainError(ErrorCode.ValueRequired, `predicate ${predicate.name} needs a value`, ['value']);
    }
    return null;
  }
  if (!takesValue) {
    throw new DomainError(ErrorCode.ValueNotAllowed, `predicate ${predicate.name} takes no value, got "${text}"`, ['value']);
  }
  const options = { accept: predicate.valueDimensions, tolerance: predicate.tolerance, allowFreeText: predicate.allowFreeText };
  // Everything the parse depends on is in the key, so a redeclared predicate never reads an old result.
  const key = `${options.accept.join(',')}|${options.tolerance.relative}|${options.tolerance.minPercentPoints}|${options.allowFreeText}|${text}`;
  return at('value', () => parsedValues.get(key, () => parseQuantity(text, options)));
}

const parsedValues = new ParseCache<Quantity>();
/** Periods whose parse read no context ("Q3 2025"): the same for every source, so keyed by text alone. */
const contextFreePeriods = new ParseCache<ParsedPeriod>();
/** Periods read against a publication or launch date ("last quarter"), keyed by those dates too. */
const contextBoundPeriods = new ParseCache<ParsedPeriod>();
/** Sources and launch dates recur across claims; their dates are stored well-formed, so this is a pure re-read. */
const partialDates = new ParseCache<PartialDate>(5_000);
const partialDate = (date: PartialDate | null | undefined): string => (date ? `${date.year}-${date.month ?? ''}-${date.day ?? ''}` : '');

/** Strips "by"/"as of" so one interval node carries one label; the claim keeps the words as written. */
const intervalLabel = (label: string): string => label.replace(/^(by|as of)\s+/i, '');

function parsePeriodOf(text: string, source: Source, subject: Entity): ParsedPeriod {
  const free = contextFreePeriods.find(text);
  if (free) return free;
  const publishedAt = source.publishedAt ? partialDates.get(source.publishedAt, () => parsePartialDate(source.publishedAt!)) : null;
  const launch = subject.launchDate ? partialDates.get(subject.launchDate, () => parsePartialDate(subject.launchDate!)) : undefined;
  // Everything the parse may read is in the key, so a result is reused only where it would come out the same.
  const key = `${partialDate(publishedAt)}|${partialDate(launch)}|${text}`;
  const bound = contextBoundPeriods.find(key);
  if (bound) return bound;
  const { period, readContext } = parsePeriodNotingContext(text, { publishedAt, anchors: launch ? { launch } : {} });
  if (readContext) contextBoundPeriods.keep(key, period);
  else contextFreePeriods.keep(text, period);
  return period;
}

function parseClaimPeriod(input: ClaimInput, source: Source, subject: Entity): Period | null {
  const text = input.period?.trim();
  if (!text) return null;
  const parsed = at('period', () => parsePeriodOf(text, source, subject));
  const key = periodKey(parsed);
  return { id: periodIdOf(key), label: intervalLabel(parsed.label), start: parsed.start, end: parsed.end, precision: parsed.precision };
}

function valueIdentity(value: Quantity | null): unknown {
  if (!value) return null;
  if (value.unit === null) return value.text.trim().toLowerCase();
  return [value.unit, value.lower, value.upper, value.lowerInclusive, value.upperInclusive];
}

export interface BuildContext {
  registry: PredicateRegistry;
  resolver: EntityResolver;
  now: string;
}

/** Builds a new claim (id, version 1, status given) from input; throws DomainError with a path relative to the input. */
export function buildClaim(input: ClaimInput, context: BuildContext, status: Claim['status']): BuiltClaim {
  const predicate = context.registry.require(input.predicate, ['predicate']);
  if (predicate.objectRequired && !input.object) {
    throw new DomainError(ErrorCode.InputInvalid, `predicate ${predicate.name} needs an object (${predicate.description})`, ['object']);
  }
  const source = at('source', () => at('publishedAt', () => context.resolver.source(input.source)));
  const subject = context.resolver.entity(input.subject, input.subjectKind ?? 'OTHER');
  const object = input.object ? context.resolver.entity(input.object, input.objectKind ?? predicate.defaultObjectKind ?? 'OTHER') : null;
  const value = parseValue(input, predicate);
  const period = parseClaimPeriod(input, source, subject);
  const qualifiers = (input.qualifiers ?? []).map((q) => ({ key: q.key.trim(), value: q.value.trim() }));
  const negated = input.negated ?? false;
  const citation: Citation = {
    sourceId: source.id,
    quote: input.quote ?? null,
    start: input.span?.start ?? null,
    end: input.span?.end ?? null,
    prefix: input.span?.prefix ?? null,
    suffix: input.span?.suffix ?? null,
  };
  const claim: Claim = {
    id: newId('Claim'),
    text: input.text.trim(),
    kind: predicate.kind,
    subjectId: subject.id,
    predicate: predicate.name,
    objectId: object?.id ?? null,
    value,
    periodId: period?.id ?? null,
    periodText: input.period?.trim() || null,
    qualifiers,
    negated,
    status,
    statusReason: null,
    citations: [citation],
    fingerprint: fingerprintOf({
      subjectId: subject.id,
      predicate: predicate.name,
      objectId: object?.id ?? null,
      value: valueIdentity(value),
      periodKey: period?.id ?? null,
      qualifiers,
      negated,
      sourceUrl: source.url,
    }),
    createdAt: context.now,
    updatedAt: context.now,
    version: 1,
  };
  return { claim, period };
}
