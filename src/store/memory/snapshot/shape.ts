// Which records the row encodings may carry: exactly the fields of their type, in order, with the expected
// kinds of values. Anything else (an extra field, a number JSON would turn into null) is stored as JSON,
// so a record reads back exactly as the JSON-lines snapshot would have given it.

/** The record's own enumerable keys are `keys`, in that order. */
export function hasKeys(record: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in record) {
    if (key !== keys[i++]) return false;
  }
  return i === keys.length;
}

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isFiniteOrNull = (value: unknown): value is number | null => value === null || isFiniteNumber(value);
export const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** JSON writes -0 as 0; so does the f64 column, to read back the same. */
export const jsonNumber = (value: number): number => value + 0;

/** A record stored whole, as JSON; loud where JSON.stringify would silently give nothing. */
export function wholeJson(record: { id: string }, what: string): string {
  const json = JSON.stringify(record) as string | undefined;
  if (json === undefined) throw new TypeError(`${what} ${record.id} is not JSON-serialisable`);
  return json;
}

/** A record read back whole, checked against the id its row lists it under. */
export function parseWhole<T extends { id: string }>(json: string, id: string, what: string): T {
  const record = JSON.parse(json) as T;
  if (record.id !== id) throw new RangeError(`a ${what} row holds ${record.id} under id ${id}`);
  return record;
}
