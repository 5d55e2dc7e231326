// The pace of one kind of request: a queue in front of the rate limit it owns. Requests go in arrival
// order, each when the limiter has a token at its rate of that moment. One loop serves the queue, so
// a rate that grows (slow start) or is cut (throttling) applies from the next token on to every
// request still waiting, not only to those that come later. Time is the monotonic clock, here only:
// a wall clock stepped back must not stall the queue.

import { RateLimiter, type RateLimitPolicy } from '../../core/warm/rate-limit.js';
import * as loop from '../../run/retry-loop.js';

export class Pacer {
  readonly #waiting: { go: () => void; stop: (reason: unknown) => void }[] = [];
  readonly #limiter: RateLimiter;
  #serving = false;

  constructor(
    policy: RateLimitPolicy,
    private readonly signal: AbortSignal,
  ) {
    this.#limiter = new RateLimiter(policy, performance.now());
  }

  /** ECR throttled a request of this kind: the limiter cuts its rate, for the requests still waiting too. */
  throttled(): void {
    this.#limiter.throttled(performance.now());
  }

  /** Resolves when it is this request's turn; rejects with the signal's reason when the run ends. */
  turn(): Promise<void> {
    if (this.signal.aborted) return Promise.reject(this.signal.reason);
    return new Promise((go, stop) => {
      this.#waiting.push({ go, stop });
      if (!this.#serving) void this.#serve();
    });
  }

  async #serve(): Promise<void> {
    this.#serving = true;
    try {
      while (this.#waiting.length > 0) {
        const wait = this.#limiter.take(performance.now());
        if (wait === 0) this.#waiting.shift()!.go();
        else await loop.sleep(wait, this.signal);
      }
    } catch (reason) {
      for (const w of this.#waiting.splice(0)) w.stop(reason);
    } finally {
      this.#serving = false;
    }
  }
}
