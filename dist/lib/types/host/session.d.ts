import type { SessionEntry } from '../login.js';
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
export declare function sessionPath(configDir: string): string;
/** Add entries to the session (an entry replaces an earlier one for its registry). */
export declare function saveSession(configDir: string, entries: readonly SessionEntry[]): void;
export declare function loadSession(configDir: string): SessionEntry[];
export declare function clearSession(configDir: string): void;
