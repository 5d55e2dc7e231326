// What login records for logout, and what it says: nothing wrong written, nothing silent.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../emulator/index.js';
import { login, type SessionEntry } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { fakeEngine } from '../helpers/fake-engine.js';
import {
  engineRefusing,
  passwordForms,
  scriptedEngine,
  startTwoRegions,
  type TwoRegions,
} from '../helpers/login.js';

let em: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory' });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-session-'));
  env = { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), ...em.env() };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const configPath = () => join(dir, 'docker', 'config.json');
const sessionFile = () => join(dir, 'docker', 'ecr-pull-through-session.json');
const auths = (): Record<string, { auth?: string }> =>
  existsSync(configPath()) ? (JSON.parse(readFileSync(configPath(), 'utf8')).auths ?? {}) : {};
const writeConfig = (config: object) => {
  mkdirSync(join(dir, 'docker'), { recursive: true });
  writeFileSync(configPath(), JSON.stringify(config));
};
const someoneElse = { auth: Buffer.from('someone:else').toString('base64') };

describe('several registries, one login fails', () => {
  let two: TwoRegions;
  beforeAll(async () => {
    two = await startTwoRegions();
  });
  afterAll(() => two.stop());

  test('logout undoes the logins that succeeded before the failure', async () => {
    const engine = engineRefusing(two.west.registryHost);
    const run = { ...env, ...two.env(), PATH: `${engine.bin}:/usr/bin:/bin` };
    const r = await runCli(
      ['login', '--method', 'docker', '--registry', two.registries[0], '--registry', two.registries[1]],
      { env: run },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`login ${two.west.registryHost} (eu-west-1) failed`);
    const out = await runCli(['logout'], { env: run });
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(`logged out of ${two.east.registryHost}`);
    expect(out.stderr).not.toContain('nothing to log out of');
    const logouts = engine.calls().filter((c) => c.argv[0] === 'logout');
    expect(logouts.map((c) => c.argv)).toEqual([['logout', two.east.registryHost]]);
  });
});

describe('the session is recorded before the credentials are written', () => {
  test('a login that cannot record its session writes no credentials', async () => {
    mkdirSync(sessionFile(), { recursive: true }); // nothing can be written there
    const r = await runCli(['login', '--method', 'config'], { env });
    // A directory where the record goes is not a regular file: an input error (exit 2).
    expect(r.stderr).toContain(`${sessionFile()}: not a regular file (a directory)`);
    expect(r.code).toBe(2);
    expect(auths()[em.registryHost]).toBeUndefined();
  });

  test('library: onSessionEntry has each entry before its credentials are in the config', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, em.env());
    try {
      const seen: { entry: SessionEntry; written: boolean }[] = [];
      const result = await login({
        method: 'config',
        dockerConfig: join(dir, 'docker'),
        env,
        onSessionEntry: (entry: SessionEntry) =>
          seen.push({ entry, written: auths()[em.registryHost] !== undefined }),
      });
      expect(seen).toEqual([{ entry: result.session[0], written: false }]);
      expect(auths()[em.registryHost]).toBeDefined();
    } finally {
      process.env = saved;
    }
  });

  test('logout of an entry whose config write never happened: nothing to remove, no warning', async () => {
    // A login killed after recording its session and before writing the config leaves exactly this.
    for (const before of [
      { auths: { 'ghcr.io': { auth: 'Zm9vOmJhcg==' } } },
      { auths: { 'ghcr.io': { auth: 'Zm9vOmJhcg==' }, [em.registryHost]: someoneElse } },
    ]) {
      writeConfig(before);
      expect((await runCli(['login', '--method', 'config'], { env })).code).toBe(0);
      writeConfig(before);
      const out = await runCli(['logout'], { env });
      expect(out.code).toBe(0);
      expect(out.stderr).not.toContain('warning');
      expect(out.stderr).toContain('nothing to log out of');
      expect(JSON.parse(readFileSync(configPath(), 'utf8'))).toEqual(before);
    }
  });
});

describe('an existing entry for the host', () => {
  const replacing = (host: string, logout = 'will remove') =>
    new RegExp(`warning: .*${host.replace(/\./g, '\\.')}.*replaces.*logout ${logout}`);

  test('config method: login says it replaces the entry and that logout puts it back', async () => {
    const first = await runCli(['login', '--method', 'config'], { env });
    expect(first.code).toBe(0);
    expect(first.stderr).not.toMatch(replacing(em.registryHost, 'puts'));

    writeConfig({ auths: { [em.registryHost]: someoneElse } });
    const r = await runCli(['login', '--method', 'config'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(replacing(em.registryHost, 'puts them back'));
    expect(r.stderr).toContain(configPath());
  });

  test('docker method: an entry in the config the engine uses is said too (credsStore keeps only the host)', async () => {
    const engine = fakeEngine();
    writeConfig({ auths: { [em.registryHost]: {} }, credsStore: 'pass' });
    const r = await runCli(['login', '--method', 'docker'], {
      env: { ...env, PATH: `${engine.bin}:/usr/bin:/bin` },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(replacing(em.registryHost));
  });
});

describe('the password in debug output and engine errors', () => {
  const map = (nodeDebug: string) =>
    runCli(
      [
        'map',
        '--registry',
        '111122223333.dkr.ecr.us-east-1.amazonaws.com',
        '--rule',
        'docker-hub=registry-1.docker.io',
        'node:20',
      ],
      { env: { ...env, NODE_DEBUG: nodeDebug } },
    );

  // Parsed as Node parses NODE_DEBUG: comma-separated names, any case, `*` wildcards.
  test.each([
    ['http', 'http'],
    ['NET', 'net'],
    ['fs,tls', 'tls'],
    ['Fetch', 'fetch'],
    ['ht*', 'http, https, http2'],
    ['child_process', 'child_process'],
    ['*', 'http, https, http2, net, tls, fetch, undici, child_process'],
  ])(
    'NODE_DEBUG=%s prints secrets: refused at start (exit 2), naming %s and --debug',
    async (value, sections) => {
      const r = await map(value);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        `NODE_DEBUG=${value} turns on Node's debug output for ${sections}, which prints secrets`,
      );
      expect(r.stderr).toContain('--debug shows each request without a secret');
    },
  );

  test.each(['fs', 'module', 'httpx', 'stream,esm', ' http'])('NODE_DEBUG=%j: runs', async (value) => {
    const r = await map(value);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('NODE_DEBUG');
  });

  test('an engine repeating the password, raw or in base64, is redacted in the error', async () => {
    const engine = scriptedEngine(
      `echo "bad credentials: $pw $(printf %s "$pw" | base64 -w0) $(printf 'AWS:%s' "$pw" | base64 -w0)" >&2
exit 1`,
    );
    const r = await runCli(['login', '--method', 'docker'], {
      env: { ...env, PATH: `${engine.bin}:/usr/bin:/bin` },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad credentials: *** *** ***');
    const password = engine.calls()[0]!.stdin;
    for (const form of passwordForms(password)) expect(r.stderr).not.toContain(form);
  });
});

describe('a symlinked session file', () => {
  test('is replaced, never written through; config.json still writes through its link', async () => {
    mkdirSync(join(dir, 'docker'));
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'not ours\n');
    symlinkSync(outside, sessionFile());
    const realConfig = join(dir, 'dotfiles-config.json');
    writeFileSync(realConfig, JSON.stringify({ auths: {} }));
    symlinkSync(realConfig, configPath());

    const r = await runCli(['login', '--method', 'config'], { env });
    expect(r.code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('not ours\n');
    expect(lstatSync(sessionFile()).isFile()).toBe(true);
    expect(statSync(sessionFile()).mode & 0o777).toBe(0o600);
    expect(lstatSync(configPath()).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(realConfig, 'utf8')).auths[em.registryHost]).toBeDefined();

    const out = await runCli(['logout'], { env });
    expect(out.stderr).toContain(`logged out of ${em.registryHost}`);
    expect(JSON.parse(readFileSync(realConfig, 'utf8')).auths).toEqual({});
  });
});
