// The container engine's own login: `docker login --password-stdin` (or podman, nerdctl, finch),
// and its logout. The password goes in on stdin, never into argv; the engine gets only the
// variables an engine reads (never AWS keys or tokens); what it says on stderr is redacted before
// it reaches an error; a failure is classified as transient (tried again) or not, and given a hint.

import { spawn } from 'node:child_process';
import type { RegistryCredentials } from '../core/credentials.js';
import { redact } from '../core/credentials.js';
import { OperationError } from '../core/errors.js';
import { DEFAULT_BACKOFF } from '../core/retry.js';
import { retry } from '../run/retry-loop.js';
import type { Run } from '../run/run.js';

/** What the engine's process said. */
interface EngineExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The variables an engine's login and logout read: where to find programs, home, config and
 * storage (docker, podman's auth.json, containers.conf and storage.conf, nerdctl's and finch's
 * settings), which daemon and how to reach it (host, context, TLS, proxies, CA certificates), the
 * locale, and what Windows needs to run a program. Nothing else goes to it: not the AWS keys,
 * session token or container credentials token.
 */
const ENGINE_VARIABLES = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'LANG',
  'LC_ALL',
  'XDG_RUNTIME_DIR',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'XDG_CACHE_HOME',
  'DOCKER_CONFIG',
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_TLS_VERIFY',
  'DOCKER_CERT_PATH',
  'DOCKER_API_VERSION',
  'REGISTRY_AUTH_FILE',
  'CONTAINER_HOST',
  'CONTAINER_CONNECTION',
  'CONTAINERS_CONF',
  'CONTAINERS_REGISTRIES_CONF',
  'CONTAINERS_STORAGE_CONF',
  'CONTAINERD_ADDRESS',
  'CONTAINERD_NAMESPACE',
  'NERDCTL_TOML',
  'FINCH_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'SYSTEMROOT',
  'SYSTEMDRIVE',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'TEMP',
  'TMP',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'PROGRAMDATA',
]);

/** Windows spells a variable's name in any case (`Path`); elsewhere case tells names apart (`http_proxy`). */
const windows = process.platform === 'win32';

/** The environment an engine runs with: only ENGINE_VARIABLES of `env`. */
export function engineEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => ENGINE_VARIABLES.has(windows ? name.toUpperCase() : name)),
  );
}

function runEngine(
  engine: string,
  args: string[],
  input: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<EngineExit> {
  return new Promise((resolve, reject) => {
    // The engine checks the credentials against the registry: a silent registry must not hold us.
    const child = spawn(engine, args, {
      env: engineEnvironment(env),
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(signal && { signal }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // an engine that exits early closes stdin; its exit code says why
    child.stdin.end(input);
  });
}

/** Transient engine failures worth another try; never an authentication failure. */
function engineFailureIsTransient(stderr: string): boolean {
  if (/unauthorized|denied|401|403|no basic auth/i.test(stderr)) return false;
  return /timeout|timed out|connection reset|connection refused|EOF|TLS handshake|429|50[0-4]|temporary/i.test(
    stderr,
  );
}

/** What the user can do about an engine's refusal, when its words say. */
function engineFailureHint(message: string, engine: string, region: string): string | undefined {
  if (/unauthorized|no basic auth|401/i.test(message))
    return `the registry refused the token: a token is valid only for its own region (${region}); check the registry host`;
  if (/cannot connect to the docker daemon|docker\.sock/i.test(message))
    return `${engine} could not reach its daemon; start it, or use --method config`;
  return undefined;
}

class EngineError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/**
 * `ENGINE login --username U --password-stdin REGISTRY`, tried again on transient failures, within
 * the deadline. A refusal is an OperationError with the engine's words, redacted, and a hint.
 */
export async function engineLogin(
  run: Run,
  engine: string,
  cred: RegistryCredentials,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const args = ['login', '--username', cred.username, '--password-stdin', cred.registry];
  await retry(
    async () => {
      let exit: EngineExit;
      try {
        exit = await run.watch(
          { service: 'ecr.dkr', host: cred.registry, operation: `${engine} login` },
          runEngine(engine, args, cred.password, env, run.signal),
        );
      } catch (e) {
        run.failIfExpired();
        const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
        throw new OperationError(
          `${engine} login ${cred.registry} failed: ${missing ? `${engine} is not installed or not on PATH` : (e as Error).message}`,
          missing
            ? `install ${engine}, or use --method config to write the docker config directly`
            : undefined,
        );
      }
      if (exit.code === 0) return;
      const said = redact(exit.stderr, cred.username, cred.password).trim();
      throw new EngineError(
        `${engine} login ${cred.registry} (${cred.region}) failed: ${said}`,
        engineFailureIsTransient(said),
      );
    },
    {
      policy: DEFAULT_BACKOFF,
      isRetryable: (e) => e instanceof EngineError && e.transient,
      signal: run.signal,
    },
  ).catch((e: unknown) => {
    if (!(e instanceof EngineError)) throw e;
    throw new OperationError(e.message, engineFailureHint(e.message, engine, cred.region));
  });
}

/** `ENGINE logout REGISTRY`; a refusal is thrown with what the engine said. */
export async function engineLogout(engine: string, registry: string, env: NodeJS.ProcessEnv): Promise<void> {
  const exit = await runEngine(engine, ['logout', registry], '', env);
  if (exit.code !== 0) throw new Error(exit.stderr.trim() || `${engine} logout exited ${exit.code}`);
}
