/** What login added, enough for logout to remove exactly that (no secrets in it). */
export interface SessionEntry {
    readonly registry: string;
    readonly method: 'docker' | 'config';
    readonly engine?: string;
    readonly configDir?: string;
    /** Fingerprint of the auth value written (config method). */
    readonly fingerprint?: string;
    /** Fingerprint of the auth value it replaced (config method): if still there, the write never happened. */
    readonly replaced?: string;
}
/** Where the CLI keeps its session between `login` and `logout` (beside the docker config; no secrets). */
export declare function sessionPath(configDir: string): string;
/** Add entries to the session (an entry replaces an earlier one for its registry). */
export declare function saveSession(configDir: string, entries: readonly SessionEntry[]): void;
export declare function loadSession(configDir: string): SessionEntry[];
export declare function clearSession(configDir: string): void;
