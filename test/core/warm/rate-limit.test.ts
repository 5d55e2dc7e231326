// The rate limit each kind of warm request shares, by table: slow start, then additive increase and
// multiplicative decrease on throttling.

import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RATE_LIMIT, RateLimiter, REGISTRY_RATE_LIMIT } from '../../../src/core/warm/rate-limit.js';

describe('rate limit', () => {
  // Starts at the ceiling, so the bucket behaves as a plain token bucket of 3.
  const steady = { ratePerSec: 10, burst: 3, startRatePerSec: 10, minRatePerSec: 1, recoverShare: 0.2 };

  it.each([
    // [ms since start of each request] -> 0 (token taken) or ms until one is there (none taken)
    [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 100, 100],
    ],
    [
      [0, 0, 0, 1_000, 1_000],
      [0, 0, 0, 0, 0],
    ],
    [
      [0, 0, 0, 50, 100],
      [0, 0, 0, 50, 0],
    ],
  ])('a token per request, or how long until one: at %j gives %j', (times, delays) => {
    const limiter = new RateLimiter(steady, 0);
    expect(times.map((t) => limiter.take(t))).toEqual(delays);
  });

  it('starts slow and doubles its rate each second until the ceiling', () => {
    const limiter = new RateLimiter({ ...steady, startRatePerSec: 1, burst: 10 }, 0);
    expect(limiter.rate(0)).toBe(1);
    expect(limiter.rate(1_000)).toBeCloseTo(2, 6);
    expect(limiter.rate(3_000)).toBeCloseTo(8, 6);
    expect(limiter.rate(4_000)).toBe(10);
    // At 1/s the bucket held one token: the second call of the first instant waits a second.
    const fresh = new RateLimiter({ ...steady, startRatePerSec: 1, burst: 10 }, 0);
    expect([fresh.take(0), fresh.take(0)]).toEqual([0, 1_000]);
  });

  it('after the first throttling: halves, at most once a second, then regains a share of the cut rate per second', () => {
    const limiter = new RateLimiter(steady, 0);
    limiter.throttled(0);
    expect(limiter.rate(0)).toBe(5);
    limiter.throttled(500);
    expect(limiter.rate(500)).toBeCloseTo(6, 6); // not halved again, and 0.5 s of recovery at 20% of 10/s
    expect(limiter.rate(2_000)).toBeCloseTo(9, 6);
    expect(limiter.rate(60_000)).toBe(10);
  });

  it('a throttling in slow start ends it: growth is additive from then on', () => {
    const limiter = new RateLimiter({ ...steady, startRatePerSec: 4 }, 0);
    expect(limiter.rate(1_000)).toBeCloseTo(8, 6);
    limiter.throttled(1_000);
    expect(limiter.rate(1_000)).toBeCloseTo(4, 6);
    expect(limiter.rate(2_000)).toBeCloseTo(5.6, 6); // +20% of the 8/s it was cut at, not ×2
  });

  it('never drops below the floor', () => {
    const limiter = new RateLimiter({ ...steady, recoverShare: 0 }, 0);
    for (let t = 0; t <= 6_000; t += 1_000) limiter.throttled(t);
    expect(limiter.rate(6_000)).toBe(1);
  });

  it('drops the saved burst when throttled, so the next requests spread out', () => {
    const limiter = new RateLimiter(steady, 0);
    limiter.throttled(0);
    expect(limiter.take(0)).toBe(200); // 5/s from an empty bucket
  });

  it('keeps a smaller bucket at a lower rate: no burst saved up that the quota cannot take', () => {
    const limiter = new RateLimiter({ ...steady, burst: 10, recoverShare: 0 }, 0);
    limiter.throttled(0);
    limiter.throttled(1_000); // 2.5/s: a bucket of 2.5
    const later = 60_000;
    expect([0, 1, 2, 3].map(() => limiter.take(later))).toEqual([0, 0, 200, 200]);
  });

  it('the step is a share of the rate at the cut: a fleet at Q/N each grows back as one run at Q', () => {
    const one = new RateLimiter({ ...steady, ratePerSec: 100, startRatePerSec: 10 }, 0);
    const ofTwenty = new RateLimiter(
      { ...steady, ratePerSec: 100, startRatePerSec: 0.5, minRatePerSec: 0.1 },
      0,
    );
    one.throttled(0);
    ofTwenty.throttled(0);
    const [oneCut, ofTwentyCut] = [one.rate(0), ofTwenty.rate(0)];
    expect(one.rate(1_000) - oneCut).toBeCloseTo(2, 6);
    expect(20 * (ofTwenty.rate(1_000) - ofTwentyCut)).toBeCloseTo(2, 6);
  });

  it('a run cut below its start rate grows back by a share of the start rate', () => {
    const limiter = new RateLimiter({ ...steady, startRatePerSec: 4, minRatePerSec: 0.1 }, 0);
    limiter.throttled(0); // 4 -> 2, then +0.8/s
    limiter.throttled(1_000); // 2.8 -> 1.4
    expect(limiter.rate(1_000)).toBeCloseTo(1.4, 6);
    expect(limiter.rate(2_000)).toBeCloseTo(2.2, 6); // +20% of the 4/s start, not of the 2.8/s cut
  });

  it('back at the rate of the last cut with no throttling since: slow start again', () => {
    const limiter = new RateLimiter({ ...steady, ratePerSec: 100, startRatePerSec: 10 }, 0);
    limiter.throttled(0); // 10 -> 5, +2/s
    expect(limiter.rate(2_000)).toBeCloseTo(9, 6);
    expect(limiter.rate(2_500)).toBeCloseTo(10, 6); // back where it was cut
    expect(limiter.rate(3_500)).toBeCloseTo(20, 6); // doubling again
    limiter.throttled(3_500);
    expect(limiter.rate(4_500)).toBeCloseTo(14, 6); // 10, then +20% of 20/s
  });

  it('a cut held up by the floor: grows back to twice the floor before it probes again', () => {
    const atFloor = { ...steady, startRatePerSec: 1, minRatePerSec: 1, recoverShare: 0.2 };
    const limiter = new RateLimiter(atFloor, 0);
    limiter.throttled(0); // 1/s, held at the floor; then +0.2/s a second
    expect(limiter.rate(4_000)).toBeCloseTo(1.8, 6); // still creeping: no slow start a hair above the floor
    expect(limiter.rate(5_000)).toBeCloseTo(2, 6); // twice the floor: probing again
    expect(limiter.rate(6_000)).toBeCloseTo(4, 6);
    // With no recovery at all, a run at the floor stays there.
    const stuck = new RateLimiter({ ...atFloor, recoverShare: 0 }, 0);
    stuck.throttled(0);
    expect(stuck.rate(600_000)).toBe(1);
  });

  it('a clock that goes back counts as no time passed, and the bucket refills from there', () => {
    const limiter = new RateLimiter(steady, 10_000);
    expect([0, 1, 2].map(() => limiter.take(10_000))).toEqual([0, 0, 0]);
    expect(limiter.take(0)).toBe(100); // stepped back 10 s: nothing refilled
    expect(limiter.take(100)).toBe(0); // 100 ms later at 10/s: a token, not a wait of 10 s
  });

  it('twenty runs at the floor fit well under a quota of 10/s', () => {
    expect(20 * DEFAULT_RATE_LIMIT.minRatePerSec).toBeLessThanOrEqual(6);
    expect(20 * REGISTRY_RATE_LIMIT.minRatePerSec).toBeLessThanOrEqual(50);
  });

  it('refuses a policy that would never let a call through', () => {
    expect(() => new RateLimiter({ ...steady, ratePerSec: 0 }, 0)).toThrow(RangeError);
    expect(() => new RateLimiter({ ...steady, startRatePerSec: 0 }, 0)).toThrow(RangeError);
    expect(() => new RateLimiter({ ...steady, minRatePerSec: -1 }, 0)).toThrow(RangeError);
    // Infinity would overflow slow start into NaN waits: "no limit" is a large finite rate.
    expect(() => new RateLimiter({ ...steady, ratePerSec: Number.POSITIVE_INFINITY }, 0)).toThrow(RangeError);
  });
});
