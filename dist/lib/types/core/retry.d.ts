/** The shape of the errors we meet: SDK service errors, Node network errors, registry HTTP errors. */
export interface ErrorLike {
    name?: string;
    code?: string;
    message?: string;
    status?: number;
    $metadata?: {
        httpStatusCode?: number;
        clockSkewCorrected?: boolean;
    };
    $retryable?: unknown;
    cause?: unknown;
}
/** The names of a refusal for the rate (the registry says it with a 429 instead). */
export declare const THROTTLING: ReadonlySet<string>;
/**
 * The SDK hides an error that is not an `Error` of its own realm (Node's socket errors, when the
 * code runs in a vm context such as a test runner's) behind a message-only wrapper. Recover the
 * name and code, which the retry rule reads.
 */
export declare function unwrapSdkError(e: unknown): unknown;
/** True for a refusal for the rate: the API's ThrottlingException, the registry's 429. */
export declare function isThrottled(failure: unknown): boolean;
/**
 * True for a request that got no answer at all: it timed out, or its connection failed or dropped
 * (what a missing VPC endpoint looks like), as opposed to an answer that was an error.
 */
export declare function isNoAnswer(failure: unknown): boolean;
/** True for failures worth another try: throttling, 429, 5xx, timeouts, resets, DNS hiccups. */
export declare function isRetryable(failure: unknown): boolean;
/** Exponential backoff with full jitter and a cap. */
export interface BackoffPolicy {
    /** First delay ceiling. */
    readonly baseMs: number;
    /** Largest delay ceiling. */
    readonly capMs: number;
    /** Attempts in all (the first one included); unbounded when absent (then a deadline bounds it). */
    readonly maxAttempts?: number;
}
/** A call of login, discovery, the token, doctor or setup: five attempts at most. */
export declare const DEFAULT_BACKOFF: BackoffPolicy;
/**
 * The attempts an AWS call gets: AWS_MAX_ATTEMPTS when set (a positive integer, as the SDK reads
 * it), else DEFAULT_BACKOFF's. Our loop is the one that retries AWS calls on both token paths (the
 * SDK clients make one attempt each), so it honours the SDK's setting.
 */
export declare function awsAttempts(setting: string | undefined): number;
/** A call of warm (its `retry` option overrides base and cap): no attempt limit, the run's deadline ends it. */
export declare const WARM_BACKOFF: BackoffPolicy;
/**
 * Full jitter: a uniform delay between 0 and min(cap, base * 2^retry), for retry = 0, 1, ...;
 * `random` is a draw in [0, 1) (the loop passes Math.random).
 */
export declare function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number): number;
