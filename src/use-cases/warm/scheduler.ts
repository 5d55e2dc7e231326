// The discipline every call of a warm run shares, the "doing" side of warm: a pace for API calls and
// one for registry requests (pacer.ts; each slowed by its own throttling answers), a number of
// requests in flight (slots), retries of transient failures (the one retry loop, retry-loop.ts), and
// one deadline (a signal) that cuts short every wait and every call. Each call is
// counted for the image it serves, by operation and by what came back, so that a diagnosis can say
// what the calls saw. What is retryable, and how the rate limit moves, is decided in core.

import { OperationError } from '../../core/errors.js';
import * as retry from '../../core/retry.js';
import { REQUEST_TIMEOUT_MS } from '../../core/timeouts.js';
import type { CallCounts } from '../../core/warm/diagnosis.js';
import { type RateLimitPolicy, REGISTRY_RATE_LIMIT } from '../../core/warm/rate-limit.js';
import * as loop from '../../run/retry-loop.js';
import { Pacer } from './pacer.js';

/** One request may take this long before it counts as a (retryable) timeout. */

export class CallTimeoutError extends OperationError {
  readonly code = 'ETIMEDOUT';
  constructor() {
    super(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
    this.name = 'TimeoutError';
  }
}

/** A kind of request: where it goes (each kind has its rate limit) and its name in diagnoses. */
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

const each = (t: Tallies): readonly Tally[] => (typeof t === 'function' ? t() : [t]);

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

/**
 * A counting semaphore: at most `size` holders at once, the others served in arrival order. A
 * waiter whose signal aborts leaves the queue with the signal's reason.
 */
export class Slots {
  #free: number;
  readonly #queue: (() => void)[] = [];

  constructor(size: number) {
    if (!(Number.isInteger(size) && size >= 1)) throw new RangeError('slots need a whole size of at least 1');
    this.#free = size;
  }

  /** Wait for a slot; returns the function that gives it back (call it exactly once). */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      if (next) next();
      else this.#free++;
    };
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(release);
      };
      const onAbort = () => {
        const at = this.#queue.indexOf(grant);
        if (at !== -1) this.#queue.splice(at, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(grant);
    });
  }
}

/** The shared discipline of every call: rate limits, concurrency, retries, deadline. */
export class Calls {
  readonly #pacers: Record<CallOperation['kind'], Pacer>;
  readonly #slots: Slots;

  constructor(
    private readonly signal: AbortSignal,
    private readonly backoff: retry.BackoffPolicy,
    concurrency: number,
    rateLimit: RateLimitPolicy,
  ) {
    this.#pacers = { api: new Pacer(rateLimit, signal), registry: new Pacer(REGISTRY_RATE_LIMIT, signal) };
    this.#slots = new Slots(concurrency);
  }

  /** Run a call until it succeeds or fails for good; transient failures are retried until the deadline. */
  run<T>(operation: CallOperation, tally: Tallies, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return loop.retry(() => this.#once(operation, tally, call), {
      policy: this.backoff,
      isRetryable: retry.isRetryable,
      signal: this.signal,
      onRetry: ({ error }) => {
        if (retry.isThrottled(error)) this.#pacers[operation.kind].throttled();
        for (const t of each(tally)) t.lastError = (error as Error).message;
      },
    });
  }

  /** Wait until `at` (epoch ms), or until the deadline; `wake` ends the wait early (resolving). */
  async until(at: number, wake?: AbortSignal): Promise<void> {
    if (!wake) return loop.sleep(at - Date.now(), this.signal);
    try {
      await loop.sleep(at - Date.now(), AbortSignal.any([this.signal, wake]));
    } catch (e) {
      if (this.signal.aborted || !wake.aborted) throw e;
    }
  }

  async #once<T>(
    operation: CallOperation,
    tallies: Tallies,
    call: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    await this.#pacers[operation.kind].turn();
    const release = await this.#slots.acquire(this.signal);
    const signal = AbortSignal.any([this.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);
    // Whom the call serves, as it is sent (a shared call serves whoever waits by then).
    const counted = each(tallies).map((tally) => ({ tally, counts: countsOf(tally, operation.name) }));
    try {
      const sentAt = Date.now();
      for (const { tally, counts } of counted) {
        tally.attempts++;
        counts.sent++;
        tally.sentAt = sentAt;
        tally.waitingOn = operation;
      }
      const answer = await call(signal);
      const okAt = Date.now();
      for (const { counts } of counted) {
        counts.ok++;
        counts.failingStreak = 0;
        counts.lastOkAt = okAt;
      }
      return answer;
    } catch (e) {
      // Cut short by the deadline: neither an answer nor a failure of the endpoint.
      if (this.signal.aborted) throw e;
      const failure = signal.aborted ? new CallTimeoutError() : e;
      for (const { counts } of counted) {
        if (retry.isThrottled(failure)) counts.throttled++;
        else if (retry.isNoAnswer(failure)) counts.silent++;
        else counts.failed++;
        counts.failingStreak++;
        counts.lastError = (failure as Error)?.message ?? String(failure);
      }
      throw failure;
    } finally {
      if (!this.signal.aborted) for (const { tally } of counted) tally.waitingOn = undefined;
      release();
    }
  }
}
