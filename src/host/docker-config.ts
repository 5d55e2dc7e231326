// The docker client config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`): credentials
// are merged into `auths` (or a registry sent to a credential helper in `credHelpers`) without
// touching anything else, the file is replaced atomically (a new one with mode 0600; one there keeps
// its mode and owner, as docker keeps them), and entries that would shadow ours (credsStore,
// credHelpers) or that ours replaces are reported. The same `auths` format
// serves the containers auth.json (containers-auth.ts). Also where else the password shows: its
// base64 forms (Node's debug output: node-debug.ts).

import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { basicAuth } from '../core/credentials.js';
import { displayName } from '../core/display.js';
import { InputError } from '../core/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { errnoText, FileInputError, readRegularFile } from './files.js';
import { homeDirectory } from './home.js';
import type { SessionEntry } from './types.js';

/** A registry's login, as a credential file stores it. */
export interface FileCredentials {
  readonly registry: string;
  readonly username: string;
  readonly password: string;
}

/** Container engine CLIs that take docker's login flags (`--username`, `--password-stdin`). */
export const ENGINES = ['docker', 'podman', 'nerdctl', 'finch'] as const;

/**
 * How login hands the credentials over: auto (docker when the engine is on PATH, else config),
 * docker (the engine's own login), config (`auths` written here), helper (`credHelpers` names
 * amazon-ecr-credential-helper).
 */
export const LOGIN_METHODS = ['auto', 'docker', 'config', 'helper'] as const;

export interface DockerConfig {
  auths?: Record<string, { auth?: string; [k: string]: unknown }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [key: string]: unknown;
}

/** The docker config folder: DOCKER_CONFIG, else `.docker` in the home directory. */
export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || join(homeDir(env), '.docker');
}

/** The home directory, or an input error that says what to set instead. */
function homeDir(env: NodeJS.ProcessEnv): string {
  const home = homeDirectory(env);
  if (home) return home;
  throw new InputError(
    'cannot find the home directory for the docker config (HOME is not set and this user has no passwd entry): set DOCKER_CONFIG or HOME',
  );
}

export function readDockerConfig(dir: string): DockerConfig {
  return readCredentialFile(join(dir, 'config.json'));
}

/** A credential file's text; missing: ''. Not a regular file: a NotRegularFileError (never opened for reading). */
function readCredentialText(path: string): string {
  try {
    return readRegularFile(path).bytes.toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    if (e instanceof FileInputError) throw e;
    throw new InputError(`${displayName(path)}: cannot read: ${errnoText(e)}`);
  }
}

/**
 * A credential file in docker's format: the docker config, or the containers auth.json that
 * Podman, Buildah and Skopeo read (its `auths` are the same). Missing or empty: `{}`.
 */
export function readCredentialFile(path: string): DockerConfig {
  const text = readCredentialText(path);
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as DockerConfig;
  } catch (e) {
    throw new InputError(
      `${displayName(path)} is not valid JSON (${(e as Error).message}); fix or remove it, it was left as it is`,
    );
  }
}

export function writeDockerConfig(dir: string, config: DockerConfig): void {
  writeCredentialFile(join(dir, 'config.json'), config);
}

/** The mode of a new credential file (it holds passwords), and of a folder created for one. */
export const CREDENTIAL_FILE_MODE = 0o600;
export const CREDENTIAL_DIR_MODE = 0o700;

/**
 * Replace a credential file atomically. A new one gets mode 0600 (it holds passwords) and its folder
 * 0700 when created; one already there keeps its mode and owner, as docker keeps them.
 */
export function writeCredentialFile(path: string, config: DockerConfig): void {
  mkdirSync(dirname(path), { recursive: true, mode: CREDENTIAL_DIR_MODE });
  // Docker itself writes config.json tab-indented.
  writeFileAtomic(path, `${JSON.stringify(config, null, '\t')}\n`, CREDENTIAL_FILE_MODE);
}

/** The `auth` value docker stores: base64 of `user:password`, as HTTP Basic auth sends it. */
export const authValue = basicAuth;

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

/** The fingerprint of a registry's `auths` entry, when it holds credentials. */
export function entryFingerprint(config: DockerConfig, registry: string): string | undefined {
  const auth = config.auths?.[registry]?.auth;
  return auth ? fingerprint(auth) : undefined;
}

/**
 * What logout finds where login recorded an entry: the one it wrote; none of its own, because the
 * write never happened (a login killed between recording and writing; `replaced` is what was there
 * before) or the entry is gone; or one changed since, which is not ours to remove.
 */
export function recordedEntryState(
  config: DockerConfig,
  registry: string,
  written: string,
  replaced?: string,
): 'ours' | 'not-there' | 'changed' {
  const current = entryFingerprint(config, registry);
  if (current === written) return 'ours';
  return current === undefined || current === replaced ? 'not-there' : 'changed';
}

/** The config without a registry's `auths` entry. */
export function withoutCredentials(config: DockerConfig, registry: string): DockerConfig {
  const { [registry]: _, ...rest } = config.auths ?? {};
  return { ...config, auths: rest };
}

/** What amazon-ecr-credential-helper is called in credHelpers: docker runs `docker-credential-ecr-login`. */
export const ECR_LOGIN_HELPER = 'ecr-login';

/** The program docker runs for a credential helper. */
export const helperProgram = (helper: string) => `docker-credential-${helper}`;

/** The config with a registry's credentials fetched by a credential helper. */
export function withHelper(config: DockerConfig, registry: string, helper: string): DockerConfig {
  return { ...config, credHelpers: { ...config.credHelpers, [registry]: helper } };
}

/** The config without a registry's credHelpers entry, or with the one it replaced put back. */
export function withoutHelper(config: DockerConfig, registry: string, restore?: string): DockerConfig {
  const { [registry]: _, ...rest } = config.credHelpers ?? {};
  return { ...config, credHelpers: restore ? { ...rest, [registry]: restore } : rest };
}

/**
 * `--method helper`: send the registry to amazon-ecr-credential-helper, which fetches a fresh token
 * for each pull (so a long job never meets an expired one) and keeps no password in the file.
 * Nothing is recorded when the entry is already there: this login added nothing to undo.
 */
export function helperLogin(
  dir: string,
  registry: string,
  helperFound: boolean,
  warn: (m: string) => void,
  record: (entry: SessionEntry) => void,
): void {
  if (!helperFound)
    warn(
      `${helperProgram(ECR_LOGIN_HELPER)} is not on PATH: docker cannot use the credHelpers entry for ${registry} until amazon-ecr-credential-helper is installed (the CodeBuild standard images have it)`,
    );
  const current = readDockerConfig(dir);
  const before = current.credHelpers?.[registry];
  if (before === ECR_LOGIN_HELPER) return;
  if (before)
    warn(
      `${join(dir, 'config.json')} sends ${registry} to ${helperProgram(before)}: this login replaces it, and logout puts it back`,
    );
  record({ registry, method: 'helper', configDir: dir, ...(before && { replacedHelper: before }) });
  writeDockerConfig(dir, withHelper(current, registry, ECR_LOGIN_HELPER));
}

/**
 * The credential files an engine's login writes (for the docker config: DOCKER_CONFIG as we pass it).
 * Podman keeps its own auth.json; docker, nerdctl and finch use the docker config.
 */
export function engineCredentialFiles(engine: string, configDir: string, env: NodeJS.ProcessEnv): string[] {
  if (basename(engine) !== 'podman') return [join(configDir, 'config.json')];
  const own =
    env.REGISTRY_AUTH_FILE || (env.XDG_RUNTIME_DIR && join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
  return own ? [own] : [];
}

/** Whether a credential file (docker or podman format) has an entry for the registry; unreadable: no. */
export function hasEntryFor(path: string, registry: string): boolean {
  try {
    const parsed = JSON.parse(readRegularFile(path).bytes.toString('utf8')) as DockerConfig;
    return Object.hasOwn(parsed?.auths ?? {}, registry);
  } catch {
    return false;
  }
}

/** Said when a login replaces credentials someone else put there. */
export function replacingWarning(registry: string, path: string): string {
  return `${displayName(path)} already has credentials for ${registry}: this login replaces them, and logout will remove them`;
}

/**
 * Merge a registry's credentials into a credential file (the docker config, a containers auth.json):
 * say when an entry is replaced, then record what is written before writing it, atomically (see
 * writeCredentialFile). Recorded first: killed before the write, logout finds nothing to remove; the other way
 * round, it would not know the credentials it should remove.
 */
export function credentialFileLogin(
  path: string,
  cred: FileCredentials,
  warn: (m: string) => void,
  record: (written: { fingerprint: string; replaced?: string }) => void,
  current: DockerConfig = readCredentialFile(path),
): void {
  if (current.auths?.[cred.registry]) warn(replacingWarning(cred.registry, path));
  const replaced = entryFingerprint(current, cred.registry);
  const { config, fingerprint } = withCredentials(current, cred.registry, cred.username, cred.password);
  record({ fingerprint, ...(replaced && { replaced }) });
  writeCredentialFile(path, config);
  const readable = readableByOthers(path);
  if (readable) warn(readable);
}

/**
 * Said when a credential file others may read now holds a password: a file there keeps its mode (as
 * docker keeps it), so the user's 0644 stays 0644; we say so rather than change it behind their back.
 */
function readableByOthers(path: string): string | undefined {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o044) === 0) return undefined;
  const shown = displayName(path);
  return `${shown} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}), and so can the password just written there: run chmod 600 ${shown}`;
}
