// Loads every cypher/**/*.cypher once, by name: the only place the Neo4j adapter's Cypher text comes from.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's cypher/ directory, from src/store/neo4j/ and from dist/store/neo4j/ alike. */
export const DEFAULT_CYPHER_DIR = fileURLToPath(new URL('../../../cypher/', import.meta.url));

export interface CypherStatement {
  /** The file name without .cypher, e.g. "get-claims". */
  name: string;
  /** Path under cypher/, for messages. */
  file: string;
  /** The one-line purpose from the file's first line. */
  purpose: string;
  text: string;
}

const PURPOSE_LINE = /^\/\/ (\S.*)$/;

async function cypherFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return cypherFiles(path);
      return entry.name.endsWith('.cypher') ? [path] : [];
    }),
  );
  return nested.flat();
}

export class CypherLibrary {
  private constructor(
    private readonly statements: ReadonlyMap<string, CypherStatement>,
    /** cypher/schema/ statements, in file-name order: the order migrations apply them. */
    readonly schema: readonly CypherStatement[],
  ) {}

  /** Reads the directory; fails on a file without its purpose line or on two files of one name. */
  static async load(dir: string = DEFAULT_CYPHER_DIR): Promise<CypherLibrary> {
    const statements = new Map<string, CypherStatement>();
    const schema: CypherStatement[] = [];
    let paths: string[];
    try {
      paths = await cypherFiles(dir);
    } catch (error) {
      throw new Error(`cannot read the Cypher statements in ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const path of paths.sort()) {
      const file = relative(dir, path).split('\\').join('/');
      const text = (await readFile(path, 'utf8')).trim();
      const purpose = PURPOSE_LINE.exec(text.split('\n')[0] ?? '')?.[1];
      if (!purpose) throw new Error(`cypher/${file} must start with a one-line "// purpose" comment`);
      const statement: CypherStatement = { name: basename(path, '.cypher'), file, purpose, text };
      if (file.startsWith('schema/')) {
        schema.push(statement);
        continue;
      }
      const clash = statements.get(statement.name);
      if (clash) throw new Error(`cypher/${file} and cypher/${clash.file} share the name ${statement.name}`);
      statements.set(statement.name, statement);
    }
    return new CypherLibrary(statements, schema);
  }

  /** The statement of that name; a missing one is a packaging bug, so it fails loudly. */
  get(name: string): string {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`no Cypher statement named ${name} in cypher/`);
    return statement.text;
  }

  has(name: string): boolean {
    return this.statements.has(name);
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }
}
