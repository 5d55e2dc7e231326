// The settings a hint of warm may point to, in the words of both kinds of users who read it: the
// CLI's flag and the action's input (the library's options are named alike). One place, so no hint
// sends the action's users to a flag they do not have.

const SETTINGS = {
  timeout: { flag: '--timeout', input: 'warm-timeout' },
  concurrency: { flag: '--concurrency', input: 'concurrency' },
  rule: { flag: '--rule', input: 'rules' },
  platform: { flag: '--platform', input: 'platforms' },
  registry: { flag: '--registry', input: 'registries' },
  region: { flag: '--region', input: 'region' },
  rate: { flag: '--rate' },
} as const satisfies Record<string, { flag: string; input?: string }>;

/**
 * A setting as a hint names it, e.g. `--timeout, now 60.0 s; the action's warm-timeout`; `detail`
 * follows the flag as written (` PREFIX=quay.io`, `, now 60.0 s`).
 */
export function setting(name: keyof typeof SETTINGS, detail = ''): string {
  const s: { flag: string; input?: string } = SETTINGS[name];
  return s.input ? `${s.flag}${detail}; the action's ${s.input}` : `${s.flag}${detail}, CLI only`;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The hint to give the run more time, naming the timeout as it is now. */
export const moreTime = (timeoutMs: number): string =>
  `allow more time (${setting('timeout', `, now ${seconds(timeoutMs)}`)})`;
