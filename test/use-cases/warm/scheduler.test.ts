// The doing side of warm: the slots that bound the requests in flight.

import { describe, expect, it } from '@jest/globals';
import { Slots } from '../../../src/use-cases/warm/scheduler.js';

describe('slots', () => {
  it('serves waiters in arrival order, and a waiter that aborts leaves the queue', async () => {
    const slots = new Slots(1);
    const order: string[] = [];
    const first = await slots.acquire();
    const abort = new AbortController();
    const b = slots.acquire().then((release) => {
      order.push('b');
      release();
    });
    const gone = slots.acquire(abort.signal).catch(() => order.push('gone'));
    const c = slots.acquire().then((release) => {
      order.push('c');
      release();
    });
    abort.abort(new Error('deadline'));
    await gone;
    first();
    await Promise.all([b, c]);
    expect(order).toEqual(['gone', 'b', 'c']);
    first(); // a second release is a no-op
    const again = await slots.acquire();
    again();
  });
});
