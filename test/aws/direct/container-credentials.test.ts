// The container credentials reader against the SDK's own (@aws-sdk/credential-provider-http's
// fromHttp, the provider the default chain asks): which URLs each takes, which URI wins, the
// Authorization header from a token or a token file, no proxy, and the checks of the answer.
// Only loopback endpoints are ever asked; for the link-local and IPv6 container hosts only the
// URL decisions are compared (fromHttp checks its URL when it is made, before any request).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHttp } from '@aws-sdk/credential-provider-http';
import fc from 'fast-check';
import {
  containerCredentials,
  containerCredentialsUrl,
} from '../../../src/aws/direct/container-credentials.js';
import { openRun } from '../../../src/use-cases/run.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const saved = { ...process.env };
let dir: string;
let server: Server;
let proxy: Server;
let body = '';
let seen: { path: string; authorization: string | undefined }[] = [];
let proxied = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ept-container-'));
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  proxy = createServer((_req, res) => {
    proxied++;
    res.writeHead(502).end();
  });
  await Promise.all([server, proxy].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await Promise.all(
    [server, proxy].map((s) => {
      const closed = new Promise((r) => s.close(r));
      s.closeAllConnections();
      return closed;
    }),
  );
});
beforeEach(() => {
  process.env = { ...saved };
  for (const name of Object.keys(process.env))
    if (name.startsWith('AWS_CONTAINER_') || /_proxy$/i.test(name)) delete process.env[name];
  seen = [];
  proxied = 0;
  body = JSON.stringify(GOOD);
});
afterEach(() => {
  process.env = saved;
});

const GOOD = {
  AccessKeyId: 'ASIAEXAMPLE',
  SecretAccessKey: 'secret',
  Token: 'session',
  Expiration: '2099-01-01T00:00:00Z',
};
const port = () => (server.address() as AddressInfo).port;
const endpoint = (path = '/v2/credentials/abc') => `http://127.0.0.1:${port()}${path}`;

interface Settings {
  relative?: string;
  full?: string;
  token?: string;
  tokenFile?: string;
}

const sdkProvider = (s: Settings) =>
  fromHttp({
    ...(s.relative !== undefined && { awsContainerCredentialsRelativeUri: s.relative }),
    ...(s.full !== undefined && { awsContainerCredentialsFullUri: s.full }),
    ...(s.token !== undefined && { awsContainerAuthorizationToken: s.token }),
    ...(s.tokenFile !== undefined && { awsContainerAuthorizationTokenFile: s.tokenFile }),
    maxRetries: 0,
    logger: quiet,
  });

const envOf = (s: Settings): NodeJS.ProcessEnv => ({
  ...(s.relative !== undefined && { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: s.relative }),
  ...(s.full !== undefined && { AWS_CONTAINER_CREDENTIALS_FULL_URI: s.full }),
  ...(s.token !== undefined && { AWS_CONTAINER_AUTHORIZATION_TOKEN: s.token }),
  ...(s.tokenFile !== undefined && { AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: s.tokenFile }),
});

/** Whether the SDK takes the URIs: fromHttp refuses a URL when it is made, before any request. */
function sdkTakes(s: Settings): boolean {
  try {
    sdkProvider(s);
    return true;
  } catch {
    return false;
  }
}

const hosts = [
  '127.0.0.1',
  '127.255.255.254',
  '127.1',
  '0x7f.0.0.1',
  '128.0.0.1',
  '126.255.255.255',
  'localhost',
  'LOCALHOST',
  'localhost.',
  '[::1]',
  '[0:0:0:0:0:0:0:1]',
  '[::2]',
  '[::ffff:127.0.0.1]',
  '169.254.170.2',
  '169.254.170.23',
  '169.254.169.254',
  '[fd00:ec2::23]',
  '[fd00:ec2:0::23]',
  '[fd00:ec2::254]',
  'example.com',
  '127.0.0.1.nip.io',
];

test('full URIs: taken exactly when the SDK takes them (https anywhere, http on loopback and container hosts); another scheme never', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('http', 'https', 'ftp', 'HTTP'),
      fc.constantFrom(...hosts),
      fc.constantFrom('', ':80', ':8080', ':0'),
      fc.constantFrom('/v2/credentials', '/', '', '/a?b=c#d'),
      (scheme, host, port, path) => {
        const full = `${scheme}://${host}${port}${path}`;
        const ours = containerCredentialsUrl(envOf({ full })) !== undefined;
        // The SDK checks only the host of a URL that is not https: an ftp:// URL on loopback passes
        // its check and fails at the request. We refuse it at once.
        if (/^https?$/i.test(scheme)) expect([full, ours]).toEqual([full, sdkTakes({ full })]);
        else expect([full, ours]).toEqual([full, false]);
      },
    ),
    { numRuns: 1000 },
  );
  for (const full of ['not a url', '', 'http://', '//127.0.0.1/x'])
    expect([full, containerCredentialsUrl(envOf({ full })) !== undefined]).toEqual([
      full,
      sdkTakes({ full }),
    ]);
});

test('the relative URI goes to 169.254.170.2 and wins over the full one, as in the SDK', () => {
  for (const relative of ['/v2/credentials/abc', '/', 'x', '@example.com/x', '@127.0.0.1:9/x', ':80/x', '']) {
    for (const full of [undefined, 'http://example.com/x', 'http://127.0.0.1:9/full']) {
      const s = { relative, ...(full && { full }) };
      expect([s, containerCredentialsUrl(envOf(s)) !== undefined]).toEqual([s, sdkTakes(s)]);
    }
  }
  const both = containerCredentialsUrl(envOf({ relative: '/v2/creds', full: endpoint() }));
  expect(both?.href).toBe('http://169.254.170.2/v2/creds');
});

/** What each reader sent (path and Authorization) and whether it got credentials. */
async function exchangeBoth(s: Settings) {
  const full = s.full ?? endpoint();
  seen = [];
  const sdk = await sdkProvider({ ...s, full })().then(
    (c) => c.accessKeyId,
    () => 'refused',
  );
  const sdkSeen = seen;
  seen = [];
  const { run, end } = openRun({});
  const ours = await containerCredentials(run, new URL(full), envOf({ ...s, full }))
    .then(
      (c) => c.accessKeyId,
      () => 'refused',
    )
    .finally(end);
  return { sdk: { result: sdk, seen: sdkSeen }, ours: { result: ours, seen } };
}

test('the Authorization header: the token file wins over the token, as in the SDK', async () => {
  const file = join(dir, 'token');
  writeFileSync(file, 'from-file');
  for (const s of [{}, { token: 'from-env' }, { tokenFile: file }, { token: 'from-env', tokenFile: file }]) {
    const { sdk, ours } = await exchangeBoth(s);
    expect(ours).toEqual(sdk);
    expect(ours.result).toBe('ASIAEXAMPLE');
  }
  expect((await exchangeBoth({ token: 'a', tokenFile: file })).ours.seen[0]!.authorization).toBe('from-file');
});

test('a token with a line break is refused before any request, as the SDK refuses it', async () => {
  const file = join(dir, 'token-crlf');
  writeFileSync(file, 'a\r\nb');
  for (const s of [{ token: 'a\r\nb' }, { tokenFile: file }]) {
    const { sdk, ours } = await exchangeBoth(s);
    expect([sdk.result, ours.result]).toEqual(['refused', 'refused']);
    expect([sdk.seen, ours.seen]).toEqual([[], []]);
  }
});

test('a token file ending in a newline: trimmed here (the SDK sends it raw, and Node refuses the header)', async () => {
  const file = join(dir, 'token-newline');
  writeFileSync(file, 'from-file\n');
  const { sdk, ours } = await exchangeBoth({ tokenFile: file });
  expect(sdk.result).toBe('refused');
  expect(ours).toEqual({
    result: 'ASIAEXAMPLE',
    seen: [{ path: '/v2/credentials/abc', authorization: 'from-file' }],
  });
});

test('never through a proxy: HTTP_PROXY and HTTPS_PROXY are passed over, as the SDK passes them over', async () => {
  const via = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  Object.assign(process.env, { HTTP_PROXY: via, http_proxy: via, HTTPS_PROXY: via });
  const { sdk, ours } = await exchangeBoth({ token: 't' });
  expect(ours).toEqual(sdk);
  expect(ours.seen).toHaveLength(1);
  expect(proxied).toBe(0);
});

const field = (good: string) => fc.constantFrom<unknown>(good, '', 5, null, undefined, { x: 1 });

test('answers: every answer the SDK refuses is refused here too (we also refuse empty fields and an expiry in the past)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        AccessKeyId: field('ASIAEXAMPLE'),
        SecretAccessKey: field('secret'),
        Token: field('session'),
        Expiration: fc.constantFrom<unknown>(
          '2099-01-01T00:00:00Z',
          '2099-01-01T00:00:00.123z',
          '2099-01-01T00:00:00+01:00',
          '2099-01-01 00:00:00Z',
          '2099-13-01T00:00:00Z',
          '2000-01-01T00:00:00Z',
          'soon',
          4102444800,
          undefined,
        ),
      }),
      fc.boolean(),
      async (answer, asJson) => {
        body = asJson ? JSON.stringify(answer) : `${JSON.stringify(answer)}}`;
        const { sdk, ours } = await exchangeBoth({});
        if (sdk.result === 'refused')
          expect([answer, asJson, ours.result]).toEqual([answer, asJson, 'refused']);
      },
    ),
    { numRuns: 150 },
  );
  for (const bad of [
    { ...GOOD, Token: undefined },
    { ...GOOD, Expiration: '2099-01-01T00:00:00+01:00' },
    'x',
  ]) {
    body = JSON.stringify(bad);
    const { sdk, ours } = await exchangeBoth({});
    expect([bad, sdk.result, ours.result]).toEqual([bad, 'refused', 'refused']);
  }
});
