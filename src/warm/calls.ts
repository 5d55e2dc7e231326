// The discipline every call of a run shares: a rate limit for API calls, a number of requests in
// flight, retries of transient failures with full-jitter backoff, and one deadline (a signal) that
// cuts short every wait and every call. Each call is counted for the image it serves, by operation
// and by what came back, so that a diagnosis can say what the calls saw.

import { type CallCounts, isNoAnswer, isRetryable, isThrottled } from '../core/failure.js';
import { REQUEST_TIMEOUT_MS } from '../core/timeouts.js';
import { RateLimiter, type RateLimitPolicy } from '../core/warm/rate-limit.js';
import { type BackoffPolicy, backoffDelay, sleep } from '../retry-loop.js';
import { Slots } from './slots.js';

/** One request may take this long before it counts as a (retryable) timeout. */
export const CALL_TIMEOUT_MS = REQUEST_TIMEOUT_MS;

export class CallTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor() {
    super(`no answer within ${CALL_TIMEOUT_MS / 1000} s`);
    this.name = 'TimeoutError';
  }
}

/** Wait `ms`, or reject with the signal's reason when it aborts first. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 && !signal.aborted) return Promise.resolve();
  return sleep(ms, signal);
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

export function newTally(): Tally {
  return { attempts: 0, sentAt: 0, calls: new Map() };
}

/** What the requests of `operation` saw (all zero before the first). */
export function countsOf(tally: Tally, operation: string): CallCounts {
  let counts = tally.calls.get(operation);
  if (!counts) {
    counts = { sent: 0, ok: 0, throttled: 0, failed: 0, silent: 0, failingStreak: 0 };
    tally.calls.set(operation, counts);
  }
  return counts;
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
    operation: CallOperation,
    tally: Tally,
    call: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    for (let failures = 0; ; failures++) {
      try {
        return await this.#once(operation, tally, call);
      } catch (e) {
        if (this.signal.aborted || !isRetryable(e)) throw e;
        if (isThrottled(e)) this.#limiter.throttled(Date.now());
        tally.lastError = (e as Error).message;
        await pause(backoffDelay(failures, this.retry), this.signal);
      }
    }
  }

  async #once<T>(
    operation: CallOperation,
    tally: Tally,
    call: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    if (operation.kind === 'api') await pause(this.#limiter.reserve(Date.now()), this.signal);
    const release = await this.#slots.acquire(this.signal);
    const signal = AbortSignal.any([this.signal, AbortSignal.timeout(CALL_TIMEOUT_MS)]);
    const counts = countsOf(tally, operation.name);
    try {
      tally.attempts++;
      counts.sent++;
      tally.sentAt = Date.now();
      tally.waitingOn = operation;
      const answer = await call(signal);
      counts.ok++;
      counts.failingStreak = 0;
      counts.lastOkAt = Date.now();
      return answer;
    } catch (e) {
      // Cut short by the deadline: neither an answer nor a failure of the endpoint.
      if (this.signal.aborted) throw e;
      const failure = signal.aborted ? new CallTimeoutError() : e;
      if (isThrottled(failure)) counts.throttled++;
      else if (isNoAnswer(failure)) counts.silent++;
      else counts.failed++;
      counts.failingStreak++;
      counts.lastError = (failure as Error)?.message ?? String(failure);
      throw failure;
    } finally {
      if (!this.signal.aborted) tally.waitingOn = undefined;
      release();
    }
  }
}
