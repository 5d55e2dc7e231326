/** What login added, enough for logout to remove exactly that (no secrets in it). */
export interface SessionEntry {
    readonly registry: string;
    /** docker: the engine's own login; config: an `auths` entry written; helper: a `credHelpers` entry. */
    readonly method: 'docker' | 'config' | 'helper';
    readonly engine?: string;
    /** The docker config folder, absolute (logout may run in another working directory). */
    readonly configDir?: string;
    /** The credential file written when it is not the docker config (the containers auth.json), absolute. */
    readonly authFile?: string;
    /** Fingerprint of the auth value written (config method). */
    readonly fingerprint?: string;
    /** Fingerprint of the auth value it replaced (config method): if still there, the write never happened. */
    readonly replaced?: string;
    /**
     * The `auths` entry the config method replaced, as it was (an `email` field and all), put back by
     * logout. It holds that entry's credentials: the CLI keeps the record beside the file it came from,
     * with the same mode 0600; the action keeps it in its state, masked.
     */
    readonly replacedEntry?: Readonly<Record<string, unknown>>;
    /** The credential helper the helper method replaced, put back by logout. */
    readonly replacedHelper?: string;
    /**
     * What the login created besides its entry: the file itself, or the section (`auths`,
     * `credHelpers`) in it. Logout removes it again once nothing else is in it.
     */
    readonly created?: 'file' | 'section';
}
