// Our SigV4 signer against the SDK's own (@smithy/signature-v4): the same request, time and
// credentials must give the same Authorization header, for generated bodies, regions, dates,
// endpoints (paths, ports) and session tokens and header values with odd characters (NBSP, U+FEFF,
// VT, FF, CR, LF, tabs, spaces at either end), and the same set of signed headers.
import { createHash } from 'node:crypto';
import { getCanonicalHeaders, SignatureV4 as SdkSigner } from '@smithy/signature-v4';
import fc from 'fast-check';
import { Sha256 } from '../../../emulator/signature.js';
import { canonicalHeaderValue, canonicalPath, signJsonRequest } from '../../../src/aws/direct/sigv4.js';

async function sdkAuthorization(
  url: URL,
  region: string,
  body: string,
  headers: Record<string, string>,
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  at: Date,
): Promise<string> {
  const signer = new SdkSigner({
    service: 'ecr',
    region,
    credentials,
    sha256: Sha256,
    applyChecksum: true,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port && { port: Number(url.port) }),
      path: url.pathname,
      query: {},
      headers: {
        ...headers,
        host: url.host,
        'content-length': String(Buffer.byteLength(body)),
        'x-amz-content-sha256': createHash('sha256').update(body).digest('hex'),
      },
      body,
    },
    { signingDate: at },
  );
  return signed.headers.authorization!;
}

const base = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
};

test('the AWS documentation example credentials, an ECR token request: the SDK signer agrees', async () => {
  const url = new URL('https://api.ecr.us-east-1.amazonaws.com/');
  const credentials = {
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  };
  const at = new Date('2026-11-26T15:45:00Z');
  const body = '{"registryIds":["111122223333"]}';
  const ours = signJsonRequest({
    url,
    region: 'us-east-1',
    service: 'ecr',
    credentials,
    body,
    headers: base,
    at,
  });
  expect(ours.authorization).toBe(await sdkAuthorization(url, 'us-east-1', body, base, credentials, at));
  expect(ours.authorization).toMatch(
    /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261126\/us-east-1\/ecr\/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/,
  );
  expect(ours['x-amz-date']).toBe('20261126T154500Z');
  expect(ours).not.toHaveProperty('x-amz-security-token');
});

test('random requests: the same signature as the SDK signer, session token signed too', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        region: fc.constantFrom('us-east-1', 'eu-central-2', 'cn-north-1', 'us-gov-west-1', 'eusc-de-east-1'),
        host: fc.constantFrom(
          'api.ecr.us-east-1.amazonaws.com',
          '127.0.0.1:4566',
          'localhost:8080',
          'vpce.example',
        ),
        accounts: fc.array(fc.stringMatching(/^\d{12}$/), { maxLength: 3 }),
        secret: fc.string({ minLength: 1, maxLength: 40 }),
        token: fc.option(fc.string({ minLength: 1, maxLength: 60 }), { nil: undefined }),
        at: fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
      }),
      async ({ region, host, accounts, secret, token, at }) => {
        const url = new URL(`http://${host}/`);
        const credentials = {
          accessKeyId: 'AKIAEXAMPLE',
          secretAccessKey: secret,
          ...(token && { sessionToken: token }),
        };
        const body = JSON.stringify(accounts.length ? { registryIds: accounts } : {});
        const ours = signJsonRequest({ url, region, service: 'ecr', credentials, body, headers: base, at });
        const sdkHeaders = token ? { ...base, 'x-amz-security-token': token } : base;
        const plain = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: secret };
        expect(ours.authorization).toBe(await sdkAuthorization(url, region, body, sdkHeaders, plain, at));
        if (token) expect(ours['x-amz-security-token']).toBe(token);
      },
    ),
    { numRuns: 200 },
  );
});

/** Strings made of the characters header canonicalization treats differently, and plain ones. */
const odd = fc.string({
  unit: fc.constantFrom(
    ' ',
    '\t',
    '\r',
    '\n',
    '\u00a0',
    '\ufeff',
    '\v',
    '\f',
    '\u2028',
    'a',
    'Z',
    '0',
    '=',
    '/',
    '+',
  ),
  maxLength: 24,
});

test("header values: our canonical form is the SDK's (getCanonicalHeaders), white space of every kind", () => {
  fc.assert(
    fc.property(odd, (value) => {
      expect(canonicalHeaderValue(value)).toBe(
        getCanonicalHeaders({ headers: { 'x-v': value } } as never)['x-v'],
      );
    }),
    { numRuns: 3000 },
  );
  // Where String.prototype.trim and \s would differ: the SDK keeps NBSP, U+FEFF, VT and FF.
  expect(canonicalHeaderValue('\u00a0a\v\f b\ufeff ')).toBe('\u00a0a\v\f b\ufeff');
});

test('paths: our canonical path is the one the SDK signs', async () => {
  const segment = fc.oneof(
    fc.constantFrom('', '.', '..', 'a b', '%2F', '%41', "it's", '(x)*!', '~_-', 'é'),
    fc.stringMatching(/^[a-z0-9]{1,6}$/),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(segment, { maxLength: 5 }), fc.boolean(), async (segments, trailing) => {
      const url = new URL(`http://127.0.0.1:4566/${segments.join('/')}${trailing ? '/' : ''}`);
      const at = new Date('2026-12-07T00:00:00Z');
      const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
      const ours = signJsonRequest({
        url,
        region: 'us-east-1',
        service: 'ecr',
        credentials,
        body: '{}',
        headers: base,
        at,
      });
      expect(ours.authorization).toBe(await sdkAuthorization(url, 'us-east-1', '{}', base, credentials, at));
      expect(canonicalPath(url.pathname)).toMatch(/^\//);
    }),
    { numRuns: 300 },
  );
});

test('generated requests as we send them: session tokens and header values with odd characters, endpoints with paths and ports, user-agent unsigned and x-amz-user-agent signed', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        region: fc.oneof(
          fc.constantFrom('us-east-1', 'cn-northwest-1', 'us-isob-east-1', 'eusc-de-east-1'),
          fc.stringMatching(/^[a-z]{2}-[a-z]{2,9}-[1-9]$/),
        ),
        endpoint: fc.constantFrom(
          'https://api.ecr.eu-west-1.amazonaws.com/',
          'http://127.0.0.1:4566/',
          'http://[::1]:8080/',
          'https://vpce-1.api.ecr.us-east-1.vpce.amazonaws.com:8443/',
          'http://localhost:9000/prefix/ecr/',
          'http://127.0.0.1:1/a/./b/../c//d',
        ),
        token: fc.option(
          fc.tuple(odd, fc.string({ maxLength: 40 })).map(([a, b]) => `${a}${b}${a}`),
          {
            nil: undefined,
          },
        ),
        agent: odd.map((v) => `ecr-pull-through/1.0${v}`),
        secret: fc.string({ minLength: 1, maxLength: 40 }),
        at: fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
      }),
      async ({ region, endpoint, token, agent, secret, at }) => {
        const url = new URL(endpoint);
        const credentials = {
          accessKeyId: 'AKIAEXAMPLE',
          secretAccessKey: secret,
          ...(token && { sessionToken: token }),
        };
        const headers = { ...base, 'x-amz-user-agent': agent, 'user-agent': agent };
        const ours = signJsonRequest({ url, region, service: 'ecr', credentials, body: '{}', headers, at });
        // The SDK signs what the request carries: the session token is a header by then.
        const sdkHeaders = token ? { ...headers, 'x-amz-security-token': token } : headers;
        const plain = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: secret };
        expect(ours.authorization).toBe(await sdkAuthorization(url, region, '{}', sdkHeaders, plain, at));
        const signed = /SignedHeaders=([^,]+)/.exec(ours.authorization!)![1]!.split(';');
        expect(signed).toContain('x-amz-user-agent');
        expect(signed).not.toContain('user-agent');
        expect(ours['user-agent']).toBe(agent);
      },
    ),
    { numRuns: 300 },
  );
});
