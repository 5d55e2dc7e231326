// The use case and its host helpers themselves, not the facade (which carries rewrite, mirrors and
// setup): login compiles only what it runs before its one request.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dockerConfigDir, ENGINES, LOGIN_METHODS } from '../../host/docker-config.js';
import { withFileLocks } from '../../host/file-lock.js';
import { forgetSession, loadSession, saveSession } from '../../host/session.js';
import { login, logout } from '../../use-cases/login.js';
import {
  type Command,
  EXIT,
  flagOneOf,
  PROFILE_OPTION,
  profileOption,
  TIMEOUT_OPTION,
  timeoutHelp,
  timeoutOption,
  UsageError,
} from '../command.js';

export const loginCommand: Command = {
  name: 'login',
  summary: 'log in to ECR registries (docker login, the docker config, or a credential helper)',
  options: {
    registry: { type: 'string', multiple: true },
    region: { type: 'string' },
    ...PROFILE_OPTION,
    method: { type: 'string' },
    engine: { type: 'string' },
    'containers-auth': { type: 'boolean' },
    json: { type: 'boolean' },
    ...TIMEOUT_OPTION,
  },
  help: `Usage: ecr-pull-through login [--registry ACCOUNT_OR_HOST]... [options]

Gets an ECR authorization token (one per region) and logs in to each registry. Prints each
registry host on stdout. The password goes to the engine on stdin, never in arguments.

Options:
  --registry X            an account id or registry host (repeat; any regions;
                          default: the caller's own registry in the region)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
  --method M              auto (default: docker when the engine is on PATH, else config),
                          docker (ENGINE login --password-stdin), config (write auths into
                          $DOCKER_CONFIG/config.json, merged, atomically; a new file gets mode
                          0600, one there keeps its mode and owner), or
                          helper (credHelpers: HOST -> ecr-login, for amazon-ecr-credential-helper,
                          which fetches fresh credentials for every pull; no password written)
  --engine E              docker (default), podman, nerdctl, finch, or a path to one
  --containers-auth       also write the credentials into the containers auth.json that Podman,
                          Buildah and Skopeo read: REGISTRY_AUTH_FILE, else
                          $XDG_RUNTIME_DIR/containers/auth.json (merged, atomically, as config)
  --json                  print [{"registry","endpoint","region","expiresAt","method"}] on stdout
${timeoutHelp()}

'ecr-pull-through logout' removes what login added.`,

  async run(v, _positionals, io) {
    const method = flagOneOf(LOGIN_METHODS, v.method, '--method') ?? 'auto';
    const engine = v.engine as string | undefined;
    if (engine && !engine.includes('/') && !(ENGINES as readonly string[]).includes(engine)) {
      throw new UsageError(`--engine must be ${ENGINES.join(', ')} or a path, not "${engine}"`);
    }
    const dir = dockerConfigDir(io.env);
    const result = await login({
      region: v.region as string | undefined,
      registries: v.registry as string[] | undefined,
      method,
      engine,
      containersAuth: Boolean(v['containers-auth']),
      env: io.env,
      onWarning: (m) => io.err(`warning: ${m}`),
      // Saved one by one (login holds the docker config's lock then): when a later registry
      // fails, logout still undoes the ones done.
      onSessionEntry: (entry) => saveSession(dir, [entry]),
      ...profileOption(v),
      ...timeoutOption(v),
    });
    for (const r of result.registries) {
      io.err(`logged in to ${r.registry} (${r.region}, ${r.method}; expires ${r.expiresAt.toISOString()})`);
    }
    const rows = result.registries.map((r) => ({ ...r, expiresAt: r.expiresAt.toISOString() }));
    io.out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.registry}\n`).join(''));
    return EXIT.ok;
  },
};

export const logoutCommand: Command = {
  name: 'logout',
  summary: 'remove the credentials that login added',
  options: {},
  help: `Usage: ecr-pull-through logout

Removes exactly what 'ecr-pull-through login' added, and puts back the entries it replaced
(recorded beside the docker config, mode 0600). Failures are reported as warnings and the rest
goes on.`,

  async run(_values, _positionals, io) {
    const dir = dockerConfigDir(io.env);
    const session = loadSession(dir);
    const { removed, warnings } = await logout(session, { env: io.env });
    for (const w of warnings) io.err(`warning: ${w}`);
    for (const r of removed) io.err(`logged out of ${r}`);
    if (removed.length === 0 && warnings.length === 0) io.err('nothing to log out of');
    // Only what this logout handled leaves the record: a login meanwhile keeps its entries.
    if (session.length > 0 && existsSync(dir))
      await withFileLocks([join(dir, 'config.json')], undefined, () => forgetSession(dir, session));
    return EXIT.ok;
  },
};
