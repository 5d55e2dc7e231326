// Every writer replaces regular files only: a FIFO, a socket, a character device (as root, made in a
// temp folder, never the real /dev), or a link to a FIFO where a writer would write is `PATH: not a
// regular file`, exit 2, with the node untouched and no temp file left, and nothing hangs (a FIFO
// opened for reading blocks until a writer comes: the time limit fails such a run).
import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  type Stats,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { startCli } from '../../helpers/spawn-cli.js';
import { REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
const root = process.getuid?.() === 0;
if (!root) console.warn('skipped: the character device cases need root (mknod)');

let em: Emulator;
let dir: string;
let servers: Server[] = [];

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 0 });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-special-'));
});
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

/** The kinds of node planted where a writer writes; each returns what the node must still be afterwards. */
const NODES: Record<string, (path: string) => Promise<(st: Stats) => boolean>> = {
  fifo: async (path) => {
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    return (st) => st.isFIFO();
  },
  socket: async (path) => {
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(path, resolve));
    return (st) => st.isSocket();
  },
  'link to a fifo': async (path) => {
    const fifo = join(dir, 'the-fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    symlinkSync(fifo, path);
    return (st) => st.isSymbolicLink() && statSync(path).isFIFO();
  },
  'character device': async (path) => {
    // /dev/null's numbers, in our own temp folder.
    expect(spawnSync('mknod', [path, 'c', '1', '3']).status).toBe(0);
    return (st) => st.isCharacterDevice();
  },
};

/** A writer: the node's path and the command line that writes there. */
interface Writer {
  readonly target: () => string;
  readonly args: () => string[];
  readonly env?: () => NodeJS.ProcessEnv;
}

const docker = () => join(dir, 'docker');
const loginEnv = () => ({ PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: docker(), ...em.env() });

const WRITERS: Record<string, Writer> = {
  'rewrite FILE': {
    target: () => join(dir, 'Dockerfile'),
    args: () => ['rewrite', ...FLAGS, join(dir, 'Dockerfile')],
  },
  'rewrite --stdout FILE': {
    target: () => join(dir, 'Dockerfile'),
    args: () => ['rewrite', '--stdout', ...FLAGS, join(dir, 'Dockerfile')],
  },
  'rewrite --check FILE': {
    target: () => join(dir, 'Dockerfile'),
    args: () => ['rewrite', '--check', ...FLAGS, join(dir, 'Dockerfile')],
  },
  'rewrite --diff FILE': {
    target: () => join(dir, 'Dockerfile'),
    args: () => ['rewrite', '--diff', ...FLAGS, join(dir, 'Dockerfile')],
  },
  'mirrors --out FILE': {
    target: () => join(dir, 'buildkitd.toml'),
    args: () => ['mirrors', '--format', 'buildkitd', ...FLAGS, '--out', join(dir, 'buildkitd.toml')],
  },
  'prepare --source-policy FILE': {
    target: () => join(dir, 'policy.json'),
    args: () => [
      'prepare',
      '--mode',
      'transparent',
      '--no-login',
      '--no-warm',
      '--images',
      'node:20',
      ...FLAGS,
      '--source-policy',
      join(dir, 'policy.json'),
    ],
  },
  'login: the docker config': {
    target: () => join(docker(), 'config.json'),
    args: () => ['login', '--method', 'config'],
    env: loginEnv,
  },
  'login: the containers auth.json': {
    target: () => join(dir, 'containers', 'auth.json'),
    args: () => ['login', '--method', 'config', '--containers-auth'],
    env: () => ({ ...loginEnv(), REGISTRY_AUTH_FILE: join(dir, 'containers', 'auth.json') }),
  },
  'login: the session record': {
    target: () => join(docker(), 'ecr-pull-through-session.json'),
    args: () => ['login', '--method', 'config'],
    env: loginEnv,
  },
};

const CASES = Object.keys(WRITERS).flatMap((writer) =>
  Object.keys(NODES).map((node) => [writer, node] as const),
);

test.each(CASES)(
  '%s on a %s: not a regular file, exit 2, the node untouched',
  async (name, node) => {
    if (node === 'character device' && !root) return;
    const writer = WRITERS[name]!;
    const target = writer.target();
    mkdirSync(dirname(target), { recursive: true });
    const still = await NODES[node]!(target);
    const r = await startCli(writer.args(), {
      cwd: dir,
      ...(writer.env && { env: writer.env() }),
      timeoutMs: 30_000,
    }).ended;
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toMatch(new RegExp(`${escape(target)}: (error: )?not a regular file`));
    expect(r.code).toBe(2);
    expect(still(lstatSync(target))).toBe(true);
    expect(temps(dirname(target))).toEqual([]);
    // Login got a token but wrote nothing: no other credential file either.
    if (name.startsWith('login')) {
      const config = join(docker(), 'config.json');
      if (config !== target && lstatSync(config, { throwIfNoEntry: false })?.isFile())
        expect(readFileSync(config, 'utf8')).not.toContain(em.registryHost);
    }
  },
  40_000,
);

describe('a walk', () => {
  test.each(['fifo', 'socket', 'character device'])(
    'a %s named like a Dockerfile is not a regular file: exit 2, never opened, nothing written',
    async (node) => {
      if (node === 'character device' && !root) return;
      mkdirSync(join(dir, 'app'));
      writeFileSync(join(dir, 'app', 'Dockerfile'), 'FROM node:20\n');
      const still = await NODES[node]!(join(dir, 'Dockerfile'));
      const r = await startCli(['rewrite', ...FLAGS, dir], { timeoutMs: 30_000 }).ended;
      expect(r.timedOut).toBe(false);
      expect(r.stderr).toContain(`${join(dir, 'Dockerfile')}: error: not a regular file`);
      expect(r.code).toBe(2);
      expect(still(lstatSync(join(dir, 'Dockerfile')))).toBe(true);
      expect(readFileSync(join(dir, 'app', 'Dockerfile'), 'utf8')).toBe('FROM node:20\n');
    },
    40_000,
  );

  test('a link named like a Dockerfile is not followed (to a FIFO or a file): left alone, the rest rewritten', async () => {
    await NODES['link to a fifo']!(join(dir, 'Dockerfile'));
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'Dockerfile'), 'FROM node:20\n');
    const r = await startCli(['rewrite', ...FLAGS, dir], { timeoutMs: 30_000 }).ended;
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'Dockerfile')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'Dockerfile')).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, 'app', 'Dockerfile'), 'utf8')).toContain(REGISTRY);
  }, 40_000);
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const temps = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));
