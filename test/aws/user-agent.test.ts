// Every AWS call names the product and its version in its user agent, so CloudTrail's userAgent
// field tells this tool's calls from the rest of the account's: seen where the stand-in is reached.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../emulator/index.js';
import { VERSION } from '../../src/version.js';
import { runCli } from '../helpers/cli.js';
import { type Front, startFront } from '../net/front.js';

let dir: string;
let em: Emulator;
let api: Front;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ept-ua-'));
  em = await startEmulator({ upstream: 'memory' });
  api = await startFront(em.apiUrl);
});
afterAll(async () => {
  await Promise.all([api.close(), em.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({
  PATH: '/usr/bin:/bin',
  HOME: dir,
  DOCKER_CONFIG: join(dir, 'docker'),
  ...em.env(),
  AWS_ENDPOINT_URL_ECR: api.url,
});
const operation = (headers: Front['seen'][number]['headers']) =>
  String(headers['x-amz-target']).split('.').pop();

test.each([
  ['login', ['login', '--method', 'config'], 'GetAuthorizationToken'],
  ['map (rules from ECR)', ['map', 'node:20'], 'DescribePullThroughCacheRules'],
])('%s: the request carries ecr-pull-through/VERSION in its user agent', async (_name, args, op) => {
  api.seen.length = 0;
  const r = await runCli(args, { env: env() });
  expect(r.code).toBe(0);
  const calls = api.seen.filter((s) => operation(s.headers) === op);
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) {
    expect(call.headers['user-agent']).toContain(`ecr-pull-through/${VERSION}`);
    expect(call.headers['x-amz-user-agent']).toContain(`ecr-pull-through/${VERSION}`);
  }
});

// The token call is signed here when the environment alone decides it (aws/direct/token-call.ts): the
// SDK, which names itself too, is then not even loaded. The stand-in checks the signature.
test.each([
  ['credentials in the environment, no shared config: signed here', {}, false],
  ['a shared config file: the SDK signs', { config: '[default]\nregion = us-east-1\n' }, true],
])('login, %s', async (_name, files, sdk) => {
  const home = mkdtempSync(join(dir, 'home-'));
  if ('config' in files) writeFileSync(join(home, 'config'), files.config);
  api.seen.length = 0;
  const r = await runCli(['login', '--method', 'config'], {
    env: { ...env(), HOME: home, AWS_CONFIG_FILE: join(home, 'config') },
  });
  expect(r.code).toBe(0);
  const [call] = api.seen.filter((s) => operation(s.headers) === 'GetAuthorizationToken');
  expect(call?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAEMULATOREXAMPLE1\//);
  expect(String(call?.headers['user-agent']).includes('aws-sdk-js')).toBe(sdk);
});

test('login in CodeBuild: credentials from the container endpoint, the call signed here with them', async () => {
  const { EMULATOR_ACCESS_KEY_ID, EMULATOR_SECRET_ACCESS_KEY } = await import('../../emulator/signature.js');
  const asked: string[] = [];
  const endpoint = createServer((req, res) => {
    asked.push(String(req.headers.authorization));
    res.end(
      JSON.stringify({
        AccessKeyId: EMULATOR_ACCESS_KEY_ID,
        SecretAccessKey: EMULATOR_SECRET_ACCESS_KEY,
        Token: 'codebuild-session',
        Expiration: '2099-01-01T00:00:00Z',
      }),
    );
  });
  await new Promise<void>((r) => endpoint.listen(0, '127.0.0.1', r));
  try {
    const home = mkdtempSync(join(dir, 'home-'));
    const rest: Record<string, string> = { ...env() };
    delete rest.AWS_ACCESS_KEY_ID;
    delete rest.AWS_SECRET_ACCESS_KEY;
    api.seen.length = 0;
    const r = await runCli(['login', '--method', 'config'], {
      env: {
        ...rest,
        HOME: home,
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/v2/credentials/x`,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: 'codebuild-auth',
      },
    });
    expect(r.code).toBe(0);
    expect(asked).toEqual(['codebuild-auth']);
    const [call] = api.seen.filter((s) => operation(s.headers) === 'GetAuthorizationToken');
    expect(call?.headers['x-amz-security-token']).toBe('codebuild-session');
    expect(String(call?.headers['user-agent']).includes('aws-sdk-js')).toBe(false);
  } finally {
    await new Promise((r) => endpoint.close(r));
  }
});
