// Prometheus metrics at /metrics: operations and their durations, errors by code, store sizes, process stats.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { getOperationAST, Kind, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../../store/port.js';
import type { Authenticator } from '../auth/authenticator.js';
import { noteOnRequest } from './request-scope.js';

export const METRICS_PATH = '/metrics';

interface Observed {
  started: number;
  type: string;
  field: string;
}

// Label values come from the schema (root field names) and from our own error codes, never from
// client-chosen text such as operation names, so the number of series stays bounded.
const SAFE_LABEL = /^[A-Za-z0-9_.]{1,64}$/;
const label = (value: unknown): string => (typeof value === 'string' && SAFE_LABEL.test(value) ? value : 'other');

// Process and runtime metrics are per process, not per server: collected once (each collection starts
// event-loop and GC observers that are never stopped), and merged into every server's scrape.
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'claimgraph_' });
  }
  return processRegistry;
}

export class Metrics {
  readonly registry = new Registry();
  readonly operations = new Counter({
    name: 'claimgraph_graphql_operations_total',
    help: 'GraphQL requests by operation type and first root field',
    labelNames: ['type', 'field'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'claimgraph_graphql_request_duration_seconds',
    help: 'Time from request to response for GraphQL requests, by operation type and first root field',
    labelNames: ['type', 'field'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'claimgraph_graphql_errors_total',
    help: 'GraphQL errors returned to clients, by stable code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(store: GraphStore) {
    new Gauge({
      name: 'claimgraph_store_items',
      help: 'How many items of each kind the store holds',
      labelNames: ['kind'] as const,
      registers: [this.registry],
      async collect() {
        const counts = await store.counts();
        for (const [kind, count] of Object.entries(counts)) this.set({ kind: label(kind) }, count);
      },
    });
  }

  /** The Prometheus text of this server's metrics and the process's. */
  async scrape(): Promise<{ text: string; contentType: string }> {
    const merged = Registry.merge([this.registry, processMetrics()]);
    return { text: await merged.metrics(), contentType: this.registry.contentType };
  }
}

/** "query", "stats" for `{ stats { claims } }`; fragments at the root count by their first field. */
function describe(args: ExecutionArgs): { type: string; field: string } {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return { type: 'none', field: 'none' };
  const first = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return { type: operation.operation, field: first && first.kind === Kind.FIELD ? first.name.value : 'none' };
}

/** Records every GraphQL request, and serves /metrics (to viewers, when keys are configured). */
export function useMetrics(metrics: Metrics, auth: Authenticator, graphqlEndpoint = '/graphql'): Plugin {
  const observed = new WeakMap<Request, Observed>();
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === METRICS_PATH) {
        const access = auth.authorize(request, 'viewer', 'reading metrics');
        if (!access.ok) return endResponse(access.response);
        const { text, contentType } = await metrics.scrape();
        endResponse(new Response(text, { headers: { 'content-type': contentType } }));
        return;
      }
      if (url.pathname !== graphqlEndpoint) return;
      observed.set(request, { started: performance.now(), type: 'none', field: 'none' });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const entry = request ? observed.get(request) : undefined;
      const { type, field } = describe(args);
      if (entry) Object.assign(entry, { type, field });
      noteOnRequest({ operation: `${type} ${field}` });
    },
    onSubscribe({ args }) {
      const { type, field } = describe(args);
      noteOnRequest({ operation: `${type} ${field}` });
    },
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        if (!one || typeof one !== 'object' || !('errors' in one) || !one.errors) continue;
        for (const error of one.errors) metrics.errors.inc({ code: label(error.extensions?.code ?? 'INTERNAL') });
      }
    },
    onResponse({ request }) {
      const entry = observed.get(request);
      if (!entry) return;
      const labels = { type: label(entry.type), field: label(entry.field) };
      metrics.operations.inc(labels);
      metrics.duration.observe(labels, (performance.now() - entry.started) / 1000);
    },
  };
}
