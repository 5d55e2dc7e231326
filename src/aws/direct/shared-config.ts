// Where the AWS shared config and credentials files are, as the SDK and the AWS CLI look for them
// (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/). Where neither exists, no profile can
// say anything: the environment alone decides credentials, region and endpoints.

import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const home = (env: NodeJS.ProcessEnv): string => env.HOME || homedir();

export const sharedConfigPath = (env: NodeJS.ProcessEnv): string =>
  env.AWS_CONFIG_FILE || join(home(env), '.aws', 'config');

export const sharedCredentialsPath = (env: NodeJS.ProcessEnv): string =>
  env.AWS_SHARED_CREDENTIALS_FILE || join(home(env), '.aws', 'credentials');

/** True when a shared config or credentials file exists (a profile may then set anything). */
export function hasSharedConfig(env: NodeJS.ProcessEnv): boolean {
  return existsSync(sharedConfigPath(env)) || existsSync(sharedCredentialsPath(env));
}
