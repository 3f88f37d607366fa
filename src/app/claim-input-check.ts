// A hand-written check of ClaimInput for the common case, so a bulk write does not run zod over every object.
import { EntityKind } from '../domain/model.js';
import type { FieldPath } from '../domain/errors.js';
import { ClaimInput, parseInput, SourceInput } from './inputs.js';

/*
 * Only ever a shortcut: it returns what ClaimInput.parse would (strings trimmed, unknown keys dropped, a
 * key given as undefined kept), or undefined at the first thing it is not sure of, and zod then reads the
 * input and makes the error. So every error keeps zod's code, message and path. test/unit/claim-input-check
 * compares both on valid, hostile and mutated inputs.
 */

type Raw = Record<string, unknown>;
const KINDS: ReadonlySet<unknown> = new Set(EntityKind.options);
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Sentinel: the value is not one the shortcut vouches for. */
const NO = Symbol('no');
type Checked<T> = T | typeof NO;

/** z.string().trim().max(max), and .min(1) when required. */
function text(value: unknown, max: number, required: boolean): Checked<string> {
  if (typeof value !== 'string') return NO;
  const trimmed = value.trim();
  return trimmed.length > max || (required && trimmed.length === 0) ? NO : trimmed;
}

/** `.nullish()` around a check: null and undefined pass as they are. */
function nullish<T>(value: unknown, check: (value: unknown) => Checked<T>): Checked<T | null | undefined> {
  return value === undefined || value === null ? value : check(value);
}

/** text() under `.nullish()`, without a closure per call: this runs for several fields of every claim. */
function optionalText(value: unknown, max: number, required: boolean): Checked<string | null | undefined> {
  return value === undefined || value === null ? value : text(value, max, required);
}

/** Copies the checked fields in the schema's order: an absent key stays absent, one given as undefined is kept. */
function assign(raw: Raw, out: Raw, key: string, value: unknown): boolean {
  if (value === NO) return false;
  if (value !== undefined || key in raw) out[key] = value;
  return true;
}

/** URLs recur (a source cites many claims); zod's URL check is the dearest, so its successes are remembered. */
const checkedUrls = new Map<string, string>();
function url(value: unknown): Checked<string> {
  if (typeof value !== 'string') return NO;
  const known = checkedUrls.get(value);
  if (known !== undefined) return known;
  const parsed = SourceInput.shape.url.safeParse(value);
  if (!parsed.success) return NO;
  if (checkedUrls.size >= 50_000) checkedUrls.clear();
  checkedUrls.set(value, parsed.data);
  return parsed.data;
}

function source(value: unknown): Checked<Raw> {
  if (!isObject(value)) return NO;
  const out: Raw = {};
  const ok =
    assign(value, out, 'url', url(value.url)) &&
    assign(value, out, 'title', optionalText(value.title, 500, false)) &&
    assign(value, out, 'publisher', optionalText(value.publisher, 200, false)) &&
    assign(value, out, 'publishedAt', optionalText(value.publishedAt, 40, false));
  return ok ? out : NO;
}

function qualifiers(value: unknown): Checked<Raw[]> {
  if (!Array.isArray(value) || value.length > 20) return NO;
  const out: Raw[] = [];
  for (const item of value) {
    if (!isObject(item)) return NO;
    const key = text(item.key, 60, true);
    const qualifierValue = text(item.value, 200, true);
    if (key === NO || qualifierValue === NO) return NO;
    out.push({ key, value: qualifierValue });
  }
  return out;
}

const offset = (value: unknown): Checked<number> => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : NO);

function span(value: unknown): Checked<Raw> {
  if (!isObject(value)) return NO;
  const out: Raw = {};
  const around = (v: unknown): Checked<string> => (typeof v === 'string' && v.length <= 200 ? v : NO);
  const ok =
    assign(value, out, 'start', offset(value.start)) &&
    assign(value, out, 'end', offset(value.end)) &&
    assign(value, out, 'prefix', nullish(value.prefix, around)) &&
    assign(value, out, 'suffix', nullish(value.suffix, around));
  return ok && (out.end as number) > (out.start as number) ? out : NO;
}

const boolean = (value: unknown): Checked<boolean> => (typeof value === 'boolean' ? value : NO);
const kind = (value: unknown): Checked<unknown> => (KINDS.has(value) ? value : NO);

/** ClaimInput's output for a valid input, or undefined when zod must decide. */
export function quickClaimInput(raw: unknown): ClaimInput | undefined {
  if (!isObject(raw)) return undefined;
  const out: Raw = {};
  const ok =
    assign(raw, out, 'text', text(raw.text, 2000, true)) &&
    assign(raw, out, 'subject', text(raw.subject, 200, true)) &&
    assign(raw, out, 'subjectKind', nullish(raw.subjectKind, kind)) &&
    assign(raw, out, 'predicate', text(raw.predicate, 63, true)) &&
    assign(raw, out, 'object', optionalText(raw.object, 200, true)) &&
    assign(raw, out, 'objectKind', nullish(raw.objectKind, kind)) &&
    assign(raw, out, 'value', optionalText(raw.value, 200, false)) &&
    assign(raw, out, 'period', optionalText(raw.period, 200, false)) &&
    assign(raw, out, 'qualifiers', nullish(raw.qualifiers, qualifiers)) &&
    assign(raw, out, 'negated', nullish(raw.negated, boolean)) &&
    assign(raw, out, 'source', source(raw.source)) &&
    assign(raw, out, 'quote', optionalText(raw.quote, 1000, true)) &&
    assign(raw, out, 'span', nullish(raw.span, span));
  if (!ok) return undefined;
  const input = out as ClaimInput;
  // The schema's own refinement, on the checked values.
  if (input.span && !(input.quote && input.span.end - input.span.start === input.quote.length)) return undefined;
  return input;
}

/** parseInput(ClaimInput, ...), taking the shortcut when it can. */
export function parseClaimInput(raw: unknown, at: FieldPath): ClaimInput {
  return quickClaimInput(raw) ?? parseInput(ClaimInput, raw, at);
}
