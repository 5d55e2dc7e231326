// Both ways the token call goes, side by side against the local stand-in under the same faults,
// through the real entry (`login --method config`): signed here (keys in the environment, no shared
// config file) and by the SDK (an empty shared config file exists, so a profile could say anything).
// The stand-in must see the same calls and users the same messages: one retry owner, one message
// shaper, one check of inputs and of answers.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, type FaultConfig, startEmulator } from '../../emulator/index.js';
import { type Ran, runMain } from '../helpers/run-main.js';

let em: Emulator;
let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory' });
});
afterAll(async () => {
  process.env = saved;
  await em.stop();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-token-paths-'));
  em.setFaults(undefined);
  em.setPermissions({ getAuthorizationToken: true });
});
afterEach(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

type Way = 'signed' | 'sdk';

/** The environment of each way: the same keys, region and endpoint; a shared config file or none. */
function environment(way: Way, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const home = join(dir, way);
  const config = join(home, 'config');
  mkdirSync(home, { recursive: true });
  if (way === 'sdk') writeFileSync(config, '');
  return {
    PATH: '/usr/bin:/bin',
    HOME: home,
    DOCKER_CONFIG: join(home, 'docker'),
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...em.env(),
    ...extra,
  };
}

interface Outcome extends Ran {
  /** The token calls the stand-in saw: status and injected fault, in order. */
  readonly calls: string[];
  /** Files login left in its home (the docker config, the session record). */
  readonly written: string[];
}

/** `login --method config` one way, with `faults` set afresh (the same faults for each way). */
async function login(way: Way, faults: FaultConfig | undefined, args: string[] = []): Promise<Outcome> {
  const env = environment(way);
  em.setFaults(faults);
  em.log.clear();
  process.env = { ...env };
  const ran = await runMain(['login', '--method', 'config', ...args], { env });
  process.env = saved;
  const docker = env.DOCKER_CONFIG!;
  return {
    ...ran,
    calls: em.log.entries
      .filter((e) => e.operation === 'GetAuthorizationToken')
      .map((e) => `${e.status}${e.fault ? ` ${e.fault}` : ''}`),
    written: existsSync(docker) ? readdirSync(docker) : [],
  };
}

async function both(faults: FaultConfig | undefined, args: string[] = []) {
  const signed = await login('signed', faults, args);
  const sdk = await login('sdk', faults, args);
  return { signed, sdk };
}

const onToken = (spec: FaultConfig['api']): FaultConfig => ({
  perOperation: { GetAuthorizationToken: spec! },
});

test('no fault: one call each way, the same registry printed', async () => {
  const { signed, sdk } = await both(undefined);
  expect(signed.calls).toEqual(['200']);
  expect(sdk.calls).toEqual(['200']);
  expect(signed.stdout).toBe(`${em.registryHost}\n`);
  expect(sdk.stdout).toBe(signed.stdout);
});

test('every call a 500: the same number of requests each way (our loop is the only one), the same message', async () => {
  const { signed, sdk } = await both(onToken({ rate: 1, kinds: ['5xx'] }));
  expect(signed.code).toBe(1);
  expect(sdk.code).toBe(1);
  expect(signed.calls).toEqual(Array(5).fill('500 5xx'));
  expect(sdk.calls).toEqual(signed.calls);
  expect(sdk.stderr).toBe(signed.stderr);
  expect(signed.stderr).toContain('GetAuthorizationToken for the default registry in us-east-1 failed');
});

test('AWS_MAX_ATTEMPTS is our loop’s attempt limit on both ways', async () => {
  const faults = onToken({ rate: 1, kinds: ['5xx'] });
  const env = { AWS_MAX_ATTEMPTS: '2' };
  for (const way of ['signed', 'sdk'] as const) {
    const e = environment(way, env);
    em.setFaults(faults);
    em.log.clear();
    process.env = { ...e };
    const r = await runMain(['login', '--method', 'config'], { env: e });
    process.env = saved;
    expect([way, r.code]).toEqual([way, 1]);
    expect([way, em.log.count({ operation: 'GetAuthorizationToken' })]).toEqual([way, 2]);
  }
});

test('throttled twice, then the token: three calls each way, and the login goes through', async () => {
  const { signed, sdk } = await both(onToken({ rate: 1, kinds: ['throttle'], times: 2 }));
  expect(signed.calls).toEqual(['400 throttle', '400 throttle', '200']);
  expect(sdk.calls).toEqual(signed.calls);
  expect([signed.code, sdk.code]).toEqual([0, 0]);
  expect(sdk.stdout).toBe(signed.stdout);
});

test('access denied: one call each way (not retried), the same message and hint', async () => {
  em.setPermissions({ getAuthorizationToken: false });
  const { signed, sdk } = await both(undefined);
  expect(signed.calls).toEqual(['400']);
  expect(sdk.calls).toEqual(['400']);
  expect(signed.code).toBe(1);
  expect(sdk.code).toBe(1);
  expect(sdk.stderr).toBe(signed.stderr);
  expect(signed.stderr).toContain('the caller lacks ecr:GetAuthorizationToken');
});

test('an endpoint that never answers: the deadline names the same endpoint each way', async () => {
  const { signed, sdk } = await both(onToken({ rate: 1, kinds: ['hang'] }), ['--timeout', '2s']);
  const host = new URL(em.apiUrl).host;
  expect([signed.code, sdk.code]).toEqual([1, 1]);
  expect(signed.stderr).toContain(host);
  // The same words each way; the time waited is each run's own (2 s, or a little more when busy).
  const waited = /within 2(\.\d)? s/;
  expect(signed.stderr).toMatch(waited);
  expect(sdk.stderr.replace(waited, 'within T')).toBe(signed.stderr.replace(waited, 'within T'));
  expect(signed.calls).toEqual(['0 hang']);
  expect(sdk.calls).toEqual(['0 hang']);
});

const token = (text: string) => Buffer.from(text).toString('base64');
const entry = (fields: Record<string, unknown>) =>
  JSON.stringify({
    authorizationData: [
      {
        authorizationToken: token('AWS:password'),
        proxyEndpoint: 'http://127.0.0.1:9',
        expiresAt: Math.floor(Date.now() / 1000) + 3600,
        ...fields,
      },
    ],
  });

test.each([
  ['authorizationData not a list', '{"authorizationData":"x"}', 'authorizationData is not a list'],
  ['no authorizationToken', entry({ authorizationToken: undefined }), 'has no authorizationToken'],
  ['no proxyEndpoint', entry({ proxyEndpoint: undefined }), 'has no proxyEndpoint'],
  [
    'a token without a colon',
    entry({ authorizationToken: token('AWSpassword') }),
    'does not decode to AWS:PASSWORD',
  ],
  [
    'a token with an empty password',
    entry({ authorizationToken: token('AWS:') }),
    'does not decode to AWS:PASSWORD',
  ],
  ['expiresAt 1e300', entry({ expiresAt: 1e300 }), 'is not a time within a day from now'],
  ['expiresAt in the past', entry({ expiresAt: 1 }), 'is not a time within a day from now'],
  [
    'a proxyEndpoint that is not http(s)',
    entry({ proxyEndpoint: 'file:///etc/passwd' }),
    'is not an http(s) URL',
  ],
  ['a body that is not JSON', 'not json', 'the body is not JSON'],
])(
  'a malformed answer (%s): the same "unexpected answer" each way, exit 1, nothing written or printed',
  async (_name, body, what) => {
    const { signed, sdk } = await both(onToken({ rate: 1, kinds: ['answer'], body }));
    const host = new URL(em.apiUrl).host;
    for (const r of [signed, sdk]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`unexpected answer from ${host}: `);
      expect(r.stderr).toContain(what);
      expect(r.stdout).toBe('');
      expect(r.written).toEqual([]);
      expect(r.calls).toEqual(['200 answer']);
      expect(r.stderr).not.toContain('password');
    }
    expect(sdk.stderr).toBe(signed.stderr);
  },
);

describe('a region that is not one host label', () => {
  // A TCP server counting connections: the signed call would come here over TLS.
  let capture: Server;
  let connections = 0;
  beforeAll(async () => {
    capture = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((r) => capture.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise((r) => capture.close(r)));

  test.each(['signed', 'sdk'] as const)(
    '%s: refused before any request (exit 2), naming the region',
    async (way) => {
      connections = 0;
      // With no endpoint configured the region makes the host: `us-east-1@HOST/x` would send the
      // signed request, session token and all, to HOST.
      const region = `us-east-1@127.0.0.1:${(capture.address() as AddressInfo).port}/x`;
      const env = environment(way, { AWS_SESSION_TOKEN: 'session-token' });
      delete env.AWS_ENDPOINT_URL_ECR;
      delete env.AWS_ENDPOINT_URL;
      process.env = { ...env };
      em.log.clear();
      const r = await runMain(['login', '--method', 'config', '--region', region, '--timeout', '5s'], {
        env,
      });
      process.env = saved;
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`"${region}" is not an AWS region`);
      expect(connections).toBe(0);
      expect(em.log.entries).toEqual([]);
    },
  );
});
