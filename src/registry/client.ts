// An OCI distribution client for what warm needs: a manifest GET (the pull that makes ECR import an
// image) with Basic auth sent up front, the full Accept list, and redirects followed (credentials
// are never sent to another origin). Errors carry the HTTP status and the registry's error code, so
// `isRetryable` and the diagnoses read them; they never carry the password.

import { createHash } from 'node:crypto';
import { OperationError } from '../core/errors.js';
import { REQUEST_TIMEOUT_MS } from '../core/timeouts.js';
import { registryService } from '../core/unanswered.js';
import { MANIFEST_ACCEPT } from '../core/warm/manifest.js';
import { exchange } from '../net/http.js';
import { USER_AGENT } from '../net/user-agent.js';
import type { Run } from '../run/run.js';

export class RegistryError extends OperationError {
  constructor(
    readonly status: number,
    /** The distribution error code (MANIFEST_UNKNOWN, DENIED, ...), when the registry sent one. */
    readonly code: string | undefined,
    /** The registry's own words (e.g. "Requested image not found"). */
    readonly detail: string,
  ) {
    super(`${status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'RegistryError';
  }
}

export interface RegistryManifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly body: string;
}

export interface RegistryClientOptions {
  /** Base URL, e.g. the token's proxyEndpoint. */
  readonly endpoint: string;
  readonly username: string;
  readonly password: string;
  /** Per request (default REQUEST_TIMEOUT_MS). */
  readonly timeoutMs?: number;
}

const MAX_REDIRECTS = 5;

export class RegistryClient {
  readonly #base: string;
  readonly #authorization: string;

  /** Requests go through the run's agents, end by its deadline, and tell it which endpoint kept it waiting. */
  constructor(
    private readonly run: Run,
    private readonly options: RegistryClientOptions,
  ) {
    this.#base = options.endpoint.replace(/\/+$/, '');
    this.#authorization = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
  }

  /** GET (or HEAD) a manifest by tag or digest. Only a GET makes ECR start an import. */
  async manifest(
    repository: string,
    reference: string,
    options: { method?: 'GET' | 'HEAD'; signal?: AbortSignal } = {},
  ): Promise<RegistryManifest> {
    let url = `${this.#base}/v2/${repository}/manifests/${encodeURIComponent(reference)}`;
    const origin = new URL(url).origin;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        Accept: MANIFEST_ACCEPT.join(', '),
        'User-Agent': USER_AGENT,
      };
      if (new URL(url).origin === origin) headers.Authorization = this.#authorization;
      const { run } = this;
      const signals = [options.signal, run.signal].filter((s): s is AbortSignal => s !== undefined);
      const agent = await run.agents.for(url);
      const sent = exchange(run, url, {
        method: options.method ?? 'GET',
        headers,
        agent,
        timeoutMs: this.options.timeoutMs ?? REQUEST_TIMEOUT_MS,
        ...(signals.length > 0 && { signal: AbortSignal.any(signals) }),
      });
      const answer = await run.watch(
        {
          service: registryService(url, origin),
          host: new URL(url).host,
          operation: `${options.method ?? 'GET'} manifest ${repository}:${reference}`,
        },
        sent,
      );
      const location = answer.headers.location;
      if (answer.status >= 300 && answer.status < 400 && location && hop < MAX_REDIRECTS) {
        url = new URL(location, url).toString();
        continue;
      }
      if (answer.status !== 200) throw registryError(answer.status, answer.body);
      const body = answer.body.toString('utf8');
      const header = answer.headers['docker-content-digest'];
      const digest =
        typeof header === 'string' && header
          ? header
          : `sha256:${createHash('sha256').update(answer.body).digest('hex')}`;
      return { digest, mediaType: String(answer.headers['content-type'] ?? ''), body };
    }
  }
}

function registryError(status: number, body: Buffer): RegistryError {
  let code: string | undefined;
  let message = '';
  try {
    const first = (JSON.parse(body.toString('utf8')) as { errors?: { code?: string; message?: string }[] })
      .errors?.[0];
    code = first?.code;
    message = first?.message ?? '';
  } catch {
    // not a distribution error body
  }
  return new RegistryError(status, code, message);
}
