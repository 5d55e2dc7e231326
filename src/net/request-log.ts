// Every HTTP request the run makes, as a debug line (--debug, the action's core.debug): method,
// host, path, status and time. The request path knows no listener and pays nothing when nobody
// listens. Only what is passed here is ever shown: never headers (Authorization), bodies or query
// strings (a presigned URL's credentials). No Node import: every entry loads this module at start,
// and diagnostics_channel or perf_hooks would load Node internals that only --debug uses. One bundle
// has one module registry, so the listeners below reach every chunk. A Run carries `requestLog`.

import type { RequestLog, RequestSent } from '../run/run.js';

export interface RequestRecord {
  readonly method: string;
  /** host[:port] */
  readonly host: string;
  /** The path alone, without its query string. */
  readonly path: string;
  /** The API operation, for AWS requests (all of them POST /). */
  readonly operation?: string;
  /** The HTTP status; undefined when no answer came. */
  readonly status?: number;
  /** Why no answer came (the error's name or code, never its message). */
  readonly failure?: string;
  readonly ms: number;
}

export type { RequestSent } from '../run/run.js';

type Listener = (record: RequestRecord) => void;
const listeners = new Set<Listener>();

/** Listen to every request that ends; returns the function that stops listening. */
export function onRequest(listener: Listener): () => void {
  // Its own entry, so the same function given twice is called twice and stopped once each.
  const entry: Listener = (record) => listener(record);
  listeners.add(entry);
  return () => listeners.delete(entry);
}

function publish(record: RequestRecord): void {
  for (const listener of listeners) listener(record);
}

/** Milliseconds on a monotonic clock (process.hrtime: the global `performance` loads perf_hooks). */
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Report `sent` when it ends (its status read by `statusOf`); `sent` itself is returned unchanged. */
export function loggedRequest<T>(
  request: RequestSent,
  sent: Promise<T>,
  statusOf: (answer: T) => number,
): Promise<T> {
  if (listeners.size === 0) return sent;
  const at = now();
  const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
  const base = {
    method: request.method,
    host: url.host,
    path: url.pathname,
    ...(request.operation && { operation: request.operation }),
  };
  const ms = () => Math.round(now() - at);
  sent.then(
    (answer) => publish({ ...base, status: statusOf(answer), ms: ms() }),
    (e: unknown) => publish({ ...base, failure: failureName(e), ms: ms() }),
  );
  return sent;
}

/** The request log every Run carries: the listeners above, the CLI's --debug and the action's debug. */
export const requestLog: RequestLog = { logged: loggedRequest };

function failureName(e: unknown): string {
  const err = e as { code?: unknown; name?: unknown };
  if (typeof err?.code === 'string') return err.code;
  return typeof err?.name === 'string' ? err.name : 'Error';
}

/** One line: `POST ecr.us-east-1.amazonaws.com/ GetAuthorizationToken 200 38ms`. */
export function formatRequest(r: RequestRecord): string {
  const outcome = r.status === undefined ? `failed (${r.failure ?? 'no answer'})` : String(r.status);
  return `${r.method} ${r.host}${r.path}${r.operation ? ` ${r.operation}` : ''} ${outcome} ${r.ms}ms`;
}
