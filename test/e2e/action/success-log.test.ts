// What the bundled action says on success, group by group, as the runner shows it: the registry
// logged in to (host, region, method, token expiry), the rules found (prefix → upstream), the
// files rewritten (count and names), and the warm summary. A login-only step names its registry.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runAction, runnerFiles } from '../../helpers/runner.js';

let em: Emulator;
let dir: string;
let ws: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 300 });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-action-log-'));
  ws = join(dir, 'workspace');
  mkdirSync(join(ws, 'api'), { recursive: true });
  writeFileSync(join(ws, 'Dockerfile'), 'FROM node:20\n');
  writeFileSync(join(ws, 'api', 'Dockerfile'), 'FROM alpine:3.20\n');
  writeFileSync(join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
  env = {
    PATH: '/usr/bin:/bin',
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    GITHUB_WORKSPACE: ws,
    ...em.env(),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The log's groups: title → the lines inside it (masks left out: the runner hides those). */
function groups(stdout: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let open: string[] | undefined;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('::group::')) out[line.slice('::group::'.length)] = open = [];
    else if (line === '::endgroup::') open = undefined;
    else if (open && !line.startsWith('::add-mask::')) open.push(line);
  }
  return out;
}

const LOGGED_IN = (host: string) =>
  new RegExp(
    `^logged in to ${host.replace(/[.]/g, '\\.')} \\(us-east-1, config; expires \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\)$`,
  );

test('login only: the one group names the registry, its region, the method and when the token expires', async () => {
  const r = await runAction({ inputs: { 'login-method': 'config' }, files: runnerFiles(dir), env, cwd: ws });
  expect([r.code, r.stderr]).toEqual([0, '']);
  const g = groups(r.stdout);
  expect(Object.keys(g)).toEqual(['Log in to ECR']);
  expect(g['Log in to ECR']).toEqual([expect.stringMatching(LOGGED_IN(em.registryHost))]);
}, 60_000);

test('a full run: each group says what it did', async () => {
  const r = await runAction({
    inputs: {
      'login-method': 'config',
      dockerfiles: '**/Dockerfile',
      files: 'compose.yaml',
      'warm-timeout': '60s',
    },
    files: runnerFiles(dir),
    env,
    cwd: ws,
  });
  expect([r.code, r.stderr]).toEqual([0, '']);
  const g = groups(r.stdout);
  expect(Object.keys(g)).toEqual([
    'Log in to ECR',
    'Pull-through cache rules',
    'Rewrite image references',
    'Warm 3 image(s)',
  ]);
  expect(g['Log in to ECR']).toEqual([expect.stringMatching(LOGGED_IN(em.registryHost))]);
  const rules = g['Pull-through cache rules']!;
  expect(rules[0]).toMatch(new RegExp(`^\\d+ pull-through cache rule\\(s\\) in ${em.registryHost}:$`));
  expect(rules).toContain('  docker-hub → docker.io');
  expect(g['Rewrite image references']).toEqual([
    'rewrote 3 of 3 file(s):',
    ...['Dockerfile', 'api/Dockerfile', 'compose.yaml'].map((f) => `  ${join(ws, f)}`).sort(),
  ]);
  const warm = g['Warm 3 image(s)']!;
  expect(warm.at(-1)).toMatch(/^3 image\(s\) ready in the cache \(\d+(\.\d)?s\)$/);
}, 60_000);

test('an image of a registry ECR cannot cache: a Left alone annotation, then one hint naming the alternatives', async () => {
  writeFileSync(
    join(ws, 'Dockerfile'),
    'FROM node:20\nFROM gcr.io/distroless/static\nFROM gcr.io/distroless/base\n',
  );
  const r = await runAction({
    inputs: { login: 'false', warm: 'false', dockerfiles: 'Dockerfile' },
    files: runnerFiles(dir),
    env,
    cwd: ws,
  });
  expect([r.code, r.stderr]).toEqual([0, '']);
  const lines = r.stdout.split('\n');
  expect(lines.filter((l) => l.startsWith('::warning title=Left alone,file=Dockerfile,'))).toHaveLength(2);
  const hints = lines.filter((l) => l.startsWith('hint: ECR pull-through cache cannot cache gcr.io ('));
  expect(hints).toHaveLength(1);
  expect(hints[0]).toContain('or let gcr.io through a NAT');
}, 60_000);
