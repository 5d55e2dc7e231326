// A file owned by another user keeps its owner and mode when we replace it, as the docker CLI keeps
// them when it saves config.json: root under `sudo -E`, with the user's DOCKER_CONFIG, must not hand
// the user a root-owned 0600 config.json. Root only (only root can give a file away); a new
// credential file is 0600 in a 0700 folder.
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';
import { REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
/** A user and group that are not ours (no passwd entry needed). */
const USER = 54321;
const GROUP = 54322;
const root = process.getuid?.() === 0;
const asRoot = root ? test : test.skip;
if (!root) console.warn('skipped: only root can give a file to another user');

let em: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 0 });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-owner-'));
  env = { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), ...em.env() };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file of the other user's, mode 0640. */
function theirs(path: string, text: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chownSync(path, USER, GROUP);
  chmodSync(path, 0o640);
  return path;
}
const owner = (path: string) => {
  const st = statSync(path);
  return { uid: st.uid, gid: st.gid, mode: st.mode & 0o7777 };
};
const THEIRS = { uid: USER, gid: GROUP, mode: 0o640 };
const auths = (path: string) => Object.keys(JSON.parse(readFileSync(path, 'utf8')).auths);

asRoot('login --method config and logout keep the owner and mode of config.json', async () => {
  const config = theirs(join(dir, 'docker', 'config.json'), '{"auths":{}}\n');
  const login = await runCli(['login', '--method', 'config'], { env });
  expect(login.code).toBe(0);
  expect(auths(config)).toEqual([em.registryHost]);
  expect(owner(config)).toEqual(THEIRS);
  const logout = await runCli(['logout'], { env });
  expect(logout.stderr).toContain(`logged out of ${em.registryHost}`);
  expect(auths(config)).toEqual([]);
  expect(owner(config)).toEqual(THEIRS);
});

asRoot('login --containers-auth and logout keep the owner and mode of auth.json', async () => {
  const authFile = theirs(join(dir, 'containers', 'auth.json'), '{"auths":{}}\n');
  const withAuth = { ...env, REGISTRY_AUTH_FILE: authFile };
  const login = await runCli(['login', '--method', 'config', '--containers-auth'], { env: withAuth });
  expect(login.code).toBe(0);
  expect(auths(authFile)).toEqual([em.registryHost]);
  expect(owner(authFile)).toEqual(THEIRS);
  expect((await runCli(['logout'], { env: withAuth })).code).toBe(0);
  expect(auths(authFile)).toEqual([]);
  expect(owner(authFile)).toEqual(THEIRS);
});

asRoot('rewrite keeps the owner and mode of a Dockerfile (named, and found by a walk)', async () => {
  const named = theirs(join(dir, 'app', 'Dockerfile'), 'FROM node:20\n');
  const walked = theirs(join(dir, 'repo', 'svc', 'Dockerfile'), 'FROM alpine:3.20\n');
  expect((await runCli(['rewrite', ...FLAGS, named])).code).toBe(0);
  expect((await runCli(['rewrite', ...FLAGS, join(dir, 'repo')])).code).toBe(0);
  for (const path of [named, walked]) {
    expect(readFileSync(path, 'utf8')).toContain(REGISTRY);
    expect(owner(path)).toEqual(THEIRS);
  }
});

asRoot('mirrors --out keeps the owner and mode of the file it replaces', async () => {
  const out = theirs(join(dir, 'buildkitd.toml'), '# old\n');
  const r = await runCli(['mirrors', '--format', 'buildkitd', ...FLAGS, '--out', out]);
  expect(r.code).toBe(0);
  expect(readFileSync(out, 'utf8')).toContain(REGISTRY);
  expect(owner(out)).toEqual(THEIRS);
});

test('a new docker config: config.json and the session record 0600, in a folder made 0700', async () => {
  const r = await runCli(['login', '--method', 'config'], { env });
  expect(r.code).toBe(0);
  expect(statSync(join(dir, 'docker')).mode & 0o777).toBe(0o700);
  expect(statSync(join(dir, 'docker', 'config.json')).mode & 0o777).toBe(0o600);
  expect(statSync(join(dir, 'docker', 'ecr-pull-through-session.json')).mode & 0o777).toBe(0o600);
});
