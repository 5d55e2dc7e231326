import type { RegistryCredentials } from '../core/credentials.js';
import { type LOGIN_METHODS } from '../host/docker-config.js';
import type { DeadlineOptions } from '../run/deadline.js';
import type { Run } from '../run/run.js';
export type { SessionEntry } from '../host/session.js';
import type { ProfileOption } from '../aws/region.js';
import type { TokenRequest } from '../aws/token.js';
import type { SessionEntry } from '../host/session.js';
export type LoginMethod = (typeof LOGIN_METHODS)[number];
/** What to log in to, and how (the rest of LoginOptions makes the run). */
export interface LoginRequest {
    readonly region?: string;
    /** Account ids or registry hosts, in any regions; empty: the caller's registry in the region. */
    readonly registries?: readonly string[];
    /** `auto` (default): docker when the engine is on PATH, else the config file. */
    readonly method?: LoginMethod;
    /** The container engine CLI for the docker method (docker, podman, nerdctl, finch, or a path). */
    readonly engine?: string;
    /** Where the docker config lives (default: DOCKER_CONFIG, else ~/.docker). */
    readonly dockerConfig?: string;
    /** Also write the containers auth.json (Podman, Buildah, Skopeo; see host/containers-auth.ts). */
    readonly containersAuth?: boolean;
    /**
     * Called with each session entry as soon as there is something for logout to undo: before the
     * config is written (config method; logout copes with a write that never happened), after the
     * engine accepted the login (docker method). Record it here, not from the result: a later
     * registry may fail. It is called holding the docker config's lock (host/file-lock.ts), so a
     * record kept beside the docker config (the CLI's) needs no lock of its own.
     */
    readonly onSessionEntry?: (entry: SessionEntry) => void;
    /** Credentials already fetched (the action shares them with warm). */
    readonly credentials?: readonly RegistryCredentials[];
}
export interface LoginOptions extends LoginRequest, DeadlineOptions, ProfileOption {
    /** Called with each secret the moment it is decoded (the action masks it). */
    readonly onSecret?: (secret: string) => void;
    readonly onWarning?: (message: string) => void;
    readonly env?: NodeJS.ProcessEnv;
}
export interface LoggedIn {
    readonly registry: string;
    readonly endpoint: string;
    readonly region: string;
    readonly account?: string;
    readonly expiresAt: Date;
    readonly method: 'docker' | 'config' | 'helper';
}
export interface LoginResult {
    readonly registries: readonly LoggedIn[];
    readonly session: readonly SessionEntry[];
    /** The credentials, for callers that go on to warm (never print them). */
    readonly credentials: readonly RegistryCredentials[];
}
export declare function login(options?: LoginOptions): Promise<LoginResult>;
/** Registry credentials from GetAuthorizationToken, within a run of their own (the library's call). */
export declare function getRegistryCredentials(request: TokenRequest): Promise<RegistryCredentials[]>;
/** Log in within `run` (its deadline, profile, environment and callbacks). */
export declare function logIn(run: Run, options: LoginRequest): Promise<LoginResult>;
/**
 * Remove what a login session added, last entry first (a later login may have replaced an earlier
 * one's entry), putting back what each replaced; failures become warnings and the rest goes on.
 */
export declare function logout(session: readonly SessionEntry[], options?: {
    env?: NodeJS.ProcessEnv;
}): Promise<{
    removed: string[];
    warnings: string[];
}>;
