// HOME unset and a uid with no passwd entry (a container run as an arbitrary user): os.homedir()
// throws then. A command that needs the docker config says to set DOCKER_CONFIG or HOME (exit 2);
// commands that need no home (map, rewrite --stdout with --registry and --rule) never ask for it.
// Root only: the CLI runs as an unknown uid through setpriv, from a copy of dist/ it can read.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { DIST } from '../../helpers/cli.js';
import { ecr, REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
/** A uid with no passwd entry. */
const STRANGER = 54321;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
const usable = process.getuid?.() === 0 && setpriv !== undefined;
const maybe = usable ? test : test.skip;
if (!usable) console.warn('skipped: running the CLI as a uid with no passwd entry needs root and setpriv');

let em: Emulator;
let dir: string;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 0 });
});
afterAll(() => em.stop());
beforeEach(() => {
  // The stranger must read the bundle and the Dockerfile: a 0755 copy (the checkout's parents may be 0700).
  dir = mkdtempSync(join(tmpdir(), 'ept-home-'));
  chmodSync(dir, 0o755);
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), 'FROM node:20\n');
  chmodSync(join(dir, 'Dockerfile'), 0o644);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI as the stranger, with no HOME and no DOCKER_CONFIG (a time limit fails a hang). */
function asStranger(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(
    setpriv!,
    [
      `--reuid=${STRANGER}`,
      `--regid=${STRANGER}`,
      '--clear-groups',
      process.execPath,
      join(dir, 'dist', 'cli.js'),
      ...args,
    ],
    { cwd: dir, env: { PATH: '/usr/bin:/bin', ...env }, encoding: 'utf8', timeout: 30_000 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

maybe('login --method config: exit 2, set DOCKER_CONFIG or HOME; nothing crashes', () => {
  expect(spawnSync('getent', ['passwd', String(STRANGER)]).status).not.toBe(0);
  const r = asStranger(['login', '--method', 'config'], em.env());
  expect(r.stderr).toMatch(
    /^ecr-pull-through: cannot find the home directory.*: set DOCKER_CONFIG or HOME$/m,
  );
  expect(r.stderr).not.toMatch(/SystemError|ENOENT|\n\s+at /);
  expect(r.code).toBe(2);
});

maybe('map and rewrite --stdout need no home', () => {
  const map = asStranger(['map', ...FLAGS, 'node:20']);
  expect(map.stderr).toBe('');
  expect([map.code, map.stdout]).toEqual([0, `${ecr('docker-hub/library/node:20')}\n`]);
  const rewrite = asStranger(['rewrite', '--stdout', ...FLAGS, 'Dockerfile']);
  expect([rewrite.code, rewrite.stdout]).toEqual([0, `FROM ${ecr('docker-hub/library/node:20')}\n`]);
});
