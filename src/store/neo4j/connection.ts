// The driver and everything about reaching Neo4j: start-up backoff, cached readiness, fast failure in an outage.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { isUnavailable, reasonOf, translateError, type ErrorContext } from './errors.js';

export interface Neo4jConnectionOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** How long open() keeps trying to reach Neo4j before giving up (default 60 s). */
  startupTimeoutMs?: number;
  /** First wait between start-up attempts; doubles each time up to maxBackoffMs (defaults 500 ms, 8 s). */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * How long one request may wait for Neo4j before failing with store.unavailable (default 5 s): the
   * connect timeout, the wait for a pooled connection, and the driver's retry budget are all held to it.
   */
  requestTimeoutMs?: number;
  /** How long a readiness answer is reused, so a busy /ready does not flood Neo4j (default 1 s). */
  readinessCacheMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class Neo4jConnection {
  readonly driver: Driver;
  readonly database: string;
  private readonly context: ErrorContext;
  private readiness: { at: number; ready: Promise<boolean> } | null = null;
  private closed = false;

  constructor(
    private readonly options: Neo4jConnectionOptions,
    private readonly onWarning: (message: string) => void,
  ) {
    const requestTimeout = options.requestTimeoutMs ?? 5_000;
    this.database = options.database;
    this.context = { uri: options.uri, database: options.database };
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      // Without these the driver waits 60 s for a connection and retries for 30 s: a hang, to a user.
      connectionTimeout: Math.min(requestTimeout, 3_000),
      connectionAcquisitionTimeout: requestTimeout,
      maxTransactionRetryTime: requestTimeout,
      userAgent: 'claimgraph',
    });
  }

  /**
   * Runs `task` (connect, migrate) until it succeeds, waiting with exponential backoff while Neo4j is
   * unreachable and saying so on each attempt; gives up after startupTimeoutMs with store.unavailable.
   */
  async untilAvailable<T>(what: string, task: () => Promise<T>): Promise<T> {
    const timeout = this.options.startupTimeoutMs ?? 60_000;
    const maxBackoff = this.options.maxBackoffMs ?? 8_000;
    const started = Date.now();
    let backoff = this.options.initialBackoffMs ?? 500;
    for (let attempt = 1; ; attempt++) {
      try {
        return await task();
      } catch (error) {
        // Wrong credentials or database name will not mend by waiting; an unreachable server may.
        if (!isUnavailable(error)) throw translateError(error, this.context);
        const elapsed = Date.now() - started;
        if (elapsed + backoff > timeout) {
          throw new DomainError(
            ErrorCode.StoreUnavailable,
            `gave up ${what}: Neo4j at ${this.options.uri} did not answer within ${Math.round(timeout / 1000)} s (${attempt} attempts; last: ${reasonOf(error)})`,
          );
        }
        this.onWarning(
          `waiting for Neo4j at ${this.options.uri} (${what}, attempt ${attempt}, ${Math.round(elapsed / 1000)} s of ${Math.round(timeout / 1000)} s): ` +
            `${reasonOf(error)}; next try in ${(backoff / 1000).toFixed(1)} s`,
        );
        await sleep(backoff);
        backoff = Math.min(backoff * 2, maxBackoff);
      }
    }
  }

  /** Resolves once the server answers on the configured database. */
  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  /** False while Neo4j does not answer; checked at most once per readinessCacheMs, with a short timeout. */
  isReady(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    const now = Date.now();
    if (this.readiness && now - this.readiness.at < (this.options.readinessCacheMs ?? 1_000)) return this.readiness.ready;
    const ready = withTimeout(this.verify(), 2_000, 'Neo4j').then(
      () => true,
      () => false,
    );
    this.readiness = { at: now, ready };
    return ready;
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inSession('READ', work);
  }

  /** One managed write transaction; the driver may run `work` again on a transient failure, so it must be idempotent. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', work);
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (this.closed) throw new DomainError(ErrorCode.StoreUnavailable, 'the Neo4j store is closed');
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (error) {
      throw translateError(error, this.context);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }
}
