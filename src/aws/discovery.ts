// Discovery of what the flags leave out: the caller's registry host and the region's rules.

import { ecrHostFor } from '../core/ecr-host.js';
import type { CacheRule, RegistryTarget } from '../core/rules.js';
import { withClients } from './clients.js';
import { listRules } from './registry-state.js';

export async function discoverTarget(options: {
  registry?: string;
  rules?: readonly CacheRule[];
  region?: string;
}): Promise<RegistryTarget> {
  return withClients(options.region, async ({ ecr, callerIdentity, region }) => {
    const registry = options.registry ?? ecrHostFor((await callerIdentity()).Account!, region);
    if (options.rules && options.rules.length > 0) return { registry, rules: options.rules };
    const rules = (await listRules(ecr)).map(
      (r): CacheRule => ({
        ecrRepositoryPrefix: r.prefix,
        upstreamRegistryUrl: r.upstream,
        ...(r.upstreamRepositoryPrefix && { upstreamRepositoryPrefix: r.upstreamRepositoryPrefix }),
      }),
    );
    return { registry, rules };
  });
}
