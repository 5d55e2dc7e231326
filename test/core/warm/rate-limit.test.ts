// The rate limit every API call of warm shares, by table.

import { describe, expect, it } from '@jest/globals';
import { RateLimiter } from '../../../src/core/warm/rate-limit.js';

describe('rate limit', () => {
  const policy = { ratePerSec: 10, burst: 3, minRatePerSec: 1, recoverPerSec: 2 };

  it.each([
    // [ms since start of each reservation] -> delays
    [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 100, 200],
    ],
    [
      [0, 0, 0, 1_000, 1_000],
      [0, 0, 0, 0, 0],
    ],
    [
      [0, 0, 0, 50, 50],
      [0, 0, 0, 50, 150],
    ],
  ])('hands out reservations in order: at %j waits %j', (times, delays) => {
    const limiter = new RateLimiter(policy, 0);
    expect(times.map((t) => limiter.reserve(t))).toEqual(delays);
  });

  it('halves the rate on throttling, at most once a second, and regains a fixed step per second', () => {
    const limiter = new RateLimiter(policy, 0);
    limiter.throttled(0);
    expect(limiter.rate(0)).toBe(5);
    limiter.throttled(500);
    expect(limiter.rate(500)).toBeCloseTo(6, 6); // not halved again, and 0.5 s of recovery at 2/s
    expect(limiter.rate(2_000)).toBeCloseTo(9, 6);
    expect(limiter.rate(60_000)).toBe(10);
  });

  it('never drops below the floor', () => {
    const limiter = new RateLimiter({ ...policy, recoverPerSec: 0 }, 0);
    for (let t = 0; t <= 6_000; t += 1_000) limiter.throttled(t);
    expect(limiter.rate(6_000)).toBe(1);
  });

  it('drops the saved burst when throttled, so the next calls spread out', () => {
    const limiter = new RateLimiter(policy, 0);
    limiter.throttled(0);
    expect(limiter.reserve(0)).toBe(200);
  });

  it('refuses a policy that would never let a call through', () => {
    expect(() => new RateLimiter({ ...policy, ratePerSec: 0 }, 0)).toThrow(RangeError);
  });
});
