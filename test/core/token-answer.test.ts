// What a token answer and a container credentials answer must hold: one row per way to be wrong.
// The message names the endpoint and what is wrong, never a value (they are secrets).
import { OperationError } from '../../src/core/errors.js';
import { checkContainerCredentials, checkTokenAnswer } from '../../src/core/token-answer.js';

const NOW = Date.UTC(2026, 11, 7, 12);
const decode = (t: string) => Buffer.from(t, 'base64').toString('utf8');
const token = (text: string) => Buffer.from(text).toString('base64');
const good = {
  authorizationToken: token('AWS:s3cret-pw'),
  proxyEndpoint: 'https://111122223333.dkr.ecr.us-east-1.amazonaws.com',
  expiresAt: NOW / 1000 + 12 * 3600,
};
const check = (answer: unknown) => checkTokenAnswer(answer, 'api.example:443', NOW, decode);

test('a good answer: the entries with user, password and expiry (epoch seconds or a Date)', () => {
  expect(check({ authorizationData: [good] })).toEqual([
    {
      authorizationToken: good.authorizationToken,
      proxyEndpoint: good.proxyEndpoint,
      username: 'AWS',
      password: 's3cret-pw',
      expiresAtMs: NOW + 12 * 3600_000,
    },
  ]);
  const asDate = check({ authorizationData: [{ ...good, expiresAt: new Date(NOW + 3600_000) }] });
  expect(asDate[0]!.expiresAtMs).toBe(NOW + 3600_000);
  expect(check({ authorizationData: [] })).toEqual([]);
  expect(check({ authorizationData: [{ ...good, expiresAt: undefined }] })[0]!.expiresAtMs).toBeUndefined();
});

test.each([
  ['not an object', 'x', 'the body is not a JSON object'],
  ['no authorizationData', {}, 'no authorizationData'],
  ['authorizationData a string', { authorizationData: 'x' }, 'authorizationData is not a list'],
  ['an entry not an object', { authorizationData: [7] }, 'authorizationData[0] is not an object'],
  [
    'no token',
    { authorizationData: [{ ...good, authorizationToken: undefined }] },
    'has no authorizationToken',
  ],
  [
    'a token not a string',
    { authorizationData: [{ ...good, authorizationToken: 5 }] },
    'has no authorizationToken',
  ],
  ['no proxyEndpoint', { authorizationData: [{ ...good, proxyEndpoint: '' }] }, 'has no proxyEndpoint'],
  [
    'a token without a colon',
    { authorizationData: [{ ...good, authorizationToken: token('AWSpw') }] },
    'AWS:PASSWORD',
  ],
  [
    'another user',
    { authorizationData: [{ ...good, authorizationToken: token('root:pw') }] },
    'AWS:PASSWORD',
  ],
  [
    'an empty password',
    { authorizationData: [{ ...good, authorizationToken: token('AWS:') }] },
    'AWS:PASSWORD',
  ],
  ['expiresAt 1e300', { authorizationData: [{ ...good, expiresAt: 1e300 }] }, 'within a day'],
  ['expiresAt now', { authorizationData: [{ ...good, expiresAt: NOW / 1000 }] }, 'within a day'],
  [
    'expiresAt a day and a second ahead',
    { authorizationData: [{ ...good, expiresAt: NOW / 1000 + 86401 }] },
    'within a day',
  ],
  [
    'expiresAt an invalid Date',
    { authorizationData: [{ ...good, expiresAt: new Date(Number.NaN) }] },
    'within a day',
  ],
  ['expiresAt a string', { authorizationData: [{ ...good, expiresAt: 'soon' }] }, 'within a day'],
  [
    'a proxyEndpoint not a URL',
    { authorizationData: [{ ...good, proxyEndpoint: 'host:5000' }] },
    'http(s) URL',
  ],
  [
    'a file: proxyEndpoint',
    { authorizationData: [{ ...good, proxyEndpoint: 'file:///etc' }] },
    'http(s) URL',
  ],
])('%s: an OperationError naming the endpoint and what is wrong', (_name, answer, what) => {
  let error: unknown;
  try {
    check(answer);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(OperationError);
  expect((error as Error).message).toMatch(/^unexpected answer from api\.example:443: /);
  expect((error as Error).message).toContain(what);
  expect((error as Error).message).not.toContain('s3cret');
});

const creds = {
  AccessKeyId: 'ASIAEXAMPLE',
  SecretAccessKey: 'very-secret',
  Token: 'session',
  Expiration: '2026-12-07T13:00:00Z',
};
const checkCreds = (answer: unknown) => checkContainerCredentials(answer, '127.0.0.1:80', NOW, Date.parse);

test('container credentials: all four fields, Expiration in RFC 3339 UTC and ahead', () => {
  expect(checkCreds(creds)).toEqual({
    accessKeyId: 'ASIAEXAMPLE',
    secretAccessKey: 'very-secret',
    sessionToken: 'session',
    expirationMs: NOW + 3600_000,
  });
  for (const [answer, what] of [
    [{ ...creds, Token: undefined }, 'no Token'],
    [{ ...creds, AccessKeyId: 5 }, 'no AccessKeyId'],
    [{ ...creds, SecretAccessKey: '' }, 'no SecretAccessKey'],
    [{ ...creds, Expiration: undefined }, 'no Expiration'],
    [{ ...creds, Expiration: '2026-12-07 13:00:00' }, 'Expiration is not an RFC 3339 time'],
    [{ ...creds, Expiration: '2026-12-07T13:00:00+01:00' }, 'Expiration is not an RFC 3339 time'],
    [{ ...creds, Expiration: '2026-13-07T13:00:00Z' }, 'Expiration is not an RFC 3339 time'],
    [{ ...creds, Expiration: '2026-12-07T11:00:00Z' }, 'Expiration is in the past'],
    [[creds], 'the body is not a JSON object'],
  ] as const) {
    expect(() => checkCreds(answer)).toThrow(`unexpected answer from 127.0.0.1:80: ${what}`);
    try {
      checkCreds(answer);
    } catch (e) {
      expect((e as Error).message).not.toContain('very-secret');
    }
  }
});
