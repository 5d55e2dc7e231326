// The login use case: a token per region, one login per registry, by `docker login
// --password-stdin` (or podman, nerdctl, finch) or straight into the docker config. The password
// never goes into argv, logs or errors; logout removes exactly what login added. Each login is
// handed to the caller as it happens, so a failure or a kill later on leaves a session logout can undo.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RegistryCredentials } from '../core/credentials.js';
import { DEFAULT_LOGIN_METHOD } from '../core/defaults.js';
import { DEFAULT_TIMEOUT_MS } from '../core/timeouts.js';
import { containersAuthLogin, containersAuthPath } from '../host/containers-auth.js';
import { makeCredentialDir, readCredentialDocument } from '../host/credential-file.js';
import {
  credentialFileLogin,
  dockerConfigDir,
  ECR_LOGIN_HELPER,
  engineCredentialFiles,
  entrySecrets,
  hasEntryFor,
  helperLogin,
  helperProgram,
  type LOGIN_METHODS,
  replacingWarning,
  shadowingOf,
} from '../host/docker-config.js';
import { withFileLocks } from '../host/file-lock.js';
import { refuseNonRegular } from '../host/files.js';
import { findOnPath } from '../host/path-lookup.js';
import { entryFile, undoFileEntry } from '../host/session.js';
import type { Deadline, DeadlineOptions } from '../run/deadline.js';
import type { Run } from '../run/run.js';

export type { SessionEntry } from '../host/session.js';

import type { ProfileOption } from '../aws/region.js';
import type { TokenRequest } from '../aws/token.js';
import type { SessionEntry } from '../host/session.js';

export type LoginMethod = (typeof LOGIN_METHODS)[number];

/** What to log in to, and how (the rest of LoginOptions makes the run). */
export interface LoginRequest {
  readonly region?: string;
  /** Account ids or registry hosts, in any regions; empty: the caller's registry in the region. */
  readonly registries?: readonly string[];
  /** `auto` (default): docker when the engine is on PATH, else the config file. */
  readonly method?: LoginMethod;
  /** The container engine CLI for the docker method (docker, podman, nerdctl, finch, or a path). */
  readonly engine?: string;
  /** Where the docker config lives (default: DOCKER_CONFIG, else ~/.docker). */
  readonly dockerConfig?: string;
  /** Also write the containers auth.json (Podman, Buildah, Skopeo; see host/containers-auth.ts). */
  readonly containersAuth?: boolean;
  /**
   * Called with each session entry as soon as there is something for logout to undo: before the
   * config is written (config method; logout copes with a write that never happened), after the
   * engine accepted the login (docker method). Record it here, not from the result: a later
   * registry may fail. It is called holding the docker config's lock (host/file-lock.ts), so a
   * record kept beside the docker config (the CLI's) needs no lock of its own.
   */
  readonly onSessionEntry?: (entry: SessionEntry) => void;
  /** Credentials already fetched (the action shares them with warm). */
  readonly credentials?: readonly RegistryCredentials[];
}

export interface LoginOptions extends LoginRequest, DeadlineOptions, ProfileOption {
  /** Called with each secret the moment it is decoded (the action masks it). */
  readonly onSecret?: (secret: string) => void;
  readonly onWarning?: (message: string) => void;
  readonly env?: NodeJS.ProcessEnv;
}

export interface LoggedIn {
  readonly registry: string;
  readonly endpoint: string;
  readonly region: string;
  readonly account?: string;
  readonly expiresAt: Date;
  readonly method: 'docker' | 'config' | 'helper';
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
  const path = join(dir, 'config.json');
  const doc = readCredentialDocument(path);
  const shadow = shadowingOf(doc.config, cred.registry);
  if (shadow) warn(shadow);
  credentialFileLogin(
    path,
    cred,
    warn,
    (written) => record({ registry: cred.registry, method: 'config', configDir: dir, ...written }),
    doc,
  );
}

/**
 * Read, change and replace credential files holding their locks (host/file-lock.ts), so that
 * concurrent logins and logouts never lose each other's entries; `work` is synchronous.
 */
function locked<T>(files: readonly string[], deadline: Deadline | undefined, work: () => T): Promise<T> {
  for (const file of files) makeCredentialDir(file);
  return withFileLocks(files, deadline, work);
}

export async function login(options: LoginOptions = {}): Promise<LoginResult> {
  // The run (agents, sockets, the CA bundle) is loaded here, not with this module: logout needs none.
  const { withRun } = await import('./run.js');
  return withRun(options, DEFAULT_TIMEOUT_MS, (run) => logIn(run, options));
}

/** Registry credentials from GetAuthorizationToken, within a run of their own (the library's call). */
export async function getRegistryCredentials(request: TokenRequest): Promise<RegistryCredentials[]> {
  const [{ registryCredentials }, { withRun }] = await Promise.all([
    import('../aws/token.js'),
    import('./run.js'),
  ]);
  return withRun(request, undefined, (run) => registryCredentials(run, request));
}

/** Log in within `run` (its deadline, profile, environment and callbacks). */
export async function logIn(run: Run, options: LoginRequest): Promise<LoginResult> {
  const { env } = run;
  const warn = run.onWarning;
  const engine = options.engine ?? 'docker';
  const method = options.method ?? DEFAULT_LOGIN_METHOD;
  // The token is the only call login needs: it is asked for first, and the engine is looked for
  // while it travels.
  // The SDK is loaded here, not with this module: logout runs the engine or edits a file, no token.
  const pending = Promise.resolve(
    options.credentials ??
      import('../aws/token.js').then(({ registryCredentials }) =>
        registryCredentials(run, { region: options.region, registries: options.registries }),
      ),
  );
  const chosen: LoggedIn['method'] =
    method === 'auto' ? (findOnPath(engine, env) ? 'docker' : 'config') : method;
  // The engine's login (and child_process) only for the docker method, loaded while the token travels.
  const engineLoading = chosen === 'docker' ? import('../host/engine-login.js') : undefined;
  engineLoading?.catch(() => {});
  const credentials = await pending;
  const configDir = resolve(options.dockerConfig ?? dockerConfigDir(env));
  const configFile = join(configDir, 'config.json');
  const authFile = options.containersAuth ? containersAuthPath(env) : undefined;
  // Every credential file this login writes is checked before the first write: one that is not a
  // regular file (a FIFO, a device, a link to one) fails the login with nothing written.
  if (chosen !== 'docker') refuseNonRegular(configFile);
  if (authFile) refuseNonRegular(authFile);
  const dockerEnv = { ...env, DOCKER_CONFIG: configDir };
  const registries: LoggedIn[] = [];
  const session: SessionEntry[] = [];
  const record = (entry: SessionEntry) => {
    // What the entry keeps of a replaced entry is a secret the action masks like its own.
    for (const secret of entrySecrets(entry)) run.onSecret(secret);
    session.push(entry);
    options.onSessionEntry?.(entry);
  };
  // The docker config's lock is held for every record too: the CLI keeps its session beside it.
  const { deadline } = run;
  for (const cred of credentials) {
    if (chosen === 'docker') {
      warnIfEngineReplaces(engine, configDir, cred.registry, dockerEnv, warn);
      const { engineLogin } = await engineLoading!;
      await engineLogin(run, engine, cred, dockerEnv);
      await locked([configFile], deadline, () =>
        record({ registry: cred.registry, method: 'docker', engine, configDir }),
      );
    } else if (chosen === 'helper') {
      const found = !!findOnPath(helperProgram(ECR_LOGIN_HELPER), env);
      await locked([configFile], deadline, () => helperLogin(configDir, cred.registry, found, warn, record));
    } else {
      await locked([configFile], deadline, () => configLogin(configDir, cred, warn, record));
    }
    if (authFile)
      await locked([configFile, authFile], deadline, () => containersAuthLogin(authFile, cred, warn, record));
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

/**
 * Remove what a login session added, last entry first (a later login may have replaced an earlier
 * one's entry), putting back what each replaced; failures become warnings and the rest goes on.
 */
export async function logout(
  session: readonly SessionEntry[],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<{ removed: string[]; warnings: string[] }> {
  const env = options.env ?? process.env;
  const removed: string[] = [];
  const warnings: string[] = [];
  for (const entry of [...session].reverse()) {
    try {
      if (entry.method === 'docker') {
        const { engineLogout } = await import('../host/engine-login.js');
        await engineLogout(entry.engine ?? 'docker', entry.registry, {
          ...env,
          ...(entry.configDir && { DOCKER_CONFIG: entry.configDir }),
        });
      } else {
        const file = entryFile(entry, env);
        const undo = () => undoFileEntry(entry, env);
        // A folder that is gone holds no lock and no file: undoFileEntry says so.
        const undone = existsSync(dirname(file)) ? await withFileLocks([file], undefined, undo) : undo();
        if (undone === 'not-there') continue;
        if (undone !== 'removed') {
          warnings.push(undone);
          continue;
        }
      }
      if (!removed.includes(entry.registry)) removed.push(entry.registry);
    } catch (e) {
      warnings.push(`logout of ${entry.registry} failed: ${(e as Error).message}`);
    }
  }
  return { removed, warnings };
}
