// `login` and `logout`, in-process against the local ECR stand-in: the choices login refuses (exit 2),
// the helper method (credHelpers, no password written), the containers auth.json beside the docker
// config, and logout undoing each of them and nothing else.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runMain } from '../../helpers/run-main.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-cli-login-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  [['--method', 'keychain'], '--method must be auto, docker, config, helper, not "keychain"'],
  [['--engine', 'rocket'], '--engine must be docker, podman, nerdctl, finch or a path, not "rocket"'],
  [['--timeout', 'later'], '--timeout must be a duration'],
])('login %j is a usage error (exit 2)', async (flags, message) => {
  const r = await runMain(['login', ...flags], { env: { DOCKER_CONFIG: dir } });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toContain("Run 'ecr-pull-through login --help' for usage.");
  expect(r.stdout).toBe('');
});

test('logout with nothing recorded says so and exits 0', async () => {
  const r = await runMain(['logout'], { env: { DOCKER_CONFIG: dir } });
  expect(r).toEqual({ code: 0, stdout: '', stderr: 'nothing to log out of\n' });
});

describe('against the stand-in', () => {
  let em: Emulator;
  const saved = { ...process.env };
  beforeAll(async () => {
    em = await startEmulator({ upstream: 'memory' });
    // The SDK reads the process's environment (the library does not take io's).
    Object.assign(process.env, em.env());
  });
  afterAll(async () => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    await em.stop();
  });

  const docker = () => join(dir, 'docker');
  const configPath = () => join(docker(), 'config.json');
  const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
  const env = (extra: NodeJS.ProcessEnv = {}) => ({
    PATH: '/usr/bin:/bin',
    HOME: dir,
    DOCKER_CONFIG: docker(),
    ...extra,
  });
  const others = {
    auths: { 'ghcr.io': { auth: Buffer.from('me:pat').toString('base64') } },
    credsStore: 'desktop',
    credHelpers: { 'gcr.io': 'gcloud' },
    proxies: { default: { httpProxy: 'http://proxy:3128' } },
  };
  /** A `docker-credential-ecr-login` on PATH (only its presence matters to login). */
  const helperOnPath = () => {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'docker-credential-ecr-login'), '#!/bin/sh\nexit 1\n');
    chmodSync(join(bin, 'docker-credential-ecr-login'), 0o755);
    return `${bin}:/usr/bin:/bin`;
  };

  test('--method helper: credHelpers names ecr-login for the host, everything else kept, no password; logout takes it out', async () => {
    mkdirSync(docker());
    writeFileSync(configPath(), JSON.stringify(others));
    chmodSync(configPath(), 0o640);
    const r = await runMain(['login', '--method', 'helper'], { env: env({ PATH: helperOnPath() }) });
    expect(r.stderr).not.toContain('warning');
    expect([r.code, r.stdout]).toEqual([0, `${em.registryHost}\n`]);
    expect(r.stderr).toContain(`logged in to ${em.registryHost} (us-east-1, helper;`);
    const written = readJson(configPath());
    expect(written).toEqual({
      ...others,
      credHelpers: { 'gcr.io': 'gcloud', [em.registryHost]: 'ecr-login' },
    });
    // The file there keeps its mode, as docker keeps it.
    expect(statSync(configPath()).mode & 0o777).toBe(0o640);

    const out = await runMain(['logout'], { env: env() });
    expect(out.stderr).toBe(`logged out of ${em.registryHost}\n`);
    expect(readJson(configPath())).toEqual(others);
  });

  test('--method helper without docker-credential-ecr-login on PATH says so; a replaced helper is said and put back', async () => {
    mkdirSync(docker());
    writeFileSync(configPath(), JSON.stringify({ credHelpers: { [em.registryHost]: 'other' } }));
    const r = await runMain(['login', '--method', 'helper'], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'warning: docker-credential-ecr-login is not on PATH: docker cannot use the credHelpers entry',
    );
    expect(r.stderr).toContain(`sends ${em.registryHost} to docker-credential-other: this login replaces it`);
    expect(readJson(configPath()).credHelpers[em.registryHost]).toBe('ecr-login');
    await runMain(['logout'], { env: env() });
    expect(readJson(configPath())).toEqual({ credHelpers: { [em.registryHost]: 'other' } });
  });

  test('--method helper when the entry is already there: nothing to undo, logout leaves it', async () => {
    mkdirSync(docker());
    const before = { credHelpers: { [em.registryHost]: 'ecr-login' } };
    writeFileSync(configPath(), JSON.stringify(before));
    expect(
      (await runMain(['login', '--method', 'helper'], { env: env({ PATH: helperOnPath() }) })).code,
    ).toBe(0);
    expect((await runMain(['logout'], { env: env() })).stderr).toBe('nothing to log out of\n');
    expect(readJson(configPath())).toEqual(before);
  });

  test.each([
    [
      'REGISTRY_AUTH_FILE',
      (d: string) => ({ REGISTRY_AUTH_FILE: join(d, 'auth', 'mine.json') }),
      'auth/mine.json',
    ],
    ['XDG_RUNTIME_DIR', (d: string) => ({ XDG_RUNTIME_DIR: join(d, 'run') }), 'run/containers/auth.json'],
  ])(
    '--containers-auth (%s): the same credentials in the containers auth.json, its mode kept, others kept; logout removes both',
    async (_name, extra, where) => {
      const authFile = join(dir, where);
      mkdirSync(join(authFile, '..'), { recursive: true });
      writeFileSync(authFile, JSON.stringify({ auths: others.auths }));
      chmodSync(authFile, 0o640);
      const e = env(extra(dir));
      const r = await runMain(['login', '--method', 'config', '--containers-auth'], { env: e });
      expect(r.code).toBe(0);
      const fromDocker = readJson(configPath()).auths[em.registryHost].auth;
      const fromContainers = readJson(authFile);
      expect(fromContainers.auths).toEqual({ ...others.auths, [em.registryHost]: { auth: fromDocker } });
      expect(Buffer.from(fromDocker, 'base64').toString()).toMatch(/^AWS:.{20,}/);
      // The file there keeps its mode (a new one would be 0600).
      expect(statSync(authFile).mode & 0o777).toBe(0o640);

      const out = await runMain(['logout'], { env: e });
      expect(out.code).toBe(0);
      expect(readJson(authFile)).toEqual({ auths: others.auths });
      // config.json was login's own: nothing left in it, it goes.
      expect(existsSync(configPath())).toBe(false);
    },
  );

  test('without --containers-auth no containers auth.json is written', async () => {
    const authFile = join(dir, 'auth.json');
    const r = await runMain(['login', '--method', 'config'], { env: env({ REGISTRY_AUTH_FILE: authFile }) });
    expect(r.code).toBe(0);
    expect(existsSync(authFile)).toBe(false);
  });
});
