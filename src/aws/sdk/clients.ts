// SDK clients, configured once: region from the caller or the environment, endpoints from the
// SDK's own settings (AWS_ENDPOINT_URL_*, FIPS and dual-stack options), the proxy from the
// environment, a single attempt per call (our loop retries), and destroyed after use so no socket
// keeps the process alive.

import { ECRClient } from '@aws-sdk/client-ecr';
import type { GetCallerIdentityCommandOutput, STSClient } from '@aws-sdk/client-sts';
import { SDK_USER_AGENT } from '../../net/user-agent.js';
import type { Deadline } from '../../run/deadline.js';
import type { Run } from '../../run/run.js';
import { regionInUse } from '../region.js';
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
   * STS GetCallerIdentity, within `within` (default: the run's deadline). Only doctor and setup ask
   * who the caller is; the main job never does, since a private subnet often has no sts endpoint.
   */
  callerIdentity(within?: Deadline): Promise<GetCallerIdentityCommandOutput>;
  /** The run the clients work in: its agents, deadline and profile. */
  readonly run: Run;
}

/**
 * What every SDK client of a run is given: the product and version in its user agent (CloudTrail
 * attribution), one attempt per call (our retry loop, calls.ts, decides, as it does for the signed
 * path), and the run's profile.
 */
export function sdkSettings(run: Run) {
  // No profile key at all without one: the SDK then reads AWS_PROFILE as it always does.
  return {
    customUserAgent: SDK_USER_AGENT,
    maxAttempts: SDK_ATTEMPTS,
    ...(run.profile && { profile: run.profile }),
  };
}

/**
 * Create clients for a region within `run` (its agents, profile and deadline); `destroy()` closes
 * them, while the connections stay the run's until it ends.
 */
export function createClients(region: string, run: Run): Clients & { destroy(): void } {
  const { deadline } = run;
  const shared = sdkSettings(run);
  deadline?.inRegion(region);
  const ecrHandler = requestHandler('ecr.api', run);
  const ecr = new ECRClient({ region, ...shared, requestHandler: ecrHandler });
  const stsClients = new Map<Deadline | undefined, STSClient>();
  return {
    region,
    ecr,
    run,
    async callerIdentity(within = deadline) {
      const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
      let sts = stsClients.get(within);
      if (!sts) {
        const handler = requestHandler('sts', within ? run.until(within) : run);
        sts = new STSClient({ region, ...shared, requestHandler: handler });
        stsClients.set(within, sts);
      }
      return sts.send(new GetCallerIdentityCommand({}));
    },
    destroy() {
      ecr.destroy();
      for (const sts of stsClients.values()) sts.destroy();
      ecrHandler.destroy();
    },
  };
}

export async function withClients<T>(
  run: Run,
  region: string | undefined,
  use: (c: Clients) => Promise<T>,
): Promise<T> {
  const clients = createClients(await regionInUse(region, run), run);
  try {
    return await use(clients);
  } finally {
    clients.destroy();
  }
}
