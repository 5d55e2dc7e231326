/** The OCI distribution endpoint of the private registry (what proxyEndpoint points at). */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { RegistryError } from './errors.js';
import type { Fault, FaultInjector } from './faults.js';
import { readBody, resetConnection, send, sleep } from './http.js';
import type { RequestLog } from './log.js';
import type { Permissions, PullThrough } from './pullthrough.js';
import type { Quotas } from './quotas.js';
import type { TokenStore } from './tokens.js';

const NAME_RE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

export interface RegistryDeps {
  readonly account: string;
  readonly region: string;
  readonly registryHost: () => string;
  readonly tokens: TokenStore;
  readonly pull: PullThrough;
  readonly faults: FaultInjector;
  readonly quotas: Quotas;
  readonly log: RequestLog;
  readonly permissions: () => Permissions;
}

interface Route {
  readonly operation: 'ping' | 'manifest' | 'blob' | 'tags' | 'unknown';
  readonly name?: string;
  readonly reference?: string;
}

function route(pathname: string): Route {
  if (pathname === '/v2/' || pathname === '/v2') return { operation: 'ping' };
  let m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(pathname);
  if (m) return { operation: 'manifest', name: m[1], reference: decodeURIComponent(m[2] ?? '') };
  m = /^\/v2\/(.+)\/blobs\/([^/]+)$/.exec(pathname);
  if (m) return { operation: 'blob', name: m[1], reference: decodeURIComponent(m[2] ?? '') };
  m = /^\/v2\/(.+)\/tags\/list$/.exec(pathname);
  if (m) return { operation: 'tags', name: m[1] };
  return { operation: 'unknown' };
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ errors: [{ code, message }] });
}

function accepts(acceptHeader: string | undefined, mediaType: string): boolean {
  if (!acceptHeader) return true;
  const types = acceptHeader.split(',').map((t) => t.split(';')[0]?.trim().toLowerCase() ?? '');
  return types.includes(mediaType) || types.includes('*/*') || types.every((t) => t === '');
}

function basicPassword(header: string | undefined): { user: string; password: string } | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function createRegistryHandler(
  deps: RegistryDeps,
): (req: IncomingMessage, res: ServerResponse) => void {
  const baseHeaders = (): OutgoingHttpHeaders => ({ 'Docker-Distribution-API-Version': 'registry/2.0' });

  function fail(res: ServerResponse, error: RegistryError, extra: OutgoingHttpHeaders = {}): number {
    send(res, error.status, errorBody(error.code, error.message), {
      ...baseHeaders(),
      'Content-Type': 'application/json; charset=utf-8',
      ...extra,
    });
    return error.status;
  }

  function challenge(res: ServerResponse, message: string): number {
    return fail(res, new RegistryError(401, 'UNAUTHORIZED', message), {
      'WWW-Authenticate': `Basic realm="https://${deps.registryHost()}/",service="ecr.amazonaws.com"`,
    });
  }

  /** Returns the HTTP status sent, or undefined when the request may go on. */
  function authenticate(req: IncomingMessage, res: ServerResponse): number | undefined {
    const creds = basicPassword(req.headers.authorization);
    if (creds === undefined) return challenge(res, 'Not Authorized');
    const state = creds.user === 'AWS' ? deps.tokens.check(creds.password) : 'unknown';
    if (state === 'unknown') return challenge(res, 'Not Authorized');
    // ECR answers an expired token with 403, not 401 (AWS "common errors" docs, HTTP 403 section).
    if (state === 'expired') {
      return fail(
        res,
        new RegistryError(
          403,
          'DENIED',
          'Your authorization token has expired. Reauthenticate and try again.',
        ),
      );
    }
    return undefined;
  }

  async function applyFault(
    fault: Fault,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<number | undefined> {
    switch (fault.kind) {
      case 'slow':
        await sleep(fault.slowMs);
        return undefined;
      case 'reset':
        resetConnection(req);
        return 0;
      case 'throttle':
        return fail(res, new RegistryError(429, 'TOOMANYREQUESTS', 'Rate exceeded'));
      case '5xx':
        return fail(res, new RegistryError(500, 'UNKNOWN', 'Internal server error'));
      case 'hang':
        // Never answered: logged now (status 0), the connection left open until the client leaves.
        return 0;
      case 'answer':
        send(res, 200, fault.body, { 'Content-Type': 'application/json' });
        return 200;
    }
  }

  async function serve(r: Route, req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> {
    const method = req.method ?? 'GET';
    const readOnly = method === 'GET' || method === 'HEAD';
    if (r.operation === 'unknown') return fail(res, new RegistryError(404, 'UNSUPPORTED', 'Not Found'));
    if (!readOnly || (r.operation === 'tags' && method !== 'GET')) {
      // Pull-through repositories are read-only; pushing is not part of this stand-in.
      return fail(res, new RegistryError(405, 'UNSUPPORTED', 'The operation is unsupported.'));
    }
    const denied = authenticate(req, res);
    if (denied !== undefined) return denied;
    if (r.operation === 'ping') {
      send(res, 200, method === 'HEAD' ? undefined : '{}', {
        ...baseHeaders(),
        'Content-Type': 'application/json; charset=utf-8',
      });
      return 200;
    }
    const name = r.name ?? '';
    if (name.length < 2 || name.length > 256 || !NAME_RE.test(name)) {
      return fail(res, new RegistryError(400, 'NAME_INVALID', 'Invalid repository name'));
    }
    if (r.operation === 'tags') {
      const all = deps.pull.tags(name);
      const last = url.searchParams.get('last');
      const n = Number(url.searchParams.get('n') ?? Number.POSITIVE_INFINITY);
      const after = last ? all.filter((t) => t > last) : all;
      const page = after.slice(0, n >= 0 ? n : undefined);
      const headers: OutgoingHttpHeaders = {
        ...baseHeaders(),
        'Content-Type': 'application/json; charset=utf-8',
      };
      if (page.length < after.length && page.length > 0) {
        headers.Link = `</v2/${name}/tags/list?n=${n}&last=${encodeURIComponent(page[page.length - 1] ?? '')}>; rel="next"`;
      }
      send(res, 200, JSON.stringify({ name, tags: page }), headers);
      return 200;
    }
    const reference = r.reference ?? '';
    if (r.operation === 'manifest') {
      if (!deps.permissions().batchGetImage) {
        return fail(
          res,
          new RegistryError(
            403,
            'DENIED',
            `User: arn:aws:sts::${deps.account}:assumed-role/ci/session is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:${deps.region}:${deps.account}:repository/${name} because no identity-based policy allows the ecr:BatchGetImage action`,
          ),
        );
      }
      if (!DIGEST_RE.test(reference) && !TAG_RE.test(reference)) {
        return fail(
          res,
          new RegistryError(
            400,
            reference.includes(':') ? 'DIGEST_INVALID' : 'TAG_INVALID',
            'Invalid reference',
          ),
        );
      }
      const manifest = await deps.pull.manifest(name, reference, method === 'HEAD' ? 'HEAD' : 'GET');
      if (!accepts(req.headers.accept, manifest.mediaType)) {
        return fail(
          res,
          new RegistryError(
            404,
            'MANIFEST_UNKNOWN',
            `Manifest of media type ${manifest.mediaType} is not in the Accept header`,
          ),
        );
      }
      const headers = {
        ...baseHeaders(),
        'Content-Type': manifest.mediaType,
        'Docker-Content-Digest': manifest.digest,
        'Content-Length': manifest.body.length,
      };
      res.writeHead(200, headers);
      res.end(method === 'HEAD' ? undefined : manifest.body);
      return 200;
    }
    if (!DIGEST_RE.test(reference))
      return fail(res, new RegistryError(400, 'DIGEST_INVALID', 'Invalid digest'));
    if (!deps.permissions().getDownloadUrlForLayer) {
      return fail(
        res,
        new RegistryError(
          403,
          'DENIED',
          `User: arn:aws:sts::${deps.account}:assumed-role/ci/session is not authorized to perform: ecr:GetDownloadUrlForLayer on resource: arn:aws:ecr:${deps.region}:${deps.account}:repository/${name} because no identity-based policy allows the ecr:GetDownloadUrlForLayer action`,
        ),
      );
    }
    const answer = deps.pull.blob(name, reference);
    if (answer.kind === 'redirect') {
      send(res, 307, undefined, { ...baseHeaders(), Location: answer.location, 'Content-Length': 0 });
      return 307;
    }
    res.writeHead(200, {
      ...baseHeaders(),
      'Content-Type': 'application/octet-stream',
      'Docker-Content-Digest': reference,
      'Content-Length': answer.data.length,
    });
    res.end(method === 'HEAD' ? undefined : answer.data);
    return 200;
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://registry');
    const r = route(url.pathname);
    void (async () => {
      let status: number;
      let injected: Fault | undefined;
      let refusedBy: string | undefined;
      try {
        await readBody(req).catch(() => Buffer.alloc(0));
        // Account-wide quotas come first, on every request, before faults and permissions.
        refusedBy = deps.quotas.take(r.operation, 'registry');
        if (refusedBy !== undefined) throw new RegistryError(429, 'TOOMANYREQUESTS', 'Rate exceeded');
        injected = r.operation === 'unknown' ? undefined : deps.faults.pick('registry', r.operation);
        const faulted = injected ? await applyFault(injected, req, res) : undefined;
        status = faulted ?? (await serve(r, req, res, url));
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
          status = 0;
        } else {
          status = fail(
            res,
            error instanceof RegistryError ? error : new RegistryError(500, 'UNKNOWN', String(error)),
          );
        }
      }
      deps.log.add({
        endpoint: 'registry',
        operation: r.operation,
        method: req.method ?? 'GET',
        ...(r.name !== undefined && { repository: r.name }),
        ...(r.reference !== undefined && { reference: r.reference }),
        status,
        ...(injected && { fault: injected.kind }),
        ...(refusedBy !== undefined && { quota: refusedBy }),
      });
    })().catch(() => res.destroy());
  };
}
