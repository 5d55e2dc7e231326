import type { SessionEntry } from './login.js';
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
export declare function sessionPath(configDir: string): string;
export declare function saveSession(configDir: string, entries: readonly SessionEntry[]): void;
export declare function loadSession(configDir: string): SessionEntry[];
export declare function clearSession(configDir: string): void;
