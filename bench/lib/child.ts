// Runs one bench stage in a child Node process (its own heap, optionally --expose-gc) and returns the JSON it reports.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICE_NODE_FLAGS } from '../../src/node-flags.js';

/** A stage prints exactly one line starting with this, followed by its result as JSON. */
export const RESULT_MARK = 'BENCH_RESULT ';

export interface StageOptions {
  exposeGc?: boolean;
  /** Extra Node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** Heap limit in MiB; the default V8 limit is too small for a million claims. */
  maxOldSpaceMiB?: number;
  timeoutMs?: number;
  /**
   * Run from the sources under tsx even when a transpiled tree is in use: for a stage that measures the
   * process itself (its memory) or a server from its start, which must be the process the service runs as.
   */
  asTheServiceRuns?: boolean;
}

/** A transpiled tree of src/, bench/ and test/support/ (bench/lib/compiled-tree.ts) stages run from, or null: the sources, under tsx. */
let compiledTree: string | null = null;

/** From now on, stages run from `dir` (made by compileTree), or from the sources again (null). */
export function runStagesFrom(dir: string | null): void {
  compiledTree = dir;
}

/** Stage processes not yet exited: a run that is stopped stops them too (stopRunningStages). */
const running = new Set<ChildProcess>();

/** Sends SIGTERM to every stage still running (a stage's server stops with it: serve.ts closes on SIGTERM and its parent's exit). */
export function stopRunningStages(): void {
  for (const child of running) child.kill('SIGTERM');
}

/** Node's flags to run a module from the transpiled tree (source maps, for stack traces) or from the sources (tsx). */
export function loaderFlags(fromTree: boolean): string[] {
  return fromTree ? ['--enable-source-maps'] : ['--import', 'tsx'];
}

/** Runs bench/stages/<stage>.ts with `args` (JSON in argv) and resolves with its reported result. */
export function runStage<T>(stage: string, args: unknown, options: StageOptions = {}): Promise<T> {
  const fromTree = compiledTree !== null && !options.asTheServiceRuns;
  const script = fromTree ? join(compiledTree!, 'bench', 'stages', `${stage}.js`) : fileURLToPath(new URL(`../stages/${stage}.ts`, import.meta.url));
  const flags = [
    ...loaderFlags(fromTree),
    ...(options.exposeGc ? ['--expose-gc'] : []),
    `--max-old-space-size=${options.maxOldSpaceMiB ?? 8192}`,
    // The service's own V8 flags: a stage measures the layers the service runs, as it runs them.
    ...SERVICE_NODE_FLAGS,
    ...(options.nodeFlags ?? []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, script, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
    running.add(child);
    child.on('exit', () => running.delete(child));
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30 * 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = output.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code !== 0 || !line) {
        reject(new Error(`stage ${stage} failed (exit ${code ?? signal}); its output:\n${output.slice(-4000)}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_MARK.length)) as T);
    });
  });
}

/** Inside a stage: its arguments, as given to runStage. */
export function stageArgs<T>(): T {
  return JSON.parse(process.argv[2] ?? '{}') as T;
}

/** Inside a stage: reports the result to the parent. */
export function report(result: unknown): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}
