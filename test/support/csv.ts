// A small RFC 4180 reader for tests: quoted fields with doubled quotes, commas and line breaks; CRLF record ends required.
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
      } else if (char === '"') {
        quoted = false;
        index += 1;
      } else {
        field += char;
        index += 1;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${index}`);
      quoted = true;
      index += 1;
    } else if (char === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`a bare line break outside quotes at ${index}: records must end with CRLF`);
    } else {
      field += char;
      index += 1;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

/** Records as objects keyed by the header row. */
export function parseCsvObjects(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const [header = [], ...records] = parseCsv(text);
  for (const record of records) if (record.length !== header.length) throw new Error(`a record has ${record.length} fields, the header ${header.length}`);
  return { header, rows: records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index]!]))) };
}
