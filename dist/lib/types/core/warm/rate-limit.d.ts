export interface RateLimitPolicy {
    /** Requests per second at most (the ceiling slow start and recovery stop at). */
    readonly ratePerSec: number;
    /** Requests that may go at once after a quiet spell, at the full rate. */
    readonly burst: number;
    /** The rate of the first second; slow start doubles it each second until the first throttling. */
    readonly startRatePerSec: number;
    /** The rate never drops below this, however much ECR throttles. */
    readonly minRatePerSec: number;
    /** The share of the rate at the last cut (at least the start rate) regained each second after it. */
    readonly recoverShare: number;
}
/** API calls (DescribeImages, BatchCheckLayerAvailability): quotas low and unpublished. */
export declare const DEFAULT_RATE_LIMIT: RateLimitPolicy;
/** Registry requests (the pulls that start imports, index children): quotas far higher. */
export declare const REGISTRY_RATE_LIMIT: RateLimitPolicy;
export declare class RateLimiter {
    #private;
    private readonly policy;
    constructor(policy: RateLimitPolicy, now: number);
    /** Requests per second allowed now. */
    rate(now: number): number;
    /** Take a token for one request: 0 when taken, else the ms until one will be there (none taken). */
    take(now: number): number;
    /**
     * ECR answered with throttling: cut the rate and drop the tokens saved up.
     */
    throttled(now: number): void;
}
