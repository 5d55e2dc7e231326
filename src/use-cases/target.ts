// Where references go: the registry host and its pull-through cache rules, from flags when given
// (no AWS call), otherwise from the account, region and DescribePullThroughCacheRules.

import { endpointVariant, type ProfileOption, regionInUse } from '../aws/region.js';
import { quoted } from '../core/display.js';
import { InputError } from '../core/errors.js';
import { isRegistryHost, parseRegistryEntry, withoutScheme } from '../core/image/ecr-host.js';
import {
  type CacheRule,
  checkRule,
  distinctRules,
  parseRuleSpec,
  type RegistryTarget,
} from '../core/image/rules.js';
import { DEFAULT_TIMEOUT_MS } from '../core/timeouts.js';
import type { DeadlineOptions } from '../run/deadline.js';
import type { Run } from '../run/run.js';

/** The registry and rules as given (the rest of TargetOptions makes the run). */
export interface TargetRequest {
  /** Registry host, e.g. `111122223333.dkr.ecr.us-east-1.amazonaws.com`, or an account id (its host in the region). */
  readonly registry?: string;
  /** Rules as objects or `PREFIX=UPSTREAM_URL` strings. */
  readonly rules?: readonly (CacheRule | string)[];
  readonly region?: string;
}

export interface TargetOptions extends TargetRequest, DeadlineOptions, ProfileOption {
  /** Told of each rule DescribePullThroughCacheRules answers with that cannot be used (it is left out). */
  readonly onWarning?: (message: string) => void;
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
  const given = await givenTarget(options, options.profile);
  if (isComplete(given)) return given;
  // The run (agents, sockets, the CA bundle) only when AWS is asked: map and rewrite with flags load none of it.
  const { withRun } = await import('./run.js');
  return withRun(options, DEFAULT_TIMEOUT_MS, (run) => discovered(run, given, options.region));
}

/** The target within `run` (prepare's, warm's): its deadline, its agents, its profile. */
export async function targetIn(run: Run, request: TargetRequest): Promise<RegistryTarget> {
  const given = await givenTarget(request, run.profile);
  if (isComplete(given)) return given;
  return run.within(() => discovered(run, given, request.region));
}

interface GivenTarget {
  readonly registry?: string;
  readonly rules?: readonly CacheRule[];
}

/** The registry and rules the request names, checked. */
async function givenTarget(request: TargetRequest, profile: string | undefined): Promise<GivenTarget> {
  const parsed = request.rules?.map((r) =>
    typeof r === 'string' ? parseRuleSpec(r) : checkRule(r, `rule ${quoted(r.ecrRepositoryPrefix)}`),
  );
  const rules = parsed && distinctRules(parsed);
  const registry =
    request.registry === undefined
      ? undefined
      : await registryHostInUse(request.registry, { region: request.region, profile });
  if (registry !== undefined && !isRegistryHost(registry)) {
    throw new TargetError(
      `invalid registry "${request.registry}": expected a host such as 111122223333.dkr.ecr.us-east-1.amazonaws.com`,
    );
  }
  return { registry, rules };
}

const isComplete = (given: GivenTarget): given is RegistryTarget =>
  !!given.registry && !!given.rules && given.rules.length > 0;

/** What the request leaves out, asked of AWS. */
async function discovered(run: Run, given: GivenTarget, region: string | undefined) {
  // Eager mode: bundled into the one file, but the SDK is evaluated only when needed.
  const aws = await import('../aws/discovery.js');
  return aws.discoverTarget(run, { ...given, region });
}
