// The retry policy: exponential backoff with full jitter, a cap, and a deadline that is never
// overstepped (a sleep is cut short at the deadline, and no attempt starts after it).

export interface BackoffPolicy {
  /** First delay ceiling. */
  readonly baseMs: number;
  /** Largest delay ceiling. */
  readonly capMs: number;
  /** Attempts in all (the first one included); unbounded when absent (then a deadline bounds it). */
  readonly maxAttempts?: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 200, capMs: 5_000, maxAttempts: 5 };

/** Full jitter: a uniform delay between 0 and min(cap, base * 2^retry), for retry = 0, 1, ... */
export function backoffDelay(
  retry: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(retry, 30));
  return Math.floor(random() * ceiling);
}

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
  readonly onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

/** Wait `ms`, or reject with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Run `fn` until it succeeds, a failure is not retryable, attempts run out, or the deadline passes. */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      const last = options.policy.maxAttempts !== undefined && attempt >= options.policy.maxAttempts;
      if (last || options.signal?.aborted || !options.isRetryable(error)) throw error;
      let delayMs = backoffDelay(attempt - 1, options.policy, options.random);
      if (options.deadline !== undefined) {
        const left = options.deadline - now();
        if (left <= 0) throw error;
        delayMs = Math.min(delayMs, left);
      }
      options.onRetry?.({ attempt, delayMs, error });
      await wait(delayMs, options.signal);
      if (options.deadline !== undefined && now() >= options.deadline) throw error;
    }
  }
}
