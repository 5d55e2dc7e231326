// The docker client config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`): credentials
// are merged into `auths` without touching anything else, the file is replaced atomically with
// mode 0600, and entries that would shadow ours (credsStore, credHelpers) are reported.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError } from './errors.js';
import { writeFileAtomic } from './files.js';

/** Container engine CLIs that take docker's login flags (`--username`, `--password-stdin`). */
export const ENGINES = ['docker', 'podman', 'nerdctl', 'finch'] as const;

export interface DockerConfig {
  auths?: Record<string, { auth?: string; [k: string]: unknown }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [key: string]: unknown;
}

export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker');
}

export function readDockerConfig(dir: string): DockerConfig {
  const path = join(dir, 'config.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InputError(`${path}: cannot read: ${(e as Error).message}`);
  }
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as DockerConfig;
  } catch (e) {
    throw new InputError(
      `${path} is not valid JSON (${(e as Error).message}); fix or remove it, it was left as it is`,
    );
  }
}

export function writeDockerConfig(dir: string, config: DockerConfig): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Docker itself writes config.json tab-indented.
  writeFileAtomic(join(dir, 'config.json'), `${JSON.stringify(config, null, '\t')}\n`, 0o600);
}

/** The `auth` value docker stores: base64 of `user:password`. */
export function authValue(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64');
}

/** A fingerprint of an auth value, so logout can tell its own entry without keeping the secret. */
export function fingerprint(auth: string): string {
  return createHash('sha256').update(auth).digest('hex').slice(0, 32);
}

/** Why docker would not use the `auths` entry for a registry, if it would not. */
export function shadowingOf(config: DockerConfig, registry: string): string | undefined {
  const helper = config.credHelpers?.[registry];
  if (helper) {
    return `credHelpers sends ${registry} to docker-credential-${helper}, so docker ignores the credentials written to auths; remove that entry or use --method docker`;
  }
  if (config.credsStore) {
    return `credsStore "${config.credsStore}" is set, so docker reads every credential from docker-credential-${config.credsStore}, not from auths; use --method docker, or remove credsStore`;
  }
  return undefined;
}

/** Merge credentials for one registry; returns the new config and the fingerprint of what was written. */
export function withCredentials(
  config: DockerConfig,
  registry: string,
  username: string,
  password: string,
): { config: DockerConfig; fingerprint: string } {
  const auth = authValue(username, password);
  return {
    config: { ...config, auths: { ...config.auths, [registry]: { auth } } },
    fingerprint: fingerprint(auth),
  };
}

/** Remove a registry's entry if it is still the one we wrote; says whether it did. */
export function withoutCredentials(
  config: DockerConfig,
  registry: string,
  expected: string,
): { config: DockerConfig; removed: boolean } {
  const entry = config.auths?.[registry];
  if (!entry?.auth || fingerprint(entry.auth) !== expected) return { config, removed: false };
  const { [registry]: _, ...rest } = config.auths!;
  return { config: { ...config, auths: rest }, removed: true };
}
