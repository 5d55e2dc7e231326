// The one HTTP handler every SDK client uses: the run's agents (their proxy rules and CA bundle), a
// connect timeout and a request timeout that really throws (the SDK only warns by default), the
// run's request log, and its deadline, which aborts the request and remembers which endpoint it was
// waiting for.

import type { Agent as HttpAgent } from 'node:http';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Agent as AgentBase, type AgentConnectOpts } from 'agent-base';
import { CONNECT_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../../core/timeouts.js';
import type { EndpointService } from '../../core/unanswered.js';
import type { Run, RunAgents } from '../../run/run.js';

type HttpRequest = Parameters<NodeHttpHandler['handle']>[0];
type HandleOptions = Parameters<NodeHttpHandler['handle']>[1];

/** The API operation a request carries: JSON protocols name it in X-Amz-Target, query ones in Action=. */
function operationOf(request: HttpRequest): string | undefined {
  const target = request.headers['x-amz-target'] ?? request.headers['X-Amz-Target'];
  if (target) return target.slice(target.lastIndexOf('.') + 1);
  const body = typeof request.body === 'string' ? request.body : '';
  return /(?:^|&)Action=([A-Za-z]+)/.exec(body)?.[1];
}

/** One agent for clients that take a single agent (the SDK): each connection asks the run's agents where to go. */
class EnvProxyAgent extends AgentBase {
  constructor(private readonly agents: RunAgents) {
    // Keep-alive here too: a request asks the agent it was given, and without it sends
    // `Connection: close`, so the pooled agent behind could never reuse the socket.
    super({ keepAlive: true });
  }

  override connect(_req: unknown, opts: AgentConnectOpts): Promise<HttpAgent> {
    return this.agents.for(`${opts.secureEndpoint ? 'https' : 'http'}://${opts.host}:${opts.port}`);
  }
}

class WatchedHandler extends NodeHttpHandler {
  readonly #agent: EnvProxyAgent;

  constructor(
    private readonly service: EndpointService,
    private readonly run: Run,
  ) {
    const agent = new EnvProxyAgent(run.agents);
    super({
      httpAgent: agent,
      httpsAgent: agent,
      connectionTimeout: CONNECT_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    });
    this.#agent = agent;
  }

  override handle(request: HttpRequest, options: HandleOptions = {}) {
    // --debug: method, host, path, operation, status and time (never a header, body or query).
    const port = request.port ? `:${request.port}` : '';
    const url = `${request.protocol}//${request.hostname}${port}${request.path}`;
    const operation = operationOf(request);
    const sent = { method: request.method, url, ...(operation && { operation }) };
    return this.run.requests.logged(sent, this.#send(request, options), (a) => a.response.statusCode);
  }

  #send(request: HttpRequest, options: HandleOptions = {}) {
    const { deadline } = this.run;
    if (!deadline) return super.handle(request, options);
    const abortSignal = options.abortSignal
      ? AbortSignal.any([options.abortSignal as AbortSignal, deadline.signal])
      : deadline.signal;
    const operation = operationOf(request);
    const host = `${request.hostname}${request.port ? `:${request.port}` : ''}`;
    return deadline.watch(
      { service: this.service, host, ...(operation && { operation }) },
      super.handle(request, { ...options, abortSignal }),
    );
  }

  override destroy(): void {
    super.destroy();
    this.#agent.destroy();
  }
}

/** A request handler for an SDK client of `service`, within `run`. */
export function requestHandler(service: EndpointService, run: Run): NodeHttpHandler {
  return new WatchedHandler(service, run);
}
