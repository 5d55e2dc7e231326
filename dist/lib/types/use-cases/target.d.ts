import { type ProfileOption } from '../aws/region.js';
import { InputError } from '../core/errors.js';
import { type CacheRule, type RegistryTarget } from '../core/image/rules.js';
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
export declare class TargetError extends InputError {
    constructor(message: string);
}
/**
 * The registry host a `registry` option names: a host as given, or for a 12-digit account id that
 * account's ECR host (a bare account id in a reference would be a Docker Hub name), in the region
 * and endpoint form (FIPS, dual-stack) the SDK reads: the flag, the environment, then the profile.
 */
export declare function registryHostInUse(registry: string, options: ProfileOption & {
    region?: string;
}): Promise<string>;
/** Resolve the target registry and rules; AWS is asked only for what the options leave out. */
export declare function resolveTarget(options: TargetOptions): Promise<RegistryTarget>;
/** The target within `run` (prepare's, warm's): its deadline, its agents, its profile. */
export declare function targetIn(run: Run, request: TargetRequest): Promise<RegistryTarget>;
