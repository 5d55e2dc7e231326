/** Container engine CLIs that take docker's login flags (`--username`, `--password-stdin`). */
export declare const ENGINES: readonly ["docker", "podman", "nerdctl", "finch"];
export interface DockerConfig {
    auths?: Record<string, {
        auth?: string;
        [k: string]: unknown;
    }>;
    credsStore?: string;
    credHelpers?: Record<string, string>;
    [key: string]: unknown;
}
export declare function dockerConfigDir(env?: NodeJS.ProcessEnv): string;
export declare function readDockerConfig(dir: string): DockerConfig;
export declare function writeDockerConfig(dir: string, config: DockerConfig): void;
/** The `auth` value docker stores: base64 of `user:password`. */
export declare function authValue(username: string, password: string): string;
/** A fingerprint of an auth value, so logout can tell its own entry without keeping the secret. */
export declare function fingerprint(auth: string): string;
/** Why docker would not use the `auths` entry for a registry, if it would not. */
export declare function shadowingOf(config: DockerConfig, registry: string): string | undefined;
/** Merge credentials for one registry; returns the new config and the fingerprint of what was written. */
export declare function withCredentials(config: DockerConfig, registry: string, username: string, password: string): {
    config: DockerConfig;
    fingerprint: string;
};
/** Remove a registry's entry if it is still the one we wrote; says whether it did. */
export declare function withoutCredentials(config: DockerConfig, registry: string, expected: string): {
    config: DockerConfig;
    removed: boolean;
};
