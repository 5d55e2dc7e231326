// SDK clients, configured once: region from the caller or the environment, endpoints from the
// SDK's own settings (AWS_ENDPOINT_URL_*, FIPS and dual-stack options), the proxy from the
// environment, and destroyed after use so no socket keeps the process alive.

import { ECRClient } from '@aws-sdk/client-ecr';
import type { GetCallerIdentityCommandOutput, STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Agents, EnvProxyAgent } from '../net/agents.js';

// We bundle a pinned SDK and support Node 20 on purpose (CodeBuild images ship it): the SDK's
// notice about its own future releases is noise for our users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export class RegionError extends Error {
  constructor() {
    super('no AWS region: pass --region or set AWS_REGION (or AWS_DEFAULT_REGION)');
    this.name = 'RegionError';
  }
}

export function resolveRegion(region?: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!r) throw new RegionError();
  return r;
}

export interface Clients {
  readonly region: string;
  readonly ecr: ECRClient;
  /** STS GetCallerIdentity; the STS client is loaded only by the commands that ask who the caller is. */
  callerIdentity(): Promise<GetCallerIdentityCommandOutput>;
  /** The agents registry calls use too (same proxy rules). */
  readonly agents: Agents;
}

/** Create clients for a region; `destroy()` closes them and every socket they opened. */
export function createClients(region: string, agents: Agents = new Agents()): Clients & { destroy(): void } {
  const agent = new EnvProxyAgent(agents);
  // A request timeout too: an endpoint or proxy that accepts the connection and never answers
  // (a private subnet's classic) must fail, and be retried, rather than hang the job.
  const requestHandler = new NodeHttpHandler({
    httpAgent: agent,
    httpsAgent: agent,
    connectionTimeout: 10_000,
    requestTimeout: 30_000,
  });
  const ecr = new ECRClient({ region, requestHandler });
  let sts: STSClient | undefined;
  return {
    region,
    ecr,
    agents,
    async callerIdentity() {
      const { STSClient, GetCallerIdentityCommand } = await import(
        /* webpackMode: "eager" */ '@aws-sdk/client-sts'
      );
      sts ??= new STSClient({ region, requestHandler });
      return sts.send(new GetCallerIdentityCommand({}));
    },
    destroy() {
      ecr.destroy();
      sts?.destroy();
      agent.destroy();
      agents.destroy();
    },
  };
}

export async function withClients<T>(
  region: string | undefined,
  use: (c: Clients) => Promise<T>,
): Promise<T> {
  const clients = createClients(resolveRegion(region));
  try {
    return await use(clients);
  } finally {
    clients.destroy();
  }
}
