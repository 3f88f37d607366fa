// Collects the article files named on the command line (files, or every file of a folder) and reads them as UTF-8 text.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

interface FileInfo {
  path: string;
  name: string;
  /** Named through its folder: its URL is built from a base, whatever the number of files. */
  fromFolder: boolean;
}
export type ArticleFile = (FileInfo & { text: string }) | (FileInfo & { refused: string });

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or why it is not an article: a binary file (NUL bytes) or bytes that are not UTF-8. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { refused: string } {
  if (bytes.includes(0)) return { refused: 'it is a binary file (it contains NUL bytes)' };
  try {
    // A byte-order mark is not part of the article: offsets count from the first character after it.
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { refused: 'it is not UTF-8 text' };
  }
}

/** Files as given; a folder stands for its regular files (not sub-folders, not hidden ones), by name. */
export async function articleFiles(paths: readonly string[]): Promise<ArticleFile[]> {
  const files: Array<{ path: string; fromFolder: boolean }> = [];
  for (const path of paths) {
    if (!(await stat(path)).isDirectory()) {
      files.push({ path, fromFolder: false });
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
    files.push(...names.map((name) => ({ path: join(path, name), fromFolder: true })));
  }
  return Promise.all(files.map(async ({ path, fromFolder }) => ({ path, name: basename(path), fromFolder, ...decodeArticle(await readFile(path)) })));
}

/** The article's name without its extension: "press-release.txt" -> "press-release". */
export const stem = (name: string): string => basename(name, extname(name));
