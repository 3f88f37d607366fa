// Shapes of what clients send (claims, patches, entities, sources), validated with zod before any work.
import { z } from 'zod';
import { DomainError, ErrorCode, type FieldPath } from '../domain/errors.js';
import { EntityKind } from '../domain/model.js';

const trimmed = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const required = (max: number) => trimmed(max).min(1, 'must not be empty');

export const SourceInput = z.object({
  url: z
    .string()
    .trim()
    .url('must be an absolute URL')
    .refine((url) => /^https?:\/\//i.test(url), 'must be an http(s) URL'),
  title: trimmed(500).nullish(),
  publisher: trimmed(200).nullish(),
  /** Partial ISO date; checked by the domain's date parser. */
  publishedAt: trimmed(40).nullish(),
});
export type SourceInput = z.infer<typeof SourceInput>;

export const QualifierInput = z.object({ key: required(60), value: required(200) });

export const SpanInput = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    // Not trimmed: the text around a quote is matched exactly, spaces included.
    prefix: z.string().max(200).nullish(),
    suffix: z.string().max(200).nullish(),
  })
  .refine((span) => span.end > span.start, { message: 'end must be after start', path: ['end'] });

export const ClaimInput = z
  .object({
    text: required(2000),
    subject: required(200),
    subjectKind: EntityKind.nullish(),
    predicate: required(63),
    object: required(200).nullish(),
    objectKind: EntityKind.nullish(),
    value: trimmed(200).nullish(),
    period: trimmed(200).nullish(),
    qualifiers: z.array(QualifierInput).max(20).nullish(),
    negated: z.boolean().nullish(),
    source: SourceInput,
    quote: required(1000).nullish(),
    span: SpanInput.nullish(),
  })
  .refine((input) => !input.span || (input.quote && input.span.end - input.span.start === input.quote.length), {
    message: 'span must cover exactly the quote (end - start = quote length)',
    path: ['span'],
  });
export type ClaimInput = z.infer<typeof ClaimInput>;

export const ClaimPatch = z
  .object({
    text: required(2000).nullish(),
    subject: required(200).nullish(),
    predicate: required(63).nullish(),
    object: trimmed(200).nullish(),
    value: trimmed(200).nullish(),
    period: trimmed(200).nullish(),
    qualifiers: z.array(QualifierInput).max(20).nullish(),
    negated: z.boolean().nullish(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined && value !== null), 'the patch changes nothing');
export type ClaimPatch = z.infer<typeof ClaimPatch>;

export const EntityInput = z.object({
  name: required(200),
  kind: EntityKind,
  aliases: z.array(required(200)).max(50).nullish(),
  maker: required(200).nullish(),
  launchDate: trimmed(40).nullish(),
});
export type EntityInput = z.infer<typeof EntityInput>;

/** Parses with zod; the first problem becomes a DomainError naming the field path under `at`. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, at: FieldPath): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = [...at, ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))];
  const code = path[path.length - 1] === 'url' ? ErrorCode.UrlInvalid : issue.path.at(-1) === 'text' && issue.code === 'too_small' ? ErrorCode.TextEmpty : ErrorCode.InputInvalid;
  throw new DomainError(code, `${path.join('.')}: ${issue.message}`, path);
}
