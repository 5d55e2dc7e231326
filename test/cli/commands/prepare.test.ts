// `prepare`, in-process against the local ECR stand-in: the action's whole job from one command (one
// token, one discovery), what it writes and warms, the report on stdout, logout undoing its login,
// and the mistakes it refuses before asking AWS anything.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runMain } from '../../helpers/run-main.js';

let em: Emulator;
let dir: string;
let ws: string;
const saved = { ...process.env };

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 300 });
  // The SDK reads the process's environment (the library does not take io's).
  Object.assign(process.env, em.env());
});
afterAll(async () => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  await em.stop();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-cli-prepare-'));
  ws = join(dir, 'ws');
  mkdirSync(join(ws, 'api'), { recursive: true });
  writeFileSync(
    join(ws, 'Dockerfile'),
    'FROM node:20 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
  );
  writeFileSync(join(ws, 'api', 'Dockerfile'), 'FROM mcr.microsoft.com/dotnet/sdk:8.0\n');
  writeFileSync(join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27 # front\n');
  em.log.clear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ecr = (path: string) => `${em.registryHost}/${path}`;
const env = (extra: NodeJS.ProcessEnv = {}) => ({
  PATH: '/usr/bin:/bin',
  HOME: dir,
  DOCKER_CONFIG: join(dir, 'docker'),
  TMPDIR: dir,
  ...extra,
});
const auths = () => JSON.parse(readFileSync(join(dir, 'docker', 'config.json'), 'utf8')).auths;

test('one token and one discovery: files rewritten, every image warmed, the report on stdout; logout undoes the login', async () => {
  const r = await runMain(
    [
      'prepare',
      '--root',
      ws,
      '--dockerfiles',
      '**/Dockerfile',
      '--files',
      'compose.yaml',
      '--images',
      'quay.io/prometheus/node-exporter:v1.8.0',
      '--method',
      'config',
      '--timeout',
      '60s',
      '--json',
    ],
    { env: env() },
  );
  expect(r.stderr).not.toContain('error');
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.registry).toBe(em.registryHost);
  expect(report.images).toEqual({
    'node:20': ecr('docker-hub/library/node:20'),
    'alpine:3.20': ecr('docker-hub/library/alpine:3.20'),
    'nginx:1.27': ecr('docker-hub/library/nginx:1.27'),
    'quay.io/prometheus/node-exporter:v1.8.0': ecr('quay/prometheus/node-exporter:v1.8.0'),
  });
  expect(
    report.warmed.images.map((w: { image: string; status: string }) => [w.image, w.status]).sort(),
  ).toEqual([
    ['alpine:3.20', 'ready'],
    ['nginx:1.27', 'ready'],
    ['node:20', 'ready'],
    ['quay.io/prometheus/node-exporter:v1.8.0', 'ready'],
  ]);
  expect(report.notes).toEqual([
    expect.objectContaining({ file: join(ws, 'api', 'Dockerfile'), line: 1, unmapped: true }),
  ]);
  expect(report.failures).toEqual([]);
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toBe(
    `FROM ${ecr('docker-hub/library/node:20')} AS build\nFROM ${ecr('docker-hub/library/alpine:3.20')}\nCOPY --from=build /app /app\n`,
  );
  expect(readFileSync(join(ws, 'compose.yaml'), 'utf8')).toBe(
    `services:\n  web:\n    image: ${ecr('docker-hub/library/nginx:1.27')} # front\n`,
  );
  expect(r.stderr).toContain(`logged in to ${em.registryHost} (config)`);
  expect(r.stderr).toContain(`rewrote ${join(ws, 'compose.yaml')}`);
  expect(r.stderr).toMatch(
    /api\/Dockerfile:1: note: mcr\.microsoft\.com\/dotnet\/sdk:8\.0: no pull-through rule/,
  );
  // What "one token, one discovery" means, counted at the ECR API.
  const calls = em.log.countByOperation({ endpoint: 'api' });
  expect(calls.GetAuthorizationToken).toBe(1);
  expect(calls.DescribePullThroughCacheRules).toBe(1);
  // The password is in the config for the build, and nowhere in what was printed.
  const auth = auths()[em.registryHost].auth as string;
  const password = Buffer.from(auth, 'base64').toString().replace(/^AWS:/, '');
  expect(`${r.stdout}${r.stderr}`).not.toContain(password);
  expect(`${r.stdout}${r.stderr}`).not.toContain(auth);

  const out = await runMain(['logout'], { env: env() });
  expect(out.stderr).toContain(`logged out of ${em.registryHost}`);
  // The config was login's own: nothing left in it, it goes.
  expect(existsSync(join(dir, 'docker', 'config.json'))).toBe(false);
}, 60_000);

test('login only (nothing to map, rewrite or warm): one call, no rules looked up', async () => {
  const r = await runMain(['prepare', '--method', 'config', '--json'], { env: env() });
  expect(r.stderr).not.toContain('error');
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.registry).toBe(em.registryHost);
  expect(report.images).toEqual({});
  expect(report.warmed).toEqual({ images: [] });
  expect(auths()[em.registryHost]).toBeDefined();
  expect(em.log.countByOperation({ endpoint: 'api' })).toEqual({ GetAuthorizationToken: 1 });
});

/** A TCP relay before the stand-in's API endpoint that counts the connections made to it. */
async function countingRelay(target: string) {
  const { port } = new URL(target);
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((client) => {
    connections++;
    const upstream = connect(Number(port), '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

test('login and warm share one kept-alive connection to the ECR API', async () => {
  const relay = await countingRelay(em.apiUrl);
  const before = process.env.AWS_ENDPOINT_URL_ECR;
  process.env.AWS_ENDPOINT_URL_ECR = relay.url;
  try {
    const r = await runMain(
      [
        'prepare',
        '--method',
        'config',
        '--images',
        'alpine:3.20',
        '--rule',
        'docker-hub=registry-1.docker.io',
      ],
      { env: env() },
    );
    expect(r.code).toBe(0);
    const calls = em.log.countByOperation({ endpoint: 'api' });
    expect(calls.GetAuthorizationToken).toBe(1);
    // The token, then warm's polls: more than one request, all over the first connection.
    expect(em.log.count({ endpoint: 'api' })).toBeGreaterThan(1);
    expect(relay.connections()).toBe(1);
  } finally {
    process.env.AWS_ENDPOINT_URL_ECR = before;
    await relay.close();
  }
}, 60_000);

test('a pattern that matches nothing is a warning; with --strict the job fails and nothing is written', async () => {
  const base = [
    'prepare',
    '--root',
    ws,
    '--dockerfiles',
    '**/Dockerfile',
    '--dockerfiles',
    'docker/*.Dockerfile',
  ];
  const warned = await runMain([...base, '--no-login', '--no-warm'], { env: env() });
  expect(warned.code).toBe(0);
  expect(warned.stderr).toContain('warning: dockerfiles: "docker/*.Dockerfile" matches no file');
  writeFileSync(join(ws, 'Dockerfile'), 'FROM node:20\n');
  const strict = await runMain([...base, '--no-login', '--no-warm', '--strict'], { env: env() });
  expect(strict.code).toBe(1);
  expect(strict.stderr).toContain('error: dockerfiles: "docker/*.Dockerfile" matches no file');
  expect(strict.stderr).toMatch(
    /error: .*api\/Dockerfile:1: mcr\.microsoft\.com\/dotnet\/sdk:8\.0: no pull-through rule/,
  );
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toBe('FROM node:20\n');
});

test('--no-login: no credentials written, warm still gets its own token', async () => {
  const r = await runMain(
    ['prepare', '--root', ws, '--images', 'alpine:3.20', '--no-login', '--timeout', '60s'],
    {
      env: env(),
    },
  );
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('ready   alpine:3.20');
  expect(existsSync(join(dir, 'docker', 'config.json'))).toBe(false);
  expect(r.stdout).toBe('');
}, 60_000);

describe('--mode', () => {
  const files = () =>
    ['Dockerfile', 'api/Dockerfile', 'compose.yaml'].map((f) => readFileSync(join(ws, f), 'utf8'));

  test('transparent: files untouched, the source policy written, its export line on stdout, every image warmed', async () => {
    const before = files();
    const policy = join(dir, 'out', 'policy.json');
    const r = await runMain(
      [
        'prepare',
        '--root',
        ws,
        '--dockerfiles',
        '**/Dockerfile',
        '--files',
        'compose.yaml',
        '--mode',
        'transparent',
        '--source-policy',
        policy,
        '--method',
        'config',
        '--timeout',
        '60s',
      ],
      { env: env() },
    );
    expect(r.code).toBe(0);
    expect(files()).toEqual(before);
    // What a buildspec evaluates: `eval "$(npx ecr-pull-through prepare --mode transparent ...)"`.
    expect(r.stdout).toBe(`export EXPERIMENTAL_BUILDKIT_SOURCE_POLICY=${policy}\n`);
    const rules = JSON.parse(readFileSync(policy, 'utf8')).rules;
    expect(rules).toContainEqual({
      action: 'CONVERT',
      selector: { identifier: 'docker-image://docker.io/*' },
      updates: { identifier: `docker-image://${em.registryHost}/docker-hub/\${1}` },
    });
    expect(r.stderr).toContain(`wrote the BuildKit source policy ${policy}`);
    for (const image of ['node:20', 'alpine:3.20', 'nginx:1.27'])
      expect(r.stderr).toContain(`ready   ${image}`);
    expect(r.stderr).toContain('0 file(s) rewritten, 3 image(s) warmed');
  }, 60_000);

  test('both: files rewritten and the policy written; --json carries the path, the variable and buildkitd.toml', async () => {
    const policy = join(dir, 'policy.json');
    const r = await runMain(
      [
        'prepare',
        '--root',
        ws,
        '--dockerfiles',
        'Dockerfile',
        '--mode',
        'both',
        '--source-policy',
        policy,
        '--no-login',
        '--no-warm',
        '--json',
      ],
      { env: env() },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      rewrittenFiles: [join(ws, 'Dockerfile')],
      sourcePolicy: policy,
      env: { EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: policy },
    });
    expect(report.buildkitdConfig).toContain(
      `[registry."docker.io"]\n  mirrors = ["${em.registryHost}/docker-hub"]`,
    );
    expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toContain(ecr('docker-hub/library/node:20'));
    expect(existsSync(policy)).toBe(true);
  });

  test('rewrite (the default) writes no policy and prints no export line', async () => {
    const r = await runMain(
      ['prepare', '--root', ws, '--dockerfiles', 'Dockerfile', '--no-login', '--no-warm'],
      {
        env: env(),
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('source policy');
  });
});

describe('usage errors exit 2 before any AWS call', () => {
  test.each([
    [['--mode', 'sideways'], '--mode must be rewrite, transparent, both, not "sideways"'],
    [['--method', 'keychain'], '--method must be auto, docker, config, helper, not "keychain"'],
    [['Dockerfile'], 'prepare takes no arguments ("Dockerfile"); name files with --dockerfiles or --files'],
    [['--source-policy', 'p.json'], '--source-policy is for --mode transparent or both'],
    [['--concurrency', '0'], '--concurrency must be a whole number of at least 1, not "0"'],
    [['--timeout', 'soon'], '--timeout must be a duration'],
    [['--dockerfile', 'Dockerfile'], "Unknown option '--dockerfile'"],
    [['--no-login'], 'nothing to do: name --dockerfiles, --files or --images'],
  ])('%j', async (flags, message) => {
    const r = await runMain(['prepare', ...flags], { env: env() });
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Run 'ecr-pull-through prepare --help' for usage.");
    expect(r.stdout).toBe('');
    expect(em.log.count({ endpoint: 'api' })).toBe(0);
  });

  test('a pattern outside the root is an input error', async () => {
    const r = await runMain(['prepare', '--root', ws, '--dockerfiles', '../*/Dockerfile', '--no-login'], {
      env: env(),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dockerfiles: "../*/Dockerfile" points outside');
  });
});

test('--help names every option and the modes', async () => {
  const r = await runMain(['prepare', '--help']);
  expect(r.code).toBe(0);
  for (const flag of [
    '--dockerfiles',
    '--files',
    '--images',
    '--mode',
    '--json',
    '--timeout',
    '--registry',
    '--rule',
  ])
    expect(r.stderr).toContain(flag);
  expect(r.stderr).toContain('export EXPERIMENTAL_BUILDKIT_SOURCE_POLICY=PATH');
});
