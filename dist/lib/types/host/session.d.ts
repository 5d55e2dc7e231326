/** What login added, enough for logout to remove exactly that (no secrets in it). */
export interface SessionEntry {
    readonly registry: string;
    /** docker: the engine's own login; config: an `auths` entry written; helper: a `credHelpers` entry. */
    readonly method: 'docker' | 'config' | 'helper';
    readonly engine?: string;
    readonly configDir?: string;
    /** The credential file written when it is not the docker config (the containers auth.json). */
    readonly authFile?: string;
    /** Fingerprint of the auth value written (config method). */
    readonly fingerprint?: string;
    /** Fingerprint of the auth value it replaced (config method): if still there, the write never happened. */
    readonly replaced?: string;
    /** The credential helper the helper method replaced, put back by logout. */
    readonly replacedHelper?: string;
}
/** The file an entry wrote (config and helper methods). */
export declare function entryFile(entry: SessionEntry, env?: NodeJS.ProcessEnv): string;
/**
 * Undo what a config or helper entry wrote: `removed`; `not-there` when the write never happened or
 * the entry is gone; a sentence when the entry changed since, which is not ours to remove.
 */
export declare function undoFileEntry(entry: SessionEntry, env?: NodeJS.ProcessEnv): 'removed' | 'not-there' | string;
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
export declare function sessionPath(configDir: string): string;
/** Add entries to the session (an entry replaces an earlier one for its registry and file). */
export declare function saveSession(configDir: string, entries: readonly SessionEntry[]): void;
/** The session recorded; none when there is no record or it does not parse. A device, FIFO or socket there is refused (NotRegularFileError). */
export declare function loadSession(configDir: string): SessionEntry[];
export declare function clearSession(configDir: string): void;
