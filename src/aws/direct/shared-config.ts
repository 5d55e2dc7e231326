// Where the AWS shared config and credentials files are, by the SDK's rules: AWS_CONFIG_FILE and
// AWS_SHARED_CREDENTIALS_FILE (a leading `~/` is the home directory), else `.aws/config` and
// `.aws/credentials` in the home directory, which is HOME, else USERPROFILE, else HOMEDRIVE+HOMEPATH,
// else the passwd entry's. Where neither file exists, no profile can say anything: the environment
// alone decides credentials, region and endpoints. test/aws/direct/shared-config.test.ts holds
// these rules against the SDK's own loader.

import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { homeDirectory } from '../../host/home.js';

/** The home directory as the SDK finds it; undefined with none (the SDK would throw: for us, no file). */
function awsHome(env: NodeJS.ProcessEnv): string | undefined {
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  if (env.HOMEPATH) return `${env.HOMEDRIVE ?? `C:${sep}`}${env.HOMEPATH}`;
  return homeDirectory(env);
}

/** The file a setting names (`~/` expanded), else `.aws/NAME` in the home directory. */
function sharedFile(env: NodeJS.ProcessEnv, setting: string | undefined, name: string): string | undefined {
  const home = () => awsHome(env);
  if (!setting) {
    const dir = home();
    return dir === undefined ? undefined : join(dir, '.aws', name);
  }
  if (!setting.startsWith('~/')) return setting;
  const dir = home();
  return dir === undefined ? undefined : join(dir, setting.slice(2));
}

export const sharedConfigPath = (env: NodeJS.ProcessEnv): string | undefined =>
  sharedFile(env, env.AWS_CONFIG_FILE, 'config');

export const sharedCredentialsPath = (env: NodeJS.ProcessEnv): string | undefined =>
  sharedFile(env, env.AWS_SHARED_CREDENTIALS_FILE, 'credentials');

const exists = (path: string | undefined) => path !== undefined && existsSync(path);

/** True when a shared config or credentials file exists (a profile may then set anything). */
export function hasSharedConfig(env: NodeJS.ProcessEnv): boolean {
  return exists(sharedConfigPath(env)) || exists(sharedCredentialsPath(env));
}
