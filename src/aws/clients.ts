// SDK clients, configured once: region from the caller or the environment, endpoints from the
// SDK's own settings (AWS_ENDPOINT_URL_*), and destroyed after use so no socket keeps a process alive.

import { ECRClient } from '@aws-sdk/client-ecr';
import { STSClient } from '@aws-sdk/client-sts';

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
  readonly sts: STSClient;
}

// We bundle a pinned SDK and support Node 20 on purpose (CodeBuild images ship it): the SDK's
// notice about its own future releases is noise for our users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export async function withClients<T>(
  region: string | undefined,
  use: (c: Clients) => Promise<T>,
): Promise<T> {
  const r = resolveRegion(region);
  const ecr = new ECRClient({ region: r });
  const sts = new STSClient({ region: r });
  try {
    return await use({ region: r, ecr, sts });
  } finally {
    ecr.destroy();
    sts.destroy();
  }
}
