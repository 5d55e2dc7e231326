// What "ready in the cache" means for one image, and the rule a cache repository falls under, by table.

import { describe, expect, it } from '@jest/globals';
import { parseImageRef } from '../../../src/core/image/reference.js';
import { parsePlatform } from '../../../src/core/warm/manifest.js';
import { cachedImageContext, listedReady, readiness } from '../../../src/core/warm/readiness.js';

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

describe('ready by a listing of the repository', () => {
  const D = (c: string) => `sha256:${c.repeat(64)}`;
  const byTag = {
    digest: D('0'),
    manifests: [D('0'), D('a'), D('b')],
    tag: '1.0',
    images: [],
    platforms: [],
  };
  const pinned = { digest: D('a'), manifests: [D('a')], images: [], platforms: [] };
  it.each([
    [
      'every manifest, the index with its tag',
      byTag,
      [
        [D('0'), ['1.0', 'x']],
        [D('a'), []],
        [D('b'), []],
      ],
      true,
    ],
    [
      'a child missing',
      byTag,
      [
        [D('0'), ['1.0']],
        [D('a'), []],
      ],
      false,
    ],
    [
      'the index without the tag (it moved on)',
      byTag,
      [
        [D('0'), ['2.0']],
        [D('a'), []],
        [D('b'), []],
      ],
      false,
    ],
    ['a pinned digest needs no tag', pinned, [[D('a'), []]], true],
    ['an empty repository', pinned, [], false],
  ] as const)('%s', (_, expected, listed, ready) => {
    const listing = new Map(listed.map(([d, tags]) => [d, [...tags]] as const));
    expect(listedReady(listing, expected)).toBe(ready);
  });
});
