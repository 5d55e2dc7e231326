// Durations as users write them: 90s, 10m, 1h, 500ms, or plain milliseconds.

export function parseDurationMs(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h';
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]);
}
