import { basicAuth } from '../core/credentials.js';
import { type CredentialDocument, type DockerConfig } from './credential-file.js';
import type { SessionEntry } from './types.js';
export type { DockerConfig } from './credential-file.js';
/** A registry's login, as a credential file stores it. */
export interface FileCredentials {
    readonly registry: string;
    readonly username: string;
    readonly password: string;
}
/** Container engine CLIs that take docker's login flags (`--username`, `--password-stdin`). */
export declare const ENGINES: readonly ["docker", "podman", "nerdctl", "finch"];
/**
 * How login hands the credentials over: auto (docker when the engine is on PATH, else config),
 * docker (the engine's own login), config (`auths` written here), helper (`credHelpers` names
 * amazon-ecr-credential-helper).
 */
export declare const LOGIN_METHODS: readonly ["auto", "docker", "config", "helper"];
/** The docker config folder: DOCKER_CONFIG, else `.docker` in the home directory; absolute. */
export declare function dockerConfigDir(env?: NodeJS.ProcessEnv): string;
/** The `auth` value docker stores: base64 of `user:password`, as HTTP Basic auth sends it. */
export declare const authValue: typeof basicAuth;
/** A fingerprint of an auth value, so logout can tell its own entry without keeping the secret. */
export declare function fingerprint(auth: string): string;
/** Why docker would not use the `auths` entry for a registry, if it would not. */
export declare function shadowingOf(config: DockerConfig, registry: string): string | undefined;
/** Merge credentials for one registry (an entry there keeps its place); returns the new config and the fingerprint of what was written. */
export declare function withCredentials(config: DockerConfig, registry: string, username: string, password: string): {
    config: DockerConfig;
    fingerprint: string;
};
/** The fingerprint of a registry's `auths` entry, when it holds credentials. */
export declare function entryFingerprint(config: DockerConfig, registry: string): string | undefined;
/**
 * What logout finds where a config-method login wrote an entry: the one it wrote; none of its own,
 * because the write never happened (a login killed between recording and writing: what it replaced
 * is still there) or the entry is gone; or one changed since, which is not ours to remove.
 */
export declare function recordedEntryState(config: DockerConfig, entry: SessionEntry): 'ours' | 'not-there' | 'changed';
/** The sections of a credential file that login writes one entry into. */
type Section = 'auths' | 'credHelpers';
/**
 * The config with a registry's entry in `section` put back as it was (`restore`, in its place) or
 * removed; a section the login created goes too once it is empty.
 */
export declare function withEntryUndone(config: DockerConfig, section: Section, registry: string, restore: unknown, created: SessionEntry['created']): DockerConfig;
/** What amazon-ecr-credential-helper is called in credHelpers: docker runs `docker-credential-ecr-login`. */
export declare const ECR_LOGIN_HELPER = "ecr-login";
/** The program docker runs for a credential helper. */
export declare const helperProgram: (helper: string) => string;
/** The config with a registry's credentials fetched by a credential helper. */
export declare function withHelper(config: DockerConfig, registry: string, helper: string): DockerConfig;
/**
 * `--method helper`: send the registry to amazon-ecr-credential-helper, which fetches a fresh token
 * for each pull (so a long job never meets an expired one) and keeps no password in the file.
 * Nothing is recorded when the entry is already there: this login added nothing to undo.
 */
export declare function helperLogin(dir: string, registry: string, helperFound: boolean, warn: (m: string) => void, record: (entry: SessionEntry) => void): void;
/**
 * The credential files an engine's login writes (for the docker config: DOCKER_CONFIG as we pass it).
 * Podman keeps its own auth.json; docker, nerdctl and finch use the docker config.
 */
export declare function engineCredentialFiles(engine: string, configDir: string, env: NodeJS.ProcessEnv): string[];
/** Whether a credential file (docker or podman format) has an entry for the registry; unreadable: no. */
export declare function hasEntryFor(path: string, registry: string): boolean;
/** Said when a login replaces credentials someone else put there: the engine's logout removes them, ours puts them back. */
export declare function replacingWarning(registry: string, path: string, putBack?: boolean): string;
/**
 * Merge a registry's credentials into a credential file (the docker config, a containers auth.json):
 * say when an entry is replaced, then record what is written (and the entry it replaces, for logout
 * to put back) before writing it, atomically (see writeCredentialFile). Recorded first: killed
 * before the write, logout finds nothing to remove; the other way round, it would not know the
 * credentials it should remove.
 */
export declare function credentialFileLogin(path: string, cred: FileCredentials, warn: (m: string) => void, record: (written: Pick<SessionEntry, 'fingerprint' | 'replaced' | 'replacedEntry' | 'created'>) => void, doc?: CredentialDocument): void;
/**
 * The secrets a session entry holds: those of the `auths` entry it replaced (its auth, in every form
 * the password takes, and any token or password field), masked by the action like its own.
 */
export declare function entrySecrets(entry: SessionEntry): string[];
