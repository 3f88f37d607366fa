// Operability over HTTP: request ids echoed or made, JSON log lines carrying them, expected errors not logged as errors, /metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/api/observability/logger.js';
import { startHttpServer } from '../support/http-server.js';

describe('logs, request ids and metrics', () => {
  const lines: Array<Record<string, any>> = [];
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    const logger = createLogger({ level: 'debug', format: 'json', write: (line) => lines.push(JSON.parse(line)) });
    http = await startHttpServer({ server: { logger } });
  });
  afterAll(() => http.close());

  it("echoes the caller's x-request-id, or makes one, and logs one JSON access line per request with it", async () => {
    const echoed = await http.post('{ stats { claims } }', {}, { as: 'editor', headers: { 'x-request-id': 'trace-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-123');
    const made = await http.post('{ stats { claims } }');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // A hostile id (log or header injection) is replaced, not echoed.
    const hostile = await http.post('{ stats { claims } }', {}, { headers: { 'x-request-id': 'a b c{"level":"error"}' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    await new Promise((resolve) => setTimeout(resolve, 20));
    const access = lines.find((line) => line.msg === 'request' && line.requestId === 'trace-123');
    expect(access).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, operation: 'query stats', actor: 'editor' });
    expect(typeof access!.durationMs).toBe('number');
    expect(typeof access!.time).toBe('string');
  });

  it('logs domain errors (bad input) at debug with their code, never as errors', async () => {
    const before = lines.length;
    const reply = await http.post('{ claims(filter: { period: "Q5 2025" }) { totalCount } }', {}, { headers: { 'x-request-id': 'bad-period' } });
    expect(reply.body.errors![0]!.extensions!.code).toBe('claim.period.unparseable');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const mine = lines.slice(before).filter((line) => line.requestId === 'bad-period');
    expect(mine.some((line) => line.level === 'debug' && line.code === 'claim.period.unparseable')).toBe(true);
    expect(mine.some((line) => line.level === 'error')).toBe(false);
  });

  it('serves Prometheus metrics: operations, durations, errors by code, store sizes', async () => {
    await http.post('{ stats { claims } }');
    await http.post('{ stats { claims } }', {}, { as: 'anonymous' });
    const response = await fetch(`${http.base}/metrics`, { headers: { authorization: 'Bearer test-viewer-key' } });
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/claimgraph_graphql_operations_total\{type="query",field="stats"\} \d+/);
    expect(text).toMatch(/claimgraph_graphql_request_duration_seconds_bucket\{le="0.1",type="query",field="stats"\} \d+/);
    expect(text).toMatch(/claimgraph_graphql_errors_total\{code="auth.unauthenticated"\} [1-9]/);
    expect(text).toMatch(/claimgraph_graphql_errors_total\{code="claim.period.unparseable"\} [1-9]/);
    expect(text).toMatch(/claimgraph_store_items\{kind="claims"\} [1-9]\d*/);
    expect(text).toContain('claimgraph_process_cpu_seconds_total');
  });
});
