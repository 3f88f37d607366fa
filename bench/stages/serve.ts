// A server for HTTP stages: the service over a data directory, or the static baseline; prints its port, stops on SIGTERM or when its parent exits.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createLogger } from '../../src/api/observability/logger.js';
import { createHttpServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { openApp } from '../lib/app.js';
import { stageArgs } from '../lib/child.js';
import { createStaticServer } from '../workloads/static-server.js';

export const LISTENING_MARK = 'LISTENING ';

interface ServeArgs {
  mode: 'app' | 'static';
  dataDir?: string;
  fresh?: boolean;
  /** static mode: a JSON file of RecordedAnswers (see recordAnswers). */
  answers?: string;
  /** static mode: execute with graphql-jit, as the service does. */
  compiled?: boolean;
}

const args = stageArgs<ServeArgs>();
const opened = args.mode === 'app' ? await openApp(args.dataDir ?? null, { fresh: args.fresh ?? false }) : null;
// Logging as the service's own configuration sets it in production (LOG_LEVEL unset: JSON, a line to stdout per
// request at info); the stage drains them, as a container runtime would. LOG_LEVEL measures another level, and
// is checked as the service checks it.
const logger = createLogger(loadConfig({ LOG_LEVEL: process.env.LOG_LEVEL, NODE_ENV: 'production' }).log);
const server: Server = opened
  ? createHttpServer(opened.app, { logger })
  : createStaticServer(JSON.parse(readFileSync(args.answers!, 'utf8')), { compiled: args.compiled ?? false });
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${LISTENING_MARK}${typeof address === 'object' && address ? address.port : 0}\n`);
});
let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  void (opened?.store.close() ?? Promise.resolve()).then(() => process.exit(0));
}
process.on('SIGTERM', stop);
// Stdin is a pipe from the stage that started this server: it ends when that stage exits, however it ends (a
// stopped bench run kills stages, which have no time to stop their servers), and the server must not outlive it.
process.stdin.on('end', stop);
process.stdin.resume();
