// Our SigV4 signer against the SDK's own (@smithy/signature-v4): the same request, time and
// credentials must give the same Authorization header, for random bodies, regions, hosts and
// session tokens.
import { createHash } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import fc from 'fast-check';
import { Sha256 } from '../../../emulator/signature.js';
import { signJsonRequest } from '../../../src/aws/direct/sigv4.js';

async function sdkAuthorization(
  url: URL,
  region: string,
  body: string,
  headers: Record<string, string>,
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  at: Date,
): Promise<string> {
  const signer = new SignatureV4({
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
