// A small structured logger: one JSON object per line (or a readable line in development), levels, request ids.
import { requestScope } from './request-scope.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Where lines go; stdout by default (stderr for warn/error in the pretty format). */
  write?: (line: string, level: Exclude<LogLevel, 'silent'>) => void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/**
 * Errors become plain objects: JSON.stringify drops an Error's message and stack, and uses a
 * GraphQLError's toJSON (no stack, no cause). A located GraphQL error is logged as what it wraps.
 */
export function plain(value: unknown): unknown {
  if (value instanceof Error) {
    const { code, path, originalError } = value as { code?: unknown; path?: unknown; originalError?: unknown };
    if (originalError instanceof Error && originalError !== value) return { ...(plain(originalError) as object), ...(path ? { path } : {}) };
    return { name: value.name, message: value.message, ...(code !== undefined ? { code } : {}), ...(path ? { path } : {}), stack: value.stack };
  }
  return value;
}

function serialise(record: LogFields): string {
  try {
    return JSON.stringify(record, (_key, value: unknown) => plain(value));
  } catch {
    // A circular or hostile value must not take logging down with it.
    return JSON.stringify({ time: record.time, level: record.level, msg: record.msg, note: 'fields could not be serialised' });
  }
}

function pretty(record: LogFields): string {
  const { time: _time, level, msg, ...rest } = record;
  const extra = Object.entries(rest)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : serialise({ v: plain(value) }).slice(5, -1)}`)
    .join(' ');
  const tag = level === 'info' ? '' : `${String(level)}: `;
  return `[claimgraph] ${tag}${String(msg)}${extra ? ` ${extra}` : ''}`;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const format = options.format ?? 'json';
  const write =
    options.write ??
    ((line: string, level: string) => (format === 'pretty' && (level === 'warn' || level === 'error') ? process.stderr : process.stdout).write(`${line}\n`));
  const emit = (level: Exclude<LogLevel, 'silent'>) => (message: string, fields: LogFields = {}) => {
    if (RANK[level] < threshold) return;
    const scope = requestScope.getStore();
    const record: LogFields = { time: new Date().toISOString(), level, msg: message, ...(scope ? { requestId: scope.requestId } : {}) };
    for (const [key, value] of Object.entries(fields)) record[key] = plain(value);
    write(format === 'json' ? serialise(record) : pretty(record), level);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** For tests and library callers that want no output. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
