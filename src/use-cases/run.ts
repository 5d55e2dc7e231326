// Where a Run (run/run.ts) is made: once per entry (each library function, hence each CLI command and
// action phase), from the options a caller gave. The agents trust the CA bundle the AWS side names
// (AWS_CA_BUNDLE, the profile's ca_bundle); the deadline is the caller's when it shares one.

import { caBundle } from '../aws/ca-bundle-setting.js';
import type { ProfileOption } from '../aws/region.js';
import { Agents } from '../net/agents.js';
import { requestLog } from '../net/request-log.js';
import { Deadline, type DeadlineOptions } from '../run/deadline.js';
import { Run } from '../run/run.js';

export interface RunOptions extends DeadlineOptions, ProfileOption {
  /** The environment the run reads for the machine (default: the process's). */
  readonly env?: NodeJS.ProcessEnv;
  readonly onWarning?: (message: string) => void;
  readonly onSecret?: (secret: string) => void;
  /** A caller's own cancel signal: the run's deadline ends with it too. */
  readonly signal?: AbortSignal;
}

const ignore = () => {};

/**
 * A Run for one entry, with a deadline of `timeoutMs` (default `defaultMs`) unless the caller shares
 * one (none when neither is given); `end()` destroys its agents and stops the deadline it made.
 */
export function openRun(options: RunOptions, defaultMs?: number): { run: Run; end(): void } {
  const ms = options.timeoutMs ?? defaultMs;
  const deadline = options.deadline ?? (ms === undefined ? undefined : new Deadline(ms, options.signal));
  const agents = new Agents(process.env, { ca: () => caBundle(process.env, options.profile) });
  const run = new Run({
    deadline,
    agents,
    profile: options.profile,
    env: options.env ?? process.env,
    requests: requestLog,
    onWarning: options.onWarning ?? ignore,
    onSecret: options.onSecret ?? ignore,
  });
  return {
    run,
    end() {
      agents.destroy();
      if (!options.deadline) deadline?.dispose();
    },
  };
}

/** `work` within a Run of its own (see openRun), ended when it settles. */
export async function withRun<T>(
  options: RunOptions,
  defaultMs: number | undefined,
  work: (run: Run) => Promise<T>,
): Promise<T> {
  const { run, end } = openRun(options, defaultMs);
  try {
    return await run.within(() => work(run));
  } finally {
    end();
  }
}
