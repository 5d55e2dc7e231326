// The pure parts of warm, by table: the poll schedule, the shared rate limit, the slots, manifests,
// readiness, and what a 404 on an archived image means.

import { describe, expect, it } from '@jest/globals';
import {
  type CallCounts,
  mayBeArchived,
  type WarmFailure,
  warmDiagnosis,
} from '../../../src/core/failure.js';
import { parseImageRef } from '../../../src/core/image/reference.js';
import {
  formatPlatform,
  isRunnable,
  MANIFEST_ACCEPT,
  parseManifest,
  parsePlatform,
  platformMatches,
} from '../../../src/core/warm/manifest.js';
import {
  DEFAULT_POLL,
  latenessBound,
  nextPoll,
  plannedPolls,
  pollGap,
} from '../../../src/core/warm/poll-schedule.js';
import { RateLimiter } from '../../../src/core/warm/rate-limit.js';
import { cachedImageContext, readiness } from '../../../src/core/warm/readiness.js';
import { Slots } from '../../../src/warm/slots.js';

describe('poll schedule', () => {
  it.each([
    [0, 995],
    [5_000, 995],
    [10_000, 995],
    [20_000, 1_990],
    [60_000, 5_970],
    [150_000, 14_925],
    [600_000, 14_925],
  ])('waits %i ms after a look at %i ms', (elapsed, gap) => {
    expect(pollGap(elapsed, DEFAULT_POLL)).toBeCloseTo(gap, 6);
  });

  // With the pull that starts the import, these are the issue's budgets: 30 calls for a 60 s
  // import, 70 for a 10-minute one (the greedy schedule the lateness bound allows, and no more).
  it.each([
    [5_000, 6],
    [60_000, 29],
    [600_000, 69],
  ])('looks %#: an import of %i ms is found done by look %i', (importMs, looks) => {
    const times = plannedPolls(importMs, DEFAULT_POLL);
    expect(times).toHaveLength(looks);
    expect(times.at(-1)).toBeGreaterThanOrEqual(importMs);
  });

  it('notices every import within max(1 s, 10%), never more than 15 s, with room for the call itself', () => {
    for (let importMs = 50; importMs <= 900_000; importMs = Math.ceil(importMs * 1.013)) {
      const times = plannedPolls(importMs, DEFAULT_POLL);
      const late = times.at(-1)! - importMs;
      // Worst case: the import ends just after a look, the next one is a whole wait later.
      const previous = times.at(-2) ?? 0;
      const worst = times.at(-1)! - previous;
      expect(late).toBeLessThanOrEqual(latenessBound(importMs, DEFAULT_POLL));
      expect(worst).toBeLessThanOrEqual(latenessBound(previous, DEFAULT_POLL) - 4);
      expect(worst).toBeLessThanOrEqual(15_000);
    }
  });

  it('keeps to its grid when a look is late, and starts a new grid when it is later than the next', () => {
    expect(nextPoll(995, 1_200, DEFAULT_POLL)).toBeCloseTo(1_990, 6);
    expect(nextPoll(995, 2_500, DEFAULT_POLL)).toBeCloseTo(3_495, 6);
  });

  it('scales: a tenth of every duration gives the same looks for a tenth of the import', () => {
    const tenth = { baseMs: 100, capMs: 1_500, ratio: 0.1 };
    expect(plannedPolls(6_000, tenth)).toHaveLength(29);
    expect(plannedPolls(60_000, tenth)).toHaveLength(69);
  });
});

describe('rate limit', () => {
  const policy = { ratePerSec: 10, burst: 3, minRatePerSec: 1, recoverPerSec: 2 };

  it.each([
    // [ms since start of each reservation] -> delays
    [
      [0, 0, 0, 0, 0],
      [0, 0, 0, 100, 200],
    ],
    [
      [0, 0, 0, 1_000, 1_000],
      [0, 0, 0, 0, 0],
    ],
    [
      [0, 0, 0, 50, 50],
      [0, 0, 0, 50, 150],
    ],
  ])('hands out reservations in order: at %j waits %j', (times, delays) => {
    const limiter = new RateLimiter(policy, 0);
    expect(times.map((t) => limiter.reserve(t))).toEqual(delays);
  });

  it('halves the rate on throttling, at most once a second, and regains a fixed step per second', () => {
    const limiter = new RateLimiter(policy, 0);
    limiter.throttled(0);
    expect(limiter.rate(0)).toBe(5);
    limiter.throttled(500);
    expect(limiter.rate(500)).toBeCloseTo(6, 6); // not halved again, and 0.5 s of recovery at 2/s
    expect(limiter.rate(2_000)).toBeCloseTo(9, 6);
    expect(limiter.rate(60_000)).toBe(10);
  });

  it('never drops below the floor', () => {
    const limiter = new RateLimiter({ ...policy, recoverPerSec: 0 }, 0);
    for (let t = 0; t <= 6_000; t += 1_000) limiter.throttled(t);
    expect(limiter.rate(6_000)).toBe(1);
  });

  it('drops the saved burst when throttled, so the next calls spread out', () => {
    const limiter = new RateLimiter(policy, 0);
    limiter.throttled(0);
    expect(limiter.reserve(0)).toBe(200);
  });

  it('refuses a policy that would never let a call through', () => {
    expect(() => new RateLimiter({ ...policy, ratePerSec: 0 }, 0)).toThrow(RangeError);
  });
});

describe('slots', () => {
  it('serves waiters in arrival order, and a waiter that aborts leaves the queue', async () => {
    const slots = new Slots(1);
    const order: string[] = [];
    const first = await slots.acquire();
    const abort = new AbortController();
    const b = slots.acquire().then((release) => {
      order.push('b');
      release();
    });
    const gone = slots.acquire(abort.signal).catch(() => order.push('gone'));
    const c = slots.acquire().then((release) => {
      order.push('c');
      release();
    });
    abort.abort(new Error('deadline'));
    await gone;
    first();
    await Promise.all([b, c]);
    expect(order).toEqual(['gone', 'b', 'c']);
    first(); // a second release is a no-op
    const again = await slots.acquire();
    again();
  });
});

describe('manifests', () => {
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      { digest: 'sha256:a', mediaType: 'x', platform: { os: 'linux', architecture: 'amd64' } },
      { digest: 'sha256:b', mediaType: 'x', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { digest: 'sha256:c', mediaType: 'x', platform: { os: 'unknown', architecture: 'unknown' } },
    ],
  });

  it('asks for indexes, manifest lists and both kinds of image manifest', () => {
    expect(MANIFEST_ACCEPT).toEqual([
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.docker.distribution.manifest.v2+json',
    ]);
  });

  it('reads the children of an index and the blobs of an image', () => {
    const parsed = parseManifest(index);
    expect(parsed.kind).toBe('index');
    if (parsed.kind !== 'index') return;
    expect(parsed.children.map((c) => c.digest)).toEqual(['sha256:a', 'sha256:b', 'sha256:c']);
    expect(parsed.children.filter(isRunnable).map((c) => formatPlatform(c.platform!))).toEqual([
      'linux/amd64',
      'linux/arm64/v8',
    ]);
    const image = parseManifest(
      JSON.stringify({
        config: { digest: 'sha256:cfg' },
        layers: [{ digest: 'sha256:l1' }, { digest: 'sha256:l1' }],
      }),
      'application/vnd.docker.distribution.manifest.v2+json',
    );
    expect(image).toEqual({ kind: 'image', blobs: ['sha256:cfg', 'sha256:l1'] });
    expect(() => parseManifest('<html>')).toThrow(/not JSON/);
  });

  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }, true],
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, true],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v6' }, false],
    ['linux/arm', { os: 'linux', architecture: 'arm', variant: 'v7' }, true],
    ['windows/amd64', { os: 'linux', architecture: 'amd64' }, false],
  ])('--platform %s matches %j: %s', (want, have, expected) => {
    expect(platformMatches(have, parsePlatform(want)!)).toBe(expected);
  });

  it.each(['linux', 'linux/', 'a/b/c/d', ''])('refuses the platform "%s"', (text) => {
    expect(parsePlatform(text)).toBeUndefined();
  });
});

describe('readiness', () => {
  const D = (c: string) => `sha256:${c.repeat(64)}`;
  const image = {
    digest: D('1'),
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    body: '{"layers":[]}',
  };
  const index = {
    digest: D('0'),
    mediaType: 'application/vnd.oci.image.index.v1+json',
    body: JSON.stringify({
      manifests: [
        { digest: D('a'), platform: { os: 'linux', architecture: 'amd64' } },
        { digest: D('b'), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
        { digest: D('c'), platform: { os: 'unknown', architecture: 'unknown' } },
      ],
    }),
  };
  const arm = parsePlatform('linux/arm64')!;

  it.each([
    [
      'an image by tag',
      'alpine:3',
      image,
      [],
      { digest: D('1'), manifests: [D('1')], tag: '3', platforms: [] },
    ],
    ['no tag: what docker pulls, latest', 'alpine', image, [], { manifests: [D('1')], tag: 'latest' }],
    ['an image pinned', `alpine:3@${D('1')}`, image, [], { manifests: [D('1')], tag: undefined }],
    [
      'an index: every child, attestations too',
      'node:20',
      index,
      [],
      {
        digest: D('0'),
        manifests: [D('0'), D('a'), D('b'), D('c')],
        platforms: ['linux/amd64', 'linux/arm64/v8'],
      },
    ],
    [
      'an index, one platform',
      'node:20',
      index,
      [arm],
      { manifests: [D('0'), D('b')], platforms: ['linux/arm64/v8'], tag: '20' },
    ],
    [
      'a pinned child of the index',
      `node:20@${D('b')}`,
      index,
      [],
      { digest: D('b'), manifests: [D('b')], platforms: ['linux/arm64/v8'], tag: undefined },
    ],
  ])('%s', (_, ref, pulled, wanted, expected) => {
    const r = readiness(parseImageRef(ref), pulled, wanted);
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) expect(r).not.toHaveProperty(key);
      else expect(r).toHaveProperty(key, value);
    }
  });

  it.each([
    ['a pin the tag no longer has', `alpine:3@${D('9')}`, image, [], 'tag-moved'],
    ['a pin the index does not list', `node:20@${D('9')}`, index, [], 'tag-moved'],
    ['a platform the index lacks', 'node:20', index, [parsePlatform('linux/s390x')!], 'platform'],
  ])('%s can never be ready', (_, ref, pulled, wanted, kind) => {
    expect(readiness(parseImageRef(ref), pulled, wanted)).toEqual({
      failure: expect.objectContaining({ kind }),
    });
  });

  const rules = [
    { ecrRepositoryPrefix: 'docker-hub', upstreamRegistryUrl: 'registry-1.docker.io' },
    { ecrRepositoryPrefix: 'docker-hub/mirror', upstreamRegistryUrl: 'quay.io' },
    { ecrRepositoryPrefix: 'ROOT', upstreamRegistryUrl: '999999999999.dkr.ecr.us-east-1.amazonaws.com' },
  ];
  it.each([
    ['docker-hub/library/node', { prefix: 'docker-hub', upstream: 'docker.io', path: 'library/node' }],
    ['docker-hub/mirror/a/b', { prefix: 'docker-hub/mirror', upstream: 'quay.io', path: 'a/b' }],
    [
      'team/app',
      { prefix: 'ROOT', upstream: '999999999999.dkr.ecr.us-east-1.amazonaws.com', path: 'team/app' },
    ],
  ])('the cache repository %s falls under %j', (repository, rule) => {
    expect(cachedImageContext('r', repository, ':1', rules).rule).toEqual(rule);
  });
  it('a cache repository no rule covers has no rule', () => {
    expect(cachedImageContext('r', 'other/app', ':1', rules.slice(0, 2)).rule).toBeUndefined();
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
