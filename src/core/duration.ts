// Durations as users write them: 90s, 10m, 1h, 500ms. A bare number is seconds, as timeout(1) reads
// it: `--timeout 600` meaning 0.6 s would end a run before its first answer.

import { InputError } from './errors.js';

export function parseDurationMs(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 's') as 'ms' | 's' | 'm' | 'h';
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]);
}

/** What a duration looks like, for messages. */
export const DURATION_EXAMPLES = '90s, 10m, 1h or a number of seconds';

/**
 * The longest duration a run can wait: Node's timers hold at most 2^31 - 1 ms (24.8 days) and fire
 * at once beyond it, so a longer deadline would expire before the first answer.
 */
export const MAX_DURATION_MS = 2 ** 31 - 1;

/** MAX_DURATION_MS as users write durations (the whole hours within it). */
export const MAX_DURATION_TEXT = `${Math.floor(MAX_DURATION_MS / 3_600_000)}h`;

/** Why `ms` cannot be waited for, naming the input it came from; undefined when it can. */
export function durationOutOfRange(ms: number, name: string, text = `${ms} ms`): string | undefined {
  return ms > MAX_DURATION_MS
    ? `${name} must be at most ${MAX_DURATION_TEXT} (${MAX_DURATION_MS} ms, the longest timer Node.js holds), not "${text}"`
    : undefined;
}

/** The duration the input `name` gives; one it cannot be, or one too long to wait for, is an input error. */
export function readDuration(text: string, name: string): number {
  const ms = parseDurationMs(text);
  if (ms === undefined)
    throw new InputError(`${name} must be a duration such as ${DURATION_EXAMPLES}, not "${text}"`);
  const tooLong = durationOutOfRange(ms, name, text.trim());
  if (tooLong) throw new InputError(tooLong);
  return ms;
}
