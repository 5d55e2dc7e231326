// The queue in front of a rate limit: requests in arrival order, each at the rate of its moment.

import { describe, expect, it } from '@jest/globals';
import { Pacer } from '../../../src/use-cases/warm/pacer.js';

const policy = { ratePerSec: 1_000, burst: 1, startRatePerSec: 1_000, minRatePerSec: 1, recoverShare: 0 };

describe('pacer', () => {
  it('serves requests in arrival order', async () => {
    const pacer = new Pacer(policy, new AbortController().signal);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => pacer.turn().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('the end of the run ends every wait with its reason', async () => {
    const run = new AbortController();
    const pacer = new Pacer({ ...policy, ratePerSec: 1, startRatePerSec: 1 }, run.signal);
    await pacer.turn(); // the one token
    const waiting = [pacer.turn(), pacer.turn()];
    run.abort(new Error('deadline'));
    for (const w of waiting) await expect(w).rejects.toThrow('deadline');
    await expect(pacer.turn()).rejects.toThrow('deadline');
  });
});
