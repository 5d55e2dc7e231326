import { InputError } from '../core/errors.js';
import type { EndpointVariant } from '../core/image/ecr-host.js';
/** What a profile changes: credentials, region and endpoint settings (default: AWS_PROFILE, else `default`). */
export interface ProfileOption {
    readonly profile?: string;
}
/** No region given or configured: input the user must give (exit status 2). */
export declare class RegionError extends InputError {
    constructor(profile?: string);
}
/**
 * The region (one host label, else an InputError) from the flag, else the SDK's own chain without instance metadata (AWS_REGION, then
 * the profile's `region`), else AWS_DEFAULT_REGION (the AWS CLI's name for it).
 */
export declare function regionInUse(region?: string, options?: ProfileOption): Promise<string>;
/**
 * A boolean setting from the environment as the SDK reads it: exactly `true` or `false`; anything
 * else is passed over (undefined), as is an unset one.
 */
export declare function sdkBoolean(value: string | undefined): boolean | undefined;
/**
 * FIPS and dual-stack, as the SDK decides them for the API endpoint (AWS_USE_FIPS_ENDPOINT,
 * AWS_USE_DUALSTACK_ENDPOINT, the profile's use_fips_endpoint / use_dualstack_endpoint), so that
 * registry hosts follow the same settings.
 */
export declare function endpointVariant(options?: ProfileOption): Promise<EndpointVariant>;
