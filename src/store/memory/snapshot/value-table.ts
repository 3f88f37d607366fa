// Claim values (ten-field quantity records) are shared between claims stating the same figure: the table
// stores each shared record once, as JSON, and claims refer to it by index, so they are shared again on load.
import { BlockKind, NONE } from './format.js';
import { payload, type PayloadReader } from './payload.js';

/** Distinct records remembered; beyond it the map starts over (a record may then be stored twice). */
const KNOWN_LIMIT = 1 << 18;

export class ValueTableWriter {
  private count = 0;
  private known = new Map<object, number>();
  private pending: string[] = [];

  /** The index of a value record, by identity (the store already shares equal ones). */
  index(value: object | null): number {
    if (value === null) return NONE;
    const known = this.known.get(value);
    if (known !== undefined) return known;
    if (this.known.size >= KNOWN_LIMIT) this.known = new Map();
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined) throw new TypeError('a claim value is not JSON-serialisable');
    this.pending.push(json);
    this.known.set(value, this.count);
    return this.count++;
  }

  flush(): Buffer | undefined {
    if (this.pending.length === 0) return undefined;
    const json = Buffer.from(`[${this.pending.join(',')}]`, 'utf8');
    this.pending = [];
    return payload(BlockKind.Values, [json]);
  }
}

export class ValueTableReader {
  readonly values: unknown[] = [];

  read(reader: PayloadReader): void {
    const parsed = JSON.parse(reader.rest().toString('utf8')) as unknown[];
    for (const value of parsed) this.values.push(value);
  }
}
