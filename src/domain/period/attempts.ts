// Keeps the most useful refusal while readers are tried in turn, to throw it if none of them reads the text.
import { DomainError } from '../errors.js';

/**
 * Tries readers in order. A reader that recognised its form but could not resolve it (an unknown launch date, a
 * 30th of February) has the most useful message, so the first such error is kept and thrown if nothing else reads.
 */
export class Attempts {
  firstError: DomainError | null = null;

  run<T>(read: () => T | null): T | null {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.firstError ??= error;
      return null;
    }
  }
}
