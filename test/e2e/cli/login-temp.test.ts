// login --method config writes the docker config through the same atomic writer as rewrite: a temp
// file left by an interrupted login is removed by the next one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';

let em: Emulator;
let dir: string;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory' });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-login-temp-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('login --method config removes a stale temp file beside config.json', async () => {
  const docker = join(dir, 'docker');
  mkdirSync(docker);
  writeFileSync(join(docker, 'config.json'), '{}\n');
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  writeFileSync(join(docker, `.config.json.${dead}.0.tmp`), '{"auths":');
  const env = { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: docker, ...em.env() };
  const r = await runCli(['login', '--method', 'config'], { env });
  expect(r.code).toBe(0);
  expect(readdirSync(docker).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
