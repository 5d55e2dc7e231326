import type { SessionEntry } from './types.js';
export type { SessionEntry } from './types.js';
/** The file an entry wrote (config and helper methods). */
export declare function entryFile(entry: SessionEntry, env?: NodeJS.ProcessEnv): string;
/**
 * Undo what a config or helper entry wrote, putting back what it replaced: `removed`; `not-there`
 * when the write never happened or the entry is gone; a sentence when the entry changed since (not
 * ours to remove) or the file is gone. Call it holding the file's lock.
 */
export declare function undoFileEntry(entry: SessionEntry, env?: NodeJS.ProcessEnv): 'removed' | 'not-there' | string;
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config, mode 0600). */
export declare function sessionPath(configDir: string): string;
/**
 * Add entries to the session: one per slot (registry, method, file), merged with an earlier one for
 * its slot (see merged). Call it holding the docker config's lock (login calls onSessionEntry so).
 */
export declare function saveSession(configDir: string, entries: readonly SessionEntry[]): void;
/**
 * Take out of the session the entries a logout handled; entries a login added meanwhile stay. Call
 * it holding the docker config's lock.
 */
export declare function forgetSession(configDir: string, handled: readonly SessionEntry[]): void;
/** The session recorded; none when there is no record or it does not parse. A device, FIFO or socket there is refused (NotRegularFileError). */
export declare function loadSession(configDir: string): SessionEntry[];
export declare function clearSession(configDir: string): void;
