// Where references go: the registry host and its pull-through cache rules, from flags when given
// (no AWS call), otherwise from the account, region and DescribePullThroughCacheRules.

import { withoutScheme } from './core/ecr-host.js';
import { type CacheRule, parseRuleSpec, type RegistryTarget } from './core/rules.js';
import { DEFAULT_TIMEOUT_MS } from './core/timeouts.js';
import { type DeadlineOptions, withinDeadline } from './deadline.js';

export interface TargetOptions extends DeadlineOptions {
  /** Registry host, e.g. `111122223333.dkr.ecr.us-east-1.amazonaws.com`. */
  readonly registry?: string;
  /** Rules as objects or `PREFIX=UPSTREAM_URL` strings. */
  readonly rules?: readonly (CacheRule | string)[];
  readonly region?: string;
}

export class TargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetError';
  }
}

/** Resolve the target registry and rules; AWS is asked only for what the options leave out. */
export async function resolveTarget(options: TargetOptions): Promise<RegistryTarget> {
  const rules = options.rules?.map((r) => (typeof r === 'string' ? parseRuleSpec(r) : r));
  const registry = options.registry === undefined ? undefined : withoutScheme(options.registry);
  if (registry !== undefined && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(registry)) {
    throw new TargetError(
      `invalid registry "${options.registry}": expected a host such as 111122223333.dkr.ecr.us-east-1.amazonaws.com`,
    );
  }
  if (registry && rules && rules.length > 0) return { registry, rules };
  // Eager mode: bundled into the one file, but the SDK is evaluated only when needed.
  const aws = await import(/* webpackMode: "eager" */ './aws/discovery.js');
  return withinDeadline(options, DEFAULT_TIMEOUT_MS, (deadline) =>
    aws.discoverTarget({ registry, rules, region: options.region, deadline }),
  );
}
