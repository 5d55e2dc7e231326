/**
 * The emulator's notion of time: real time plus an offset that tests move forward. Token expiry and
 * the 24 h upstream re-check read this clock; imports run on real timers so tests can wait for them.
 */
export class Clock {
  #offsetMs = 0;

  now(): number {
    return Date.now() + this.#offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`clock.advance needs a finite ms >= 0, got ${ms}`);
    this.#offsetMs += ms;
  }
}

/** AWS JSON protocols carry timestamps as epoch seconds (fractional). */
export function epochSeconds(ms: number): number {
  return Math.round(ms) / 1000;
}
