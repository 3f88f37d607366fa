// Remembers what the value and period parsers made of a text: the same words recur across claims ("32%", "Q3 2025"), and parsing was the costliest step of a write.

/**
 * A bounded memo of a pure function's results. Only successes are kept: a text that fails is parsed
 * again, so its error is always freshly made. Results are shared, so they must not be changed in place.
 */
export class ParseCache<T> {
  private results = new Map<string, T>();

  constructor(private readonly limit = 20_000) {}

  get(key: string, parse: () => T): T {
    const known = this.results.get(key);
    if (known !== undefined) return known;
    const result = parse();
    this.keep(key, result);
    return result;
  }

  find(key: string): T | undefined {
    return this.results.get(key);
  }

  keep(key: string, result: T): void {
    // Starting over when full keeps it bounded; a run of new texts costs only re-parsing.
    if (this.results.size >= this.limit) this.results = new Map();
    this.results.set(key, result);
  }
}
