// A rate limit shared by every image's API calls, so that many images waiting at once stay gentle
// on ECR's Describe* limits (low and unpublished). A token bucket hands out reservations: a call
// that finds no token is told how long to wait, in arrival order. A throttling answer halves the
// rate (at most once per second, never below the floor); it then grows back by a fixed step per
// second, the additive-increase, multiplicative-decrease rule TCP uses for congestion.

export interface RateLimitPolicy {
  /** Calls per second at most (and the rate it recovers to). */
  readonly ratePerSec: number;
  /** Calls that may go at once after a quiet spell. */
  readonly burst: number;
  /** The rate never drops below this, however much ECR throttles. */
  readonly minRatePerSec: number;
  /** Calls per second the rate regains each second after throttling. */
  readonly recoverPerSec: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitPolicy = {
  ratePerSec: 20,
  burst: 40,
  minRatePerSec: 2,
  recoverPerSec: 2,
};

export class RateLimiter {
  #tokens: number;
  #rate: number;
  #at: number;
  #cutAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly policy: RateLimitPolicy,
    now: number,
  ) {
    if (!(policy.ratePerSec > 0 && policy.burst >= 1 && policy.minRatePerSec > 0)) {
      throw new RangeError('a rate limit needs a positive rate, a burst of at least 1 and a positive floor');
    }
    this.#tokens = policy.burst;
    this.#rate = policy.ratePerSec;
    this.#at = now;
  }

  /** Calls per second allowed now. */
  rate(now: number): number {
    this.#refill(now);
    return this.#rate;
  }

  /** Take a token for one call; returns how many ms to wait before making it (0: go now). */
  reserve(now: number): number {
    this.#refill(now);
    this.#tokens -= 1;
    return this.#tokens >= 0 ? 0 : Math.ceil((-this.#tokens / this.#rate) * 1000);
  }

  /** ECR answered a call with throttling: slow everyone down. */
  throttled(now: number): void {
    this.#refill(now);
    if (now - this.#cutAt < 1000) return;
    this.#cutAt = now;
    this.#rate = Math.max(this.policy.minRatePerSec, this.#rate / 2);
    this.#tokens = Math.min(this.#tokens, 0);
  }

  #refill(now: number): void {
    const seconds = Math.max(0, now - this.#at) / 1000;
    this.#at = Math.max(this.#at, now);
    this.#tokens = Math.min(this.policy.burst, this.#tokens + seconds * this.#rate);
    this.#rate = Math.min(this.policy.ratePerSec, this.#rate + seconds * this.policy.recoverPerSec);
  }
}
