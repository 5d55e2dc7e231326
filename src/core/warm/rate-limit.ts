// The pace of one kind of request of a warm run (API calls; registry requests), shared by all its
// images. ECR's quotas are per account and Region: twenty CI jobs warming at once draw on one budget
// that no job can see, and neither can the other tools of that account. So each run finds its share
// as TCP finds a link's:
// - slow start: from a low rate, double it each second until ECR first throttles;
// - then halve the rate on throttling (at most once a second: one burst of refusals is one signal)
//   and grow it back by a small fixed step per second (additive increase, multiplicative decrease:
//   runs that share a quota converge on equal shares of it);
// - once back at the rate of the last cut with no throttling since, the quota has room again (other
//   runs ended): slow start again, instead of creeping up to it.
// The step is 1% per second of the rate at the last cut, or of the start rate if that is more: the
// fewer throttling answers it costs, the slower a run finds room; 1% measured about 10% of a fleet's
// requests throttled (bench/fleet.ts, 20 runs, DescribeImages 10/s) where 5% gave 15%. The floor is
// low for the same reason: twenty runs at the floor use 6 of a quota of 10/s.
//
// A token bucket: a request takes a token, or is told how long until one will be there (its caller
// queues; the queue is served at whatever the rate is by then, so slow start speeds it up). It holds at most `burst` tokens at the full rate, and proportionally fewer
// at a lower one, so a run that was slowed down never saves up a burst the quota cannot take.

export interface RateLimitPolicy {
  /** Requests per second at most (the ceiling slow start and recovery stop at). */
  readonly ratePerSec: number;
  /** Requests that may go at once after a quiet spell, at the full rate. */
  readonly burst: number;
  /** The rate of the first second; slow start doubles it each second until the first throttling. */
  readonly startRatePerSec: number;
  /** The rate never drops below this, however much ECR throttles. */
  readonly minRatePerSec: number;
  /** The share of the rate at the last cut (at least the start rate) regained each second after it. */
  readonly recoverShare: number;
}

/** API calls (DescribeImages, BatchCheckLayerAvailability): quotas low and unpublished. */
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = {
  ratePerSec: 20,
  burst: 40,
  startRatePerSec: 1,
  minRatePerSec: 0.3,
  recoverShare: 0.01,
};

/** Registry requests (the pulls that start imports, index children): quotas far higher. */
export const REGISTRY_RATE_LIMIT: RateLimitPolicy = {
  ratePerSec: 100,
  burst: 20,
  startRatePerSec: 10,
  minRatePerSec: 1,
  recoverShare: 0.01,
};

/** One throttling answer per this long counts as one signal. */
const CUT_GAP_MS = 1_000;
/** What a cut leaves of the rate: half, as TCP. */
const CUT_TO = 0.5;

export class RateLimiter {
  #tokens: number;
  #rate: number;
  #at: number;
  #slowStart = true;
  #cutAt = Number.NEGATIVE_INFINITY;
  /** Requests per second regained each second since the last cut. */
  #step = 0;
  /** The rate the last cut was made at. */
  #cutFrom = Number.POSITIVE_INFINITY;

  constructor(
    private readonly policy: RateLimitPolicy,
    now: number,
  ) {
    const { ratePerSec, burst, startRatePerSec, minRatePerSec, recoverShare } = policy;
    const finite = [ratePerSec, burst, startRatePerSec, minRatePerSec, recoverShare].every(Number.isFinite);
    if (
      !(
        finite &&
        ratePerSec > 0 &&
        burst >= 1 &&
        startRatePerSec > 0 &&
        minRatePerSec > 0 &&
        recoverShare >= 0
      )
    ) {
      throw new RangeError(
        'a rate limit needs finite positive rates (ceiling, start, floor), a burst of at least 1 and a recovery of at least 0',
      );
    }
    this.#rate = Math.min(ratePerSec, Math.max(minRatePerSec, startRatePerSec));
    this.#tokens = this.#capacity();
    this.#at = now;
  }

  /** Requests per second allowed now. */
  rate(now: number): number {
    this.#refill(now);
    return this.#rate;
  }

  /** Take a token for one request: 0 when taken, else the ms until one will be there (none taken). */
  take(now: number): number {
    this.#refill(now);
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - this.#tokens) / this.#rate) * 1000));
  }

  /**
   * ECR answered with throttling: cut the rate and drop the tokens saved up.
   */
  throttled(now: number): void {
    this.#refill(now);
    this.#slowStart = false;
    if (now - this.#cutAt < CUT_GAP_MS) return;
    this.#cutAt = now;
    this.#step = this.policy.recoverShare * Math.max(this.#rate, this.policy.startRatePerSec);
    this.#rate = Math.max(this.policy.minRatePerSec, this.#rate * CUT_TO);
    // The rate the cut came from, as if it was not held up by the floor: a run at the floor grows
    // back to twice it before it probes again, not to a hair above it.
    this.#cutFrom = this.#rate / CUT_TO;
    this.#tokens = 0;
  }

  /** The most tokens the bucket holds at the current rate. */
  #capacity(): number {
    return Math.max(1, (this.policy.burst * this.#rate) / this.policy.ratePerSec);
  }

  #refill(now: number): void {
    // A clock that went back counts as no time passed, and the bucket counts on from there.
    const seconds = Math.max(0, now - this.#at) / 1000;
    this.#at = now;
    this.#tokens = Math.min(this.#capacity(), this.#tokens + seconds * this.#rate);
    const grown = this.#slowStart ? this.#rate * 2 ** seconds : this.#rate + seconds * this.#step;
    this.#rate = Math.min(this.policy.ratePerSec, grown);
    // Back at the rate ECR last throttled, and not throttled since: the quota has room again.
    if (this.#rate >= this.#cutFrom) this.#slowStart = true;
  }
}
