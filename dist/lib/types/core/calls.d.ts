import { type BackoffPolicy } from './backoff.js';
import { type RateLimitPolicy } from './rate-limit.js';
/** One request may take this long before it counts as a (retryable) timeout. */
export declare const CALL_TIMEOUT_MS = 30000;
export declare class CallTimeoutError extends Error {
    readonly code = "ETIMEDOUT";
    constructor();
}
/** Wait `ms`, or reject with the signal's reason when it aborts first. */
export declare function pause(ms: number, signal: AbortSignal): Promise<void>;
/** What one image's calls have seen so far. */
export interface Tally {
    attempts: number;
    /** When the last request was sent. */
    sentAt: number;
    lastError?: string;
    /** The kind of request in flight, while one is (what a deadline cut short). */
    waitingOn?: 'api' | 'registry';
}
/** The shared discipline of every call: rate limit (API), concurrency, retries, deadline. */
export declare class Calls {
    #private;
    private readonly signal;
    private readonly retry;
    constructor(signal: AbortSignal, retry: BackoffPolicy, concurrency: number, rateLimit: RateLimitPolicy);
    /** Run a call until it succeeds or fails for good; transient failures are retried until the deadline. */
    run<T>(kind: 'api' | 'registry', tally: Tally, call: (signal: AbortSignal) => Promise<T>): Promise<T>;
}
