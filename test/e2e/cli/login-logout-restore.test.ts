// Nothing lost, nothing left behind (issue 27, items 2-4): login with one method then another for the
// same registry, then logout, leaves config.json and the containers auth.json byte for byte as they
// were before the first login, an entry for the same host (with its `email`) that login replaced
// included; paths are recorded absolute, so logout from another directory still finds a relative
// REGISTRY_AUTH_FILE, and says so when a recorded file is gone.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';

let em: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory' });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-login-restore-'));
  mkdirSync(join(dir, 'docker'));
  mkdirSync(join(dir, 'elsewhere'));
  env = {
    PATH: '/usr/bin:/bin',
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    REGISTRY_AUTH_FILE: join(dir, 'containers', 'auth.json'),
    ...em.env(),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const configPath = () => join(dir, 'docker', 'config.json');
const authPath = () => join(dir, 'containers', 'auth.json');
const sessionPath = () => join(dir, 'docker', 'ecr-pull-through-session.json');

/** What was there before: another registry's entry, and one for the cache's host with an email. */
const existing = () => ({
  auths: {
    'ghcr.io': { auth: Buffer.from('octocat:ghp_example').toString('base64') },
    [em.registryHost]: {
      auth: Buffer.from('someone:earlier').toString('base64'),
      email: 'someone@example.com',
    },
  },
  psFormat: 'table {{.ID}}\t{{.Names}}',
});
/** As docker and podman write it (Go's json.MarshalIndent: tabs, no final newline). */
const asGoWrites = (value: object) => JSON.stringify(value, null, '\t');

const login = (method: string, options: { cwd?: string; extra?: string[] } = {}) =>
  runCli(['login', '--method', method, ...(options.extra ?? [])], { env, cwd: options.cwd });
const logout = (cwd?: string) => runCli(['logout'], { env, cwd });

describe.each([
  ['config', 'helper'],
  ['helper', 'config'],
])('login --method %s, then --method %s, then logout', (first, second) => {
  test('config.json and auth.json are byte for byte as before the first login', async () => {
    const before = asGoWrites(existing());
    writeFileSync(configPath(), before);
    mkdirSync(join(dir, 'containers'));
    writeFileSync(authPath(), before);
    for (const method of [first, second]) {
      const r = await login(method, { extra: ['--containers-auth'] });
      expect(r.stderr).not.toContain('ecr-pull-through:');
      expect(r.code).toBe(0);
    }
    // Both logins are there: the password in auths, the host sent to the helper.
    const during = JSON.parse(readFileSync(configPath(), 'utf8'));
    expect(Buffer.from(during.auths[em.registryHost].auth, 'base64').toString()).toMatch(/^AWS:/);
    expect(during.credHelpers).toEqual({ [em.registryHost]: 'ecr-login' });

    const out = await logout();
    expect(out.stderr).not.toContain('warning');
    expect(out.stderr).toContain(`logged out of ${em.registryHost}`);
    expect(out.code).toBe(0);
    expect(readFileSync(configPath(), 'utf8')).toBe(before);
    expect(readFileSync(authPath(), 'utf8')).toBe(before);
    expect(existsSync(sessionPath())).toBe(false);
  });
});

test('the replaced entry is said to come back at logout; logging in twice still puts back the first one', async () => {
  const before = `${JSON.stringify(existing(), null, 2)}\n`;
  writeFileSync(configPath(), before);
  const r = await login('config');
  expect(r.stderr).toContain(
    `already has credentials for ${em.registryHost}: this login replaces them, and logout puts them back`,
  );
  // The second login replaces the first one's own entry: the record still holds the one before.
  expect((await login('config')).code).toBe(0);
  expect(readFileSync(sessionPath(), 'utf8').match(/"registry"/g)).toHaveLength(1);
  expect((await logout()).code).toBe(0);
  expect(readFileSync(configPath(), 'utf8')).toBe(before);
});

test('no config before: none after', async () => {
  expect((await login('config')).code).toBe(0);
  expect((await login('helper')).code).toBe(0);
  expect((await logout()).code).toBe(0);
  expect(existsSync(configPath())).toBe(false);
  expect(existsSync(sessionPath())).toBe(false);
});

describe('a relative REGISTRY_AUTH_FILE', () => {
  test('is recorded absolute: logout from another directory restores it', async () => {
    const before = asGoWrites(existing());
    mkdirSync(join(dir, 'containers'));
    writeFileSync(authPath(), before);
    env.REGISTRY_AUTH_FILE = join('containers', 'auth.json');
    expect((await login('config', { cwd: dir, extra: ['--containers-auth'] })).code).toBe(0);
    expect(readFileSync(authPath(), 'utf8')).not.toBe(before);
    const out = await logout(join(dir, 'elsewhere'));
    expect(out.stderr).not.toContain('warning');
    expect(out.code).toBe(0);
    expect(readFileSync(authPath(), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'elsewhere', 'containers'))).toBe(false);
  });

  test('a recorded file that is gone is warned about', async () => {
    mkdirSync(join(dir, 'containers'));
    writeFileSync(authPath(), asGoWrites(existing()));
    env.REGISTRY_AUTH_FILE = join('containers', 'auth.json');
    expect((await login('config', { cwd: dir, extra: ['--containers-auth'] })).code).toBe(0);
    rmSync(join(dir, 'containers'), { recursive: true });
    const out = await logout(join(dir, 'elsewhere'));
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(`warning: ${em.registryHost}: ${authPath()} is gone`);
    // The docker config's entry was still removed.
    expect(out.stderr).toContain(`logged out of ${em.registryHost}`);
  });
});
