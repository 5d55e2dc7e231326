import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { INPUT_NAMES } from '../../../src/action/inputs.js';
import { fakeEngine } from '../../helpers/fake-engine.js';
import { parseCommandFile, runAction, runnerFiles } from '../../helpers/runner.js';

let em: Emulator;
let dir: string;
let ws: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 400 });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-action-'));
  ws = join(dir, 'workspace');
  mkdirSync(join(ws, 'services', 'api'), { recursive: true });
  mkdirSync(join(dir, 'temp'));
  writeFileSync(
    join(ws, 'Dockerfile'),
    'FROM node:20 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
  );
  writeFileSync(
    join(ws, 'services', 'api', 'Dockerfile'),
    'ARG BASE=bitnami/redis:7.4\nFROM ${BASE}\nFROM mcr.microsoft.com/dotnet/sdk:8.0\n',
  );
  writeFileSync(join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27 # front\n');
  writeFileSync(join(ws, 'README.md'), 'FROM node:20\n');
  env = {
    PATH: '/usr/bin:/bin',
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: join(dir, 'temp'),
    ...em.env(),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ecr = (path: string) => `${em.registryHost}/${path}`;

test('main: login, rewrite, warm, outputs, summary, annotations; post: logout; the password is never printed', async () => {
  const files = runnerFiles(dir);
  const engine = fakeEngine();
  const main = await runAction({
    inputs: {
      dockerfiles: '**/Dockerfile',
      files: 'compose.yaml',
      images: 'quay.io/prometheus/node-exporter:v1.8.0',
      'login-method': 'docker',
      'warm-timeout': '60s',
    },
    files,
    env: { ...env, PATH: `${engine.bin}:/usr/bin:/bin` },
    cwd: ws,
  });
  expect(main.stderr).toBe('');
  expect(main.code).toBe(0);

  // Outputs, parsed back from GITHUB_OUTPUT.
  const outputs = parseCommandFile(files.output);
  expect(Object.keys(outputs).sort()).toEqual([
    'buildkit-image',
    'buildkitd-config',
    'images',
    'registry',
    'rewritten-files',
    'source-policy',
    'warmed',
  ]);
  // Transparent mode's outputs, empty in rewrite mode.
  expect([outputs['source-policy'], outputs['buildkitd-config']]).toEqual(['', '']);
  expect(outputs.registry).toBe(em.registryHost);
  // For setup-buildx-action's driver-opts image=...: the builder BuildKit would pull from Docker Hub.
  expect(outputs['buildkit-image']).toBe(ecr('docker-hub/moby/buildkit:buildx-stable-1'));
  expect(JSON.parse(outputs.images!)).toEqual({
    'node:20': ecr('docker-hub/library/node:20'),
    'alpine:3.20': ecr('docker-hub/library/alpine:3.20'),
    'bitnami/redis:7.4': ecr('docker-hub/bitnami/redis:7.4'),
    'nginx:1.27': ecr('docker-hub/library/nginx:1.27'),
    'quay.io/prometheus/node-exporter:v1.8.0': ecr('quay/prometheus/node-exporter:v1.8.0'),
  });
  expect(JSON.parse(outputs['rewritten-files']!).sort()).toEqual(
    [join(ws, 'Dockerfile'), join(ws, 'compose.yaml'), join(ws, 'services', 'api', 'Dockerfile')].sort(),
  );
  const warmed = JSON.parse(outputs.warmed!);
  expect(warmed.images).toHaveLength(5);
  for (const w of warmed.images)
    expect(w).toMatchObject({ status: 'ready', digest: expect.stringMatching(/^sha256:/) });

  // The files, rewritten in place; others untouched.
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toBe(
    `FROM ${ecr('docker-hub/library/node:20')} AS build\nFROM ${ecr('docker-hub/library/alpine:3.20')}\nCOPY --from=build /app /app\n`,
  );
  expect(readFileSync(join(ws, 'services', 'api', 'Dockerfile'), 'utf8')).toContain(
    `ARG BASE=${ecr('docker-hub/bitnami/redis:7.4')}`,
  );
  expect(readFileSync(join(ws, 'README.md'), 'utf8')).toBe('FROM node:20\n');

  // The summary table, and an annotation on the line left alone.
  const summary = readFileSync(files.summary, 'utf8');
  expect(summary).toContain('<th>Image</th><th>Cache URI</th><th>Status</th><th>Seconds</th><th>Digest</th>');
  expect(summary).toContain(
    `<td><code>node:20</code></td><td><code>${ecr('docker-hub/library/node:20')}</code></td><td>✅ ready</td>`,
  );
  expect(summary).toContain('<code>services/api/Dockerfile</code>');
  const annotation = main.stdout
    .split('\n')
    .find((l) => l.startsWith('::warning ') && l.includes('mcr.microsoft.com'))!;
  expect(annotation).toMatch(/^::warning [^:]*\bfile=services\/api\/Dockerfile\b/);
  expect(annotation).toMatch(/^::warning [^:]*\bline=3\b/);
  expect(annotation).toContain(
    '::mcr.microsoft.com/dotnet/sdk:8.0: no pull-through rule for mcr.microsoft.com',
  );

  // The password: masked the moment it was decoded, and otherwise nowhere.
  const login = engine.calls().find((c) => c.argv[0] === 'login')!;
  expect(login.argv).not.toContain(login.stdin);
  const password = login.stdin;
  const masks = main.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
  expect(masks).toContain(`::add-mask::${password}`);
  // The AWS secret key from the environment, then one token for login and warm: three masks (the
  // token, the password, the password in base64), one GetAuthorizationToken.
  expect(masks).toEqual([
    `::add-mask::${env.AWS_SECRET_ACCESS_KEY}`,
    `::add-mask::${Buffer.from(`AWS:${password}`).toString('base64')}`,
    `::add-mask::${password}`,
    `::add-mask::${Buffer.from(password).toString('base64')}`,
  ]);
  const printed =
    main.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n') + main.stderr;
  expect(printed).not.toContain(password);
  expect(readFileSync(files.output, 'utf8')).not.toContain(password);
  expect(readFileSync(files.state, 'utf8')).not.toContain(password);
  expect(summary).not.toContain(password);

  // Post: the state comes back as STATE_*; logout undoes the login.
  const post = await runAction({
    inputs: {},
    files,
    env: { ...env, PATH: `${engine.bin}:/usr/bin:/bin` },
    cwd: ws,
    state: parseCommandFile(files.state),
  });
  expect(post.code).toBe(0);
  expect(post.stdout).toContain(`logged out of ${em.registryHost}`);
  expect(engine.calls().at(-1)!.argv).toEqual(['logout', em.registryHost]);
}, 60_000);

test('login only: one GetAuthorizationToken, no rules looked up, one log group; a bad boolean names its input', async () => {
  em.log.clear();
  const files = runnerFiles(dir);
  const r = await runAction({ inputs: { 'login-method': 'config' }, files, env, cwd: ws });
  expect(r.code).toBe(0);
  expect(em.log.countByOperation({ endpoint: 'api' })).toEqual({ GetAuthorizationToken: 1 });
  const outputs = parseCommandFile(files.output);
  expect(outputs.registry).toBe(em.registryHost);
  expect(outputs.images).toBe('{}');
  expect(r.stdout.split('\n').filter((l) => l.startsWith('::group::'))).toEqual(['::group::Log in to ECR']);
  expect(readFileSync(files.summary, 'utf8')).toContain(`Registry: <code>${em.registryHost}</code>`);
  // The files were not read, let alone rewritten.
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toContain('FROM node:20 AS build');

  const bad = await runAction({ inputs: { warm: 'yes' }, files: runnerFiles(dir), env, cwd: ws });
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain('::error::warm must be true or false');
}, 60_000);

test('fail-on-unmapped fails the job and writes nothing; the post step still runs cleanly', async () => {
  const files = runnerFiles(dir);
  const r = await runAction({
    inputs: {
      dockerfiles: '**/Dockerfile',
      'fail-on-unmapped': 'true',
      'login-method': 'config',
      warm: 'false',
    },
    files,
    env,
    cwd: ws,
  });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/::error::.*no pull-through rule for mcr\.microsoft\.com/);
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toContain('FROM node:20 AS build');
  const post = await runAction({ inputs: {}, files, env, cwd: ws, state: parseCommandFile(files.state) });
  expect(post.code).toBe(0);
  // The config was login's own: nothing left in it, it goes.
  expect(existsSync(join(dir, 'docker', 'config.json'))).toBe(false);
});

test('explicit rules, no login, no warm: no AWS call but the rules given', async () => {
  em.log.clear();
  const files = runnerFiles(dir);
  const r = await runAction({
    inputs: {
      registries: '111122223333.dkr.ecr.us-east-1.amazonaws.com',
      rules: 'docker-hub=registry-1.docker.io\n# comment\nquay=quay.io',
      dockerfiles: 'Dockerfile',
      login: 'false',
      warm: 'false',
    },
    files,
    env,
    cwd: ws,
  });
  expect(r.code).toBe(0);
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toContain(
    'FROM 111122223333.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/node:20 AS build',
  );
  expect(em.log.count({ endpoint: 'api' })).toBe(0);
});

test('a registry given as an account id becomes its registry host', async () => {
  const files = runnerFiles(dir);
  const r = await runAction({
    inputs: {
      registries: '444455556666',
      rules: 'docker-hub=registry-1.docker.io',
      dockerfiles: 'Dockerfile',
      login: 'false',
      warm: 'false',
    },
    files,
    env,
    cwd: ws,
  });
  expect(r.code).toBe(0);
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toContain(
    'FROM 444455556666.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/node:20 AS build',
  );
  expect(parseCommandFile(files.output).registry).toBe('444455556666.dkr.ecr.us-east-1.amazonaws.com');
});

test('bad inputs fail with a clear message', async () => {
  const files = runnerFiles(dir);
  const r = await runAction({ inputs: { 'login-method': 'keychain' }, files, env, cwd: ws });
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('::error::login-method must be auto, docker, config, helper, not "keychain"');
  const t = await runAction({
    inputs: { 'warm-timeout': 'soon', login: 'false', warm: 'false' },
    files,
    env,
    cwd: ws,
  });
  expect(t.stdout).toContain('::error::warm-timeout must be a duration');
});

test('action.yml declares exactly the inputs the code reads and the outputs it writes; node24; one bundle for main and post', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));
  expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  const source = readFileSync('src/action/inputs.ts', 'utf8');
  const read = [
    ...source.matchAll(
      /(?:getInput|getBooleanInput|getMultilineInput|list|lines|flag|duration)\('([a-z-]+)'/g,
    ),
  ].map((m) => m[1]);
  expect([...new Set(read)].sort()).toEqual([...INPUT_NAMES].sort());
  const main = readFileSync('src/action/main.ts', 'utf8');
  const written = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
  expect(written.sort()).toEqual(Object.keys(action.outputs).sort());
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
  expect(action.branding).toBeDefined();
  // Only inputs.ts reads inputs.
  for (const f of ['main.ts', 'summary.ts'])
    expect(readFileSync(`src/action/${f}`, 'utf8')).not.toMatch(/getInput|getBooleanInput|getMultilineInput/);
});
