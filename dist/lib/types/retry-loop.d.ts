export interface BackoffPolicy {
    /** First delay ceiling. */
    readonly baseMs: number;
    /** Largest delay ceiling. */
    readonly capMs: number;
    /** Attempts in all (the first one included); unbounded when absent (then a deadline bounds it). */
    readonly maxAttempts?: number;
}
export declare const DEFAULT_BACKOFF: BackoffPolicy;
/** Full jitter: a uniform delay between 0 and min(cap, base * 2^retry), for retry = 0, 1, ... */
export declare function backoffDelay(retry: number, policy: BackoffPolicy, random?: () => number): number;
export interface RetryOptions {
    readonly policy: BackoffPolicy;
    readonly isRetryable: (error: unknown) => boolean;
    /** Epoch ms after which no new attempt starts. */
    readonly deadline?: number;
    readonly now?: () => number;
    readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    readonly random?: () => number;
    /** Ends the waiting between attempts (with the signal's reason) and stops further attempts. */
    readonly signal?: AbortSignal;
    readonly onRetry?: (info: {
        attempt: number;
        delayMs: number;
        error: unknown;
    }) => void;
}
/** Wait `ms`, or reject with the signal's reason as soon as it aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
/** Run `fn` until it succeeds, a failure is not retryable, attempts run out, or the deadline passes. */
export declare function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T>;
