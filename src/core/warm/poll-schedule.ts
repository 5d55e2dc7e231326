// When to look again while ECR imports an image. A wait of a tenth of the time waited so far (at
// least `baseMs`, at most `capMs`) bounds how late readiness is noticed by max(base, 10% of the
// import time) and by the cap, while the number of looks grows only with the logarithm of the import
// time: 29 looks for a 60 s import, 69 for a 10-minute one. That greedy schedule is what both bounds
// allow and no more, so readiness checks carry no random jitter: each wait is only a hair (0.5%) short
// of the bound, to leave room for the call's own latency. Images drift apart anyway (their imports
// start at different moments and the shared rate limit spreads bursts); full jitter is for retries.

export interface PollSchedule {
  /** The shortest wait, and the lateness allowed for a short import. */
  readonly baseMs: number;
  /** The longest wait, and the most lateness allowed for any import. */
  readonly capMs: number;
  /** The wait as a share of the time waited so far. */
  readonly ratio: number;
}

export const DEFAULT_POLL: PollSchedule = { baseMs: 1_000, capMs: 15_000, ratio: 0.1 };

/** What each wait leaves for the latency of the call that ends it. */
const SHORTFALL = 0.005;

/** How late an import that took `importMs` may be noticed: max(base, ratio × import time), at most the cap. */
export function latenessBound(importMs: number, s: PollSchedule): number {
  return Math.min(s.capMs, Math.max(s.baseMs, s.ratio * importMs));
}

/** The wait after a look at `elapsedMs` (time since the import was triggered). */
export function pollGap(elapsedMs: number, s: PollSchedule): number {
  return latenessBound(Math.max(0, elapsedMs), s) * (1 - SHORTFALL);
}

/**
 * The time of the next look, from the planned time of the last one and the time it was really made.
 * Looks stay on the planned grid (a late look does not push the later ones back); a look so late
 * that the next planned one has passed starts a new grid from its own time instead of a burst.
 */
export function nextPoll(plannedMs: number, actualMs: number, s: PollSchedule): number {
  const next = plannedMs + pollGap(plannedMs, s);
  return next > actualMs ? next : actualMs + pollGap(actualMs, s);
}

/** The planned looks of an import of `importMs`, up to the first one that finds it done. */
export function plannedPolls(importMs: number, s: PollSchedule): number[] {
  const times: number[] = [];
  let t = 0;
  do {
    t = nextPoll(t, t, s);
    times.push(t);
  } while (t < importMs);
  return times;
}

/**
 * When an image is first looked at, in ms after the pull that starts its import, given a `random`
 * number in [0, 1): at a random moment within the first wait. Soon enough that an image already in
 * the cache is noticed within the lateness bound, and spread out so that runs started together (a CI
 * matrix sharing one account's quota) do not all ask at once, nor on one grid afterwards.
 */
export function firstLook(s: PollSchedule, random: number): number {
  return Math.min(Math.max(random, 0), 1) * pollGap(0, s);
}

/**
 * The next planned look of an image, after a look at `lookedMs` (since its import was triggered)
 * when its own was planned for `plannedMs`. A look made for another image of its repository
 * (a shared listing) may come before its own: that early look counts as its own, and its grid
 * restarts from there, so the images of one repository converge on one look per round.
 */
export function afterLook(plannedMs: number, lookedMs: number, s: PollSchedule): number {
  return nextPoll(Math.min(plannedMs, lookedMs), lookedMs, s);
}
