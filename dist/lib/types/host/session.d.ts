import type { SessionEntry } from './types.js';
export type { SessionEntry } from './types.js';
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
