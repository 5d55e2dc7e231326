// The containers auth.json that Podman, Buildah and Skopeo read (containers-auth.json(5)): the same
// `auths` as the docker config, in a file of its own. Written like the docker config: merged,
// atomically (new: mode 0600), and recorded before the write so logout can undo it.

import { join, resolve } from 'node:path';
import type { RegistryCredentials } from '../core/credentials.js';
import { credentialFileLogin } from './docker-config.js';
import type { SessionEntry } from './types.js';

/**
 * Where containers/image reads and writes credentials on Linux: REGISTRY_AUTH_FILE, else
 * `${XDG_RUNTIME_DIR}/containers/auth.json`, else `/run/containers/<uid>/auth.json`. Absolute (a
 * relative REGISTRY_AUTH_FILE from the working directory): logout may run in another one.
 */
export function containersAuthPath(
  env: NodeJS.ProcessEnv = process.env,
  uid = process.getuid?.() ?? 0,
): string {
  if (env.REGISTRY_AUTH_FILE) return resolve(env.REGISTRY_AUTH_FILE);
  if (env.XDG_RUNTIME_DIR) return resolve(env.XDG_RUNTIME_DIR, 'containers', 'auth.json');
  return join('/run/containers', String(uid), 'auth.json');
}

/** Write a registry's credentials into the containers auth.json, recording the entry first. */
export function containersAuthLogin(
  path: string,
  cred: RegistryCredentials,
  warn: (m: string) => void,
  record: (entry: SessionEntry) => void,
): void {
  credentialFileLogin(path, cred, warn, (written) =>
    record({ registry: cred.registry, method: 'config', authFile: path, ...written }),
  );
}
