// The bench's transpiled tree (bench/lib/compiled-tree.ts) runs the service's modules with plain Node as tsx runs
// the sources: a module reading schema.graphql by its own location, and one importing JSON, load from it.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileTree, treeRunsOnThisNode, type CompiledTree } from '../../bench/lib/compiled-tree.js';

describe('treeRunsOnThisNode', () => {
  it('accepts Node 20.18.3 and later, where JSON modules load without a warning', () => {
    expect(['20.18.3', '20.20.2', '22.1.0', '24.0.0'].map((version) => treeRunsOnThisNode(version))).toEqual([true, true, true, true]);
    expect(['20.18.2', '20.12.0', '20.6.0', '18.19.0'].map((version) => treeRunsOnThisNode(version))).toEqual([false, false, false, false]);
  });
});

describe.runIf(treeRunsOnThisNode())('compileTree', () => {
  let tree: CompiledTree;
  beforeAll(async () => {
    tree = await compileTree();
  });
  afterAll(() => rmSync(tree.dir, { recursive: true, force: true }));

  it('holds every stage as JavaScript, with the files stages read at run time', () => {
    for (const file of ['bench/stages/bulk-load.js', 'bench/stages/serve.js', 'schema.graphql', 'src/domain/predicates.builtin.json', 'package.json']) {
      expect(existsSync(join(tree.dir, file)), file).toBe(true);
    }
    expect(existsSync(join(tree.dir, 'bench', 'results'))).toBe(false);
  });

  it('runs the service modules with plain node: the schema found, the built-in predicates imported', () => {
    const script = `
      const { BUILTIN_PREDICATES } = await import(${JSON.stringify(pathToFileURL(join(tree.dir, 'src/domain/predicates.js')).href)});
      await import(${JSON.stringify(pathToFileURL(join(tree.dir, 'src/api/server.js')).href)});
      console.log(BUILTIN_PREDICATES.length);`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(Number(output.trim())).toBeGreaterThan(0);
  });
});
