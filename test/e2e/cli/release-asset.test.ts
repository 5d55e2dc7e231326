// The release asset for places npm cannot reach (a VPC with no NAT): `npm run build:asset -- DIR`
// writes DIR/ecr-pull-through.tgz; unpacked in an empty directory with no node_modules anywhere above
// it, its cli.js runs every command against the stand-in. The release workflow attaches this file.

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { DIST, runCli } from '../../helpers/cli.js';

let em: Emulator;
let dir: string;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory' });
  dir = mkdtempSync(join(tmpdir(), 'ept-asset-'));
  execFileSync(process.execPath, ['scripts/build-asset.mjs', join(dir, 'out'), '--from', DIST], {
    stdio: 'pipe',
  });
  execFileSync('tar', ['-xzf', join(dir, 'out', 'ecr-pull-through.tgz')], { cwd: dir });
  rmSync(join(dir, 'out'), { recursive: true });
});
afterAll(async () => {
  await em.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The asset as a buildspec runs it: `node ecr-pull-through/cli.js ...`. */
const asset = (args: string[], cwd = dir) =>
  runCli(args, {
    cwd,
    script: join(dir, 'ecr-pull-through', 'cli.js'),
    env: { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), ...em.env() },
  });

test('the archive holds cli.js, its chunks and a package.json that makes them ES modules, nothing else', () => {
  const root = join(dir, 'ecr-pull-through');
  expect(readdirSync(root).sort()).toEqual(['cli', 'cli.js', 'package.json']);
  expect(readdirSync(join(root, 'cli')).sort()).toEqual(readdirSync(join(DIST, 'cli')).sort());
  expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).toEqual({ type: 'module' });
});

test('no node_modules can be reached from the asset', () => {
  for (let d = dir; d !== dirname(d); d = dirname(d)) expect(existsSync(join(d, 'node_modules'))).toBe(false);
});

test('login, map, rewrite, warm and doctor all run from the unpacked archive', async () => {
  const login = await asset(['login', '--method', 'config']);
  expect([login.code, login.stderr]).toEqual([0, expect.any(String)]);
  const config = JSON.parse(readFileSync(join(dir, 'docker', 'config.json'), 'utf8'));
  expect(Object.keys(config.auths)).toEqual([em.registryHost]);

  const map = await asset(['map', 'alpine:3.20']);
  expect([map.code, map.stdout]).toEqual([0, `${em.registryHost}/docker-hub/library/alpine:3.20\n`]);

  const project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'Dockerfile'), 'FROM alpine:3.20\nRUN true\n');
  const rewrite = await asset(['rewrite', 'Dockerfile'], project);
  expect(rewrite.code).toBe(0);
  expect(readFileSync(join(project, 'Dockerfile'), 'utf8')).toBe(
    `FROM ${em.registryHost}/docker-hub/library/alpine:3.20\nRUN true\n`,
  );

  const warm = await asset(['warm', 'alpine:3.20', '--json']);
  expect(warm.code).toBe(0);
  expect(JSON.parse(warm.stdout).images).toEqual([expect.objectContaining({ status: 'ready' })]);

  // The network probes are left out: whether a public S3 name resolves depends on the machine.
  const doctor = await asset(['doctor', '--skip-network']);
  expect(doctor.code).toBe(0);
  expect(doctor.stderr).toMatch(/ok +rule docker-hub: → registry-1\.docker\.io: valid/);
  expect(doctor.stderr).toMatch(/ok +ecr:GetAuthorizationToken: allowed/);

  const version = await asset(['--version']);
  expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
}, 60_000);
