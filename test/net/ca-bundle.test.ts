// AWS_CA_BUNDLE (and the profile's ca_bundle) is the trust of every AWS and registry call, as the
// AWS CLI has it: a TLS endpoint whose certificate comes from a private CA (a TLS-inspecting
// proxy's, say; made here with openssl) is reached only when the bundle names that CA.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../emulator/index.js';
import { caBundleSource } from '../../src/aws/ca-bundle-setting.js';
import { runCli } from '../helpers/cli.js';
import { type Front, makeTestCa, startFront, type TestCa } from './front.js';

let dir: string;
let ca: TestCa;
let em: Emulator;
let api: Front;
let registry: Front;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ept-ca-'));
  ca = makeTestCa(dir);
  // The registry's front first: the stand-in names it as the token's proxyEndpoint.
  registry = await startFront('http://127.0.0.1:1', ca);
  em = await startEmulator({ upstream: 'memory', proxyEndpoint: registry.url });
  registry.target = em.registryUrl;
  api = await startFront(em.apiUrl, ca);
});
afterAll(async () => {
  await Promise.all([api.close(), registry.close(), em.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  PATH: '/usr/bin:/bin',
  HOME: dir,
  DOCKER_CONFIG: join(dir, 'docker'),
  ...em.env(),
  AWS_ENDPOINT_URL_ECR: api.url,
  AWS_CONFIG_FILE: join(dir, 'no-config'),
  ...extra,
});
const login = (extra?: NodeJS.ProcessEnv) =>
  runCli(['login', '--method', 'config', '--timeout', '20s'], { env: env(extra) });

test('without the CA, the TLS endpoint is refused: its certificate is not trusted', async () => {
  const seen = api.seen.length;
  const r = await login();
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/certificate|self.signed|unable to verify/i);
  expect(api.seen.length).toBe(seen);
});

test('AWS_CA_BUNDLE naming the CA: the token comes through the TLS endpoint', async () => {
  const r = await login({ AWS_CA_BUNDLE: ca.caFile });
  expect(r.stderr).toBe(r.code === 0 ? r.stderr : '');
  expect(r.code).toBe(0);
  expect(r.stdout.trim()).toBe(registry.host);
  expect(api.seen.some((s) => s.headers['x-amz-target']?.toString().endsWith('GetAuthorizationToken'))).toBe(
    true,
  );
});

test("the profile's ca_bundle, when AWS_CA_BUNDLE is not set", async () => {
  const config = join(dir, 'config');
  const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: key } = em.env();
  writeFileSync(
    config,
    `[default]\nregion = us-east-1\n\n[profile ci]\naws_access_key_id = ${id}\naws_secret_access_key = ${key}\nca_bundle = ${ca.caFile}\n`,
  );
  const e = env({ AWS_CONFIG_FILE: config, AWS_PROFILE: 'ci' });
  delete e.AWS_ACCESS_KEY_ID;
  delete e.AWS_SECRET_ACCESS_KEY;
  const r = await runCli(['login', '--method', 'config', '--timeout', '20s'], { env: e });
  expect(r.stderr).toBe(r.code === 0 ? r.stderr : '');
  expect(r.code).toBe(0);
});

test.each([
  ['AWS_CA_BUNDLE wins over the profile', { AWS_CA_BUNDLE: '/env.pem', AWS_PROFILE: 'ci' }, '/env.pem'],
  ['the profile AWS_PROFILE names', { AWS_PROFILE: 'ci' }, '/ci.pem'],
  ['[default] when no profile is named', {}, '/default.pem'],
  ['a profile with no ca_bundle', { AWS_PROFILE: 'plain' }, undefined],
])('where the bundle comes from (the SDK reads the profile): %s', async (_name, vars, path) => {
  const config = join(dir, 'sources-config');
  writeFileSync(
    config,
    '# comment\n[default]\nca_bundle = /default.pem\n[profile ci]\n; comment\nca_bundle = /ci.pem\n[profile plain]\nregion = eu-west-1\n',
  );
  expect((await caBundleSource({ HOME: dir, AWS_CONFIG_FILE: config, ...vars }))?.path).toBe(path);
});

test('registry calls trust the same bundle: warm reaches the TLS registry endpoint only with it', async () => {
  // The API plain, the registry behind TLS: what fails or passes here is the registry call.
  const args = ['warm', 'alpine:3.20', '--rule', 'docker-hub=registry-1.docker.io', '--timeout', '20s'];
  const plainApi = { AWS_ENDPOINT_URL_ECR: em.apiUrl };
  const refused = await runCli(args, { env: env(plainApi) });
  expect(refused.code).toBe(1);
  expect(registry.seen.length).toBe(0);
  const r = await runCli(args, { env: env({ ...plainApi, AWS_CA_BUNDLE: ca.caFile }) });
  expect(r.stderr).toBe(r.code === 0 ? r.stderr : '');
  expect(r.code).toBe(0);
  expect(registry.seen.some((s) => s.path.startsWith('/v2/docker-hub/library/alpine/manifests/'))).toBe(true);
});

test('a bundle that cannot be read is an input error that names where it came from', async () => {
  const r = await login({ AWS_CA_BUNDLE: join(dir, 'missing.pem') });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`cannot read the CA bundle ${join(dir, 'missing.pem')} (AWS_CA_BUNDLE)`);
});

test("prepare --profile: every phase of the run trusts that profile's ca_bundle", async () => {
  const config = join(dir, 'prepare-config');
  const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: key } = em.env();
  writeFileSync(
    config,
    `[default]\nregion = us-east-1\n\n[profile ci]\naws_access_key_id = ${id}\naws_secret_access_key = ${key}\nca_bundle = ${ca.caFile}\n`,
  );
  const e = env({ AWS_CONFIG_FILE: config });
  delete e.AWS_ACCESS_KEY_ID;
  delete e.AWS_SECRET_ACCESS_KEY;
  delete e.AWS_PROFILE;
  const seen = api.seen.length;
  const pulled = registry.seen.length;
  const args = [
    'prepare',
    '--profile',
    'ci',
    '--method',
    'config',
    '--images',
    'alpine:3.20',
    '--timeout',
    '20s',
  ];
  const r = await runCli(args, { env: e });
  expect(r.stderr).toBe(r.code === 0 ? r.stderr : '');
  expect(r.code).toBe(0);
  // The token, the rules and warm's calls all went through the TLS endpoint.
  const operations = api.seen.slice(seen).map((s) => s.headers['x-amz-target']?.toString().split('.').at(-1));
  expect(operations).toEqual(
    expect.arrayContaining(['GetAuthorizationToken', 'DescribePullThroughCacheRules', 'DescribeImages']),
  );
  expect(
    registry.seen.slice(pulled).some((s) => s.path.startsWith('/v2/docker-hub/library/alpine/manifests/')),
  ).toBe(true);
});
