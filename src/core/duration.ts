// Durations as users write them: 90s, 10m, 1h, 500ms. A bare number is seconds, as timeout(1) reads
// it: `--timeout 600` meaning 0.6 s would end a run before its first answer.

export function parseDurationMs(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 's') as 'ms' | 's' | 'm' | 'h';
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]);
}

/** What a duration looks like, for messages. */
export const DURATION_EXAMPLES = '90s, 10m, 1h or a number of seconds';
