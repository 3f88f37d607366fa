// A bench run's stages as plain JavaScript: src/, bench/ and test/support/ (which a stage uses) transpiled once, at the start of a run, into a
// scratch tree that stage processes run without a loader.
//
// Why: under `node --import tsx`, every module a process loads (ours and every package's) is resolved and loaded
// through tsx's hooks, which Node 20 runs on a separate thread and reaches by a message per module. Starting
// a stage that way cost ~0.9 s more than starting the same code compiled, and a quick run started 27 stages
// and 3 servers: a third of its time. The code a stage times is the same either way: it is transpiled here by the same
// esbuild, with the options tsx passes it (keepNames, whitespace minified, inline source maps, this Node as
// the target), so a loaded module runs as it would under tsx.
//
// What is not run from this tree: the restart stage and the HTTP load (with its server), which run as the service
// runs in production (`node --import tsx`): the first measures the process itself (its memory, with tsx's loader
// thread in it), the second times a server from its first request, when anything loaded late still loads through
// tsx. The query mix's servers start from the tree (server-process.ts): they are measured on requests once warm.
//
// Plain Node must load what tsx would have handled: src/domain/predicates.ts imports JSON `with { type: 'json' }`,
// stable (no warning on every start) from Node 20.18.3; on an older Node the stages run under tsx, as before.
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The checkout's root (with a trailing separator). */
const SOURCE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Trees of TypeScript to transpile; their other files (JSON, the seed article) are copied beside them. */
const TREES = ['src', 'bench', join('test', 'support')];
/** Files read at run time by a path relative to a module (schema.graphql from src/api; cypher/ from the Neo4j store). */
const RESOURCES = ['schema.graphql', 'cypher', 'package.json'];

/** Whether this Node runs the tree as tsx would run the sources (see the top of this file). */
export function treeRunsOnThisNode(version = process.versions.node): boolean {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return major > 20 || (major === 20 && (minor > 18 || (minor === 18 && patch >= 3)));
}

export interface CompiledTree {
  /** The root of the transpiled tree: `<dir>/bench/stages/<stage>.js` is a stage. The caller removes it when done. */
  dir: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  // `parentPath` from Node 20.12; `path` before it (the same value, deprecated since).
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/**
 * Transpiles TREES into a fresh directory under node_modules/.cache (inside the checkout, so the
 * tree's imports of packages resolve to this checkout's node_modules), one per run, so runs side by side do not
 * share it. Takes well under a second.
 */
export async function compileTree(): Promise<CompiledTree> {
  const cache = join(SOURCE_ROOT, 'node_modules', '.cache', 'claimgraph-bench');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, 'run-'));
  try {
    const sources = (await Promise.all(TREES.map((tree) => filesUnder(join(SOURCE_ROOT, tree))))).flat();
    const typescript = sources.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
    await build({
      entryPoints: typescript,
      outbase: SOURCE_ROOT,
      outdir: dir,
      bundle: false,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      tsconfig: join(SOURCE_ROOT, 'tsconfig.json'),
      // As tsx transpiles (its transform options in tsx 4): the same helpers in the same places.
      keepNames: true,
      minifyWhitespace: true,
      sourcemap: 'inline',
      logLevel: 'error',
    });
    const others = sources.filter((file) => !file.endsWith('.ts') && !relative(SOURCE_ROOT, file).startsWith(join('bench', 'results')));
    await Promise.all(others.map((file) => cp(file, join(dir, relative(SOURCE_ROOT, file)))));
    await Promise.all(RESOURCES.map((name) => cp(join(SOURCE_ROOT, name), join(dir, name), { recursive: true })));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir };
}
