// The bundled action beyond the default run: transparent mode (a BuildKit source policy instead of
// edited files), amazon-ecr-login's credential outputs (opt-in, masked before they are set), the
// helper login method, and each phase in its own log group.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { passwordForms } from '../../helpers/login.js';
import { parseCommandFile, runAction, runnerFiles } from '../../helpers/runner.js';

let em: Emulator;
let dir: string;
let ws: string;
let env: NodeJS.ProcessEnv;
let githubEnv: string;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 300 });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-action-modes-'));
  ws = join(dir, 'workspace');
  mkdirSync(join(ws, 'api'), { recursive: true });
  mkdirSync(join(dir, 'temp'));
  writeFileSync(
    join(ws, 'Dockerfile'),
    'FROM node:20 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
  );
  writeFileSync(join(ws, 'api', 'Dockerfile'), 'FROM bitnami/redis:7.4\n');
  writeFileSync(join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
  githubEnv = join(dir, 'github-env');
  writeFileSync(githubEnv, '');
  env = {
    PATH: '/usr/bin:/bin',
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    GITHUB_WORKSPACE: ws,
    GITHUB_ENV: githubEnv,
    RUNNER_TEMP: join(dir, 'temp'),
    ...em.env(),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ecr = (path: string) => `${em.registryHost}/${path}`;
const sources = () =>
  ['Dockerfile', 'api/Dockerfile', 'compose.yaml'].map((f) => readFileSync(join(ws, f), 'utf8'));
/** The password login wrote into the docker config (config method). */
const writtenPassword = () => {
  const auth = JSON.parse(readFileSync(join(dir, 'docker', 'config.json'), 'utf8')).auths[em.registryHost]
    .auth;
  return Buffer.from(auth, 'base64').toString().replace(/^AWS:/, '');
};
/** amazon-ecr-login's output suffix for the stand-in's host (127.0.0.1:PORT). */
const suffix = () => em.registryHost.replace(/[.-]/g, '_');

test('mode transparent: sources untouched, the policy in a private folder of RUNNER_TEMP and exported through GITHUB_ENV, every image warmed, outputs set', async () => {
  const before = sources();
  // What an earlier step (or a build of the workspace) may have left at the old fixed path: never followed.
  const ours = join(dir, 'precious');
  writeFileSync(ours, 'do not touch\n');
  mkdirSync(join(dir, 'temp', 'ecr-pull-through'));
  symlinkSync(ours, join(dir, 'temp', 'ecr-pull-through', 'source-policy.json'));
  const files = runnerFiles(dir);
  const r = await runAction({
    inputs: {
      mode: 'transparent',
      dockerfiles: '**/Dockerfile',
      files: 'compose.yaml',
      images: 'quay.io/prometheus/node-exporter:v1.8.0',
      'login-method': 'config',
      'warm-timeout': '60s',
    },
    files,
    env,
    cwd: ws,
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(sources()).toEqual(before);

  const outputs = parseCommandFile(files.output);
  const policy = outputs['source-policy']!;
  expect(dirname(dirname(policy))).toBe(join(dir, 'temp'));
  expect(basename(policy)).toBe('source-policy.json');
  expect(lstatSync(dirname(policy)).mode & 0o777).toBe(0o700);
  expect(lstatSync(dirname(policy)).isDirectory()).toBe(true);
  expect(readFileSync(ours, 'utf8')).toBe('do not touch\n');
  expect(parseCommandFile(githubEnv)).toEqual({ EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: policy });
  expect(JSON.parse(readFileSync(policy, 'utf8')).rules).toContainEqual({
    action: 'CONVERT',
    selector: { identifier: 'docker-image://docker.io/*' },
    updates: { identifier: `docker-image://${ecr('docker-hub')}/\${1}` },
  });
  expect(outputs['buildkitd-config']).toContain(
    `[registry."docker.io"]\n  mirrors = ["${ecr('docker-hub')}"]`,
  );
  expect(outputs['buildkit-image']).toBe(ecr('docker-hub/moby/buildkit:buildx-stable-1'));
  expect(JSON.parse(outputs['rewritten-files']!)).toEqual([]);
  expect(readFileSync(files.summary, 'utf8')).toContain(
    `Source policy: <code>${policy}</code> (exported as <code>EXPERIMENTAL_BUILDKIT_SOURCE_POLICY</code>)`,
  );
  // Warmed: what the files name (read, not rewritten) and the images input.
  const warmed = JSON.parse(outputs.warmed!).images as { image: string; status: string; uri: string }[];
  expect(warmed.map((w) => [w.image, w.status]).sort()).toEqual([
    ['alpine:3.20', 'ready'],
    ['bitnami/redis:7.4', 'ready'],
    ['nginx:1.27', 'ready'],
    ['node:20', 'ready'],
    ['quay.io/prometheus/node-exporter:v1.8.0', 'ready'],
  ]);
  expect(warmed.find((w) => w.image === 'node:20')!.uri).toBe(ecr('docker-hub/library/node:20'));
  expect(em.log.count({ operation: 'manifest', repository: 'docker-hub/library/node' })).toBeGreaterThan(0);
}, 60_000);

test('mode both: files rewritten and the policy exported; a mode the action does not know is an input error', async () => {
  const files = runnerFiles(dir);
  const r = await runAction({
    inputs: { mode: 'both', dockerfiles: 'Dockerfile', login: 'false', warm: 'false' },
    files,
    env,
    cwd: ws,
  });
  expect(r.code).toBe(0);
  expect(readFileSync(join(ws, 'Dockerfile'), 'utf8')).toContain(ecr('docker-hub/library/node:20'));
  expect(parseCommandFile(githubEnv).EXPERIMENTAL_BUILDKIT_SOURCE_POLICY).toBe(
    parseCommandFile(files.output)['source-policy'],
  );

  const bad = await runAction({
    inputs: { mode: 'magic', login: 'false', warm: 'false' },
    files: runnerFiles(dir),
    env,
    cwd: ws,
  });
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain('::error::mode must be rewrite, transparent, both, not "magic"');
});

test('credential-outputs: docker_username_* and docker_password_* parsed back from GITHUB_OUTPUT, the password masked before anything else', async () => {
  const files = runnerFiles(dir);
  const r = await runAction({
    inputs: { 'credential-outputs': 'true', 'login-method': 'config', warm: 'false' },
    files,
    env,
    cwd: ws,
  });
  expect(r.code).toBe(0);
  const password = writtenPassword();
  const outputs = parseCommandFile(files.output);
  expect(outputs[`docker_username_${suffix()}`]).toBe('AWS');
  expect(outputs[`docker_password_${suffix()}`]).toBe(password);
  // Masked: the runner registers ::add-mask:: values before it prints the rest; no other line holds it.
  const lines = r.stdout.split('\n');
  const masked = lines.indexOf(`::add-mask::${password}`);
  expect(masked).toBeGreaterThanOrEqual(0);
  const others = lines.filter((l) => !l.startsWith('::add-mask::'));
  for (const form of passwordForms(password)) expect(others.join('\n') + r.stderr).not.toContain(form);
});

test('without credential-outputs, no credential output is set and the password is in no output', async () => {
  const files = runnerFiles(dir);
  const r = await runAction({ inputs: { 'login-method': 'config', warm: 'false' }, files, env, cwd: ws });
  expect(r.code).toBe(0);
  const outputs = parseCommandFile(files.output);
  expect(Object.keys(outputs).filter((k) => k.startsWith('docker_'))).toEqual([]);
  expect(readFileSync(files.output, 'utf8')).not.toContain(writtenPassword());
});

test('login-method helper: credHelpers names ecr-login (warned: no helper on PATH); the post step takes it out', async () => {
  const files = runnerFiles(dir);
  const r = await runAction({ inputs: { 'login-method': 'helper', warm: 'false' }, files, env, cwd: ws });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('::warning::docker-credential-ecr-login is not on PATH');
  const config = () => JSON.parse(readFileSync(join(dir, 'docker', 'config.json'), 'utf8'));
  expect(config()).toEqual({ credHelpers: { [em.registryHost]: 'ecr-login' } });
  const post = await runAction({ inputs: {}, files, env, cwd: ws, state: parseCommandFile(files.state) });
  expect(post.code).toBe(0);
  expect(post.stdout).toContain(`logged out of ${em.registryHost}`);
  // The config was login's own: nothing left in it, it goes.
  expect(existsSync(join(dir, 'docker', 'config.json'))).toBe(false);
  expect(existsSync(join(dir, 'docker', 'ecr-pull-through-session.json'))).toBe(false);
});

test('each phase is a log group: login, rules, rewrite, warm', async () => {
  const files = runnerFiles(dir);
  const r = await runAction({
    inputs: { dockerfiles: 'Dockerfile', 'login-method': 'config', 'warm-timeout': '60s' },
    files,
    env,
    cwd: ws,
  });
  expect(r.code).toBe(0);
  const groups = r.stdout.split('\n').filter((l) => l.startsWith('::group::') || l === '::endgroup::');
  expect(groups).toEqual([
    '::group::Log in to ECR',
    '::endgroup::',
    '::group::Pull-through cache rules',
    '::endgroup::',
    '::group::Rewrite image references',
    '::endgroup::',
    // 'Dockerfile' has no slash: it matches by name in every folder (api/Dockerfile too).
    '::group::Warm 3 image(s)',
    '::endgroup::',
  ]);
  // Warm's progress lines are inside its group.
  const warmGroup = r.stdout.slice(r.stdout.indexOf('::group::Warm'));
  expect(warmGroup.slice(0, warmGroup.indexOf('::endgroup::'))).toContain('node:20: ready');
}, 60_000);
