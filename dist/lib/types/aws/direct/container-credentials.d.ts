import type { Run } from '../../run/run.js';
import type { AwsCredentials } from './sigv4.js';
/** The endpoint the environment names, when the SDK would accept it. */
export declare function containerCredentialsUrl(env: NodeJS.ProcessEnv): URL | undefined;
/**
 * The Authorization header to send: the token file's text (trimmed: a file written with a final
 * newline still works, where the SDK would fail), else the variable's. A token with CR or LF inside
 * is refused, as the SDK refuses it.
 */
export declare function containerAuthorization(env: NodeJS.ProcessEnv): string | undefined;
/**
 * The secrets the environment holds for AWS: the secret key and session token, the container
 * credentials endpoint's token and, on ECS, its path (a credential of its own). Each is handed to
 * the run's onSecret before the first call (the action masks them).
 */
export declare function environmentSecrets(env: NodeJS.ProcessEnv): string[];
/**
 * The credentials the endpoint hands out, each handed to the run's onSecret as it arrives; never
 * through a proxy (the endpoint is the host's own).
 */
export declare function containerCredentials(run: Run, url: URL, env: NodeJS.ProcessEnv): Promise<AwsCredentials>;
