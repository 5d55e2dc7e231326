// The login use case: a token per region, one login per registry, by `docker login
// --password-stdin` (or podman, nerdctl, finch) or straight into the docker config. The password
// never goes into argv, logs or errors; logout removes exactly what login added. Each login is
// handed to the caller as it happens, so a failure or a kill later on leaves a session logout can undo.

import { join } from 'node:path';
import { getRegistryCredentials, type RegistryCredentials } from './aws/token.js';
import { DEFAULT_LOGIN_METHOD } from './core/defaults.js';
import { DEFAULT_TIMEOUT_MS } from './core/timeouts.js';
import { type Deadline, type DeadlineOptions, withinDeadline } from './deadline.js';
import {
  dockerConfigDir,
  engineCredentialFiles,
  entryFingerprint,
  hasEntryFor,
  readDockerConfig,
  recordedEntryState,
  replacingWarning,
  shadowingOf,
  withCredentials,
  withoutCredentials,
  writeDockerConfig,
} from './host/docker-config.js';
import { engineLogin, engineLogout, findOnPath } from './host/engine-login.js';

export type { SessionEntry } from './host/session.js';

import type { SessionEntry } from './host/session.js';

export type LoginMethod = 'auto' | 'docker' | 'config';

export interface LoginOptions extends DeadlineOptions {
  readonly region?: string;
  /** Account ids or registry hosts, in any regions; empty: the caller's registry in the region. */
  readonly registries?: readonly string[];
  /** `auto` (default): docker when the engine is on PATH, else the config file. */
  readonly method?: LoginMethod;
  /** The container engine CLI for the docker method (docker, podman, nerdctl, finch, or a path). */
  readonly engine?: string;
  /** Where the docker config lives (default: DOCKER_CONFIG, else ~/.docker). */
  readonly dockerConfig?: string;
  /** Called with each secret the moment it is decoded (the action masks it). */
  readonly onSecret?: (secret: string) => void;
  readonly onWarning?: (message: string) => void;
  /**
   * Called with each session entry as soon as there is something for logout to undo: before the
   * config is written (config method; logout copes with a write that never happened), after the
   * engine accepted the login (docker method). Record it here, not from the result: a later
   * registry may fail.
   */
  readonly onSessionEntry?: (entry: SessionEntry) => void;
  readonly env?: NodeJS.ProcessEnv;
  /** Credentials already fetched (the action shares them with warm). */
  readonly credentials?: readonly RegistryCredentials[];
}

export interface LoggedIn {
  readonly registry: string;
  readonly endpoint: string;
  readonly region: string;
  readonly account?: string;
  readonly expiresAt: Date;
  readonly method: 'docker' | 'config';
}

export interface LoginResult {
  readonly registries: readonly LoggedIn[];
  readonly session: readonly SessionEntry[];
  /** The credentials, for callers that go on to warm (never print them). */
  readonly credentials: readonly RegistryCredentials[];
}

const EXPIRY_WARNING_MS = 3600_000;

/** Warn when the engine's login will replace credentials already there (logout then removes them). */
function warnIfEngineReplaces(
  engine: string,
  configDir: string,
  registry: string,
  env: NodeJS.ProcessEnv,
  warn: (m: string) => void,
): void {
  for (const file of engineCredentialFiles(engine, configDir, env)) {
    if (hasEntryFor(file, registry)) warn(replacingWarning(registry, file));
  }
}

function configLogin(
  dir: string,
  cred: RegistryCredentials,
  warn: (m: string) => void,
  record: (entry: SessionEntry) => void,
): void {
  const current = readDockerConfig(dir);
  const shadow = shadowingOf(current, cred.registry);
  if (shadow) warn(shadow);
  if (current.auths?.[cred.registry]) warn(replacingWarning(cred.registry, join(dir, 'config.json')));
  const replaced = entryFingerprint(current, cred.registry);
  const { config, fingerprint } = withCredentials(current, cred.registry, cred.username, cred.password);
  // Recorded first: killed before the write, logout finds nothing to remove; the other way round,
  // it would not know the credentials it should remove.
  record({
    registry: cred.registry,
    method: 'config',
    configDir: dir,
    fingerprint,
    ...(replaced && { replaced }),
  });
  writeDockerConfig(dir, config);
}

export function login(options: LoginOptions = {}): Promise<LoginResult> {
  return withinDeadline(options, DEFAULT_TIMEOUT_MS, (deadline) => loginWithin(options, deadline));
}

async function loginWithin(options: LoginOptions, deadline: Deadline): Promise<LoginResult> {
  const env = options.env ?? process.env;
  const warn = options.onWarning ?? (() => {});
  const engine = options.engine ?? 'docker';
  const method = options.method ?? DEFAULT_LOGIN_METHOD;
  const chosen: 'docker' | 'config' =
    method === 'auto' ? (findOnPath(engine, env) ? 'docker' : 'config') : method;
  const credentials =
    options.credentials ??
    (await getRegistryCredentials({
      region: options.region,
      registries: options.registries,
      onSecret: options.onSecret,
      deadline,
    }));
  const configDir = options.dockerConfig ?? dockerConfigDir(env);
  const dockerEnv = { ...env, DOCKER_CONFIG: configDir };
  const registries: LoggedIn[] = [];
  const session: SessionEntry[] = [];
  const record = (entry: SessionEntry) => {
    session.push(entry);
    options.onSessionEntry?.(entry);
  };
  for (const cred of credentials) {
    if (chosen === 'docker') {
      warnIfEngineReplaces(engine, configDir, cred.registry, dockerEnv, warn);
      await engineLogin(engine, cred, dockerEnv, deadline);
      record({ registry: cred.registry, method: 'docker', engine, configDir });
    } else {
      configLogin(configDir, cred, warn, record);
    }
    const left = cred.expiresAt.getTime() - Date.now();
    if (left < EXPIRY_WARNING_MS) {
      warn(
        `the token for ${cred.registry} expires in ${Math.max(0, Math.round(left / 60_000))} min (${cred.expiresAt.toISOString()})`,
      );
    }
    registries.push({
      registry: cred.registry,
      endpoint: cred.endpoint,
      region: cred.region,
      ...(cred.account && { account: cred.account }),
      expiresAt: cred.expiresAt,
      method: chosen,
    });
  }
  return { registries, session, credentials };
}

/** Remove what a login session added; failures become warnings and the rest goes on. */
export async function logout(
  session: readonly SessionEntry[],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<{ removed: string[]; warnings: string[] }> {
  const env = options.env ?? process.env;
  const removed: string[] = [];
  const warnings: string[] = [];
  for (const entry of session) {
    try {
      if (entry.method === 'docker') {
        await engineLogout(entry.engine ?? 'docker', entry.registry, {
          ...env,
          ...(entry.configDir && { DOCKER_CONFIG: entry.configDir }),
        });
      } else {
        const dir = entry.configDir ?? dockerConfigDir(env);
        const config = readDockerConfig(dir);
        const state = recordedEntryState(config, entry.registry, entry.fingerprint ?? '', entry.replaced);
        if (state === 'not-there') continue;
        if (state === 'changed') {
          warnings.push(
            `${entry.registry}: left in ${join(dir, 'config.json')}: the entry changed after this login`,
          );
          continue;
        }
        writeDockerConfig(dir, withoutCredentials(config, entry.registry));
      }
      removed.push(entry.registry);
    } catch (e) {
      warnings.push(`logout of ${entry.registry} failed: ${(e as Error).message}`);
    }
  }
  return { removed, warnings };
}
