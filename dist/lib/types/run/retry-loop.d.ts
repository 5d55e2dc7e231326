import { type BackoffPolicy } from '../core/retry.js';
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
    /** Before each wait: the failed attempt (1 for the first), the wait, and the failure. */
    readonly onRetry?: (info: {
        attempt: number;
        delayMs: number;
        error: unknown;
    }) => void;
}
/** Wait `ms` (not at all when it is 0 or less), or reject with the signal's reason as soon as it aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
/** Run `fn` until it succeeds, a failure is not retryable, attempts run out, or the deadline passes. */
export declare function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T>;
