// The network as doctor sees it: what a name resolves to (the system resolver, as docker and the
// SDK use it) and whether a TCP connection opens, directly or to the proxy the environment names.
// Tests pass their own NetworkProbe instead.

import { lookup } from 'node:dns/promises';
import { connect, isIP } from 'node:net';
import type { EgressCheck, EndpointCheck, EndpointRole } from '../core/doctor/network.js';
import { proxyFor } from '../core/proxy.js';

export interface NetworkProbe {
  /** The addresses a host name resolves to; rejects when it does not resolve. */
  resolve(host: string): Promise<string[]>;
  /** Whether a TCP connection to host:port opens in time. */
  connect(host: string, port: number): Promise<boolean>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function systemNetwork(timeoutMs = 3_000): NetworkProbe {
  return {
    async resolve(host) {
      if (isIP(host)) return [host];
      const found = await withTimeout(lookup(host, { all: true }), timeoutMs, `resolving ${host}`);
      return found.map((a) => a.address);
    },
    connect(host, port) {
      return new Promise((resolve) => {
        const socket = connect({ host, port, timeout: timeoutMs });
        const done = (ok: boolean) => {
          socket.destroy();
          resolve(ok);
        };
        socket.once('connect', () => done(true));
        socket.once('timeout', () => done(false));
        socket.once('error', () => done(false));
      });
    },
  };
}

type Env = Record<string, string | undefined>;

function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'http:' ? 80 : 443;
}

/** The proxy the environment sends a URL through, as host and port (its credentials never kept). */
function proxyOf(url: URL, env: Env): { host: string; port: number } | undefined {
  const proxy = proxyFor(url.href, env);
  if (!proxy) return undefined;
  const u = new URL(proxy);
  return { host: u.hostname, port: portOf(u) };
}

/** Whether a connection to the URL opens: directly, or to the proxy the environment names for it. */
async function reach(
  network: NetworkProbe,
  env: Env,
  url: URL,
): Promise<{ reachable: boolean; via?: string }> {
  const proxy = proxyOf(url, env);
  if (proxy)
    return { reachable: await network.connect(proxy.host, proxy.port), via: `${proxy.host}:${proxy.port}` };
  return { reachable: await network.connect(url.hostname.replace(/^\[|\]$/g, ''), portOf(url)) };
}

/** Resolve each endpoint and try to connect to it (a proxied one: only the proxy). */
export function checkEndpoints(
  network: NetworkProbe,
  env: Env,
  targets: readonly (readonly [EndpointRole, URL])[],
): Promise<EndpointCheck[]> {
  return Promise.all(
    targets.map(async ([role, url]): Promise<EndpointCheck> => {
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const port = portOf(url);
      if (proxyOf(url, env)) return { role, host, port, ...(await reach(network, env, url)) };
      try {
        const addresses = await network.resolve(host);
        return { role, host, port, addresses, ...(await reach(network, env, url)) };
      } catch (e) {
        return { role, host, port, resolveError: (e as Error).message };
      }
    }),
  );
}

/** Try HTTPS connections to upstream hosts, each with the rule prefixes whose first pulls go there. */
export function checkEgress(
  network: NetworkProbe,
  env: Env,
  upstreams: ReadonlyMap<string, readonly string[]>,
): Promise<EgressCheck[]> {
  return Promise.all(
    [...upstreams].map(async ([host, prefixes]) => ({
      host,
      prefixes,
      ...(await reach(network, env, new URL(`https://${host}`))),
    })),
  );
}
