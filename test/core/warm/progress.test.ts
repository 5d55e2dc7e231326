// What warm tells a CI log while it waits, on a clock the test drives: a line when an import
// starts, and while any image imports a heartbeat once the log has been silent for the interval,
// naming how many are ready of how many and the image importing longest.

import { describe, expect, it } from '@jest/globals';
import { HEARTBEAT_MS, heartbeatMs, WarmProgress } from '../../../src/core/warm/progress.js';

const finished = (image: string, ready: number) => ({ type: 'finished', result: { image }, ready }) as const;

describe('WarmProgress', () => {
  it('says when an import starts, and beats only after the interval of silence, naming the slowest', () => {
    const p = new WarmProgress(0);
    expect(p.seen({ type: 'started', total: 3 }, 0)).toBeUndefined();
    expect(p.seen({ type: 'triggered', image: 'node:20' }, 1_000)).toBe('importing node:20');
    expect(p.seen({ type: 'triggered', image: 'redis:7' }, 2_000)).toBe('importing redis:7');
    expect(p.seen(finished('redis:7', 1), 5_000)).toBeUndefined();
    expect(p.dueAt()).toBe(5_000 + HEARTBEAT_MS);
    expect(p.heartbeat(5_000 + HEARTBEAT_MS - 1)).toBeUndefined();
    expect(p.heartbeat(20_000)).toBe('still waiting: 1/3 ready; slowest: node:20, importing for 19s');
    expect(p.heartbeat(20_000 + HEARTBEAT_MS - 1)).toBeUndefined(); // one per interval of silence
    expect(p.heartbeat(20_000 + HEARTBEAT_MS)).toBe(
      `still waiting: 1/3 ready; slowest: node:20, importing for ${(19_000 + HEARTBEAT_MS) / 1000}s`,
    );
  });

  it('counts the others importing, and says when none has started yet', () => {
    const p = new WarmProgress(0, 2_000);
    p.seen({ type: 'started', total: 3 }, 0);
    expect(p.heartbeat(2_000)).toBe('still waiting: 0/3 ready; no import started yet');
    p.seen({ type: 'triggered', image: 'a:1' }, 2_500);
    p.seen({ type: 'triggered', image: 'b:1' }, 3_000);
    expect(p.heartbeat(5_000)).toBe(
      'still waiting: 0/3 ready; slowest: a:1, importing for 3s (and 1 more importing)',
    );
  });

  it('is silent once every image is finished', () => {
    const p = new WarmProgress(0);
    p.seen({ type: 'started', total: 1 }, 0);
    p.seen({ type: 'triggered', image: 'a:1' }, 0);
    p.seen(finished('a:1', 1), 1_000);
    expect(p.dueAt()).toBeUndefined();
    expect(p.heartbeat(60_000)).toBeUndefined();
  });

  it('takes a shorter interval from the tests-only variable, never a longer one', () => {
    expect(HEARTBEAT_MS).toBeLessThan(15_000); // the longest silence the log may have
    expect(heartbeatMs({})).toBe(HEARTBEAT_MS);
    expect(heartbeatMs({ EPT_TEST_HEARTBEAT_MS: '2000' })).toBe(2_000);
    expect(heartbeatMs({ EPT_TEST_HEARTBEAT_MS: '60000' })).toBe(HEARTBEAT_MS);
    expect(heartbeatMs({ EPT_TEST_HEARTBEAT_MS: 'x' })).toBe(HEARTBEAT_MS);
  });
});
