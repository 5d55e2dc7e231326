export interface RateLimitPolicy {
    /** Calls per second at most (and the rate it recovers to). */
    readonly ratePerSec: number;
    /** Calls that may go at once after a quiet spell. */
    readonly burst: number;
    /** The rate never drops below this, however much ECR throttles. */
    readonly minRatePerSec: number;
    /** Calls per second the rate regains each second after throttling. */
    readonly recoverPerSec: number;
}
export declare const DEFAULT_RATE_LIMIT: RateLimitPolicy;
export declare class RateLimiter {
    #private;
    private readonly policy;
    constructor(policy: RateLimitPolicy, now: number);
    /** Calls per second allowed now. */
    rate(now: number): number;
    /** Take a token for one call; returns how many ms to wait before making it (0: go now). */
    reserve(now: number): number;
    /** ECR answered a call with throttling: slow everyone down. */
    throttled(now: number): void;
}
