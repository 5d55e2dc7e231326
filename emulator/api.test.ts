import {
  BatchCheckLayerAvailabilityCommand,
  BatchGetImageCommand,
  CreatePullThroughCacheRuleCommand,
  DescribeImagesCommand,
  DescribePullThroughCacheRulesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ImageNotFoundException,
  PullThroughCacheRuleNotFoundException,
  RepositoryNotFoundException,
  UpdateImageStorageClassCommand,
} from '@aws-sdk/client-ecr';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ecr, importsDone, password, registry, SIGV4 } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';
import { EMULATOR_ACCESS_KEY_ID, EMULATOR_SECRET_ACCESS_KEY } from './signature.js';

let emu: Emulator;
let pw: string;

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', importTime: 50 });
  pw = await password(emu);
});
afterAll(() => emu.stop());

async function warm(repository: string, tag: string): Promise<void> {
  expect((await registry(emu, `/v2/${repository}/manifests/${tag}`, { pw })).status).toBe(200);
  await importsDone(emu);
}

describe('startup', () => {
  it('starts with the in-memory upstream and stops', async () => {
    // How fast it starts is a speed figure, not this test's (a 1 s bound here depended on the machine).
    const other = await startEmulator({ upstream: 'memory' });
    expect(other.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await other.stop();
  });

  it('listens on free loopback ports and describes itself through env()', () => {
    expect(emu.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emu.registryUrl).toBe(`http://${emu.registryHost}`);
    expect(new Set([emu.apiUrl, emu.registryUrl, emu.cdnUrl]).size).toBe(3);
    expect(emu.env()).toMatchObject({
      AWS_ENDPOINT_URL_ECR: emu.apiUrl,
      AWS_ENDPOINT_URL_STS: emu.apiUrl,
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(emu.env().AWS_ACCESS_KEY_ID).toBeTruthy();
    expect(emu.env().AWS_SECRET_ACCESS_KEY).toBeTruthy();
  });
});

describe('AWS JSON 1.1 protocol', () => {
  it('refuses a request without SigV4 Authorization', async () => {
    const res = await ecr(emu, 'DescribePullThroughCacheRules', {}, {});
    expect(res.status).toBe(403);
    expect(res.body.__type).toBe('MissingAuthenticationTokenException');
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
  });

  it('refuses a request signed for another region', async () => {
    const res = await ecr(emu, 'DescribePullThroughCacheRules', {}, { Authorization: SIGV4('eu-west-1') });
    expect(res.status).toBe(403);
    expect(res.body.__type).toBe('InvalidSignatureException');
  });

  it('verifies a signature made with its own key: the SDK with the right secret passes, a wrong secret or a forged header does not', async () => {
    const client = (secretAccessKey: string) =>
      new ECRClient({
        region: emu.region,
        endpoint: emu.apiUrl,
        credentials: { accessKeyId: EMULATOR_ACCESS_KEY_ID, secretAccessKey },
      });
    const right = client(EMULATOR_SECRET_ACCESS_KEY);
    const wrong = client(`${EMULATOR_SECRET_ACCESS_KEY}x`);
    try {
      await expect(right.send(new GetAuthorizationTokenCommand({}))).resolves.toHaveProperty(
        'authorizationData',
      );
      await expect(wrong.send(new GetAuthorizationTokenCommand({}))).rejects.toMatchObject({
        name: 'InvalidSignatureException',
        message: expect.stringMatching(/signature we calculated does not match/),
      });
    } finally {
      right.destroy();
      wrong.destroy();
    }
    const forged = SIGV4(emu.region).replace(/Credential=\w+/, `Credential=${EMULATOR_ACCESS_KEY_ID}`);
    const res = await ecr(emu, 'DescribePullThroughCacheRules', {}, { Authorization: forged });
    expect(res.status).toBe(403);
    expect(res.body.__type).toBe('InvalidSignatureException');
  });

  it('answers unknown operations and malformed bodies with 400', async () => {
    expect((await ecr(emu, 'PutImage')).body.__type).toBe('UnknownOperationException');
    const res = await fetch(emu.apiUrl, {
      method: 'POST',
      headers: {
        Authorization: SIGV4(emu.region),
        'X-Amz-Target': 'AmazonEC2ContainerRegistry_V20150921.DescribeImages',
        'Content-Type': 'application/x-amz-json-1.1',
      },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe('SerializationException');
  });
});

describe('GetAuthorizationToken', () => {
  it('returns base64 AWS:<password>, expiry in epoch seconds 12 h ahead and the registry as proxyEndpoint', async () => {
    const res = await ecr(emu, 'GetAuthorizationToken');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    const [data] = res.body.authorizationData as {
      authorizationToken: string;
      expiresAt: number;
      proxyEndpoint: string;
    }[];
    expect(Buffer.from(data?.authorizationToken ?? '', 'base64').toString()).toMatch(/^AWS:.{40,}$/);
    expect(data?.proxyEndpoint).toBe(emu.registryUrl);
    expect(typeof data?.expiresAt).toBe('number');
    expect((data?.expiresAt ?? 0) - Date.now() / 1000).toBeCloseTo(12 * 3600, -1);
  });

  it('hands out a different password each call, and each one works', async () => {
    const a = await password(emu);
    const b = await password(emu);
    expect(a).not.toBe(b);
    expect((await registry(emu, '/v2/', { pw: a })).status).toBe(200);
    expect((await registry(emu, '/v2/', { pw: b })).status).toBe(200);
  });
});

describe('pull-through cache rules', () => {
  it('describes the default rules, filtered by prefix', async () => {
    const all = await ecr(emu, 'DescribePullThroughCacheRules');
    const rules = all.body.pullThroughCacheRules as Record<string, unknown>[];
    expect(rules.map((r) => r.ecrRepositoryPrefix).sort()).toEqual([
      'docker-hub',
      'ecr-public',
      'github',
      'k8s',
      'quay',
    ]);
    const hub = rules.find((r) => r.ecrRepositoryPrefix === 'docker-hub');
    expect(hub).toMatchObject({
      upstreamRegistryUrl: 'registry-1.docker.io',
      upstreamRegistry: 'docker-hub',
      registryId: '111122223333',
    });
    expect(hub?.credentialArn).toMatch(/:secret:ecr-pullthroughcache\//);
    expect(typeof hub?.createdAt).toBe('number');

    const one = await ecr(emu, 'DescribePullThroughCacheRules', { ecrRepositoryPrefixes: ['quay'] });
    expect((one.body.pullThroughCacheRules as unknown[]).length).toBe(1);
  });

  it('pages with maxResults and nextToken', async () => {
    const first = await ecr(emu, 'DescribePullThroughCacheRules', { maxResults: 2 });
    expect((first.body.pullThroughCacheRules as unknown[]).length).toBe(2);
    expect(first.body.nextToken).toEqual(expect.any(String));
    const seen = [...(first.body.pullThroughCacheRules as unknown[])];
    let token = first.body.nextToken as string | undefined;
    while (token) {
      const page = await ecr(emu, 'DescribePullThroughCacheRules', { maxResults: 2, nextToken: token });
      seen.push(...(page.body.pullThroughCacheRules as unknown[]));
      token = page.body.nextToken as string | undefined;
    }
    expect(seen.length).toBe(5);
  });

  it('answers PullThroughCacheRuleNotFoundException for an unknown prefix', async () => {
    const res = await ecr(emu, 'DescribePullThroughCacheRules', { ecrRepositoryPrefixes: ['nope'] });
    expect(res.status).toBe(400);
    expect(res.body.__type).toBe('PullThroughCacheRuleNotFoundException');
    expect(res.headers.get('x-amzn-errortype')).toBe('PullThroughCacheRuleNotFoundException');
  });

  it('creates, validates and deletes rules with ECR validation', async () => {
    const own = await startEmulator({ upstream: 'memory', rules: [] });
    try {
      const created = await ecr(own, 'CreatePullThroughCacheRule', {
        ecrRepositoryPrefix: 'kubernetes',
        upstreamRegistryUrl: 'registry.k8s.io',
      });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ ecrRepositoryPrefix: 'kubernetes', upstreamRegistry: 'k8s' });

      const dup = await ecr(own, 'CreatePullThroughCacheRule', {
        ecrRepositoryPrefix: 'kubernetes',
        upstreamRegistryUrl: 'quay.io',
      });
      expect(dup.body.__type).toBe('PullThroughCacheRuleAlreadyExistsException');

      for (const bad of ['a', 'UPPER', 'x'.repeat(31), 'trailing/', 'a..b']) {
        const res = await ecr(own, 'CreatePullThroughCacheRule', {
          ecrRepositoryPrefix: bad,
          upstreamRegistryUrl: 'quay.io',
        });
        expect([bad, res.body.__type]).toEqual([bad, 'InvalidParameterException']);
      }
      const unsupported = await ecr(own, 'CreatePullThroughCacheRule', {
        ecrRepositoryPrefix: 'mine',
        upstreamRegistryUrl: 'registry.example.com',
      });
      expect(unsupported.body.__type).toBe('UnsupportedUpstreamRegistryException');
      const hubNoSecret = await ecr(own, 'CreatePullThroughCacheRule', {
        ecrRepositoryPrefix: 'hub',
        upstreamRegistryUrl: 'registry-1.docker.io',
      });
      expect(hubNoSecret.body.__type).toBe('InvalidParameterException');

      const root = await ecr(own, 'CreatePullThroughCacheRule', {
        ecrRepositoryPrefix: 'ROOT',
        upstreamRegistryUrl: '444455556666.dkr.ecr.us-west-2.amazonaws.com',
        upstreamRepositoryPrefix: 'team',
      });
      expect(root.body).toMatchObject({ upstreamRegistry: 'ecr', upstreamRepositoryPrefix: 'team' });

      const valid = await ecr(own, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'kubernetes' });
      expect(valid.body).toMatchObject({ ecrRepositoryPrefix: 'kubernetes', isValid: true });
      const deleted = await ecr(own, 'DeletePullThroughCacheRule', { ecrRepositoryPrefix: 'kubernetes' });
      expect(deleted.body).toMatchObject({
        ecrRepositoryPrefix: 'kubernetes',
        upstreamRegistryUrl: 'registry.k8s.io',
      });
      const again = await ecr(own, 'DeletePullThroughCacheRule', { ecrRepositoryPrefix: 'kubernetes' });
      expect(again.body.__type).toBe('PullThroughCacheRuleNotFoundException');
      const gone = await ecr(own, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'kubernetes' });
      expect(gone.body.__type).toBe('PullThroughCacheRuleNotFoundException');
    } finally {
      await own.stop();
    }
  });

  it('reports a rule without the credential its upstream needs as invalid', async () => {
    const own = await startEmulator({
      upstream: 'memory',
      rules: [{ ecrRepositoryPrefix: 'docker-hub', upstreamRegistryUrl: 'registry-1.docker.io' }],
    });
    try {
      const res = await ecr(own, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'docker-hub' });
      expect(res.body.isValid).toBe(false);
      expect(res.body.failure).toEqual(expect.any(String));
    } finally {
      await own.stop();
    }
  });

  it('refuses the 51st rule with LimitExceededException', async () => {
    const rules = Array.from({ length: 50 }, (_, i) => ({
      ecrRepositoryPrefix: `p${i}`,
      upstreamRegistryUrl: 'quay.io',
    }));
    const own = await startEmulator({ upstream: 'memory', rules });
    try {
      const res = await ecr(own, 'CreatePullThroughCacheRule', {
        ecrRepositoryPrefix: 'one-more',
        upstreamRegistryUrl: 'quay.io',
      });
      expect(res.body.__type).toBe('LimitExceededException');
    } finally {
      await own.stop();
    }
  });
});

describe('repositories and images', () => {
  beforeAll(async () => {
    await warm('docker-hub/library/node', '20');
    await warm('docker-hub/library/alpine', '3.20');
  });

  it('lists repositories created by pulls; unknown names are RepositoryNotFoundException', async () => {
    const res = await ecr(emu, 'DescribeRepositories');
    const repos = res.body.repositories as Record<string, unknown>[];
    const node = repos.find((r) => r.repositoryName === 'docker-hub/library/node');
    expect(node).toMatchObject({
      registryId: '111122223333',
      repositoryArn: 'arn:aws:ecr:us-east-1:111122223333:repository/docker-hub/library/node',
      repositoryUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/node',
    });
    const missing = await ecr(emu, 'DescribeRepositories', { repositoryNames: ['docker-hub/library/nope'] });
    expect(missing.body.__type).toBe('RepositoryNotFoundException');
  });

  it('shows an index as the tagged image and each child as an untagged image', async () => {
    const res = await ecr(emu, 'DescribeImages', { repositoryName: 'docker-hub/library/node' });
    const details = res.body.imageDetails as Record<string, unknown>[];
    expect(details).toHaveLength(3);
    const tagged = details.filter((d) => d.imageTags !== undefined);
    expect(tagged).toHaveLength(1);
    expect(tagged[0]).toMatchObject({
      imageTags: ['20'],
      imageManifestMediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
      registryId: '111122223333',
      repositoryName: 'docker-hub/library/node',
    });
    for (const d of details) {
      expect(d.imageDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(typeof d.imagePushedAt).toBe('number');
      expect(d.imageSizeInBytes).toBeGreaterThan(0);
      expect(typeof d.lastRecordedPullTime === 'number' || d.lastRecordedPullTime === undefined).toBe(true);
    }
    const untagged = await ecr(emu, 'DescribeImages', {
      repositoryName: 'docker-hub/library/node',
      filter: { tagStatus: 'UNTAGGED' },
    });
    expect((untagged.body.imageDetails as unknown[]).length).toBe(2);
  });

  it('finds images by tag and digest; a missing id is ImageNotFoundException', async () => {
    const byTag = await ecr(emu, 'DescribeImages', {
      repositoryName: 'docker-hub/library/alpine',
      imageIds: [{ imageTag: '3.20' }],
    });
    const [detail] = byTag.body.imageDetails as { imageDigest: string; imageTags: string[] }[];
    expect(detail?.imageTags).toEqual(['3.20']);
    const byDigest = await ecr(emu, 'DescribeImages', {
      repositoryName: 'docker-hub/library/alpine',
      imageIds: [{ imageDigest: detail?.imageDigest }],
    });
    expect((byDigest.body.imageDetails as unknown[]).length).toBe(1);
    const missing = await ecr(emu, 'DescribeImages', {
      repositoryName: 'docker-hub/library/alpine',
      imageIds: [{ imageTag: '3.20' }, { imageTag: '9.99' }],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.__type).toBe('ImageNotFoundException');
    const noRepo = await ecr(emu, 'DescribeImages', { repositoryName: 'docker-hub/library/nope' });
    expect(noRepo.body.__type).toBe('RepositoryNotFoundException');
  });

  it('pages DescribeImages', async () => {
    const first = await ecr(emu, 'DescribeImages', {
      repositoryName: 'docker-hub/library/node',
      maxResults: 2,
    });
    expect((first.body.imageDetails as unknown[]).length).toBe(2);
    const second = await ecr(emu, 'DescribeImages', {
      repositoryName: 'docker-hub/library/node',
      maxResults: 2,
      nextToken: first.body.nextToken,
    });
    expect((second.body.imageDetails as unknown[]).length).toBe(1);
    expect(second.body.nextToken).toBeUndefined();
  });

  it('BatchGetImage returns manifests and ImageNotFound failures', async () => {
    const res = await ecr(emu, 'BatchGetImage', {
      repositoryName: 'docker-hub/library/alpine',
      imageIds: [{ imageTag: '3.20' }, { imageTag: 'missing' }],
    });
    const images = res.body.images as {
      imageManifest: string;
      imageManifestMediaType: string;
      imageId: object;
    }[];
    expect(images).toHaveLength(1);
    expect(JSON.parse(images[0]?.imageManifest ?? '{}').schemaVersion).toBe(2);
    expect(images[0]?.imageId).toMatchObject({ imageTag: '3.20' });
    expect(res.body.failures).toEqual([
      {
        imageId: { imageTag: 'missing' },
        failureCode: 'ImageNotFound',
        failureReason: 'Requested image not found',
      },
    ]);
  });

  it('BatchCheckLayerAvailability: AVAILABLE once imported, MissingLayerDigest otherwise', async () => {
    const manifest = (
      await registry(emu, '/v2/docker-hub/library/alpine/manifests/3.20', { pw })
    ).json() as unknown as {
      layers: { digest: string; size: number }[];
    };
    const layer = manifest.layers[0];
    const unknown = `sha256:${'0'.repeat(64)}`;
    const res = await ecr(emu, 'BatchCheckLayerAvailability', {
      repositoryName: 'docker-hub/library/alpine',
      layerDigests: [layer?.digest, unknown],
    });
    expect(res.body.layers).toEqual([
      expect.objectContaining({
        layerDigest: layer?.digest,
        layerAvailability: 'AVAILABLE',
        layerSize: layer?.size,
      }),
    ]);
    expect(res.body.failures).toEqual([
      expect.objectContaining({ layerDigest: unknown, failureCode: 'MissingLayerDigest' }),
    ]);
  });
});

describe('permissions', () => {
  it('answers AccessDeniedException when a permission switch is off', async () => {
    emu.setPermissions({ describeImages: false, describePullThroughCacheRules: false });
    try {
      const images = await ecr(emu, 'DescribeImages', { repositoryName: 'docker-hub/library/alpine' });
      expect(images.status).toBe(400);
      expect(images.body.__type).toBe('AccessDeniedException');
      expect(images.body.message).toBe(
        'User: arn:aws:sts::111122223333:assumed-role/ci/session is not authorized to perform: ecr:DescribeImages on resource: arn:aws:ecr:us-east-1:111122223333:repository/docker-hub/library/alpine because no identity-based policy allows the ecr:DescribeImages action',
      );
      expect((await ecr(emu, 'DescribePullThroughCacheRules')).body.__type).toBe('AccessDeniedException');
    } finally {
      emu.setPermissions({ describeImages: true, describePullThroughCacheRules: true });
    }
    emu.setPermissions({ getAuthorizationToken: false, batchGetImage: false });
    try {
      expect((await ecr(emu, 'GetAuthorizationToken')).body.__type).toBe('AccessDeniedException');
      const get = await ecr(emu, 'BatchGetImage', { repositoryName: 'x1', imageIds: [{ imageTag: 'a' }] });
      expect(get.body.__type).toBe('AccessDeniedException');
    } finally {
      emu.setPermissions({ getAuthorizationToken: true, batchGetImage: true });
    }
  });
});

describe('STS GetCallerIdentity', () => {
  it('answers the query protocol with XML', async () => {
    const res = await fetch(emu.apiUrl, {
      method: 'POST',
      headers: {
        Authorization: SIGV4('us-east-1', 'sts'),
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
      },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toContain('<GetCallerIdentityResponse');
    expect(xml).toContain('<Account>111122223333</Account>');
  });

  it('answers the JSON 1.0 form too', async () => {
    const res = await fetch(emu.apiUrl, {
      method: 'POST',
      headers: {
        Authorization: SIGV4('us-east-1', 'sts'),
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'AWSSecurityTokenServiceV20110615.GetCallerIdentity',
      },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ Account: '111122223333' });
  });

  it('refuses an unsigned query request with an XML error', async () => {
    const res = await fetch(emu.apiUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });
});

describe('AWS SDK v3 clients through env()', () => {
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const [k, v] of Object.entries(emu.env())) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('STSClient.GetCallerIdentity', async () => {
    const sts = new STSClient({});
    const id = await sts.send(new GetCallerIdentityCommand({}));
    expect(id.Account).toBe('111122223333');
    expect(id.Arn).toBe('arn:aws:sts::111122223333:assumed-role/ci/session');
    sts.destroy();
  });

  it('ECRClient: token, rules, repositories, images, layers and typed errors', async () => {
    const client = new ECRClient({});
    try {
      const token = await client.send(new GetAuthorizationTokenCommand({}));
      const data = token.authorizationData?.[0];
      expect(data?.proxyEndpoint).toBe(emu.registryUrl);
      expect(data?.expiresAt).toBeInstanceOf(Date);

      const rules = await client.send(new DescribePullThroughCacheRulesCommand({}));
      expect(rules.pullThroughCacheRules?.map((r) => r.ecrRepositoryPrefix)).toContain('docker-hub');
      expect(rules.pullThroughCacheRules?.[0]?.createdAt).toBeInstanceOf(Date);
      await expect(
        client.send(new DescribePullThroughCacheRulesCommand({ ecrRepositoryPrefixes: ['nope'] })),
      ).rejects.toBeInstanceOf(PullThroughCacheRuleNotFoundException);
      const created = await client.send(
        new CreatePullThroughCacheRuleCommand({
          ecrRepositoryPrefix: 'sdk-quay',
          upstreamRegistryUrl: 'quay.io',
        }),
      );
      expect(created.upstreamRegistry).toBe('quay');

      const repos = await client.send(
        new DescribeRepositoriesCommand({ repositoryNames: ['docker-hub/library/alpine'] }),
      );
      expect(repos.repositories?.[0]?.createdAt).toBeInstanceOf(Date);
      await expect(
        client.send(new DescribeRepositoriesCommand({ repositoryNames: ['nope/nope'] })),
      ).rejects.toBeInstanceOf(RepositoryNotFoundException);

      const images = await client.send(
        new DescribeImagesCommand({
          repositoryName: 'docker-hub/library/alpine',
          imageIds: [{ imageTag: '3.20' }],
        }),
      );
      expect(images.imageDetails?.[0]?.imagePushedAt).toBeInstanceOf(Date);
      await expect(
        client.send(
          new DescribeImagesCommand({
            repositoryName: 'docker-hub/library/alpine',
            imageIds: [{ imageTag: 'x' }],
          }),
        ),
      ).rejects.toBeInstanceOf(ImageNotFoundException);

      const got = await client.send(
        new BatchGetImageCommand({
          repositoryName: 'docker-hub/library/alpine',
          imageIds: [{ imageTag: '3.20' }],
        }),
      );
      const digest = images.imageDetails?.[0]?.imageDigest;
      expect(got.images?.[0]?.imageId?.imageDigest).toBe(digest);
      const layers = await client.send(
        new BatchCheckLayerAvailabilityCommand({
          repositoryName: 'docker-hub/library/alpine',
          layerDigests: [`sha256:${'1'.repeat(64)}`],
        }),
      );
      expect(layers.failures?.[0]?.failureCode).toBe('MissingLayerDigest');

      const archived = await client.send(
        new UpdateImageStorageClassCommand({
          repositoryName: 'docker-hub/library/alpine',
          imageId: { imageTag: '3.20' },
          targetStorageClass: 'ARCHIVE',
        }),
      );
      expect(archived.imageStatus).toBe('ARCHIVED');
      const anyStatus = await client.send(
        new DescribeImagesCommand({
          repositoryName: 'docker-hub/library/alpine',
          imageIds: [{ imageTag: '3.20' }],
          filter: { imageStatus: 'ANY' },
        }),
      );
      expect(anyStatus.imageDetails?.[0]).toMatchObject({
        imageStatus: 'ARCHIVED',
        lastArchivedAt: expect.any(Date),
      });
      emu.restoreImage('docker-hub/library/alpine', '3.20', 0);
    } finally {
      client.destroy();
    }
  });
});
