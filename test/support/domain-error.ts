// Asserts that work throws a DomainError with a given code (and message), from a parser that leaves the field to its caller.
import { expect } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';

export function expectDomainError(work: () => unknown, code: string, message: string | RegExp): void {
  let caught: unknown;
  try {
    work();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  expect(error.field).toEqual([]);
  if (typeof message === 'string') expect(error.message).toContain(message);
  else expect(error.message).toMatch(message);
}
