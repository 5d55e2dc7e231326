// Every HTTP request the run makes, as a debug line (--debug, the action's core.debug): method,
// host, path, status and time. Published on a diagnostics channel, so the request path knows no
// listener and pays nothing when nobody listens. Only what is passed here is ever shown: never
// headers (Authorization), bodies or query strings (a presigned URL's credentials).

import { channel } from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';

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

export interface RequestSent {
  readonly method: string;
  readonly url: URL | string;
  readonly operation?: string;
}

const requests = channel('ecr-pull-through:request');

/** Listen to every request that ends; returns the function that stops listening. */
export function onRequest(listener: (record: RequestRecord) => void): () => void {
  const handler = (message: unknown) => listener(message as RequestRecord);
  requests.subscribe(handler);
  return () => requests.unsubscribe(handler);
}

/** Report `sent` when it ends (its status read by `statusOf`); `sent` itself is returned unchanged. */
export function loggedRequest<T>(
  request: RequestSent,
  sent: Promise<T>,
  statusOf: (answer: T) => number,
): Promise<T> {
  if (!requests.hasSubscribers) return sent;
  const at = performance.now();
  const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
  const base = {
    method: request.method,
    host: url.host,
    path: url.pathname,
    ...(request.operation && { operation: request.operation }),
  };
  const ms = () => Math.round(performance.now() - at);
  sent.then(
    (answer) => requests.publish({ ...base, status: statusOf(answer), ms: ms() } satisfies RequestRecord),
    (e: unknown) => requests.publish({ ...base, failure: failureName(e), ms: ms() } satisfies RequestRecord),
  );
  return sent;
}

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
