import type { ProfileOption } from '../aws/region.js';
import { type DeadlineOptions } from '../run/deadline.js';
import { Run } from '../run/run.js';
export interface RunOptions extends DeadlineOptions, ProfileOption {
    /** The environment the run reads for the machine (default: the process's). */
    readonly env?: NodeJS.ProcessEnv;
    readonly onWarning?: (message: string) => void;
    readonly onSecret?: (secret: string) => void;
    /** A caller's own cancel signal: the run's deadline ends with it too. */
    readonly signal?: AbortSignal;
}
/**
 * A Run for one entry, with a deadline of `timeoutMs` (default `defaultMs`) unless the caller shares
 * one (none when neither is given); `end()` destroys its agents and stops the deadline it made.
 */
export declare function openRun(options: RunOptions, defaultMs?: number): {
    run: Run;
    end(): void;
};
/** `work` within a Run of its own (see openRun), ended when it settles. */
export declare function withRun<T>(options: RunOptions, defaultMs: number | undefined, work: (run: Run) => Promise<T>): Promise<T>;
