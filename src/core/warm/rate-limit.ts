// The pace of one kind of request of a warm run (API calls; registry requests), shared by all its
// images. ECR's quotas are per account and Region: twenty CI jobs warming at once draw on one budget
// that no job can see, and neither can the other tools of that account. So each run finds its share
// as TCP finds a link's: it starts slow and doubles its rate each second until ECR first throttles it
// ("slow start"), then halves the rate on each throttling answer (at most once a second: one burst of
// refusals is one signal) and regains a small fixed step per second (additive increase,
// multiplicative decrease). Runs that share a quota each back off when it is exceeded and each grow
// back at the same small step, so together they settle just under it instead of overrunning it
// several times over. The floor is low for the same reason: twenty runs at the floor must still fit.
//
// A token bucket hands out reservations: a call that finds no token is told how long to wait, in
// arrival order. The bucket holds at most `burst` tokens at the full rate, and proportionally fewer
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
  /** Requests per second the rate regains each second after throttling. */
  readonly recoverPerSec: number;
}

/** API calls (DescribeImages, BatchCheckLayerAvailability): quotas low and unpublished. */
export const DEFAULT_RATE_LIMIT: RateLimitPolicy = {
  ratePerSec: 20,
  burst: 40,
  startRatePerSec: 4,
  minRatePerSec: 0.2,
  recoverPerSec: 0.2,
};

/** Registry requests (the pulls that start imports, index children): quotas far higher. */
export const REGISTRY_RATE_LIMIT: RateLimitPolicy = {
  ratePerSec: 100,
  burst: 20,
  startRatePerSec: 20,
  minRatePerSec: 1,
  recoverPerSec: 1,
};

/** One throttling answer per this long counts as one signal. */
const CUT_GAP_MS = 1_000;

export class RateLimiter {
  #tokens: number;
  #rate: number;
  #at: number;
  #slowStart = true;
  #cutAt = Number.NEGATIVE_INFINITY;
  #cuts = 0;

  constructor(
    private readonly policy: RateLimitPolicy,
    now: number,
  ) {
    const { ratePerSec, burst, startRatePerSec, minRatePerSec, recoverPerSec } = policy;
    if (!(ratePerSec > 0 && burst >= 1 && startRatePerSec > 0 && minRatePerSec > 0 && recoverPerSec >= 0)) {
      throw new RangeError(
        'a rate limit needs positive rates (ceiling, start, floor), a burst of at least 1 and a recovery of at least 0',
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

  /** How many times the rate was cut so far: a reservation made before a cut is stale. */
  get cuts(): number {
    return this.#cuts;
  }

  /** Take a token for one request; returns how many ms to wait before making it (0: go now). */
  reserve(now: number): number {
    this.#refill(now);
    this.#tokens -= 1;
    return this.#tokens >= 0 ? 0 : Math.ceil((-this.#tokens / this.#rate) * 1000);
  }

  /**
   * ECR answered with throttling: halve the rate and forget the reservations handed out (their
   * holders reserve again, at the new rate; see `cuts`).
   */
  throttled(now: number): void {
    this.#refill(now);
    this.#slowStart = false;
    if (now - this.#cutAt < CUT_GAP_MS) return;
    this.#cutAt = now;
    this.#cuts++;
    this.#rate = Math.max(this.policy.minRatePerSec, this.#rate / 2);
    this.#tokens = 0;
  }

  /** The most tokens the bucket holds at the current rate. */
  #capacity(): number {
    return Math.max(1, (this.policy.burst * this.#rate) / this.policy.ratePerSec);
  }

  #refill(now: number): void {
    const seconds = Math.max(0, now - this.#at) / 1000;
    this.#at = Math.max(this.#at, now);
    this.#tokens = Math.min(this.#capacity(), this.#tokens + seconds * this.#rate);
    const grown = this.#slowStart
      ? this.#rate * 2 ** seconds
      : this.#rate + seconds * this.policy.recoverPerSec;
    this.#rate = Math.min(this.policy.ratePerSec, grown);
  }
}
