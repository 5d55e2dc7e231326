// What a failure to warm an image means, by table: each diagnosis of warm, a 404 on an archived
// image, the deadline read from what the calls saw, and a 403 on a Docker Hub name.

import { describe, expect, it } from '@jest/globals';
import {
  type CachedImageContext,
  type CallCounts,
  mayBeArchived,
  type WarmFailure,
  warmDiagnosis,
} from '../../../src/core/warm/diagnosis.js';

const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name, ...extra });
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
      'a registry ECR cannot cache: no rule to create, the alternatives instead',
      { kind: 'unmapped', registry: 'gcr.io', reason: 'no pull-through rule for gcr.io' },
      /^no pull-through rule for gcr\.io$/,
      /^ECR pull-through cache cannot cache gcr\.io .*mirror the images you need into an ECR repository yourself, or let gcr\.io through a NAT$/,
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

describe('a 404 on an archived image', () => {
  const image = { registry: 'r', repository: 'quay/org/app', suffix: ':1' };
  const notFound = (stored?: { reference: string; status: string }): WarmFailure => ({
    kind: 'registry',
    status: 404,
    code: 'MANIFEST_UNKNOWN',
    detail: 'Requested image not found',
    image,
    digestOnly: false,
    ...(stored && { stored }),
  });

  it('is worth asking DescribeImages about unless no rule covers the name', () => {
    expect(mayBeArchived(404, 'MANIFEST_UNKNOWN')).toBe(true);
    expect(mayBeArchived(404, undefined)).toBe(true);
    expect(mayBeArchived(404, 'NAME_UNKNOWN')).toBe(false);
    expect(mayBeArchived(403, 'DENIED')).toBe(false);
  });

  it.each<[string, { reference: string; status: string } | undefined, RegExp]>([
    ['archived, by tag', { reference: '1', status: 'ARCHIVED' }, /^archived: quay\/org\/app:1 /],
    ['being restored', { reference: '1', status: 'ACTIVATING' }, /^being restored from the archive/],
    [
      'ACTIVE (it went missing otherwise)',
      { reference: '1', status: 'ACTIVE' },
      /^Requested image not found/,
    ],
    ['not held at all', undefined, /^Requested image not found/],
  ])('%s', (_, stored, error) => {
    expect(warmDiagnosis(notFound(stored)).error).toMatch(error);
  });
});

describe('the deadline, from what the calls saw', () => {
  const counts = (c: Partial<CallCounts>): CallCounts => ({
    sent: 0,
    ok: 0,
    throttled: 0,
    failed: 0,
    silent: 0,
    failingStreak: 0,
    ...c,
  });
  const base = { kind: 'deadline', waitedMs: 20_000, timeoutMs: 20_000, region: 'us-east-1' } as const;
  const checks = (c: Partial<CallCounts>, sinceAnsweredMs?: number) => ({
    operation: 'DescribeImages',
    counts: counts(c),
    ...(sinceAnsweredMs !== undefined && { sinceAnsweredMs }),
  });
  const api = {
    service: 'ecr.api',
    host: 'api.ecr.us-east-1.amazonaws.com',
    operation: 'DescribeImages',
  } as const;

  it.each<[string, WarmFailure, RegExp, RegExp]>([
    [
      'every check throttled: not confirmed, fewer calls',
      {
        ...base,
        triggered: true,
        checks: checks({ sent: 25, throttled: 25, failingStreak: 25, lastError: 'Rate exceeded' }),
      },
      /^not confirmed ready after 20\.0 s: DescribeImages was throttled 25 times \(last: Rate exceeded\), 0 of 25 checks answered; ECR may have finished importing$/,
      /lower the concurrency \(--concurrency; the action's concurrency\) or the call rate \(--rate, CLI only\)/,
    ],
    [
      'answered until a moment ago, then one failure: still importing',
      {
        ...base,
        triggered: true,
        checks: checks({ sent: 12, ok: 11, failed: 1, failingStreak: 1, lastError: '500' }, 1_500),
      },
      /^not ready after 20\.0 s: ECR is still importing it$/,
      /--timeout, now 20\.0 s; the action's warm-timeout/,
    ],
    [
      'answered long ago, failing since: not confirmed, the API kept failing',
      {
        ...base,
        triggered: true,
        checks: checks({ sent: 9, ok: 2, failed: 7, failingStreak: 7, lastError: 'We encountered' }, 15_000),
      },
      /^not confirmed ready after 20\.0 s: DescribeImages failed 7 times \(last: We encountered\), 2 of 9 checks answered/,
      /the ECR API kept failing: .* in us-east-1/,
    ],
    [
      'a check in flight a moment, the API answering throttles: not a silent endpoint',
      {
        ...base,
        triggered: true,
        unanswered: api,
        inFlightMs: 200,
        checks: checks({ sent: 6, throttled: 5, failingStreak: 5, lastError: 'Rate exceeded' }),
      },
      /^not confirmed ready after 20\.0 s: DescribeImages was throttled 5 times/,
      /--concurrency/,
    ],
    [
      'a check in flight most of the wait, nothing ever heard: the endpoint is named',
      { ...base, triggered: true, unanswered: api, inFlightMs: 15_000, checks: checks({ sent: 1 }) },
      /^no answer from the ECR API \(api\.ecr\.us-east-1\.amazonaws\.com, DescribeImages\) within 20 s$/,
      /com\.amazonaws\.us-east-1\.ecr\.api/,
    ],
    [
      'checks that timed out, and one more in flight: the endpoint is named',
      {
        ...base,
        triggered: true,
        unanswered: api,
        inFlightMs: 1_000,
        checks: checks({ sent: 4, silent: 3, failingStreak: 3, lastError: 'no answer within 5 s' }),
      },
      /^no answer from the ECR API/,
      /ecr\.api/,
    ],
    [
      'a slow discovery: named, with the way around it',
      {
        ...base,
        waitedMs: 14_000,
        timeoutMs: 60_000,
        triggered: true,
        before: { operation: 'DescribePullThroughCacheRules', ms: 45_000 },
        checks: checks({ sent: 5, ok: 5 }, 900),
      },
      /^not ready after 14\.0 s: ECR is still importing it; DescribePullThroughCacheRules took 45\.0 s of the 60\.0 s before the first pull$/,
      /name the rules \(--rule PREFIX=UPSTREAM_URL; the action's rules\) .* or allow more time \(--timeout, now 60\.0 s; the action's warm-timeout\)/,
    ],
    [
      'a quick start is not mentioned',
      {
        ...base,
        triggered: true,
        before: { operation: 'GetAuthorizationToken', ms: 300 },
        checks: checks({ sent: 5, ok: 5 }, 900),
      },
      /^not ready after 20\.0 s: ECR is still importing it$/,
      /start warm earlier/,
    ],
    [
      'never sent: waiting for a request slot',
      { ...base, waitedMs: 3_000, triggered: false, pulls: counts({}) },
      /^the import was not started: its first pull was still waiting for a free request slot when time ran out \(after 3\.0 s\)$/,
      /raise the concurrency \(--concurrency; the action's concurrency\)/,
    ],
    [
      'the first pull sent a moment ago: not answered yet, not a silent registry',
      {
        ...base,
        waitedMs: 3_000,
        triggered: false,
        unanswered: { service: 'ecr.dkr', host: 'r', operation: 'GET manifest x:1' },
        inFlightMs: 400,
        pulls: counts({ sent: 1 }),
      },
      /^the import was not started: the first pull was sent 0\.4 s before the deadline and not answered yet$/,
      /allow more time/,
    ],
    [
      'a slow start, then the first pull sent a moment before the deadline: the start is named, not the registry',
      {
        ...base,
        waitedMs: 900,
        timeoutMs: 5_500,
        triggered: false,
        before: { operation: 'DescribePullThroughCacheRules', ms: 4_400 },
        unanswered: { service: 'ecr.dkr', host: 'r', operation: 'GET manifest x:1' },
        inFlightMs: 900,
        pulls: counts({ sent: 1 }),
      },
      /^the import was not started: the first pull was sent 0\.9 s before the deadline and not answered yet; DescribePullThroughCacheRules took 4\.4 s of the 5\.5 s before the first pull$/,
      /name the rules/,
    ],
    [
      'the pulls throttled by the registry',
      {
        ...base,
        triggered: false,
        pulls: counts({ sent: 8, throttled: 8, failingStreak: 8, lastError: '429 TOOMANYREQUESTS' }),
      },
      /^the registry did not let warm start the import before the deadline \(20\.0 s\): the pull was throttled 8 times \(last: 429 TOOMANYREQUESTS\)$/,
      /lower the concurrency/,
    ],
  ])('%s', (_, failure, error, hint) => {
    const d = warmDiagnosis(failure);
    expect(d.error).toMatch(error);
    expect(d.hint).toMatch(hint);
  });
});

describe('a 403 on a Docker Hub name is decided by the name, not the words', () => {
  const hub = (path: string) => ({
    registry: 'r',
    repository: `docker-hub/${path}`,
    suffix: ':1',
    rule: { prefix: 'docker-hub', upstream: 'docker.io', path },
  });
  const denied = (path: string, detail: string): WarmFailure => ({
    kind: 'registry',
    status: 403,
    code: 'DENIED',
    detail,
    image: hub(path),
    digestOnly: false,
  });

  it.each<[string, WarmFailure, RegExp]>([
    [
      'any words, a short name',
      denied('alpine', 'Forbidden'),
      /^Docker Hub refused "alpine" \(403\): official images live under library\//,
    ],
    ['no words at all', denied('alpine', ''), /official images live under library\//],
    ['library/ before a namespaced name', denied('library/a/b', 'Forbidden'), /library\/ does not belong/],
    [
      'IAM names the action it denied',
      denied('alpine', 'User: x is not authorized to perform: ecr:BatchGetImage on resource: y'),
      /^access denied \(403/,
    ],
    [
      'the token expired',
      denied('alpine', 'Your authorization token has expired.'),
      /^the registry token has expired$/,
    ],
  ])('%s', (_, failure, error) => {
    expect(warmDiagnosis(failure).error).toMatch(error);
  });
});
