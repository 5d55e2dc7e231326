export declare class RegionError extends Error {
    constructor();
}
export declare function resolveRegion(region?: string, env?: NodeJS.ProcessEnv): string;
