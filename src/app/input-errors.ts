// Collects every problem in a batch so a client sees them all at once; nothing is written while any remain.
import { DomainError, isDomainError } from '../domain/errors.js';

export class InputErrors {
  readonly problems: DomainError[] = [];

  /** Runs `work`, recording a DomainError instead of throwing it; other errors are bugs and propagate. */
  collect<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      this.problems.push(error);
      return undefined;
    }
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return;
    if (this.problems.length === 1) throw this.problems[0]!;
    throw new BatchInputError(this.problems);
  }
}

/** Several invalid inputs: carries the first one's code and path, and lists every problem. */
export class BatchInputError extends DomainError {
  constructor(readonly problems: DomainError[]) {
    const first = problems[0]!;
    super(first.code, `${problems.length} inputs are invalid; first: ${first.message}`, first.field, {
      problems: problems.map((problem) => ({ code: problem.code, field: problem.field, message: problem.message })),
    });
  }
}
