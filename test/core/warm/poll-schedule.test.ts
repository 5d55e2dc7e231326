// When warm looks again while an import runs, by table.

import { describe, expect, it } from '@jest/globals';
import {
  afterLook,
  DEFAULT_POLL,
  firstLook,
  latenessBound,
  nextPoll,
  plannedPolls,
  pollGap,
} from '../../../src/core/warm/poll-schedule.js';

describe('poll schedule', () => {
  it.each([
    [0, 995],
    [5_000, 995],
    [10_000, 995],
    [20_000, 1_990],
    [60_000, 5_970],
    [150_000, 14_925],
    [600_000, 14_925],
  ])('waits %i ms after a look at %i ms', (elapsed, gap) => {
    expect(pollGap(elapsed, DEFAULT_POLL)).toBeCloseTo(gap, 6);
  });

  // With the pull that starts the import, these are the budgets: 30 calls for a 60 s
  // import, 70 for a 10-minute one (the greedy schedule the lateness bound allows, and no more).
  it.each([
    [5_000, 6],
    [60_000, 29],
    [600_000, 69],
  ])('looks %#: an import of %i ms is found done by look %i', (importMs, looks) => {
    const times = plannedPolls(importMs, DEFAULT_POLL);
    expect(times).toHaveLength(looks);
    expect(times.at(-1)).toBeGreaterThanOrEqual(importMs);
  });

  it('notices every import within max(1 s, 10%), never more than 15 s, with room for the call itself', () => {
    for (let importMs = 50; importMs <= 900_000; importMs = Math.ceil(importMs * 1.013)) {
      const times = plannedPolls(importMs, DEFAULT_POLL);
      const late = times.at(-1)! - importMs;
      // Worst case: the import ends just after a look, the next one is a whole wait later.
      const previous = times.at(-2) ?? 0;
      const worst = times.at(-1)! - previous;
      expect(late).toBeLessThanOrEqual(latenessBound(importMs, DEFAULT_POLL));
      expect(worst).toBeLessThanOrEqual(latenessBound(previous, DEFAULT_POLL) - 4);
      expect(worst).toBeLessThanOrEqual(15_000);
    }
  });

  it('keeps to its grid when a look is late, and starts a new grid when it is later than the next', () => {
    expect(nextPoll(995, 1_200, DEFAULT_POLL)).toBeCloseTo(1_990, 6);
    expect(nextPoll(995, 2_500, DEFAULT_POLL)).toBeCloseTo(3_495, 6);
  });

  it('scales: a tenth of every duration gives the same looks for a tenth of the import', () => {
    const tenth = { baseMs: 100, capMs: 1_500, ratio: 0.1 };
    expect(plannedPolls(6_000, tenth)).toHaveLength(29);
    expect(plannedPolls(60_000, tenth)).toHaveLength(69);
  });

  it('looks first at a random moment within the first wait, so runs started together spread out', () => {
    expect(firstLook(DEFAULT_POLL, 0)).toBe(0);
    expect(firstLook(DEFAULT_POLL, 0.5)).toBeCloseTo(497.5, 6);
    expect(firstLook(DEFAULT_POLL, 0.999_999)).toBeLessThan(pollGap(0, DEFAULT_POLL));
    expect(afterLook(firstLook(DEFAULT_POLL, 0), 20, DEFAULT_POLL)).toBeCloseTo(995, 6);
  });

  it("takes a repository's shared look, made before its own, as its own and restarts its grid there", () => {
    // Planned at 5 s, looked at (for another tag) at 4.2 s: next at 4.2 s + a wait.
    expect(afterLook(5_000, 4_200, DEFAULT_POLL)).toBeCloseTo(5_195, 6);
    // A look on time or late keeps the grid, as nextPoll does.
    expect(afterLook(995, 1_200, DEFAULT_POLL)).toBeCloseTo(1_990, 6);
    expect(afterLook(20_000, 40_000, DEFAULT_POLL)).toBeCloseTo(43_980, 6);
  });
});
