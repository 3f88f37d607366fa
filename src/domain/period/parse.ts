// The period parser's entry: a closed period first, then an open-ended one, else the most useful refusal.
import { DomainError, ErrorCode } from '../errors.js';
import { Attempts } from './attempts.js';
import { readClosed } from './closed.js';
import type { ParsedPeriod } from './intervals.js';
import { normalizeText } from './normalize.js';
import { readOpen } from './open.js';
import { periodUnparseable } from './period-errors.js';
import { resolverFor, type PeriodContext } from './resolver.js';

/** Reads a period into an inclusive ISO interval; throws PeriodUnparseable, PeriodUnresolvable or DateInvalid. */
export function parsePeriod(text: string, context: PeriodContext = {}): ParsedPeriod {
  return parsePeriodNotingContext(text, context).period;
}

/**
 * parsePeriod, also telling whether the context (publication date, anchors) was read: when it was not,
 * the same text gives the same period whatever the context, so a caller may memoise it by text alone.
 */
export function parsePeriodNotingContext(text: string, context: PeriodContext = {}): { period: ParsedPeriod; readContext: boolean } {
  const trimmed = text.trim();
  const normalized = normalizeText(text);
  if (normalized === '') throw new DomainError(ErrorCode.PeriodUnparseable, 'cannot read a period from "": the period is empty', [], { text });
  const r = resolverFor(trimmed, context);
  const attempts = new Attempts();
  const period = readClosed(normalized, r, attempts) ?? readOpen(normalized, r, attempts);
  if (period) return { period, readContext: r.context.read };
  throw attempts.firstError ?? periodUnparseable(trimmed);
}
