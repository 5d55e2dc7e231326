// What failures mean: the retry rule for the errors warm meets, and each diagnosis of warm, by table.

import { describe, expect, it, test } from '@jest/globals';
import {
  awsHint,
  type CachedImageContext,
  isAuthFailure,
  isRetryable,
  type WarmFailure,
  warmDiagnosis,
} from '../../src/core/failure.js';
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

  it('counts a registry 401 as an authentication failure', () => {
    expect(isAuthFailure(new RegistryError(401, 'UNAUTHORIZED', ''))).toBe(true);
    expect(isAuthFailure(new RegistryError(404, 'MANIFEST_UNKNOWN', ''))).toBe(false);
  });
});

const REGISTRY = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const hub = (path: string, suffix = ':1'): CachedImageContext => ({
  registry: REGISTRY,
  repository: `docker-hub/${path}`,
  suffix,
  rule: { prefix: 'docker-hub', upstream: 'docker.io', path },
});
const registry = (
  status: number,
  code: string | undefined,
  detail: string,
  image: CachedImageContext,
  digestOnly = false,
): WarmFailure => ({ kind: 'registry', status, ...(code && { code }), detail, image, digestOnly });
const UPSTREAM_AUTH =
  'The authentication to the upstream registry failed. Verify that the credentials in your secret are valid and try again.';

describe('warmDiagnosis', () => {
  it.each<[string, WarmFailure, RegExp, RegExp | undefined]>([
    [
      'no rule for the registry',
      {
        kind: 'unmapped',
        registry: 'registry.gitlab.com',
        reason: 'no pull-through rule for registry.gitlab.com',
      },
      /^no pull-through rule for registry\.gitlab\.com$/,
      /create-pull-through-cache-rule .*--upstream-registry-url registry\.gitlab\.com.*--rule PREFIX=registry\.gitlab\.com/,
    ],
    [
      'no rule for the cache prefix (NAME_UNKNOWN)',
      registry(404, 'NAME_UNKNOWN', "The repository with name 'hub/x' does not exist", {
        registry: REGISTRY,
        repository: 'hub/x',
        suffix: ':1',
      }),
      /no pull-through cache rule covers hub\/x/,
      /prefix "hub"/,
    ],
    [
      'a Docker Hub official image without library/',
      registry(403, 'DENIED', UPSTREAM_AUTH, hub('node', ':20')),
      /Docker Hub refused "node" \(403\): official images live under library\//,
      new RegExp(`use ${REGISTRY.replaceAll('.', '\\.')}/docker-hub/library/node:20$`),
    ],
    [
      'library/ in front of a namespaced name',
      registry(403, 'DENIED', UPSTREAM_AUTH, hub('library/percona/percona-server', ':8.0')),
      /library\/ does not belong in a namespaced name/,
      /use .*\/docker-hub\/percona\/percona-server:8\.0$/,
    ],
    [
      'the upstream refused the secret',
      registry(403, 'DENIED', UPSTREAM_AUTH, hub('acme/private')),
      /^authentication to docker\.io failed \(403: The authentication/,
      /ecr-pullthroughcache\/.*username and accessToken.*repository that does not exist/,
    ],
    [
      'the upstream refused the secret (not Docker Hub)',
      registry(403, 'DENIED', UPSTREAM_AUTH, {
        registry: REGISTRY,
        repository: 'github/o/app',
        suffix: ':1',
        rule: { prefix: 'github', upstream: 'ghcr.io', path: 'o/app' },
      }),
      /^authentication to ghcr\.io failed/,
      /valid for ghcr\.io$/,
    ],
    [
      'Requested image not found',
      registry(404, 'MANIFEST_UNKNOWN', 'Requested image not found', hub('library/alpine', ':9.99')),
      /Requested image not found: no image docker\.io\/library\/alpine:9\.99 upstream, or ECR was not allowed/,
      /ecr:BatchImportUpstreamImage.*ecr:CreateRepository/,
    ],
    [
      'a first pull by digest',
      registry(
        404,
        'MANIFEST_UNKNOWN',
        'Requested image not found',
        hub('library/alpine', '@sha256:ab'),
        true,
      ),
      /cannot import an image by digest on its first pull/,
      /NAME:TAG@sha256:ab.*containers-roadmap#2837/,
    ],
    [
      'a token for another registry (401)',
      registry(401, 'UNAUTHORIZED', 'Not Authorized', hub('library/alpine')),
      /refused the token \(401 Unauthorized/,
      /another account or region/,
    ],
    [
      'an expired token',
      registry(
        403,
        'DENIED',
        'Your authorization token has expired. Reauthenticate and try again.',
        hub('a/b'),
      ),
      /token has expired/,
      /12 hours/,
    ],
    [
      'a missing pull permission',
      registry(
        403,
        'DENIED',
        'User: arn:aws:sts::1:assumed-role/ci/s is not authorized to perform: ecr:BatchGetImage on resource: x',
        hub('a/b'),
      ),
      /^access denied \(403/,
      /lacks ecr:BatchGetImage on docker-hub\/a\/b/,
    ],
    [
      'the deadline while importing',
      { kind: 'deadline', waitedMs: 12_345, timeoutMs: 15_000, triggered: true },
      /^not ready after 12\.3 s: ECR is still importing it$/,
      /--timeout, now 15\.0 s/,
    ],
    [
      'the deadline with layers pending',
      { kind: 'deadline', waitedMs: 2_000, timeoutMs: 3_000, triggered: true, layersPending: 2 },
      /\(2 layer\(s\) not available yet\)/,
      /--timeout/,
    ],
    [
      'the deadline before the pull got through',
      { kind: 'deadline', waitedMs: 3_000, timeoutMs: 3_000, triggered: false, lastError: '503 UNKNOWN' },
      /did not let warm start the import before the deadline \(3\.0 s\): 503 UNKNOWN/,
      /HTTPS_PROXY/,
    ],
    [
      'a tag that moved',
      { kind: 'tag-moved', tag: '20', digest: 'sha256:new', pinned: 'sha256:old' },
      /the tag 20 now points to sha256:new, not to the pinned sha256:old/,
      /update the pinned digest/,
    ],
    [
      'no child for the platform',
      { kind: 'platform', wanted: ['linux/s390x'], available: ['linux/amd64', 'linux/arm64'] },
      /no linux\/s390x image \(it has linux\/amd64, linux\/arm64\)/,
      /--platform/,
    ],
    [
      'DescribeImages denied',
      {
        kind: 'api',
        operation: 'DescribeImages',
        region: 'us-east-1',
        error: named('AccessDeniedException', {
          message: 'User: x is not authorized to perform: ecr:DescribeImages on resource: y',
        }),
      },
      /^DescribeImages failed: User: x is not authorized/,
      /lacks ecr:DescribeImages/,
    ],
    ['anything else', { kind: 'other', error: new Error('boom') }, /^boom$/, undefined],
  ])('%s', (_, failure, error, hint) => {
    const d = warmDiagnosis(failure);
    expect(d.error).toMatch(error);
    if (hint) expect(d.hint).toMatch(hint);
    else expect(d.hint).toBeUndefined();
  });
});

describe('errors the SDK wraps (a socket error seen from another realm)', () => {
  const wrapped = new Error('AWS SDK error wrapper for TimeoutError: read ECONNRESET');

  test('are retried like the error inside', () => {
    expect(isRetryable(wrapped)).toBe(true);
    expect(isRetryable(new Error('AWS SDK error wrapper for Error: something else'))).toBe(false);
  });

  test('get the hint of the error inside', () => {
    const refused = new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 10.0.0.1:443');
    expect(awsHint(refused, 'us-east-1')).toContain('did not answer');
  });
});
