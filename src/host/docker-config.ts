// The docker client config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`): credentials
// are merged into `auths` (or a registry sent to a credential helper in `credHelpers`) without
// touching anything else, the file is replaced atomically in its own layout (credential-file.ts),
// and entries that would shadow ours (credsStore, credHelpers) or that ours replaces are reported.
// The same `auths` format serves the containers auth.json (containers-auth.ts). What login replaces
// is kept for logout to put back (session.ts), and logout tells its own entry by a fingerprint.

import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { authSecrets, basicAuth } from '../core/credentials.js';
import { displayName } from '../core/display.js';
import { InputError } from '../core/errors.js';
import {
  type CredentialDocument,
  type DockerConfig,
  readCredentialDocument,
  writeCredentialFile,
} from './credential-file.js';
import { readRegularFile } from './files.js';
import { homeDirectory } from './home.js';
import type { SessionEntry } from './types.js';

export type { DockerConfig } from './credential-file.js';

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

/** The docker config folder: DOCKER_CONFIG, else `.docker` in the home directory; absolute. */
export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DOCKER_CONFIG || join(homeDir(env), '.docker'));
}

/** The home directory, or an input error that says what to set instead. */
function homeDir(env: NodeJS.ProcessEnv): string {
  const home = homeDirectory(env);
  if (home) return home;
  throw new InputError(
    'cannot find the home directory for the docker config (HOME is not set and this user has no passwd entry): set DOCKER_CONFIG or HOME',
  );
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

/** Merge credentials for one registry (an entry there keeps its place); returns the new config and the fingerprint of what was written. */
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

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What logout finds where a config-method login wrote an entry: the one it wrote; none of its own,
 * because the write never happened (a login killed between recording and writing: what it replaced
 * is still there) or the entry is gone; or one changed since, which is not ours to remove.
 */
export function recordedEntryState(
  config: DockerConfig,
  entry: SessionEntry,
): 'ours' | 'not-there' | 'changed' {
  const current = config.auths?.[entry.registry];
  const found = entryFingerprint(config, entry.registry);
  if (found !== undefined && found === entry.fingerprint) return 'ours';
  if (current === undefined) return 'not-there';
  const untouched = entry.replacedEntry ? sameJson(current, entry.replacedEntry) : found === entry.replaced;
  return untouched ? 'not-there' : 'changed';
}

/** The sections of a credential file that login writes one entry into. */
type Section = 'auths' | 'credHelpers';

/**
 * The config with a registry's entry in `section` put back as it was (`restore`, in its place) or
 * removed; a section the login created goes too once it is empty.
 */
export function withEntryUndone(
  config: DockerConfig,
  section: Section,
  registry: string,
  restore: unknown,
  created: SessionEntry['created'],
): DockerConfig {
  const { [registry]: _, ...rest } = config[section] ?? {};
  const entries = restore === undefined ? rest : { ...config[section], [registry]: restore };
  if (created && Object.keys(entries).length === 0) {
    const { [section]: __, ...others } = config;
    return others;
  }
  return { ...config, [section]: entries };
}

/** What a login creates besides its entry in `section`: the file, the section, or nothing. */
function createdBy(doc: CredentialDocument, section: Section): SessionEntry['created'] {
  if (!doc.exists) return 'file';
  return doc.config[section] === undefined ? 'section' : undefined;
}

/** What amazon-ecr-credential-helper is called in credHelpers: docker runs `docker-credential-ecr-login`. */
export const ECR_LOGIN_HELPER = 'ecr-login';

/** The program docker runs for a credential helper. */
export const helperProgram = (helper: string) => `docker-credential-${helper}`;

/** The config with a registry's credentials fetched by a credential helper. */
export function withHelper(config: DockerConfig, registry: string, helper: string): DockerConfig {
  return { ...config, credHelpers: { ...config.credHelpers, [registry]: helper } };
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
  const path = join(dir, 'config.json');
  const doc = readCredentialDocument(path);
  const before = doc.config.credHelpers?.[registry];
  if (before === ECR_LOGIN_HELPER) return;
  if (before)
    warn(
      `${displayName(path)} sends ${registry} to ${helperProgram(before)}: this login replaces it, and logout puts it back`,
    );
  const created = createdBy(doc, 'credHelpers');
  record({
    registry,
    method: 'helper',
    configDir: dir,
    ...(before && { replacedHelper: before }),
    ...(created && { created }),
  });
  writeCredentialFile(path, withHelper(doc.config, registry, ECR_LOGIN_HELPER), doc.layout);
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

/** Said when a login replaces credentials someone else put there: the engine's logout removes them, ours puts them back. */
export function replacingWarning(registry: string, path: string, putBack = false): string {
  return `${displayName(path)} already has credentials for ${registry}: this login replaces them, and logout ${putBack ? 'puts them back' : 'will remove them'}`;
}

/**
 * Merge a registry's credentials into a credential file (the docker config, a containers auth.json):
 * say when an entry is replaced, then record what is written (and the entry it replaces, for logout
 * to put back) before writing it, atomically (see writeCredentialFile). Recorded first: killed
 * before the write, logout finds nothing to remove; the other way round, it would not know the
 * credentials it should remove.
 */
export function credentialFileLogin(
  path: string,
  cred: FileCredentials,
  warn: (m: string) => void,
  record: (written: Pick<SessionEntry, 'fingerprint' | 'replaced' | 'replacedEntry' | 'created'>) => void,
  doc: CredentialDocument = readCredentialDocument(path),
): void {
  const replacedEntry = doc.config.auths?.[cred.registry];
  if (replacedEntry) warn(replacingWarning(cred.registry, path, true));
  const replaced = entryFingerprint(doc.config, cred.registry);
  const created = createdBy(doc, 'auths');
  const { config, fingerprint } = withCredentials(doc.config, cred.registry, cred.username, cred.password);
  record({
    fingerprint,
    ...(replaced && { replaced }),
    ...(replacedEntry && { replacedEntry }),
    ...(created && { created }),
  });
  writeCredentialFile(path, config, doc.layout);
  const readable = readableByOthers(path);
  if (readable) warn(readable);
}

/**
 * The secrets a session entry holds: those of the `auths` entry it replaced (its auth, in every form
 * the password takes, and any token or password field), masked by the action like its own.
 */
export function entrySecrets(entry: SessionEntry): string[] {
  const replaced = entry.replacedEntry;
  if (!replaced) return [];
  const secrets: string[] = [];
  for (const field of ['identitytoken', 'registrytoken', 'password'])
    if (typeof replaced[field] === 'string' && replaced[field]) secrets.push(replaced[field] as string);
  if (typeof replaced.auth === 'string' && replaced.auth) secrets.push(...authSecrets(replaced.auth));
  return [...new Set(secrets)];
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
