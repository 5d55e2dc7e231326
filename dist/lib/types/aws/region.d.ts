import { InputError } from '../core/errors.js';
/** No region given or configured: input the user must give (exit status 2). */
export declare class RegionError extends InputError {
    constructor();
}
export declare function resolveRegion(region?: string, env?: NodeJS.ProcessEnv): string;
