// The action's flow outside GitHub: a buildspec-like shell script running npx on the packed
// tarball (offline), and a node script importing the library from it, both against the stand-in.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';

let em: Emulator;
let tmp: string;
let tarball: string;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 300 });
  tmp = mkdtempSync(join(tmpdir(), 'ept-buildspec-'));
  const name = execFileSync('npm', ['pack', '--pack-destination', tmp], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .trim()
    .split('\n')
    .pop()!;
  tarball = join(tmp, name);
}, 60_000);
afterAll(async () => {
  await em.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function project(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'svc'), { recursive: true });
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM node:20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n',
  );
  writeFileSync(join(dir, 'svc', 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
  return dir;
}

/**
 * npm with no way off loopback: --offline still asks registry.npmjs.org (npm exec resolved it), so
 * the registry is a closed loopback port and the update check is off.
 */
const NPM_LOOPBACK = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false' };

/** Run a process without blocking this event loop (the stand-in answers from it). */
function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

test('a buildspec shell script: npx login, rewrite, warm, logout on the packed tarball, offline', async () => {
  const dir = project('npx');
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    DOCKER_CONFIG: join(dir, '.docker'),
    ...NPM_LOOPBACK,
    ...em.env(),
  };
  const script = `set -e
x() { npx --yes --offline --cache "${join(tmp, 'cache')}" --package "${tarball}" ecr-pull-through "$@"; }
x login --method config
x rewrite .
x warm --from . --timeout 60s --json > warm.json
x logout
`;
  const r = await run('sh', ['-c', script], dir, env);
  expect(r.code).toBe(0);
  // The registry as ECR names it (the token's proxyEndpoint): the stand-in's address here.
  expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain(
    `FROM ${em.registryHost}/docker-hub/library/node:20 AS build`,
  );
  expect(readFileSync(join(dir, 'svc', 'compose.yaml'), 'utf8')).toContain(
    `image: ${em.registryHost}/docker-hub/library/nginx:1.27`,
  );
  const warmed = JSON.parse(readFileSync(join(dir, 'warm.json'), 'utf8'));
  expect(warmed.images.map((i: { status: string }) => i.status)).toEqual(['ready', 'ready', 'ready']);
  // The config was login's own: nothing left in it, it goes.
  expect(existsSync(join(dir, '.docker', 'config.json'))).toBe(false);
}, 120_000);

test('a node script importing the library from the tarball: prepare() does what the action does', async () => {
  const dir = project('lib');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(tmp, 'cache'), tarball],
    { cwd: dir, stdio: 'ignore', env: { ...process.env, ...NPM_LOOPBACK } },
  );
  writeFileSync(
    join(dir, 'prepare.mjs'),
    `import { prepare, logout } from 'ecr-pull-through';
const report = await prepare({ dockerfiles: ['**/Dockerfile'], files: ['**/compose.yaml'], loginMethod: 'config', warmTimeoutMs: 60000 });
await logout(report.session);
console.log(JSON.stringify({ registry: report.registry, images: report.images, files: report.rewrittenFiles.length,
  warmed: report.warmed.images.map((i) => i.status), failures: report.failures }));
`,
  );
  const env = { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: join(dir, '.docker'), ...em.env() };
  const r = await run(process.execPath, ['prepare.mjs'], dir, env);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.out.trim().split('\n').pop()!);
  expect(out).toEqual({
    registry: em.registryHost,
    images: {
      'node:20': `${em.registryHost}/docker-hub/library/node:20`,
      'alpine:3.20': `${em.registryHost}/docker-hub/library/alpine:3.20`,
      'nginx:1.27': `${em.registryHost}/docker-hub/library/nginx:1.27`,
    },
    files: 2,
    warmed: ['ready', 'ready', 'ready'],
    failures: [],
  });
}, 120_000);
