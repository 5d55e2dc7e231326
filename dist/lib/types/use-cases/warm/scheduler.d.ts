import { OperationError } from '../../core/errors.js';
import * as retry from '../../core/retry.js';
import type { CallCounts } from '../../core/warm/diagnosis.js';
import { type RateLimitPolicy } from '../../core/warm/rate-limit.js';
/** One request may take this long before it counts as a (retryable) timeout. */
export declare class CallTimeoutError extends OperationError {
    readonly code = "ETIMEDOUT";
    constructor();
}
/** A kind of request: where it goes (API calls share a rate limit) and its name in diagnoses. */
export interface CallOperation {
    readonly kind: 'api' | 'registry';
    /** e.g. DescribeImages, GET manifest */
    readonly name: string;
}
/** What one image's calls have seen so far. */
export interface Tally {
    attempts: number;
    /** When the last request was sent. */
    sentAt: number;
    lastError?: string;
    /** The request in flight, while one is (what a deadline cut short). */
    waitingOn?: CallOperation;
    /** By operation name: what its requests saw. */
    readonly calls: Map<string, CallCounts>;
}
/**
 * Whom a call is for: one image, or every image a shared call serves (a repository's listing); a
 * function is asked again at each attempt, so images that join while it is retried are counted too.
 */
export type Tallies = Tally | (() => readonly Tally[]);
export declare function newTally(): Tally;
/** What the requests of `operation` saw (all zero before the first). */
export declare function countsOf(tally: Tally, operation: string): CallCounts;
/**
 * A counting semaphore: at most `size` holders at once, the others served in arrival order. A
 * waiter whose signal aborts leaves the queue with the signal's reason.
 */
export declare class Slots {
    #private;
    constructor(size: number);
    /** Wait for a slot; returns the function that gives it back (call it exactly once). */
    acquire(signal?: AbortSignal): Promise<() => void>;
}
/** The shared discipline of every call: rate limit (API), concurrency, retries, deadline. */
export declare class Calls {
    #private;
    private readonly signal;
    private readonly backoff;
    constructor(signal: AbortSignal, backoff: retry.BackoffPolicy, concurrency: number, rateLimit: RateLimitPolicy);
    /** Run a call until it succeeds or fails for good; transient failures are retried until the deadline. */
    run<T>(operation: CallOperation, tally: Tallies, call: (signal: AbortSignal) => Promise<T>): Promise<T>;
    /** Wait until `at` (epoch ms), or until the deadline; `wake` ends the wait early (resolving). */
    until(at: number, wake?: AbortSignal): Promise<void>;
}
