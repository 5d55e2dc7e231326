/**
 * The stand-in's control endpoint on the API port, for a process that did not start it (a bench,
 * the demo, `npm run emulator`) to change its behaviour as `setQuotas`/`setFaults` do in-process:
 *
 *   PUT /stand-in/quotas  body: QuotaConfig (JSON)  → 204; 400 { message } on a bad body
 *   GET /stand-in/quotas                            → 200 { config, stats }
 *   PUT /stand-in/faults  body: FaultConfig (JSON)  → 204; 400 { message } on a bad body
 *
 * AWS calls are all POST / (or GET /?Action= for STS), so these paths never collide with them. They
 * are not AWS calls: never logged, never throttled, never faulted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultConfig, FaultInjector } from './faults.js';
import { readBody, send } from './http.js';
import type { QuotaConfig, Quotas } from './quotas.js';

export const CONTROL_PREFIX = '/stand-in/';

export interface ControlDeps {
  readonly quotas: Quotas;
  readonly faults: FaultInjector;
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json' });

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req)).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new TypeError('the body is not JSON');
  }
}

/** Answers a request under CONTROL_PREFIX. */
export async function serveControl(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ControlDeps,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://api').pathname;
  const method = req.method ?? 'GET';
  const routes: Record<string, Record<string, () => Promise<void>>> = {
    '/stand-in/quotas': {
      GET: async () => sendJson(res, 200, { config: deps.quotas.config, stats: deps.quotas.stats() }),
      PUT: async () => {
        // set checks the whole body (checkQuotaConfig) before it replaces anything.
        deps.quotas.set((await readJson(req)) as QuotaConfig | undefined);
        send(res, 204, undefined);
      },
    },
    '/stand-in/faults': {
      PUT: async () => {
        const body = await readJson(req);
        if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)))
          throw new TypeError('faults must be an object');
        deps.faults.set(body as FaultConfig | undefined);
        send(res, 204, undefined);
      },
    },
  };
  const route = routes[path];
  if (route === undefined) return sendJson(res, 404, { message: `no control endpoint ${path}` });
  const handler = route[method];
  if (handler === undefined) {
    res.setHeader('Allow', Object.keys(route).join(', '));
    return sendJson(res, 405, { message: `${method} ${path} is not supported` });
  }
  try {
    await handler();
  } catch (error) {
    // A bad body: the config in place stays as it was (set checks everything before it replaces).
    sendJson(res, 400, { message: error instanceof Error ? error.message : String(error) });
  }
}
