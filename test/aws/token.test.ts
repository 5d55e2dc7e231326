// GetAuthorizationToken's registryIds is deprecated: ECR may answer with the default registry only.
// Entries are matched to accounts by their endpoint host, and the token serves the other accounts.
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { getRegistryCredentials } from '../../src/aws/token.js';

const ecr = mockClient(ECRClient);
const token = (password: string) => Buffer.from(`AWS:${password}`).toString('base64');
const saved = { ...process.env };

beforeAll(() => {
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_REGION: 'us-east-1',
  });
});
afterAll(() => {
  process.env = saved;
  ecr.restore();
});
beforeEach(() => ecr.reset());

test('one entry for two accounts: each account gets its host, sharing the token', async () => {
  ecr.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [
      {
        authorizationToken: token('pw-1'),
        proxyEndpoint: 'https://444455556666.dkr.ecr.us-east-1.amazonaws.com',
        expiresAt: new Date(Date.now() + 3600e3 * 12),
      },
    ],
  });
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
  expect(secrets).toEqual([token('pw-1'), 'pw-1', Buffer.from('pw-1').toString('base64')]);
  expect(ecr.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(1);
});

test('one entry per account, in any order: matched by host, not by position', async () => {
  ecr.on(GetAuthorizationTokenCommand).resolves({
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
  });
  const creds = await getRegistryCredentials({ registries: ['111122223333', '444455556666'] });
  expect(creds.map((c) => [c.account, c.password])).toEqual([
    ['444455556666', 'b'],
    ['111122223333', 'a'],
  ]);
});

test('every form the password is sent in is a secret, also when the token is not base64 as Node writes it', async () => {
  const unpadded = token('pw-2').replace(/=+$/, '');
  ecr.on(GetAuthorizationTokenCommand).resolves({
    authorizationData: [
      { authorizationToken: unpadded, proxyEndpoint: 'https://111122223333.dkr.ecr.us-east-1.amazonaws.com' },
    ],
  });
  const secrets: string[] = [];
  await getRegistryCredentials({ onSecret: (s) => secrets.push(s) });
  // The Basic Authorization header and docker's auth value are the canonical base64 of AWS:password.
  expect(secrets).toEqual([unpadded, 'pw-2', Buffer.from('pw-2').toString('base64'), token('pw-2')]);
});

describe('registry hosts take the API endpoint’s form (FIPS, dual-stack), as the client resolved it', () => {
  const answer = () =>
    ecr.on(GetAuthorizationTokenCommand).resolves({
      authorizationData: [
        {
          authorizationToken: token('pw'),
          proxyEndpoint: 'https://111122223333.dkr.ecr.us-east-1.amazonaws.com',
          expiresAt: new Date(Date.now() + 3600e3 * 12),
        },
      ],
    });
  afterEach(() => {
    delete process.env.AWS_USE_FIPS_ENDPOINT;
    delete process.env.AWS_USE_DUALSTACK_ENDPOINT;
  });
  test.each([
    [{}, '111122223333.dkr.ecr.us-east-1.amazonaws.com'],
    [{ AWS_USE_FIPS_ENDPOINT: 'true' }, '111122223333.dkr.ecr-fips.us-east-1.amazonaws.com'],
    [{ AWS_USE_DUALSTACK_ENDPOINT: 'true' }, '111122223333.dkr-ecr.us-east-1.on.aws'],
    [
      { AWS_USE_FIPS_ENDPOINT: 'true', AWS_USE_DUALSTACK_ENDPOINT: 'true' },
      '111122223333.dkr-ecr-fips.us-east-1.on.aws',
    ],
  ])('%j → %s', async (env, host) => {
    Object.assign(process.env, env);
    answer();
    const [cred] = await getRegistryCredentials({});
    expect(cred?.registry).toBe(host);
    expect(cred?.endpoint).toBe(`https://${host}`);
  });
});
