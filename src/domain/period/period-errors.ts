// The three ways the period parser refuses: not a real date, not a period it can read, or not resolvable without context.
import { DomainError, ErrorCode } from '../errors.js';

export const dateInvalid = (text: string, reason: string): DomainError =>
  new DomainError(ErrorCode.DateInvalid, `"${text}" is not a valid date: ${reason}`, [], { text });

export const periodUnparseable = (text: string): DomainError =>
  new DomainError(ErrorCode.PeriodUnparseable, `cannot read a period from "${text}"`, [], { text });

export const unresolvable = (text: string, reason: string): DomainError =>
  new DomainError(ErrorCode.PeriodUnresolvable, `cannot resolve the period "${text}": ${reason}`, [], { text });
