// The retry rule for the errors we meet (the SDK's, the registry's, Node's sockets), by table, and the
// backoff between tries.

import { describe, expect, it, test } from '@jest/globals';
import { backoffDelay, isRetryable } from '../../src/core/retry.js';
import { RegistryError } from '../../src/registry/client.js';

const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name, ...extra });
const coded = (code: string) => Object.assign(new Error(code), { code });

describe('isRetryable', () => {
  it.each([
    ['registry 429 TOOMANYREQUESTS', new RegistryError(429, 'TOOMANYREQUESTS', 'Rate exceeded'), true],
    ['registry 500', new RegistryError(500, 'UNKNOWN', 'Internal server error'), true],
    ['registry 503 without a body', new RegistryError(503, undefined, ''), true],
    ['registry 401', new RegistryError(401, 'UNAUTHORIZED', 'Not Authorized'), false],
    [
      'registry 403 DENIED',
      new RegistryError(403, 'DENIED', 'authentication to the upstream registry failed'),
      false,
    ],
    [
      'registry 404 MANIFEST_UNKNOWN',
      new RegistryError(404, 'MANIFEST_UNKNOWN', 'Requested image not found'),
      false,
    ],
    [
      'API ThrottlingException (HTTP 400)',
      named('ThrottlingException', { $metadata: { httpStatusCode: 400 } }),
      true,
    ],
    [
      'API ServerException (HTTP 500)',
      named('ServerException', { $metadata: { httpStatusCode: 500 } }),
      true,
    ],
    [
      'API AccessDeniedException',
      named('AccessDeniedException', { $metadata: { httpStatusCode: 400 } }),
      false,
    ],
    ['connection reset', coded('ECONNRESET'), true],
    ['a timeout', named('TimeoutError'), true],
    ['an abort', named('AbortError'), false],
    ['a reset wrapped as a cause', new Error('socket hang up', { cause: coded('ECONNRESET') }), true],
  ])('%s: %s', (_, error, retryable) => {
    expect(isRetryable(error)).toBe(retryable);
  });

  it('never retries a registry 401 (authentication) or 404', () => {
    expect(isRetryable(new RegistryError(401, 'UNAUTHORIZED', ''))).toBe(false);
    expect(isRetryable(new RegistryError(404, 'MANIFEST_UNKNOWN', ''))).toBe(false);
  });
});

describe('errors the SDK wraps (a socket error seen from another realm)', () => {
  const wrapped = new Error('AWS SDK error wrapper for TimeoutError: read ECONNRESET');

  test('are retried like the error inside', () => {
    expect(isRetryable(wrapped)).toBe(true);
    expect(isRetryable(new Error('AWS SDK error wrapper for Error: something else'))).toBe(false);
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 200, capMs: 5_000 };

  it.each([
    [0, 0.5, 100],
    [1, 0.5, 200],
    [4, 0.999, 3_196],
    [5, 0.999, 4_995],
    [40, 0.5, 2_500],
  ])('retry %i with a draw of %f waits %i ms: full jitter under min(cap, base × 2^retry)', (n, draw, ms) => {
    expect(backoffDelay(n, policy, () => draw)).toBe(ms);
  });
});
