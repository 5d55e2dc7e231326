// Where references go: the registry host and its pull-through cache rules, from flags when given
// (no AWS call), otherwise from the account, region and DescribePullThroughCacheRules.

import { endpointVariant, type ProfileOption, regionInUse } from '../aws/region.js';
import { InputError } from '../core/errors.js';
import { isRegistryHost, parseRegistryEntry, withoutScheme } from '../core/image/ecr-host.js';
import { type CacheRule, distinctRules, parseRuleSpec, type RegistryTarget } from '../core/image/rules.js';
import { DEFAULT_TIMEOUT_MS } from '../core/timeouts.js';
import { type DeadlineOptions, withinDeadline } from '../run/deadline.js';

export interface TargetOptions extends DeadlineOptions, ProfileOption {
  /** Registry host, e.g. `111122223333.dkr.ecr.us-east-1.amazonaws.com`, or an account id (its host in the region). */
  readonly registry?: string;
  /** Rules as objects or `PREFIX=UPSTREAM_URL` strings. */
  readonly rules?: readonly (CacheRule | string)[];
  readonly region?: string;
}

/** A registry option that names no registry host (exit status 2). */
export class TargetError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'TargetError';
  }
}

/**
 * The registry host a `registry` option names: a host as given, or for a 12-digit account id that
 * account's ECR host (a bare account id in a reference would be a Docker Hub name), in the region
 * and endpoint form (FIPS, dual-stack) the SDK reads: the flag, the environment, then the profile.
 */
export async function registryHostInUse(registry: string, options: ProfileOption & { region?: string }) {
  const text = withoutScheme(registry);
  if (!/^\d{12}$/.test(text)) return text;
  const profile = options.profile ? { profile: options.profile } : {};
  const [region, variant] = await Promise.all([
    regionInUse(options.region, profile),
    endpointVariant(profile),
  ]);
  return parseRegistryEntry(text, () => region, variant)!.host;
}

/** Resolve the target registry and rules; AWS is asked only for what the options leave out. */
export async function resolveTarget(options: TargetOptions): Promise<RegistryTarget> {
  const parsed = options.rules?.map((r) => (typeof r === 'string' ? parseRuleSpec(r) : r));
  const rules = parsed && distinctRules(parsed);
  const registry =
    options.registry === undefined ? undefined : await registryHostInUse(options.registry, options);
  if (registry !== undefined && !isRegistryHost(registry)) {
    throw new TargetError(
      `invalid registry "${options.registry}": expected a host such as 111122223333.dkr.ecr.us-east-1.amazonaws.com`,
    );
  }
  if (registry && rules && rules.length > 0) return { registry, rules };
  // Eager mode: bundled into the one file, but the SDK is evaluated only when needed.
  const aws = await import('../aws/discovery.js');
  return withinDeadline(options, DEFAULT_TIMEOUT_MS, (deadline) =>
    aws.discoverTarget({
      registry,
      rules,
      region: options.region,
      deadline,
      ...(options.profile && { profile: options.profile }),
    }),
  );
}
