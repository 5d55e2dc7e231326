import type { RegistryCredentials } from '../core/credentials.js';
import type { SessionEntry } from './types.js';
/**
 * Where containers/image reads and writes credentials on Linux: REGISTRY_AUTH_FILE, else
 * `${XDG_RUNTIME_DIR}/containers/auth.json`, else `/run/containers/<uid>/auth.json`. Absolute (a
 * relative REGISTRY_AUTH_FILE from the working directory): logout may run in another one.
 */
export declare function containersAuthPath(env?: NodeJS.ProcessEnv, uid?: number): string;
/** Write a registry's credentials into the containers auth.json, recording the entry first. */
export declare function containersAuthLogin(path: string, cred: RegistryCredentials, warn: (m: string) => void, record: (entry: SessionEntry) => void): void;
