// HTTP agents for the SDK and for registry calls, honouring HTTPS_PROXY, HTTP_PROXY and NO_PROXY
// (amazon-ecr-login ignores NO_PROXY; we don't). Agents are created per run and destroyed after, so
// no kept-alive socket holds the process open.

import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { Agent as AgentBase, type AgentConnectOpts } from 'agent-base';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { proxyFor } from '../core/proxy.js';

export class Agents {
  readonly #direct = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  readonly #proxied = new Map<string, HttpAgent>();

  constructor(private readonly env: Record<string, string | undefined> = process.env) {}

  /** The agent for a URL: direct, or through the proxy the environment names for it. */
  for(url: string): HttpAgent {
    const proxy = proxyFor(url, this.env);
    const https = url.startsWith('https:');
    if (!proxy) return https ? this.#direct.https : this.#direct.http;
    const key = `${https ? 's' : ''}:${proxy}`;
    let agent = this.#proxied.get(key);
    if (!agent) {
      agent = https
        ? new HttpsProxyAgent(proxy, { keepAlive: true })
        : new HttpProxyAgent(proxy, { keepAlive: true });
      this.#proxied.set(key, agent);
    }
    return agent;
  }

  destroy(): void {
    this.#direct.http.destroy();
    this.#direct.https.destroy();
    for (const a of this.#proxied.values()) a.destroy();
    this.#proxied.clear();
  }
}

/** One agent for clients that take a single agent (the SDK): each connection asks `Agents` where to go. */
export class EnvProxyAgent extends AgentBase {
  constructor(private readonly agents: Agents) {
    super();
  }

  override connect(_req: unknown, opts: AgentConnectOpts): HttpAgent {
    return this.agents.for(`${opts.secureEndpoint ? 'https' : 'http'}://${opts.host}:${opts.port}`);
  }
}
