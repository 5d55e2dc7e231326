// Each diagnosis of warm, from a real scenario in the emulator, through the library.

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { type WarmImageResult, type WarmOptions, warm } from '../../../src/index.js';

let emu: Emulator;
const savedEnv = { ...process.env };
const FAST = { poll: { baseMs: 100, capMs: 1_500 }, timeoutMs: 10_000 };

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', importTime: 200 });
  Object.assign(process.env, emu.env());
});
afterAll(async () => {
  process.env = { ...savedEnv };
  await emu.stop();
});
afterEach(() => {
  emu.setPermissions({ batchImportUpstreamImage: true, createRepository: true, describeImages: true });
  emu.setImportTime(200);
});

async function one(image: string, options: Partial<WarmOptions> = {}): Promise<WarmImageResult> {
  const result = await warm({ images: [image], ...FAST, ...options });
  expect(result.images).toHaveLength(1);
  return result.images[0]!;
}

describe('why an image is not ready', () => {
  it('no rule for its registry', async () => {
    const r = await one('registry.gitlab.com/group/app:1');
    expect(r).toMatchObject({ status: 'failed', uri: 'registry.gitlab.com/group/app:1', attempts: 0 });
    expect(r.error).toBe('no pull-through rule for registry.gitlab.com');
    expect(r.hint).toMatch(/create-pull-through-cache-rule .* --upstream-registry-url registry\.gitlab\.com/);
  });

  it('no rule for the prefix of a cache URI', async () => {
    const r = await one(`${emu.registryHost}/mirror/library/alpine:3.20`);
    expect(r.error).toMatch(/^no pull-through cache rule covers mirror\/library\/alpine/);
    expect(r.hint).toMatch(/prefix "mirror"/);
  });

  it('a Docker Hub official image without library/ (403)', async () => {
    const r = await one(`${emu.registryHost}/docker-hub/alpine:3.20`);
    expect(r.error).toBe('Docker Hub refused "alpine" (403): official images live under library/');
    expect(r.hint).toBe(`use ${emu.registryHost}/docker-hub/library/alpine:3.20`);
    expect(r.attempts).toBe(1);
  });

  it('"Requested image not found": no such image upstream', async () => {
    const r = await one('alpine:9.99');
    expect(r.error).toMatch(
      /^Requested image not found: no image docker\.io\/library\/alpine:9\.99 upstream, or ECR was not allowed to import it$/,
    );
    expect(r.hint).toMatch(/ecr:BatchImportUpstreamImage.*ecr:CreateRepository/);
  });

  it('"Requested image not found": the caller may not import (ecr:BatchImportUpstreamImage)', async () => {
    emu.setPermissions({ batchImportUpstreamImage: false });
    const r = await one('nginx:1.27');
    expect(r.error).toMatch(/^Requested image not found/);
    expect(r.hint).toMatch(/ecr:BatchImportUpstreamImage/);
  });

  it('"Requested image not found": the caller may not create the cache repository (ecr:CreateRepository)', async () => {
    emu.setPermissions({ createRepository: false });
    const r = await one('bitnami/redis:7.4');
    expect(r.error).toMatch(/^Requested image not found/);
    expect(r.hint).toMatch(/ecr:CreateRepository when the cache repository is new/);
  });

  it('upstream authentication failed: a library/ that does not belong', async () => {
    const r = await one(`${emu.registryHost}/docker-hub/library/percona/percona-server:8.0`);
    expect(r.error).toMatch(/library\/ does not belong in a namespaced name/);
    expect(r.hint).toMatch(new RegExp(`use ${emu.registryHost}/docker-hub/percona/percona-server:8\\.0$`));
  });

  it('upstream authentication failed: the ecr-pullthroughcache/ secret', async () => {
    const r = await one('docker.io/acme/private-app:1');
    expect(r.error).toMatch(/^authentication to docker\.io failed \(403: The authentication to the upstream/);
    expect(r.hint).toMatch(/ecr-pullthroughcache\/.*username and accessToken/);
  });

  it('the deadline: still importing, and for how long it waited', async () => {
    await emu.upstream.seedImage({ host: 'docker.io', path: 'acme/huge', tag: '1' });
    emu.setImportTime(60_000);
    // It ends at its deadline, not at the 60 s import: the message says how long it waited.
    const r = await one('acme/huge:1', { timeoutMs: 1_500 });
    expect(r.error).toMatch(/^not ready after 1\.\d s: ECR is still importing it$/);
    expect(r.hint).toMatch(/--timeout, now 1\.5 s/);
  });

  it('a digest-only reference not in the cache: ECR cannot import by digest', async () => {
    const seeded = await emu.upstream.seedImage({ host: 'docker.io', path: 'acme/pinned', tag: '2' });
    const byDigest = await one(`acme/pinned@${seeded.digest}`);
    expect(byDigest.error).toMatch(/cannot import an image by digest on its first pull/);
    expect(byDigest.hint).toMatch(/warm it by tag, as NAME:TAG@sha256:/);
    // By tag and digest: triggered by the tag, checked by the digest; afterwards the digest is cached.
    expect(await one(`acme/pinned:2@${seeded.digest}`)).toMatchObject({
      status: 'ready',
      digest: seeded.digest,
    });
    expect(await one(`acme/pinned@${seeded.digest}`)).toMatchObject({
      status: 'ready',
      digest: seeded.digest,
    });
  });

  it('a pinned digest the tag no longer points to', async () => {
    const seeded = await emu.upstream.seedImage({ host: 'docker.io', path: 'acme/moving', tag: '1' });
    const pinned = `sha256:${'ab'.repeat(32)}`;
    const r = await one(`acme/moving:1@${pinned}`);
    expect(r.error).toBe(`the tag 1 now points to ${seeded.digest}, not to the pinned ${pinned}`);
  });

  it('a platform the index does not have', async () => {
    const r = await one('node:20', { platforms: ['linux/s390x'] });
    expect(r.error).toBe('the index has no linux/s390x image (it has linux/amd64, linux/arm64)');
  });

  it('an archived image: said at once (one DescribeImages, on the failure path only), with how to restore it', async () => {
    const repository = 'docker-hub/library/nginx';
    const warmed = await one('nginx:1.27');
    expect(warmed.status).toBe('ready');
    emu.archiveImage(repository, '1.27');
    emu.log.clear();
    // At once: the stand-in's log below shows one pull and one DescribeImages, no looks after.
    const r = await one('nginx:1.27');
    expect(r).toMatchObject({ status: 'failed', attempts: 2 });
    expect(r.error).toBe(
      `archived: ${repository}:1.27 is in ECR's archive storage class, and an archived image cannot be pulled`,
    );
    expect(r.hint).toBe(
      `restore it (UpdateImageStorageClass: aws ecr update-image-storage-class --repository-name ${repository} --image-id imageTag=1.27 --target-storage-class STANDARD; up to 20 minutes) and warm again, or pull a new tag, which ECR imports afresh`,
    );
    expect(emu.log.forImage(repository).map((e) => `${e.operation} ${e.status}`)).toEqual([
      'manifest 404',
      'DescribeImages 200',
    ]);
    expect(emu.imports.filter((i) => i.repository === repository)).toHaveLength(1);

    // By digest too; while a restore runs, said so; once restored, ready again.
    const byDigest = await one(`nginx@${warmed.digest}`);
    expect(byDigest.error).toMatch(/^archived: docker-hub\/library\/nginx@sha256:/);
    expect(byDigest.hint).toContain(`--image-id imageDigest=${warmed.digest} `);
    // The restore lasts until the test ends it: "being restored" on any machine's speed.
    emu.restoreImage(repository, '1.27', 600_000);
    expect((await one('nginx:1.27')).error).toMatch(/^being restored from the archive: ECR does not serve/);
    emu.finishRestores();
    expect(await one('nginx:1.27')).toMatchObject({ status: 'ready' });
  });

  it('DescribeImages denied: said at once, not retried', async () => {
    emu.setPermissions({ describeImages: false });
    const r = await one('quay.io/prometheus/node-exporter:v1.8.0');
    expect(r.error).toMatch(/^DescribeImages failed: .*not authorized to perform: ecr:DescribeImages/);
    expect(r.hint).toBe('the caller lacks ecr:DescribeImages: grant it in the IAM policy');
    expect(emu.log.count({ operation: 'DescribeImages', repository: 'quay/prometheus/node-exporter' })).toBe(
      1,
    );
  });
});

describe('what ready means', () => {
  it('of an index, only the --platform children when given; with --verify-layers, every layer AVAILABLE', async () => {
    const r = await one('node:20', { platforms: ['linux/arm64'], verifyLayers: true });
    expect(r).toMatchObject({ status: 'ready', platforms: ['linux/arm64'] });
    const repo = 'docker-hub/library/node';
    expect(emu.log.count({ operation: 'BatchCheckLayerAvailability', repository: repo })).toBeGreaterThan(0);
  });

  it('hands the registry password to onSecret, and never puts it in the result', async () => {
    const secrets: string[] = [];
    const result = await warm({
      images: ['registry.k8s.io/pause:3.10'],
      ...FAST,
      onSecret: (s) => secrets.push(s),
    });
    expect(result.images[0]?.status).toBe('ready');
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of secrets) expect(JSON.stringify(result)).not.toContain(s);
  });
});
