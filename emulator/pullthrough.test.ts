import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ecr, importsDone, password, registry } from './helpers.js';
import { MediaType } from './images.js';
import { type Emulator, startEmulator } from './index.js';

let emu: Emulator;
let pw: string;

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', importTime: 200 });
  pw = await password(emu);
});
afterAll(() => emu.stop());

const DAY = 24 * 60 * 60 * 1000;

function manifestOf(text: string): {
  config?: { digest: string };
  layers?: { digest: string; size: number }[];
  manifests?: { digest: string; platform: { architecture: string } }[];
} {
  return JSON.parse(text);
}

describe('registry auth', () => {
  it('sends the distribution API version header and a Basic challenge without credentials', async () => {
    const res = await registry(emu, '/v2/');
    expect(res.status).toBe(401);
    expect(res.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
    expect(res.headers.get('www-authenticate')).toBe(
      `Basic realm="https://${emu.registryHost}/",service="ecr.amazonaws.com"`,
    );
    expect(res.json().errors?.[0]?.code).toBe('UNAUTHORIZED');
  });

  it('answers 401 with the challenge for a wrong password or user', async () => {
    const wrong = await registry(emu, '/v2/', { pw: 'not-a-token' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect(
      (await registry(emu, '/v2/', { authorization: `Basic ${Buffer.from(`bob:${pw}`).toString('base64')}` }))
        .status,
    ).toBe(401);
    expect((await registry(emu, '/v2/docker-hub/library/alpine/manifests/3.20')).status).toBe(401);
  });

  it('accepts a fresh token, and refuses it once the emulator clock passes its expiry', async () => {
    const own = await startEmulator({ upstream: 'memory', tokenTtlMs: 60_000 });
    try {
      const token = await password(own);
      expect((await registry(own, '/v2/', { pw: token })).status).toBe(200);
      own.clock.advance(61_000);
      const expired = await registry(own, '/v2/', { pw: token });
      // ECR answers an expired token with 403 DENIED (see registry.ts).
      expect(expired.status).toBe(403);
      expect(expired.json().errors?.[0]).toEqual({
        code: 'DENIED',
        message: 'Your authorization token has expired. Reauthenticate and try again.',
      });
      expect((await registry(own, '/v2/', { pw: await password(own) })).status).toBe(200);
    } finally {
      await own.stop();
    }
  });
});

describe('first pull by tag', () => {
  it('creates the repository, imports in the background and redirects layers to the CDN until done', async () => {
    const repo = 'docker-hub/library/nginx';
    // The import lasts until the test ends it: the checks below run during it on any machine.
    emu.setImportTime(600_000);
    const first = await registry(emu, `/v2/${repo}/manifests/1.27`, { pw });
    emu.setImportTime(200);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe(MediaType.dockerManifest);
    const digest = first.headers.get('docker-content-digest');
    expect(digest).toMatch(/^sha256:/);
    const record = emu.imports.find((i) => i.repository === repo);
    expect(record).toMatchObject({ tag: '1.27', digest });
    expect(record?.completedAt).toBeUndefined();

    // During the import: the repository exists, the image is not listed, layers go to the CDN.
    expect((await ecr(emu, 'DescribeRepositories', { repositoryNames: [repo] })).status).toBe(200);
    const during = await ecr(emu, 'DescribeImages', {
      repositoryName: repo,
      imageIds: [{ imageTag: '1.27' }],
    });
    expect(during.body.__type).toBe('ImageNotFoundException');
    const layer = manifestOf(first.text).layers?.[0];
    const redirected = await registry(emu, `/v2/${repo}/blobs/${layer?.digest}`, { pw });
    expect(redirected.status).toBe(307);
    expect(redirected.headers.get('location')?.startsWith(`${emu.cdnUrl}/`)).toBe(true);
    const check = await ecr(emu, 'BatchCheckLayerAvailability', {
      repositoryName: repo,
      layerDigests: [layer?.digest],
    });
    expect(check.body.layers).toEqual([expect.objectContaining({ layerAvailability: 'UNAVAILABLE' })]);

    emu.finishImports(repo);
    expect(record?.completedAt).toBeGreaterThanOrEqual(record?.startedAt ?? Number.NaN);

    const after = await ecr(emu, 'DescribeImages', {
      repositoryName: repo,
      imageIds: [{ imageTag: '1.27' }],
    });
    expect(after.body.imageDetails).toEqual([
      expect.objectContaining({ imageDigest: digest, imageTags: ['1.27'] }),
    ]);
    const blob = await registry(emu, `/v2/${repo}/blobs/${layer?.digest}`, { pw });
    expect(blob.status).toBe(200);
    expect(blob.headers.get('docker-content-digest')).toBe(layer?.digest);
    expect(Number(blob.headers.get('content-length'))).toBe(layer?.size);
    const available = await ecr(emu, 'BatchCheckLayerAvailability', {
      repositoryName: repo,
      layerDigests: [layer?.digest],
    });
    expect(available.body.layers).toEqual([expect.objectContaining({ layerAvailability: 'AVAILABLE' })]);
    expect((await registry(emu, `/v2/${repo}/tags/list`, { pw })).json()).toEqual({
      name: repo,
      tags: ['1.27'],
    });
  });

  it('starts one import however many GETs arrive while it runs', async () => {
    const repo = 'quay/prometheus/node-exporter';
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => registry(emu, `/v2/${repo}/manifests/v1.8.0`, { pw })),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[0]?.headers.get('content-type')).toBe(MediaType.ociManifest);
    expect(emu.imports.filter((i) => i.repository === repo)).toHaveLength(1);
    await importsDone(emu);
  });

  it('imports an index with every child manifest and their layers', async () => {
    const repo = 'docker-hub/library/node';
    const index = await registry(emu, `/v2/${repo}/manifests/20`, { pw });
    expect(index.headers.get('content-type')).toBe(MediaType.dockerList);
    const children = manifestOf(index.text).manifests ?? [];
    expect(children.map((c) => c.platform.architecture)).toEqual(['amd64', 'arm64']);
    // Children are served (from upstream) while the import runs, their layers are not.
    const child = await registry(emu, `/v2/${repo}/manifests/${children[0]?.digest}`, { pw });
    expect(child.status).toBe(200);
    const childLayer = manifestOf(child.text).layers?.[0]?.digest;
    expect((await registry(emu, `/v2/${repo}/blobs/${childLayer}`, { pw })).status).toBe(307);
    await importsDone(emu);
    const images = await ecr(emu, 'DescribeImages', { repositoryName: repo });
    const digests = (images.body.imageDetails as { imageDigest: string }[]).map((d) => d.imageDigest).sort();
    expect(digests).toEqual(
      [index.headers.get('docker-content-digest'), ...children.map((c) => c.digest)].sort(),
    );
    for (const c of children) {
      const m = await registry(emu, `/v2/${repo}/manifests/${c.digest}`, { pw });
      expect(m.status).toBe(200);
      for (const l of manifestOf(m.text).layers ?? []) {
        expect((await registry(emu, `/v2/${repo}/blobs/${l.digest}`, { pw })).status).toBe(200);
      }
    }
  });

  it('honours the Accept header and HEAD', async () => {
    const repo = 'docker-hub/library/node';
    const refused = await registry(emu, `/v2/${repo}/manifests/20`, { pw, accept: MediaType.dockerManifest });
    expect(refused.status).toBe(404);
    expect(refused.json().errors?.[0]?.code).toBe('MANIFEST_UNKNOWN');
    const head = await registry(emu, `/v2/${repo}/manifests/20`, { pw, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('docker-content-digest')).toMatch(/^sha256:/);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
  });
});

describe('what does not start an import', () => {
  it('a first pull by digest answers MANIFEST_UNKNOWN (containers-roadmap#2837)', async () => {
    const seeded = await emu.upstream.seedImage({ host: 'ghcr.io', path: 'acme/by-digest', tag: 'v1' });
    const res = await registry(emu, `/v2/github/acme/by-digest/manifests/${seeded.digest}`, { pw });
    expect(res.status).toBe(404);
    expect(res.json().errors?.[0]).toEqual({
      code: 'MANIFEST_UNKNOWN',
      message: 'Requested image not found',
    });
    expect(emu.imports.some((i) => i.repository === 'github/acme/by-digest')).toBe(false);
  });

  it('a HEAD by tag answers from upstream without importing', async () => {
    const res = await registry(emu, '/v2/k8s/pause/manifests/3.10', { pw, method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(emu.imports.some((i) => i.repository === 'k8s/pause')).toBe(false);
    const repos = await ecr(emu, 'DescribeRepositories', { repositoryNames: ['k8s/pause'] });
    expect(repos.body.__type).toBe('RepositoryNotFoundException');
  });

  it('a HEAD by tag then a GET by its digest (how containerd and BuildKit pull) starts the import', async () => {
    await emu.upstream.seedImage({ host: 'docker.io', path: 'library/headfirst', tag: '1' });
    const head = await registry(emu, '/v2/docker-hub/library/headfirst/manifests/1', { pw, method: 'HEAD' });
    expect(head.status).toBe(200);
    const digest = String(head.headers.get('docker-content-digest'));
    expect(emu.imports.some((i) => i.repository === 'docker-hub/library/headfirst')).toBe(false);
    const get = await registry(emu, `/v2/docker-hub/library/headfirst/manifests/${digest}`, { pw });
    expect(get.status).toBe(200);
    expect(emu.imports.filter((i) => i.repository === 'docker-hub/library/headfirst')).toHaveLength(1);
  });

  it('a GET by a digest no HEAD resolved is still not found (containers-roadmap#2837)', async () => {
    const head = await registry(emu, '/v2/docker-hub/bitnami/redis/manifests/7.4', { pw, method: 'HEAD' });
    const digest = String(head.headers.get('docker-content-digest'));
    const other = await registry(emu, `/v2/quay/prometheus/node-exporter/manifests/${digest}`, { pw });
    expect(other.status).toBe(404);
  });

  it('an image missing upstream is MANIFEST_UNKNOWN "Requested image not found"', async () => {
    const res = await registry(emu, '/v2/docker-hub/library/alpine/manifests/0.0-nope', { pw });
    expect(res.status).toBe(404);
    expect(res.json().errors?.[0]).toEqual({
      code: 'MANIFEST_UNKNOWN',
      message: 'Requested image not found',
    });
  });

  it('a name under no rule is NAME_UNKNOWN', async () => {
    const res = await registry(emu, '/v2/somewhere/else/manifests/1', { pw });
    expect(res.status).toBe(404);
    expect(res.json().errors?.[0]?.code).toBe('NAME_UNKNOWN');
    expect((await registry(emu, '/v2/somewhere/else/tags/list', { pw })).json().errors?.[0]?.code).toBe(
      'NAME_UNKNOWN',
    );
  });

  it('an uppercase or malformed name is NAME_INVALID', async () => {
    const res = await registry(emu, '/v2/docker-hub/Library/alpine/manifests/3.20', { pw });
    expect(res.status).toBe(400);
    expect(res.json().errors?.[0]?.code).toBe('NAME_INVALID');
  });
});

describe('Docker Hub naming', () => {
  it('an official image without library/ is 403 DENIED', async () => {
    const res = await registry(emu, '/v2/docker-hub/alpine/manifests/3.20', { pw });
    expect(res.status).toBe(403);
    expect(res.json().errors?.[0]?.code).toBe('DENIED');
  });

  it('library/ in front of a namespaced name fails as an upstream authentication failure', async () => {
    const res = await registry(emu, '/v2/docker-hub/library/percona/percona-server/manifests/8.0', { pw });
    expect(res.status).toBe(403);
    expect(res.json().errors?.[0]).toEqual({
      code: 'DENIED',
      message: expect.stringContaining('authentication to the upstream registry failed'),
    });
    const ok = await registry(emu, '/v2/docker-hub/percona/percona-server/manifests/8.0', { pw });
    expect(ok.status).toBe(200);
    await importsDone(emu);
  });
});

describe('permissions on pull', () => {
  it('without CreateRepository or BatchImportUpstreamImage a pull is "Requested image not found"', async () => {
    emu.setPermissions({ createRepository: false });
    try {
      const res = await registry(emu, '/v2/docker-hub/bitnami/redis/manifests/7.4', { pw });
      expect(res.status).toBe(404);
      expect(res.json().errors?.[0]).toEqual({
        code: 'MANIFEST_UNKNOWN',
        message: 'Requested image not found',
      });
    } finally {
      emu.setPermissions({ createRepository: true });
    }
    emu.setPermissions({ batchImportUpstreamImage: false });
    try {
      const res = await registry(emu, '/v2/docker-hub/bitnami/redis/manifests/7.4', { pw });
      expect(res.json().errors?.[0]?.message).toBe('Requested image not found');
    } finally {
      emu.setPermissions({ batchImportUpstreamImage: true });
    }
    expect(emu.imports.some((i) => i.repository === 'docker-hub/bitnami/redis')).toBe(false);
  });

  it('an existing repository needs only BatchImportUpstreamImage for a new tag', async () => {
    await emu.upstream.seedImage({ host: 'docker.io', path: 'bitnami/redis', tag: '7.2' });
    expect((await registry(emu, '/v2/docker-hub/bitnami/redis/manifests/7.4', { pw })).status).toBe(200);
    emu.setPermissions({ createRepository: false });
    try {
      expect((await registry(emu, '/v2/docker-hub/bitnami/redis/manifests/7.2', { pw })).status).toBe(200);
    } finally {
      emu.setPermissions({ createRepository: true });
    }
    await importsDone(emu);
  });

  it('without BatchGetImage the registry answers 403 DENIED', async () => {
    emu.setPermissions({ batchGetImage: false });
    try {
      const res = await registry(emu, '/v2/docker-hub/library/nginx/manifests/1.27', { pw });
      expect(res.status).toBe(403);
      expect(res.json().errors?.[0]?.message).toContain('ecr:BatchGetImage');
    } finally {
      emu.setPermissions({ batchGetImage: true });
    }
  });
});

describe('rule matching', () => {
  it('uses the longest prefix, ROOT for the rest, and maps upstreamRepositoryPrefix', async () => {
    const own = await startEmulator({
      upstream: 'memory',
      importTime: 0,
      rules: [
        { ecrRepositoryPrefix: 'ROOT', upstreamRegistryUrl: '444455556666.dkr.ecr.us-west-2.amazonaws.com' },
        {
          ecrRepositoryPrefix: 'team',
          upstreamRegistryUrl: '444455556666.dkr.ecr.us-west-2.amazonaws.com',
          upstreamRepositoryPrefix: 'platform',
        },
        { ecrRepositoryPrefix: 'team/quay', upstreamRegistryUrl: 'quay.io' },
      ],
    });
    try {
      const host = '444455556666.dkr.ecr.us-west-2.amazonaws.com';
      expect(own.upstream.namespace(host)).toBe(host);
      await own.upstream.seedImage({ host, path: 'app/api', tag: '1' });
      await own.upstream.seedImage({ host, path: 'platform/base', tag: '2' });
      await own.upstream.seedImage({ host: 'quay.io', path: 'org/tool', tag: '3' });
      const token = await password(own);
      expect((await registry(own, '/v2/app/api/manifests/1', { pw: token })).status).toBe(200);
      expect((await registry(own, '/v2/team/base/manifests/2', { pw: token })).status).toBe(200);
      expect((await registry(own, '/v2/team/quay/org/tool/manifests/3', { pw: token })).status).toBe(200);
      expect((await registry(own, '/v2/team/app/api/manifests/1', { pw: token })).status).toBe(404);
      await importsDone(own);
      expect(own.imports.map((i) => i.repository).sort()).toEqual([
        'app/api',
        'team/base',
        'team/quay/org/tool',
      ]);
    } finally {
      await own.stop();
    }
  });
});

describe('24 h re-check', () => {
  it('re-imports a tag that moved upstream only after 24 h from the last check', async () => {
    const own = await startEmulator({ upstream: 'memory', importTime: 0 });
    try {
      // Tokens last 12 h on the same clock: log in again after each jump.
      const pull = async () =>
        (await registry(own, path, { pw: await password(own) })).headers.get('docker-content-digest');
      const path = '/v2/ecr-public/docker/library/busybox/manifests/1.36';
      const before = await pull();
      await importsDone(own);
      const moved = await own.upstream.updateTag({
        host: 'public.ecr.aws',
        path: 'docker/library/busybox',
        tag: '1.36',
      });
      expect(moved.digest).not.toBe(before);

      own.clock.advance(DAY - 60_000);
      expect(await pull()).toBe(before);
      expect(own.imports).toHaveLength(1);

      own.clock.advance(120_000);
      expect(await pull()).toBe(moved.digest);
      expect(own.imports).toHaveLength(2);
      await importsDone(own);
      const images = await ecr(own, 'DescribeImages', {
        repositoryName: 'ecr-public/docker/library/busybox',
        imageIds: [{ imageTag: '1.36' }],
      });
      expect((images.body.imageDetails as { imageDigest: string }[])[0]?.imageDigest).toBe(moved.digest);

      // An unchanged tag is checked but not imported again.
      own.clock.advance(DAY + 1);
      expect(await pull()).toBe(moved.digest);
      expect(own.imports).toHaveLength(2);
    } finally {
      await own.stop();
    }
  });

  it('keeps serving the cached image when the tag disappeared upstream', async () => {
    const own = await startEmulator({ upstream: 'memory', importTime: 0 });
    try {
      const token = await password(own);
      const path = '/v2/k8s/pause/manifests/3.10';
      expect((await registry(own, path, { pw: token })).status).toBe(200);
      await importsDone(own);
      await own.upstream.deleteImage({ host: 'registry.k8s.io', path: 'pause', tag: '3.10' });
      own.clock.advance(DAY + 1);
      const fresh = await password(own);
      expect((await registry(own, path, { pw: fresh })).status).toBe(200);
      expect((await registry(own, '/v2/k8s/pause/manifests/3.11', { pw: fresh })).status).toBe(404);
    } finally {
      await own.stop();
    }
  });
});

describe('import time', () => {
  it('takes the configured time per image: a number, latency + bandwidth, or a function', async () => {
    const own = await startEmulator({
      upstream: 'memory',
      importTime: { latencyMs: 50, bytesPerSecond: 100_000 },
    });
    try {
      const token = await password(own);
      const seeded = await own.upstream.seedImage({
        host: 'quay.io',
        path: 'big/one',
        tag: '1',
        layers: 2,
        layerBytes: 10_000,
      });
      await registry(own, '/v2/quay/big/one/manifests/1', { pw: token });
      const record = own.imports[0];
      expect(record?.bytes).toBe(seeded.bytes);
      expect(record?.durationMs).toBeCloseTo(50 + (seeded.bytes / 100_000) * 1000, 0);
      await importsDone(own);

      own.setImportTime((image) => (image.repository.endsWith('slow') ? 400 : 10));
      for (let i = 0; i < 3; i++)
        await own.upstream.seedImage({ host: 'quay.io', path: `many/img${i}`, tag: 't' });
      await own.upstream.seedImage({ host: 'quay.io', path: 'many/slow', tag: 't' });
      await Promise.all(
        ['img0', 'img1', 'img2', 'slow'].map((n) =>
          registry(own, `/v2/quay/many/${n}/manifests/t`, { pw: token }),
        ),
      );
      await new Promise((r) => setTimeout(r, 150));
      const pending = own.imports.filter((i) => i.completedAt === undefined).map((i) => i.repository);
      expect(pending).toEqual(['quay/many/slow']);
      await importsDone(own);
    } finally {
      await own.stop();
    }
  });
});

describe('the archive storage class', () => {
  it('an archived image is described only when asked for, 404s on pull until restored, and is never re-imported', async () => {
    const own = await startEmulator({ upstream: 'memory', importTime: 0, restoreTimeMs: 150 });
    try {
      const token = await password(own);
      const repositoryName = 'quay/prometheus/node-exporter';
      const path = `/v2/${repositoryName}/manifests/v1.8.0`;
      const pulled = await registry(own, path, { pw: token });
      const digest = pulled.headers.get('docker-content-digest') ?? '';
      await importsDone(own);

      const archived = await ecr(own, 'UpdateImageStorageClass', {
        repositoryName,
        imageId: { imageTag: 'v1.8.0' },
        targetStorageClass: 'ARCHIVE',
      });
      expect(archived.body).toMatchObject({ imageId: { imageDigest: digest }, imageStatus: 'ARCHIVED' });

      // DescribeImages lists ACTIVE images unless its filter asks for others.
      const describe = (input: object) => ecr(own, 'DescribeImages', { repositoryName, ...input });
      expect((await describe({})).body.imageDetails).toEqual([]);
      const byTag = await describe({ imageIds: [{ imageTag: 'v1.8.0' }] });
      expect(byTag.body.__type).toBe('ImageNotFoundException');
      for (const imageStatus of ['ARCHIVED', 'ANY']) {
        const listed = await describe({ imageIds: [{ imageTag: 'v1.8.0' }], filter: { imageStatus } });
        expect(listed.body.imageDetails).toEqual([
          expect.objectContaining({
            imageDigest: digest,
            imageStatus: 'ARCHIVED',
            lastArchivedAt: expect.any(Number),
          }),
        ]);
      }
      expect(
        ((await describe({ filter: { imageStatus: 'ARCHIVED' } })).body.imageDetails as unknown[]).length,
      ).toBe(1);
      expect((await describe({ filter: { imageStatus: 'GONE' } })).body.__type).toBe(
        'InvalidParameterException',
      );

      // A pull, by tag or digest, through the registry or BatchGetImage: 404, and no new import.
      for (const reference of ['v1.8.0', digest]) {
        const res = await registry(own, `/v2/${repositoryName}/manifests/${reference}`, { pw: token });
        expect([res.status, res.json().errors?.[0]]).toEqual([
          404,
          { code: 'MANIFEST_UNKNOWN', message: 'Requested image not found' },
        ]);
      }
      own.clock.advance(DAY + 1);
      const fresh = await password(own);
      expect((await registry(own, path, { pw: fresh })).status).toBe(404);
      const got = await ecr(own, 'BatchGetImage', { repositoryName, imageIds: [{ imageTag: 'v1.8.0' }] });
      expect(got.body.failures).toEqual([expect.objectContaining({ failureCode: 'ImageNotFound' })]);
      expect(own.imports).toHaveLength(1);

      // A restore takes a while (ACTIVATING), then the image is ACTIVE and pulls again.
      const restoring = await ecr(own, 'UpdateImageStorageClass', {
        repositoryName,
        imageId: { imageDigest: digest },
        targetStorageClass: 'STANDARD',
      });
      expect(restoring.body.imageStatus).toBe('ACTIVATING');
      expect((await describe({ filter: { imageStatus: 'ACTIVATING' } })).body.imageDetails).toHaveLength(1);
      expect((await registry(own, path, { pw: fresh })).status).toBe(404);
      await new Promise((r) => setTimeout(r, 200));
      expect((await describe({})).body.imageDetails).toEqual([
        expect.objectContaining({ imageStatus: 'ACTIVE', lastActivatedAt: expect.any(Number) }),
      ]);
      expect((await registry(own, path, { pw: fresh })).status).toBe(200);

      // The same through the emulator's controls.
      expect(own.archiveImage(repositoryName, digest)).toBe('ARCHIVED');
      expect((await registry(own, path, { pw: fresh })).status).toBe(404);
      expect(own.restoreImage(repositoryName, 'v1.8.0', 0)).toBe('ACTIVATING');
      await new Promise((r) => setTimeout(r, 20));
      expect((await registry(own, path, { pw: fresh })).status).toBe(200);
      const missing = await ecr(own, 'UpdateImageStorageClass', {
        repositoryName,
        imageId: { imageTag: 'nope' },
        targetStorageClass: 'ARCHIVE',
      });
      expect(missing.body.__type).toBe('ImageNotFoundException');
    } finally {
      await own.stop();
    }
  });
});

describe('BatchGetImage is a pull', () => {
  it('on a pull-through path it creates the repository and imports, as a registry GET does', async () => {
    const own = await startEmulator({ upstream: 'memory', importTime: 0 });
    try {
      const repositoryName = 'k8s/pause';
      const got = await ecr(own, 'BatchGetImage', { repositoryName, imageIds: [{ imageTag: '3.10' }] });
      expect(got.body.failures).toEqual([]);
      expect(got.body.images).toEqual([expect.objectContaining({ repositoryName })]);
      expect(own.imports.map((i) => i.repository)).toEqual([repositoryName]);
      expect((await ecr(own, 'DescribeRepositories', { repositoryNames: [repositoryName] })).status).toBe(
        200,
      );

      // Missing upstream, or without the import permissions: a failure, and nothing created.
      const none = await ecr(own, 'BatchGetImage', {
        repositoryName: 'quay/nobody/nothing',
        imageIds: [{ imageTag: 'probe' }],
      });
      expect(none.body.failures).toEqual([expect.objectContaining({ failureCode: 'ImageNotFound' })]);
      own.setPermissions({ createRepository: false });
      const denied = await ecr(own, 'BatchGetImage', {
        repositoryName: 'docker-hub/library/alpine',
        imageIds: [{ imageTag: '3.20' }],
      });
      expect(denied.body.failures).toEqual([expect.objectContaining({ failureCode: 'ImageNotFound' })]);
      expect(own.imports).toHaveLength(1);
      // Under no rule it is a read: RepositoryNotFoundException.
      const elsewhere = await ecr(own, 'BatchGetImage', {
        repositoryName: 'own/app',
        imageIds: [{ imageTag: '1' }],
      });
      expect(elsewhere.body.__type).toBe('RepositoryNotFoundException');
    } finally {
      await own.stop();
    }
  });
});
