// Drives core/warm/progress.ts with the clock and a timer: the glue (CLI warm and prepare, the
// action) hands it every warm event and a way to write a line; it writes the "importing" lines and
// the heartbeats, so each log that is not a terminal is never silent for long while images import.

import { type ProgressEvent, WarmProgress } from '../core/warm/progress.js';

export interface ProgressLog {
  /** Give it every event of the run, after the glue has printed its own line for it. */
  onEvent(event: ProgressEvent): void;
  /** No more heartbeats (the run is over, however it ended). */
  stop(): void;
}

export function progressLog(write: (line: string) => void, heartbeatMs: number, now = Date.now): ProgressLog {
  const progress = new WarmProgress(now(), heartbeatMs);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    clearTimeout(timer);
    const due = progress.dueAt();
    if (stopped || due === undefined) return;
    // unref: a heartbeat never keeps the process alive on its own.
    timer = setTimeout(beat, Math.max(0, due - now())).unref();
  };
  const beat = () => {
    const line = progress.heartbeat(now());
    if (line) write(line);
    arm();
  };
  return {
    onEvent(event) {
      const line = progress.seen(event, now());
      if (line) write(line);
      arm();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
