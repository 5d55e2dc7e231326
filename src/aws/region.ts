// Where the run is in AWS: the region, and the endpoint variant (FIPS, dual-stack) registry hosts
// take, read the way the SDK reads them (environment, then the profile in the shared config files).
// Apart from the SDK clients so that commands that make no AWS call (map and rewrite with
// --registry and --rule) can ask without loading them.

import { validRegion } from '../core/aws-region.js';
import { InputError } from '../core/errors.js';
import type { EndpointVariant } from '../core/image/ecr-host.js';
import { hasSharedConfig } from './direct/shared-config.js';

/** What a profile changes: credentials, region and endpoint settings (default: AWS_PROFILE, else `default`). */
export interface ProfileOption {
  readonly profile?: string;
}

/** No region given or configured: input the user must give (exit status 2). */
export class RegionError extends InputError {
  constructor(profile?: string) {
    super(
      `no AWS region: pass --region, set AWS_REGION (or AWS_DEFAULT_REGION), or set region in the profile${profile ? ` "${profile}"` : ''} (AWS_PROFILE, --profile)`,
    );
    this.name = 'RegionError';
  }
}

// Loaded on first use: the SDK's config loader, without the SDK clients.
const sdkConfig = () => import('@smithy/core/config');

/**
 * The region (one host label, else an InputError) from the flag, else the SDK's own chain without instance metadata (AWS_REGION, then
 * the profile's `region`), else AWS_DEFAULT_REGION (the AWS CLI's name for it).
 */
export async function regionInUse(region?: string, options: ProfileOption = {}): Promise<string> {
  return validRegion(await configuredRegion(region, options));
}

async function configuredRegion(region: string | undefined, options: ProfileOption): Promise<string> {
  if (region) return region;
  const env = process.env;
  if (env.AWS_REGION) return env.AWS_REGION;
  // Without a shared config file no profile has a region: the SDK's loader need not be loaded.
  if (!hasSharedConfig(env)) return regionOr(env.AWS_DEFAULT_REGION, options.profile ?? env.AWS_PROFILE);
  const { loadConfig, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS } = await sdkConfig();
  // The SDK's default asks the instance metadata service (a second's wait where there is none).
  const fromProfile = await loadConfig<string | undefined>(
    { ...NODE_REGION_CONFIG_OPTIONS, default: undefined },
    { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...(options.profile && { profile: options.profile }) },
  )();
  return regionOr(fromProfile || env.AWS_DEFAULT_REGION, options.profile ?? env.AWS_PROFILE);
}

function regionOr(region: string | undefined, profile: string | undefined): string {
  if (!region) throw new RegionError(profile);
  return region;
}

/**
 * A boolean setting from the environment as the SDK reads it: exactly `true` or `false`; anything
 * else is passed over (undefined), as is an unset one.
 */
export function sdkBoolean(value: string | undefined): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/**
 * FIPS and dual-stack, as the SDK decides them for the API endpoint (AWS_USE_FIPS_ENDPOINT,
 * AWS_USE_DUALSTACK_ENDPOINT, the profile's use_fips_endpoint / use_dualstack_endpoint), so that
 * registry hosts follow the same settings.
 */
export async function endpointVariant(options: ProfileOption = {}): Promise<EndpointVariant> {
  const env = process.env;
  // Without a shared config file the environment is all there is to read.
  if (!hasSharedConfig(env))
    return {
      fips: sdkBoolean(env.AWS_USE_FIPS_ENDPOINT) === true,
      dualStack: sdkBoolean(env.AWS_USE_DUALSTACK_ENDPOINT) === true,
    };
  const sdk = await sdkConfig();
  const from = { ...(options.profile && { profile: options.profile }) };
  // A value other than true or false is passed over, by the SDK for the API endpoint and so here.
  const [fips, dualStack] = await Promise.all([
    sdk.loadConfig<boolean>(sdk.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, from)(),
    sdk.loadConfig<boolean>(sdk.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, from)(),
  ]);
  return { fips: fips === true, dualStack: dualStack === true };
}
