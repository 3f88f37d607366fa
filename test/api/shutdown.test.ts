// Graceful shutdown of the real process: SIGTERM during a slow request lets it finish, refuses new connections, flushes the store.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashKey } from '../../src/api/auth/api-keys.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KEY = 'shutdown-test-editor-key';
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-shutdown-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** Resolves with the first stdout line matching `pattern` (JSON logs: one object per line). */
function waitForLine(child: ChildProcessWithoutNullStreams, lines: string[], pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = lines.find((line) => pattern.test(line));
      if (found) {
        child.stdout.off('data', check);
        resolve(found);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited ${code} before ${pattern}: ${lines.join('\n')}`)));
    check();
  });
}

it('finishes an in-flight request after SIGTERM, refuses new connections, then flushes the store and exits 0', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      NODE_ENV: 'production',
      CLAIMGRAPH_DATA_DIR: dataDir,
      CLAIMGRAPH_API_KEYS: `shutdown-editor:editor:${hashKey(KEY)}`,
      LOG_LEVEL: 'info',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop()!;
    lines.push(...complete.filter((line) => line.trim() !== ''));
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  try {
    const started = JSON.parse(await waitForLine(child, lines, /listening on/));
    expect(started).toMatchObject({ level: 'info' });
    expect(started.msg).toMatch(/1 API key$/);
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(started.msg)![1]);

    // The slow request: headers and half the body now, the rest after SIGTERM.
    const body = JSON.stringify({
      query: 'mutation($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id } } }',
      variables: {
        input: [{ text: 'Slowco holds 7% of the drip market.', subject: 'Slowco', predicate: 'market_share', object: 'drip market', value: '7%', source: { url: 'https://example.com/slow' } }],
      },
    });
    const reply = new Promise<{ status: number; text: string; requestId: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${KEY}`, 'x-request-id': 'slow-1' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, text, requestId: String(res.headers['x-request-id']) }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 40));
      setTimeout(() => {
        child.kill('SIGTERM');
        waitForLine(child, lines, /SIGTERM: finishing in-flight requests/)
          .then(async () => {
            // Closed to newcomers while the slow request is still being served.
            await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
            req.end(body.slice(40));
          })
          .catch(reject);
      }, 150);
    });

    const answer = await reply;
    expect(answer.status).toBe(200);
    expect(answer.requestId).toBe('slow-1');
    const id: string = JSON.parse(answer.text).data.addClaims.claims[0].id;
    expect(await exited).toBe(0);
    expect(stderr).toBe('');

    // Every line is structured JSON; the in-flight request has its access line, then the store was flushed.
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.find((record) => record.requestId === 'slow-1' && record.msg === 'request')).toMatchObject({
      status: 200,
      operation: 'mutation addClaims',
      actor: 'shutdown-editor',
    });
    expect(records.at(-1)!.msg).toBe('stopped: store flushed and closed');

    const reopened = new MemoryStore({ dataDir });
    await reopened.open();
    const [claim] = await reopened.getClaims([id]);
    expect(claim?.text).toBe('Slowco holds 7% of the drip market.');
    await reopened.close();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 60_000);
