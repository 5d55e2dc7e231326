// GetAuthorizationToken through both ways the token call goes: signed here (credentials in the
// environment, no shared config file: aws/direct/token-call.ts) and through the SDK (a shared config file
// exists). A local server answers as ECR does, so every case holds for both.
//
// registryIds is deprecated: ECR may answer with the default registry only. Entries are matched to
// accounts by their endpoint host, and the token serves the other accounts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { directAccess, ecrApiUrl, serviceError } from '../../src/aws/direct/token-call.js';
import { OperationError } from '../../src/core/errors.js';
import { getRegistryCredentials } from '../../src/index.js';
import { onRequest } from '../../src/net/request-log.js';

const token = (password: string) => Buffer.from(`AWS:${password}`).toString('base64');

interface Answer {
  readonly status?: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}
interface Seen {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

let server: Server;
let answers: Answer[] = [];
let seen: Seen[] = [];
let credentialAsks: string[] = [];
let credentialStatuses = [200];
let serverSkewMs = 0;
const CONTAINER_CREDENTIALS = {
  AccessKeyId: 'ASIACONTAINEREXAMPLE',
  SecretAccessKey: 'container-secret',
  Token: 'container-session',
  Expiration: '2099-01-01T00:00:00Z',
};
const home = mkdtempSync(join(tmpdir(), 'ept-token-'));
const saved = { ...process.env };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.method === 'GET') {
        // The container credentials endpoint, as CodeBuild and ECS serve it.
        credentialAsks.push(String(req.headers.authorization));
        const status = credentialStatuses.length > 1 ? credentialStatuses.shift()! : credentialStatuses[0]!;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(status === 200 ? CONTAINER_CREDENTIALS : { Message: 'denied' }));
        return;
      }
      // A server whose clock is `serverSkewMs` from ours refuses a signature 5 minutes off its own.
      const serverNow = Date.now() + serverSkewMs;
      const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(String(req.headers['x-amz-date']));
      const signedAt = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN;
      if (serverSkewMs !== 0 && !(Math.abs(signedAt - serverNow) < 5 * 60_000)) {
        seen.push({ headers: req.headers, body });
        res.writeHead(403, {
          'content-type': 'application/x-amz-json-1.1',
          date: new Date(serverNow).toUTCString(),
          'x-amzn-errortype': 'InvalidSignatureException',
        });
        res.end(JSON.stringify({ __type: 'InvalidSignatureException', message: 'Signature expired' }));
        return;
      }
      seen.push({ headers: req.headers, body });
      const a = answers.length > 1 ? answers.shift()! : answers[0]!;
      res.writeHead(a.status ?? 200, { 'content-type': 'application/x-amz-json-1.1', ...a.headers });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  process.env = saved;
  await new Promise((r) => server.close(r));
  rmSync(home, { recursive: true, force: true });
});

const WAYS = {
  direct: () => {},
  // CodeBuild: no keys in the environment, the container endpoint hands them out.
  container: () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    delete process.env.AWS_SESSION_TOKEN;
    process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/credentials/abc`;
    process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN = 'container-auth';
  },
  // A shared config file exists: a profile could set anything, so the SDK decides.
  sdk: () => writeFileSync(join(home, 'config'), '[default]\nregion = us-east-1\n'),
};

/**
 * What each way hands to onSecret before the token's secrets: the environment's secret key and
 * session token, or the endpoint's authorization token and then its answer.
 */
const CREDENTIAL_SECRETS = {
  direct: ['secret', 'session-token'],
  container: ['container-auth', ...Object.values(CONTAINER_CREDENTIALS).slice(0, 3)],
  sdk: ['secret', 'session-token'],
};

function environment(way: keyof typeof WAYS) {
  beforeEach(() => {
    answers = [];
    seen = [];
    credentialAsks = [];
    credentialStatuses = [200];
    serverSkewMs = 0;
    rmSync(join(home, 'config'), { force: true });
    process.env = {
      ...saved,
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'session-token',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL_ECR: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    delete process.env.AWS_PROFILE;
    WAYS[way]();
  });
}

describe.each(Object.keys(WAYS) as (keyof typeof WAYS)[])('%s', (way) => {
  environment(way);

  test('the way the call went: signed here without the SDK, or by the SDK', async () => {
    answers = [{ body: { authorizationData: [] } }];
    await getRegistryCredentials({});
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request!.headers['x-amz-target']).toBe(
      'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
    );
    const key = way === 'container' ? 'ASIACONTAINEREXAMPLE' : 'AKIDEXAMPLE';
    expect(request!.headers['x-amz-security-token']).toBe(
      way === 'container' ? 'container-session' : 'session-token',
    );
    expect(request!.headers.authorization).toMatch(
      new RegExp(`^AWS4-HMAC-SHA256 Credential=${key}/\\d{8}/us-east-1/ecr/`),
    );
    expect(credentialAsks).toEqual(way === 'container' ? ['container-auth'] : []);
    expect(request!.headers['user-agent']).toMatch(/ecr-pull-through\/\d/);
    // Only the SDK numbers its attempts.
    expect('amz-sdk-request' in request!.headers).toBe(way === 'sdk');
  });

  test('a clock an hour off: the signature refused as expired is made again with the server’s time', async () => {
    serverSkewMs = 3_600_000;
    answers = [{ body: { authorizationData: [] } }];
    await expect(getRegistryCredentials({})).resolves.toEqual([]);
    const dates = seen.map((s) => String(s.headers['x-amz-date']));
    expect(dates.length).toBeGreaterThanOrEqual(2);
    // The last request was signed on the server's clock, an hour ahead of the first.
    expect(dates.at(-1)!.slice(9, 11)).not.toBe(dates[0]!.slice(9, 11));
  });

  test('registries in two regions: a token call in each, credentials fetched once', async () => {
    answers = [{ body: { authorizationData: [] } }];
    await getRegistryCredentials({
      registries: [
        '111122223333.dkr.ecr.us-east-1.amazonaws.com',
        '111122223333.dkr.ecr.eu-west-1.amazonaws.com',
      ],
    });
    expect(
      seen.map((s) => /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(s.headers.authorization))?.[1]),
    ).toEqual(['us-east-1', 'eu-west-1']);
    expect(credentialAsks).toHaveLength(way === 'container' ? 1 : 0);
  });

  test('one entry for two accounts: each account gets its host, sharing the token', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 12 * 3600;
    answers = [
      {
        body: {
          authorizationData: [
            {
              authorizationToken: token('pw-1'),
              proxyEndpoint: 'https://444455556666.dkr.ecr.us-east-1.amazonaws.com',
              expiresAt,
            },
          ],
        },
      },
    ];
    const secrets: string[] = [];
    const creds = await getRegistryCredentials({
      registries: ['111122223333', '444455556666'],
      onSecret: (s) => secrets.push(s),
    });
    expect(creds.map((c) => [c.account, c.registry, c.endpoint, c.password])).toEqual([
      [
        '444455556666',
        '444455556666.dkr.ecr.us-east-1.amazonaws.com',
        'https://444455556666.dkr.ecr.us-east-1.amazonaws.com',
        'pw-1',
      ],
      [
        '111122223333',
        '111122223333.dkr.ecr.us-east-1.amazonaws.com',
        'https://111122223333.dkr.ecr.us-east-1.amazonaws.com',
        'pw-1',
      ],
    ]);
    expect(creds[0]!.expiresAt.getTime()).toBe(expiresAt * 1000);
    expect(secrets).toEqual([
      ...CREDENTIAL_SECRETS[way],
      token('pw-1'),
      'pw-1',
      Buffer.from('pw-1').toString('base64'),
    ]);
    expect(seen.map((s) => JSON.parse(s.body))).toEqual([{ registryIds: ['111122223333', '444455556666'] }]);
  });

  test('one entry per account, in any order: matched by host, not by position', async () => {
    answers = [
      {
        body: {
          authorizationData: [
            {
              authorizationToken: token('b'),
              proxyEndpoint: 'https://444455556666.dkr.ecr.us-east-1.amazonaws.com',
            },
            {
              authorizationToken: token('a'),
              proxyEndpoint: 'https://111122223333.dkr.ecr.us-east-1.amazonaws.com',
            },
          ],
        },
      },
    ];
    const creds = await getRegistryCredentials({ registries: ['111122223333', '444455556666'] });
    expect(creds.map((c) => [c.account, c.password])).toEqual([
      ['444455556666', 'b'],
      ['111122223333', 'a'],
    ]);
  });

  test('every form the password is sent in is a secret, also when the token is not base64 as Node writes it', async () => {
    const unpadded = token('pw-2').replace(/=+$/, '');
    answers = [
      {
        body: {
          authorizationData: [
            {
              authorizationToken: unpadded,
              proxyEndpoint: 'https://111122223333.dkr.ecr.us-east-1.amazonaws.com',
            },
          ],
        },
      },
    ];
    const secrets: string[] = [];
    await getRegistryCredentials({ onSecret: (s) => secrets.push(s) });
    // The Basic Authorization header and docker's auth value are the canonical base64 of AWS:password.
    expect(secrets).toEqual([
      ...CREDENTIAL_SECRETS[way],
      unpadded,
      'pw-2',
      Buffer.from('pw-2').toString('base64'),
      token('pw-2'),
    ]);
  });

  test('a refusal names the call, the registry, ECR’s message and the permission to grant; it is not retried', async () => {
    const message =
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action';
    answers = [
      {
        status: 400,
        body: { __type: 'com.amazonaws.ecr#AccessDeniedException', message },
        headers: { 'x-amzn-errortype': 'AccessDeniedException:http://internal.amazon.com/' },
      },
    ];
    const failure = await getRegistryCredentials({}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationError);
    expect(failure).toMatchObject({
      message: `GetAuthorizationToken for the default registry in us-east-1 failed: ${message}`,
      hint: 'the caller lacks ecr:GetAuthorizationToken: grant it in the IAM policy',
      cause: { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } },
    });
    expect(seen).toHaveLength(1);
  });

  test('a signature mismatch: ECR’s words kept, the canonical request and string to sign (with the session token) cut, on every way', async () => {
    const words = 'The request signature we calculated does not match the signature you provided.';
    const token = way === 'container' ? 'container-session' : 'session-token';
    const message = `${words}\n\nThe Canonical String for this request should have been\n'POST\n/\n\nx-amz-security-token:${token}\n'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n...'`;
    answers = [{ status: 403, body: { __type: 'InvalidSignatureException', message } }];
    const failure = (await getRegistryCredentials({}).catch((e: unknown) => e)) as OperationError;
    expect(failure).toBeInstanceOf(OperationError);
    expect(failure.message).toBe(
      `GetAuthorizationToken for the default registry in us-east-1 failed: ${words}`,
    );
    expect(JSON.stringify({ ...failure, cause: String(failure.cause) })).not.toContain(token);
    expect(seen).toHaveLength(1);
  });

  test('throttling and a server error are retried, then the token comes', async () => {
    answers = [
      { status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } },
      { status: 500, body: { __type: 'ServerException', message: 'internal' } },
      {
        body: {
          authorizationData: [
            {
              authorizationToken: token('pw'),
              proxyEndpoint: 'https://111122223333.dkr.ecr.us-east-1.amazonaws.com',
            },
          ],
        },
      },
    ];
    const [cred] = await getRegistryCredentials({});
    expect(cred?.password).toBe('pw');
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });

  test.each([
    [{}, '111122223333.dkr.ecr.us-east-1.amazonaws.com'],
    [
      { AWS_USE_FIPS_ENDPOINT: 'false', AWS_USE_DUALSTACK_ENDPOINT: 'false' },
      '111122223333.dkr.ecr.us-east-1.amazonaws.com',
    ],
  ])('no FIPS, no dual-stack: %j → %s', async (env, host) => {
    Object.assign(process.env, env);
    answers = [
      {
        body: { authorizationData: [{ authorizationToken: token('pw'), proxyEndpoint: `https://${host}` }] },
      },
    ];
    const [cred] = await getRegistryCredentials({});
    expect(cred?.registry).toBe(host);
    expect(cred?.endpoint).toBe(`https://${host}`);
  });
});

// FIPS and dual-stack always go through the SDK (which refuses them with a configured endpoint):
// its client is mocked here, and the registry hosts follow the endpoint form it resolved.
describe('registry hosts take the API endpoint’s form (FIPS, dual-stack), as the SDK client resolved it', () => {
  let ecr: ReturnType<typeof mockClient>;
  beforeAll(() => {
    ecr = mockClient(ECRClient);
  });
  beforeEach(() => {
    ecr.reset();
    process.env = {
      ...saved,
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'none'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'us-east-1',
    };
    ecr.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        {
          authorizationToken: token('pw'),
          proxyEndpoint: 'https://111122223333.dkr.ecr.us-east-1.amazonaws.com',
        },
      ],
    });
  });
  afterAll(() => ecr.restore());
  test.each([
    [{ AWS_USE_FIPS_ENDPOINT: 'true' }, '111122223333.dkr.ecr-fips.us-east-1.amazonaws.com'],
    [{ AWS_USE_DUALSTACK_ENDPOINT: 'true' }, '111122223333.dkr-ecr.us-east-1.on.aws'],
    [
      { AWS_USE_FIPS_ENDPOINT: 'true', AWS_USE_DUALSTACK_ENDPOINT: 'true' },
      '111122223333.dkr-ecr-fips.us-east-1.on.aws',
    ],
  ])('%j → %s', async (env, host) => {
    Object.assign(process.env, env);
    const [cred] = await getRegistryCredentials({});
    expect(cred?.registry).toBe(host);
    expect(cred?.endpoint).toBe(`https://${host}`);
    expect(ecr.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(1);
  });
});

describe('container credentials', () => {
  environment('container');

  test('credentials that cannot be had: asked once (a 403 is not tried again), no token call, and the hint says where credentials come from', async () => {
    credentialStatuses = [403];
    const failure = await getRegistryCredentials({}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationError);
    expect((failure as OperationError).message).toMatch(
      /Could not load credentials from the container credentials endpoint 127\.0\.0\.1:\d+: HTTP 403$/,
    );
    expect((failure as OperationError).hint).toMatch(/^no AWS credentials found/);
    expect(seen).toHaveLength(0);
    expect(credentialAsks).toHaveLength(1);
  });

  test('a 503 or a 429 from the endpoint is tried again; --debug shows its host, never its path', async () => {
    credentialStatuses = [503, 429, 200];
    answers = [{ body: { authorizationData: [] } }];
    const shown: string[] = [];
    const stop = onRequest((r) => shown.push(`${r.method} ${r.host}${r.path}`));
    try {
      await expect(getRegistryCredentials({})).resolves.toEqual([]);
    } finally {
      stop();
    }
    expect(credentialAsks).toHaveLength(3);
    const gets = shown.filter((l) => l.startsWith('GET '));
    expect(gets).toHaveLength(3);
    for (const l of gets) expect(l).not.toContain('/v2/credentials');
  });
});

describe('when the token call may skip the SDK', () => {
  const env = {
    HOME: home,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_CONFIG_FILE: join(home, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'),
  };
  test('credentials in the environment and nothing else: yes, with the session token when there is one', () => {
    expect(directAccess(env)).toEqual({
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    expect(directAccess({ ...env, AWS_SESSION_TOKEN: 't', AWS_ENDPOINT_URL: 'http://127.0.0.1:9/' })).toEqual(
      {
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 't' },
        endpoint: new URL('http://127.0.0.1:9/'),
      },
    );
  });
  test.each([
    ['a profile in the environment', { AWS_PROFILE: 'ci' }],
    ['no secret key', { AWS_SECRET_ACCESS_KEY: '' }],
    ['FIPS', { AWS_USE_FIPS_ENDPOINT: 'true' }],
    ['dual-stack', { AWS_USE_DUALSTACK_ENDPOINT: 'true' }],
    ['a FIPS setting the SDK reads its own way', { AWS_USE_FIPS_ENDPOINT: 'TRUE' }],
    ['configured endpoints switched off', { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }],
    ['an endpoint with a path', { AWS_ENDPOINT_URL_ECR: 'https://proxy.example/ecr' }],
    ['an endpoint that is not a URL', { AWS_ENDPOINT_URL_ECR: 'api.ecr.local' }],
    ['a shared config file', { AWS_CONFIG_FILE: process.execPath }],
    ['a shared credentials file', { AWS_SHARED_CREDENTIALS_FILE: process.execPath }],
  ])('%s: no, the SDK decides', (_, change) => {
    expect(directAccess({ ...env, ...change })).toBeUndefined();
  });
  test('the container endpoint, when the environment has no keys (CodeBuild, ECS): as the SDK takes it', () => {
    const keyless = { ...env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' };
    const relative = { ...keyless, AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/abc' };
    expect(directAccess(relative)).toEqual({
      credentials: { container: new URL('http://169.254.170.2/v2/credentials/abc') },
    });
    // The relative URI wins over a full one; keys in the environment win over both.
    expect(
      directAccess({ ...relative, AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://127.0.0.1:1/x' })?.credentials,
    ).toEqual({ container: new URL('http://169.254.170.2/v2/credentials/abc') });
    expect(
      directAccess({ ...env, AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/abc' })?.credentials,
    ).toEqual({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
    for (const full of ['https://creds.example/x', 'http://169.254.170.23/x', 'http://127.0.0.2:8080/x'])
      expect(directAccess({ ...keyless, AWS_CONTAINER_CREDENTIALS_FULL_URI: full })?.credentials).toEqual({
        container: new URL(full),
      });
    // Plain http elsewhere is refused by the SDK; a web identity comes first in its chain.
    expect(
      directAccess({ ...keyless, AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://10.0.0.1/x' }),
    ).toBeUndefined();
    expect(directAccess({ ...relative, AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token' })).toBeUndefined();
    expect(directAccess(keyless)).toBeUndefined();
  });
  test('a profile named on the command line: no', () => {
    expect(directAccess(env, 'ci')).toBeUndefined();
  });
});

test('the API endpoint of every region we sign for is the one the SDK’s rules give; isolated partitions are left to the SDK', () => {
  // biome-ignore format: a list of names
  const regions = [
    'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-1',
    'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
    'ap-southeast-7', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ca-central-1', 'ca-west-1',
    'eu-central-1', 'eu-central-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-south-1', 'eu-south-2',
    'eu-north-1', 'il-central-1', 'me-south-1', 'me-central-1', 'mx-central-1', 'sa-east-1', 'cn-north-1',
    'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1', 'eusc-de-east-1',
  ];
  const ecr = new ECRClient({ region: 'us-east-1' });
  try {
    for (const region of regions) {
      const sdk = ecr.config.endpointProvider({ Region: region, UseFIPS: false, UseDualStack: false }).url;
      expect([region, ecrApiUrl(region)?.href]).toEqual([region, sdk.href]);
    }
    for (const region of [
      'us-iso-east-1',
      'us-isob-east-1',
      'eu-isoe-west-1',
      'us-isof-south-1',
      'fips-us-east-1',
      'us-gov-west-1-fips',
    ])
      expect(ecrApiUrl(region)).toBeUndefined();
  } finally {
    ecr.destroy();
  }
});

test('a signature mismatch keeps ECR’s message but not the canonical request that follows it (its session token)', () => {
  const body = Buffer.from(
    JSON.stringify({
      __type: 'InvalidSignatureException',
      message:
        "The request signature we calculated does not match the signature you provided.\n\nThe Canonical String for this request should have been\n'POST\n/\n\nx-amz-security-token:SECRET-SESSION\n'",
    }),
  );
  const e = serviceError(403, {}, body);
  expect(e.name).toBe('InvalidSignatureException');
  expect(e.message).toBe('The request signature we calculated does not match the signature you provided.');
  expect(e.message).not.toContain('SECRET-SESSION');
});
