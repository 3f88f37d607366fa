// RFC 4180 CSV writing: fields quoted when they must be, quotes doubled, CRLF after every record.
export type CsvCell = string | number | boolean | null | undefined;

// A field needs quotes when it holds the separator, a quote or a line break (RFC 4180 §2.6).
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header first, then records; every record, the last included, ends with CRLF. */
export function toCsv(header: readonly string[], records: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...records].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}
