// SDK clients, configured once: region from the caller or the environment, endpoints from the
// SDK's own settings (AWS_ENDPOINT_URL_*, FIPS and dual-stack options), the proxy from the
// environment, a single attempt per call (our loop retries), and destroyed after use so no socket
// keeps the process alive.

import { ECRClient } from '@aws-sdk/client-ecr';
import type { GetCallerIdentityCommandOutput, STSClient } from '@aws-sdk/client-sts';
import { type Agents, agentsFor } from '../../net/agents.js';
import { SDK_USER_AGENT } from '../../net/user-agent.js';
import type { Deadline } from '../../run/deadline.js';
import { caBundle } from '../ca-bundle-setting.js';
import { type ProfileOption, regionInUse } from '../region.js';
import { requestHandler } from './handler.js';

export { RegionError, regionInUse } from '../region.js';

// We bundle a pinned SDK and support Node 20 on purpose (CodeBuild images ship it): the SDK's
// notice about its own future releases is noise for our users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Attempts the SDK makes per call: one; retrying is calls.ts's, on both token paths. */
export const SDK_ATTEMPTS = 1;

export interface Clients {
  readonly region: string;
  readonly ecr: ECRClient;
  /**
   * STS GetCallerIdentity, within `within` (default: the clients' deadline). Only doctor and setup ask
   * who the caller is; the main job never does, since a private subnet often has no sts endpoint.
   */
  callerIdentity(within?: Deadline): Promise<GetCallerIdentityCommandOutput>;
  /** The agents registry calls use too (same proxy rules). */
  readonly agents: Agents;
  /** The run's deadline, when it has one: every request of these clients ends by then. */
  readonly deadline?: Deadline;
}

export interface ClientOptions {
  readonly agents?: Agents;
  readonly deadline?: Deadline;
  /** The shared-config profile for credentials and endpoint settings (default: AWS_PROFILE). */
  readonly profile?: string;
}

/**
 * Create clients for a region; `destroy()` closes them and every socket they opened, except those
 * of agents handed in (directly or through the deadline's run), which belong to the caller.
 */
export function createClients(region: string, options: ClientOptions = {}): Clients & { destroy(): void } {
  const { deadline } = options;
  const own = options.agents ? undefined : agentsFor(deadline, () => caBundle(process.env, options.profile));
  const agents = options.agents ?? own!.agents;
  // Every client names the product and version in its user agent (CloudTrail attribution), and
  // makes one attempt per call: our retry loop (calls.ts) decides, as it does for the signed path.
  const shared = {
    customUserAgent: SDK_USER_AGENT,
    maxAttempts: SDK_ATTEMPTS,
    ...(options.profile && { profile: options.profile }),
  };
  deadline?.inRegion(region);
  const ecrHandler = requestHandler('ecr.api', agents, deadline);
  const ecr = new ECRClient({ region, ...shared, requestHandler: ecrHandler });
  const stsClients = new Map<Deadline | undefined, STSClient>();
  return {
    region,
    ecr,
    agents,
    ...(deadline && { deadline }),
    async callerIdentity(within = deadline) {
      const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
      let sts = stsClients.get(within);
      if (!sts) {
        sts = new STSClient({ region, ...shared, requestHandler: requestHandler('sts', agents, within) });
        stsClients.set(within, sts);
      }
      return sts.send(new GetCallerIdentityCommand({}));
    },
    destroy() {
      ecr.destroy();
      for (const sts of stsClients.values()) sts.destroy();
      ecrHandler.destroy();
      own?.release();
    },
  };
}

export async function withClients<T>(
  region: string | undefined,
  use: (c: Clients) => Promise<T>,
  deadline?: Deadline,
  options: ProfileOption = {},
): Promise<T> {
  const clients = createClients(await regionInUse(region, options), {
    ...(deadline && { deadline }),
    ...options,
  });
  try {
    return await use(clients);
  } finally {
    clients.destroy();
  }
}
