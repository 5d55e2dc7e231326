// HTTP agents for the SDK and for registry calls, honouring HTTPS_PROXY, HTTP_PROXY and NO_PROXY
// (amazon-ecr-login ignores NO_PROXY; we don't) and the CA bundle the AWS side found (AWS_CA_BUNDLE,
// the profile's ca_bundle: aws/ca-bundle-setting.ts). One set per run (the Run's agents), kept alive,
// so the ECR API and the registry reuse their connections; destroyed after, so no kept-alive socket
// holds the process open.

import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { createSecureContext, type SecureContext } from 'node:tls';
import { proxyFor } from '../core/proxy.js';
import type { RunAgents } from '../run/run.js';

export interface AgentsOptions {
  /**
   * The CA bundle's PEM text, as the AWS side reads it (undefined: Node's own roots). Read at the
   * first request and awaited before it connects, so that a bundle that cannot be read fails before
   * any request, and a run that makes none never reads it.
   */
  readonly ca?: () => Promise<string | undefined>;
}

export class Agents implements RunAgents {
  readonly #readCa: () => Promise<string | undefined>;
  #caLoading: Promise<string | undefined> | undefined;
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
    this.#readCa = options.ca ?? (() => Promise.resolve(undefined));
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
    this.#caLoading ??= this.#readCa();
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
