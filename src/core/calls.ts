// The discipline every call of a run shares: a rate limit for API calls, a number of requests in
// flight, retries of transient failures with full-jitter backoff, and one deadline (a signal) that
// cuts short every wait and every call. Each call is counted for the image it serves.

import { type BackoffPolicy, backoffDelay, sleep } from './backoff.js';
import { isRetryable } from './failure.js';
import { RateLimiter, type RateLimitPolicy } from './rate-limit.js';
import { Slots } from './slots.js';
import { REQUEST_TIMEOUT_MS } from './timeouts.js';

/** One request may take this long before it counts as a (retryable) timeout. */
export const CALL_TIMEOUT_MS = REQUEST_TIMEOUT_MS;

export class CallTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor() {
    super(`no answer within ${CALL_TIMEOUT_MS / 1000} s`);
    this.name = 'TimeoutError';
  }
}

function isThrottling(e: unknown): boolean {
  const x = e as { name?: string; status?: number };
  return x?.name === 'ThrottlingException' || x?.status === 429;
}

/** Wait `ms`, or reject with the signal's reason when it aborts first. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal.aborted) return Promise.resolve();
  return sleep(ms, signal);
}

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
export class Calls {
  readonly #limiter: RateLimiter;
  readonly #slots: Slots;

  constructor(
    private readonly signal: AbortSignal,
    private readonly retry: BackoffPolicy,
    concurrency: number,
    rateLimit: RateLimitPolicy,
  ) {
    this.#limiter = new RateLimiter(rateLimit, Date.now());
    this.#slots = new Slots(concurrency);
  }

  /** Run a call until it succeeds or fails for good; transient failures are retried until the deadline. */
  async run<T>(
    kind: 'api' | 'registry',
    tally: Tally,
    call: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    for (let failures = 0; ; failures++) {
      try {
        return await this.#once(kind, tally, call);
      } catch (e) {
        if (this.signal.aborted || !isRetryable(e)) throw e;
        if (isThrottling(e)) this.#limiter.throttled(Date.now());
        tally.lastError = (e as Error).message;
        await pause(backoffDelay(failures, this.retry), this.signal);
      }
    }
  }

  async #once<T>(
    kind: 'api' | 'registry',
    tally: Tally,
    call: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    if (kind === 'api') await pause(this.#limiter.reserve(Date.now()), this.signal);
    const release = await this.#slots.acquire(this.signal);
    const signal = AbortSignal.any([this.signal, AbortSignal.timeout(CALL_TIMEOUT_MS)]);
    try {
      tally.attempts++;
      tally.sentAt = Date.now();
      tally.waitingOn = kind;
      return await call(signal);
    } catch (e) {
      if (signal.aborted && !this.signal.aborted) throw new CallTimeoutError();
      throw e;
    } finally {
      if (!this.signal.aborted) tally.waitingOn = undefined;
      release();
    }
  }
}
