// Starts bench/stages/serve.ts as a child process and hands back its URL; stop() closes it (and its store) cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SERVICE_NODE_FLAGS } from '../../src/node-flags.js';
import { loaderFlags } from './child.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** CPU time (user + system) the server has used so far, in ms; null where /proc cannot tell (not Linux). */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

// /proc/<pid>/stat counts in clock ticks, 100 a second on Linux (USER_HZ; what `getconf CLK_TCK` prints).
const MS_PER_TICK = 10;

function cpuMsOf(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces, hence the split at ") "): utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}

export function startServer(args: { mode: 'app' | 'static'; dataDir?: string; fresh?: boolean; answers?: string; compiled?: boolean }): Promise<ServerProcess> {
  // The server starts as its caller did: from the transpiled tree when the caller runs from one (compiled-tree.ts),
  // else from the sources under tsx. A caller that times a server from its first request runs under tsx (the HTTP
  // load), so its server runs as the service does; one that measures it warm (the query mix) saves ~0.9 s of
  // start-up a server from the tree, the measured code being the same.
  const fromTree = import.meta.url.endsWith('.js');
  const script = fileURLToPath(new URL(`../stages/serve.${fromTree ? 'js' : 'ts'}`, import.meta.url));
  // BENCH_SERVER_FLAGS: extra Node flags for the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // (NODE_OPTIONS refuses --cpu-prof, and profiling the whole stage would mix the client in).
  const extraFlags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...loaderFlags(fromTree), '--max-old-space-size=8192', ...SERVICE_NODE_FLAGS, ...extraFlags, script, JSON.stringify(args)], {
    // stdin a pipe that closes when this process exits: the server stops then (serve.ts).
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8');
    const onData = (chunk: string) => {
      output += chunk;
      const match = /LISTENING (\d+)/.exec(output);
      if (!match) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume(); // keep draining the server's log lines
      resolve({
        url: `http://127.0.0.1:${match[1]}/graphql`,
        pid: child.pid!,
        cpuMs: () => cpuMsOf(child.pid!),
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output.slice(-2000)}`)));
  });
}

/** POSTs one GraphQL operation and returns its data, throwing on GraphQL errors. */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data!;
}

/** Runs `task` over `items` with at most `limit` in flight, each item once, in order of start. */
export async function inParallel<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
