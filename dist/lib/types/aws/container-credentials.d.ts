import type { Deadline } from '../deadline.js';
import type { AwsCredentials } from './sigv4.js';
/** The endpoint the environment names, when the SDK would accept it. */
export declare function containerCredentialsUrl(env: NodeJS.ProcessEnv): URL | undefined;
/** The credentials the endpoint hands out; never through a proxy (the endpoint is the host's own). */
export declare function containerCredentials(url: URL, env: NodeJS.ProcessEnv, deadline?: Deadline): Promise<AwsCredentials>;
