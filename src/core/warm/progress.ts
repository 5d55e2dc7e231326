// What warm tells a log that is not a terminal (a CI log): a line per change of an image's state,
// and while any image is still importing a heartbeat at most HEARTBEAT_MS after the last line, so
// a reader never meets a long silence. Times are given by the caller: a test drives the clock.

import { displayLine } from '../display.js';

/**
 * The silence after which a heartbeat is printed while an image imports: a second under the 15 s a
 * CI log may stay silent, for a timer that fires late on a busy runner (15.3 s gaps were seen at 15 s).
 */
export const HEARTBEAT_MS = 14_000;

/** Only tests set it: a shorter heartbeat, so a test need not wait 14 s to see one. */
export const HEARTBEAT_ENV = 'EPT_TEST_HEARTBEAT_MS';

/** The heartbeat interval the environment asks for (tests only), else HEARTBEAT_MS. */
export function heartbeatMs(env: Record<string, string | undefined>): number {
  const ms = Number(env[HEARTBEAT_ENV]);
  return Number.isInteger(ms) && ms > 0 && ms < HEARTBEAT_MS ? ms : HEARTBEAT_MS;
}

/** The events of a warm run that progress follows (warm's WarmEvent has this shape). */
export type ProgressEvent =
  | { readonly type: 'started'; readonly total: number }
  | { readonly type: 'triggered'; readonly image: string }
  | { readonly type: 'finished'; readonly result: { readonly image: string }; readonly ready: number };

const secs = (ms: number) => `${Math.round(ms / 1000)}s`;

/** The line that says how an image's warm ended, as `warm` and `prepare` print it. */
export function finishedLine(r: {
  readonly image: string;
  readonly status: string;
  readonly seconds: number;
  readonly error?: string | null;
}): string {
  return r.status === 'ready'
    ? `ready   ${r.image} (${r.seconds.toFixed(1)}s)`
    : `failed  ${r.image}: ${displayLine(r.error ?? '')}`;
}

export class WarmProgress {
  readonly #importing = new Map<string, number>(); // image → when its import started
  #total = 0;
  #ready = 0;
  #finished = 0;
  #lastLineAt: number;

  constructor(
    startedAt: number,
    readonly heartbeatMs = HEARTBEAT_MS,
  ) {
    this.#lastLineAt = startedAt;
  }

  /** Follows `event`, seen at `at`; returns the line that says an import started, if it did. */
  seen(event: ProgressEvent, at: number): string | undefined {
    this.#lastLineAt = at; // every event is printed by someone: the silence starts again
    if (event.type === 'started') this.#total = event.total;
    else if (event.type === 'triggered') {
      this.#importing.set(event.image, at);
      return `importing ${event.image}`;
    } else {
      this.#importing.delete(event.result.image);
      this.#ready = event.ready;
      this.#finished++;
    }
    return undefined;
  }

  /** Whether some image is not finished yet (so a heartbeat may be due). */
  get waiting(): boolean {
    return this.#finished < this.#total;
  }

  /** When the next heartbeat is due, if one will be. */
  dueAt(): number | undefined {
    return this.waiting ? this.#lastLineAt + this.heartbeatMs : undefined;
  }

  /** The heartbeat line when one is due at `at` (and the silence starts again), else undefined. */
  heartbeat(at: number): string | undefined {
    const due = this.dueAt();
    if (due === undefined || at < due) return undefined;
    this.#lastLineAt = at;
    const head = `still waiting: ${this.#ready}/${this.#total} ready`;
    let slowest: [string, number] | undefined;
    for (const entry of this.#importing) if (!slowest || entry[1] < slowest[1]) slowest = entry;
    if (!slowest) return `${head}; no import started yet`;
    const others = this.#importing.size - 1;
    return `${head}; slowest: ${slowest[0]}, importing for ${secs(at - slowest[1])}${others > 0 ? ` (and ${others} more importing)` : ''}`;
  }
}
