// Where the AWS shared config and credentials files are, as the SDK and the AWS CLI look for them
// (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/). Where neither exists, no profile can
// say anything: the environment alone decides credentials, region and endpoints.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { homeDirectory } from '../../host/home.js';

/** `.aws/NAME` in the home directory; undefined with no home (then there is no such file). */
function inHome(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const home = homeDirectory(env);
  return home === undefined ? undefined : join(home, '.aws', name);
}

export const sharedConfigPath = (env: NodeJS.ProcessEnv): string | undefined =>
  env.AWS_CONFIG_FILE || inHome(env, 'config');

export const sharedCredentialsPath = (env: NodeJS.ProcessEnv): string | undefined =>
  env.AWS_SHARED_CREDENTIALS_FILE || inHome(env, 'credentials');

const exists = (path: string | undefined) => path !== undefined && existsSync(path);

/** True when a shared config or credentials file exists (a profile may then set anything). */
export function hasSharedConfig(env: NodeJS.ProcessEnv): boolean {
  return exists(sharedConfigPath(env)) || exists(sharedCredentialsPath(env));
}
