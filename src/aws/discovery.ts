// Discovery of what the flags leave out: the caller's registry host and the region's rules.

import { DescribePullThroughCacheRulesCommand } from '@aws-sdk/client-ecr';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { ecrHostFor } from '../core/ecr-host.js';
import type { CacheRule, RegistryTarget } from '../core/rules.js';
import { withClients } from './clients.js';

export async function discoverTarget(options: {
  registry?: string;
  rules?: readonly CacheRule[];
  region?: string;
}): Promise<RegistryTarget> {
  return withClients(options.region, async ({ ecr, sts, region }) => {
    const registry =
      options.registry ?? ecrHostFor((await sts.send(new GetCallerIdentityCommand({}))).Account!, region);
    if (options.rules && options.rules.length > 0) return { registry, rules: options.rules };
    const rules: CacheRule[] = [];
    let nextToken: string | undefined;
    do {
      const page = await ecr.send(new DescribePullThroughCacheRulesCommand({ nextToken }));
      for (const r of page.pullThroughCacheRules ?? []) {
        if (!r.ecrRepositoryPrefix || !r.upstreamRegistryUrl) continue;
        rules.push({
          ecrRepositoryPrefix: r.ecrRepositoryPrefix,
          upstreamRegistryUrl: r.upstreamRegistryUrl,
          ...(r.upstreamRepositoryPrefix && { upstreamRepositoryPrefix: r.upstreamRepositoryPrefix }),
        });
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return { registry, rules };
  });
}
