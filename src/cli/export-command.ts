// claimgraph export claimreview|csv|report: the HTTP exports from the command line, to stdout or a file.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isDomainError } from '../domain/errors.js';
import { EXPORT_KINDS, EXPORT_PARAMS, runExport, type ExportKind, type ExportParams } from '../report/exports.js';
import { withApp } from './commands.js';

export const EXPORT_USAGE = `usage: claimgraph export claimreview|csv|report [filters] [--out FILE]

  claimreview   schema.org ClaimReview JSON-LD for every reviewed claim
  csv           claims as CSV (RFC 4180)
  report        a Markdown fact-check report for one --source URL, --entity NAME or --claim ID

filters (claimreview, csv): --subject NAME --object NAME --entity NAME --predicate NAME
  --source URL --status ACCEPTED,CANDIDATE,... --period "Q3 2025" --text WORDS
--out FILE      write to FILE instead of standard output

ClaimReview's author is CLAIMGRAPH_PUBLISHER_NAME (and _URL); links use CLAIMGRAPH_PUBLIC_URL.`;

export async function runExportCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...Object.fromEntries(EXPORT_PARAMS.map((name) => [name, { type: 'string' as const }])), out: { type: 'string' }, help: { type: 'boolean' } },
  });
  const kind = positionals[0] as ExportKind | undefined;
  if (values.help) {
    console.log(EXPORT_USAGE);
    return 0;
  }
  if (!kind || !EXPORT_KINDS.includes(kind) || positionals.length > 1) {
    console.error(EXPORT_USAGE);
    return 2;
  }
  const params: ExportParams = Object.fromEntries(EXPORT_PARAMS.map((name) => [name, (values as Record<string, unknown>)[name] as string | undefined]));
  try {
    const file = await withApp(
      (app, config) =>
        runExport(app, kind, params, {
          publisher: config.exports.publisher,
          baseUrl: (config.exports.publicUrl ?? `http://${config.host}:${config.port}`).replace(/\/+$/, ''),
        }),
      env,
    );
    if (values.out) {
      await writeFile(values.out as string, file.body, 'utf8');
      console.error(`wrote ${Buffer.byteLength(file.body)} bytes of ${file.contentType.split(';')[0]} to ${values.out}`);
    } else {
      process.stdout.write(file.body);
    }
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    console.error(`claimgraph export: ${error.message} (${error.code}${error.field.length ? ` at --${error.field.join('.')}` : ''})`);
    return 1;
  }
}
