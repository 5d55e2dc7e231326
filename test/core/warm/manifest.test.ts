// Manifests and platforms as warm reads them, by table.

import { describe, expect, it } from '@jest/globals';
import {
  formatPlatform,
  isRunnable,
  MANIFEST_ACCEPT,
  parseManifest,
  parsePlatform,
  platformMatches,
} from '../../../src/core/warm/manifest.js';

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
