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
