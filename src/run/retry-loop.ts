// The one retry loop, and the one abortable sleep: tries a call again after a full-jitter backoff
// while the failure is retryable, until attempts run out, the signal aborts or the deadline passes
// (a sleep is cut short at the deadline, and no attempt starts after it). What is retryable and how
// long to wait are decided in core/retry.ts; this module only sleeps, counts and cancels.

import { type BackoffPolicy, backoffDelay } from '../core/retry.js';

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
  readonly onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

/** Wait `ms` (not at all when it is 0 or less), or reject with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
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
      let delayMs = backoffDelay(attempt - 1, options.policy, options.random ?? Math.random);
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
