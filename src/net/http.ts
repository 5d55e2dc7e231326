// One HTTP exchange over node:http(s) (registry calls, the signed token call, container
// credentials) with the run's agents (so HTTPS_PROXY and NO_PROXY apply), a total time limit and an
// abort signal.
// Failures carry what `isRetryable` reads: a timeout is a TimeoutError, a dropped connection keeps
// Node's code (ECONNRESET...).

import { type Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { OperationError } from '../core/errors.js';
import { CONNECT_TIMEOUT_MS } from '../core/timeouts.js';
import type { Run } from '../run/run.js';

export interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface HttpOptions {
  readonly method?: 'GET' | 'HEAD' | 'POST';
  readonly headers?: Record<string, string>;
  /** What a POST sends. */
  readonly body?: string;
  /** The API operation, for --debug (AWS requests are all POST /). */
  readonly operation?: string;
  /** --debug shows the host alone (a path that is a credential, as the container endpoint's). */
  readonly hidePath?: boolean;
  readonly agent: Agent;
  readonly signal?: AbortSignal;
  /** Time for the whole exchange, answer body included. */
  readonly timeoutMs: number;
  /** Time to open the connection (default CONNECT_TIMEOUT_MS). */
  readonly connectTimeoutMs?: number;
  /** Larger answers are cut off with an error (manifests are small). */
  readonly maxBytes?: number;
}

export class HttpTimeoutError extends OperationError {
  readonly code = 'ETIMEDOUT';
  constructor(url: string, ms: number, what = 'no answer') {
    super(`${what} from ${new URL(url).host} within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/** One exchange, reported to the run's request log (method, host, path, status, time: never a header or query). */
export function exchange(run: Run, url: string, options: HttpOptions): Promise<HttpAnswer> {
  const method = options.method ?? 'GET';
  const { operation } = options;
  const shown = options.hidePath ? `${new URL(url).origin}/…` : url;
  return run.requests.logged(
    { method, url: shown, ...(operation && { operation }) },
    plainExchange(url, options),
    (answer) => answer.status,
  );
}

function plainExchange(url: string, options: HttpOptions): Promise<HttpAnswer> {
  const maxBytes = options.maxBytes ?? 8 << 20;
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: options.agent,
      ...(options.signal && { signal: options.signal }),
    });
    const timer = setTimeout(
      () => req.destroy(new HttpTimeoutError(url, options.timeoutMs)),
      options.timeoutMs,
    );
    // A host that drops the SYN should fail in seconds, not at the end of the whole exchange's time.
    const connectMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
    let connectTimer: NodeJS.Timeout | undefined;
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(
        () => req.destroy(new HttpTimeoutError(url, connectMs, 'no connection')),
        connectMs,
      );
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    const fail = (e: Error) => {
      clearTimeout(timer);
      clearTimeout(connectTimer);
      reject(e);
    };
    req.on('error', fail);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes)
          req.destroy(new Error(`answer from ${new URL(url).host} is larger than ${maxBytes} bytes`));
        else chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('end', () => {
        clearTimeout(timer);
        clearTimeout(connectTimer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.end(options.body);
  });
}
