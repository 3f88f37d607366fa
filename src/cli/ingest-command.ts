// claimgraph ingest FILE|DIR...: each article file becomes a source with candidate claims; progress on stderr, a summary on stdout.
import { parseArgs } from 'node:util';
import type { Actor } from '../app/context.js';
import { ingestArticle } from '../app/ingest-article.js';
import { isDomainError } from '../domain/errors.js';
import { withApp } from './commands.js';
import { articleFiles, stem, type ArticleFile } from './ingest-files.js';
import { ProgressBar } from './progress.js';
import { renderTable } from './table.js';

export const INGEST_USAGE = `usage: claimgraph ingest FILE|DIR... --url URL [--title T] [--publisher P] [--published-at DATE]

Reads each file as a UTF-8 article and writes its candidate claims (status CANDIDATE) to the configured store.
A folder stands for every regular file in it. Binary files (NUL bytes, or not UTF-8) are refused; nothing is
written for them, and the command exits 1.

  --url URL             one file: the article's URL. Several files or a folder: a base URL; each file's URL
                        is the base, a slash, and the file name without its extension
                        ("--url https://example.com/a" and "note.txt" give https://example.com/a/note).
  --title T             one file: its title. Several files: each is titled by its file name.
  --publisher P         the publisher of every file.
  --published-at DATE   the publication date of every file (2026, 2026-02 or 2026-02-12); "today", "this year"
                        and present-tense figures resolve against it.

Ingesting the same file at the same URL again changes nothing; a changed file reports new, moved and stale claims.`;

const CLI_ACTOR: Actor = { id: 'cli' };

interface Row {
  file: string;
  found: number | string;
  new: number | string;
  moved: number | string;
  stale: number | string;
  entities: number | string;
  note: string;
}

const urlFor = (base: string, file: ArticleFile, several: boolean): string => (several ? `${base.replace(/\/+$/, '')}/${encodeURIComponent(stem(file.name))}` : base);

function failed(file: ArticleFile, note: string): Row {
  return { file: file.path, found: '-', new: '-', moved: '-', stale: '-', entities: '-', note };
}

export async function runIngestCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' }, 'published-at': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(INGEST_USAGE);
    return 0;
  }
  if (positionals.length === 0 || !values.url) {
    console.error(`claimgraph ingest: ${positionals.length === 0 ? 'name at least one file or folder' : '--url is required'}\n\n${INGEST_USAGE}`);
    return 2;
  }
  const files = await articleFiles(positionals);
  const several = files.length > 1 || files.some((file) => file.fromFolder);
  const rows: Row[] = [];
  for (const file of files) if ('refused' in file) console.error(`claimgraph ingest: refusing ${file.path}: ${file.refused}; nothing was written for it`);
  const readable = files.filter((file): file is Extract<ArticleFile, { text: string }> => 'text' in file);

  if (readable.length > 0) {
    await withApp(async (app) => {
      const progress = new ProgressBar(readable.length);
      for (const [index, file] of readable.entries()) {
        progress.update(index, file.name);
        const input = {
          url: urlFor(values.url!, file, several),
          title: several ? stem(file.name) : (values.title ?? stem(file.name)),
          publisher: values.publisher ?? null,
          publishedAt: values['published-at'] ?? null,
          text: file.text,
        };
        try {
          const result = await ingestArticle(app, input, CLI_ACTOR);
          const note = result.textUnchanged ? 'unchanged' : input.url;
          rows.push({ file: file.path, found: result.claims.length, new: result.newClaims.length, moved: result.movedClaims.length, stale: result.staleClaims.length, entities: result.proposedEntities.length, note });
        } catch (error) {
          if (!isDomainError(error)) throw error;
          rows.push(failed(file, `${error.message} (${error.code})`));
        }
      }
      progress.update(readable.length, 'done');
      progress.finish();
    }, env);
  }
  for (const file of files) if ('refused' in file) rows.push(failed(file, `refused: ${file.refused}`));
  console.log(renderTable(['file', 'claims found', 'new', 'moved', 'stale', 'entities proposed', 'source / note'], rows.map((r) => [r.file, r.found, r.new, r.moved, r.stale, r.entities, r.note])));
  return rows.some((r) => r.found === '-') ? 1 : 0;
}
