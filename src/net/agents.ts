// HTTP agents for the SDK and for registry calls, honouring HTTPS_PROXY, HTTP_PROXY and NO_PROXY
// (amazon-ecr-login ignores NO_PROXY; we don't) and the CA bundle the AWS side found (AWS_CA_BUNDLE,
// the profile's ca_bundle: aws/ca-bundle-setting.ts). One set per run, kept alive, so the ECR API and the registry reuse their connections;
// destroyed after, so no kept-alive socket holds the process open.

import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { createSecureContext, type SecureContext } from 'node:tls';
import { proxyFor } from '../core/proxy.js';
import type { Deadline } from '../run/deadline.js';

export interface AgentsOptions {
  /**
   * The CA bundle's PEM text, as the AWS side reads it (undefined: Node's own roots). Awaited before
   * the first connection, so that a bundle that cannot be read fails before any request.
   */
  readonly ca?: Promise<string | undefined>;
}

export class Agents {
  readonly #caLoading: Promise<string | undefined>;
  #ca: string | undefined;
  readonly #http = new HttpAgent({ keepAlive: true });
  #https: HttpsAgent | undefined;
  #secureContext: SecureContext | undefined;
  readonly #proxied = new Map<string, HttpAgent>();
  // The proxy agents (and the modules they load) cost start-up time a direct connection never
  // needs: loaded the first time a URL goes through a proxy.
  #proxyAgents: Promise<typeof import('./proxy-agents.js')> | undefined;

  constructor(
    private readonly env: Record<string, string | undefined> = process.env,
    options: AgentsOptions = {},
  ) {
    this.#caLoading = options.ca ?? Promise.resolve(undefined);
    // Its failure is reported by the first `for`; none is left unhandled when no call is made.
    this.#caLoading.catch(() => {});
  }

  /** TLS options with the CA bundle's roots, parsed once per run and only when TLS is used. */
  #tls(): { secureContext?: SecureContext } {
    if (this.#ca === undefined) return {};
    this.#secureContext ??= createSecureContext({ ca: this.#ca });
    return { secureContext: this.#secureContext };
  }

  #directHttps(): HttpsAgent {
    if (!this.#https) this.#https = new HttpsAgent({ keepAlive: true, ...this.#tls() });
    return this.#https;
  }

  /** The agent for a URL: direct, or through the proxy the environment names for it. */
  async for(url: string): Promise<HttpAgent> {
    this.#ca = await this.#caLoading;
    const proxy = proxyFor(url, this.env);
    const https = url.startsWith('https:');
    if (!proxy) return https ? this.#directHttps() : this.#http;
    this.#proxyAgents ??= import('./proxy-agents.js');
    const { HttpProxyAgent, HttpsProxyAgent } = await this.#proxyAgents;
    const key = `${https ? 's' : ''}:${proxy}`;
    let agent = this.#proxied.get(key);
    if (!agent) {
      agent = https
        ? new HttpsProxyAgent(proxy, { keepAlive: true, ...this.#tls() })
        : new HttpProxyAgent(proxy, { keepAlive: true });
      this.#proxied.set(key, agent);
    }
    return agent;
  }

  destroy(): void {
    this.#http.destroy();
    this.#https?.destroy();
    for (const a of this.#proxied.values()) a.destroy();
    this.#proxied.clear();
  }
}

// The agents of a run that makes several calls under one deadline (prepare: login's token, then
// warm's ECR and registry calls), so that one kept-alive connection serves them all.
const runAgents = new WeakMap<Deadline, Agents>();

/** Every client created under `deadline` uses `agents`; the caller destroys them when the run ends. */
export function shareAgents(deadline: Deadline, agents: Agents): void {
  runAgents.set(deadline, agents);
}

/** The agents shared under `deadline`, if the run shares one set. */
export const agentsOfRun = (deadline: Deadline): Agents | undefined => runAgents.get(deadline);

/**
 * The agents for calls under `deadline`: the run's shared set (its owner destroys it), else a set
 * of their own trusting the CA bundle `ca` reads, which `release` destroys.
 */
export function agentsFor(
  deadline: Deadline | undefined,
  ca: () => Promise<string | undefined>,
): { agents: Agents; release(): void } {
  const shared = deadline && agentsOfRun(deadline);
  if (shared) return { agents: shared, release: () => {} };
  const agents = new Agents(process.env, { ca: ca() });
  return { agents, release: () => agents.destroy() };
}
