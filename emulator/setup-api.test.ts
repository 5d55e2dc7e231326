// What setup and doctor need from the emulator: Secrets Manager, rule updates, creation templates,
// the registry policy, GetDownloadUrlForLayer, and a permission switch for each.
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ecr, importsDone, password, registry, SIGV4 } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';
import { EMULATOR_ACCESS_KEY_ID, EMULATOR_SECRET_ACCESS_KEY } from './signature.js';

let emu: Emulator;
let sm: SecretsManagerClient;

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', importTime: 0, rules: [] });
  sm = new SecretsManagerClient({
    region: emu.region,
    endpoint: emu.apiUrl,
    credentials: { accessKeyId: EMULATOR_ACCESS_KEY_ID, secretAccessKey: EMULATOR_SECRET_ACCESS_KEY },
  });
});
afterAll(async () => {
  sm.destroy();
  await emu.stop();
});

async function secrets(
  operation: string,
  input: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(emu.apiUrl, {
    method: 'POST',
    headers: {
      Authorization: SIGV4(emu.region, 'secretsmanager'),
      'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': `secretsmanager.${operation}`,
    },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('Secrets Manager subset', () => {
  it('env() names the Secrets Manager endpoint', () => {
    expect(emu.env().AWS_ENDPOINT_URL_SECRETS_MANAGER).toBe(emu.apiUrl);
  });

  it('creates, describes, reads, updates and lists secrets through the SDK', async () => {
    const created = await sm.send(
      new CreateSecretCommand({
        Name: 'ecr-pullthroughcache/sdk',
        SecretString: '{"username":"u","accessToken":"t"}',
      }),
    );
    expect(created.ARN).toMatch(
      /^arn:aws:secretsmanager:us-east-1:111122223333:secret:ecr-pullthroughcache\/sdk-\w{6}$/,
    );
    await expect(
      sm.send(new CreateSecretCommand({ Name: 'ecr-pullthroughcache/sdk' })),
    ).rejects.toBeInstanceOf(ResourceExistsException);
    for (const id of [
      created.ARN,
      'ecr-pullthroughcache/sdk',
      'arn:aws:secretsmanager:us-east-1:111122223333:secret:ecr-pullthroughcache/sdk',
    ]) {
      expect((await sm.send(new DescribeSecretCommand({ SecretId: id }))).ARN).toBe(created.ARN);
    }
    const value = await sm.send(new GetSecretValueCommand({ SecretId: created.ARN }));
    expect(value.SecretString).toBe('{"username":"u","accessToken":"t"}');
    expect(value.CreatedDate).toBeInstanceOf(Date);
    const put = await sm.send(
      new PutSecretValueCommand({ SecretId: 'ecr-pullthroughcache/sdk', SecretString: 'x' }),
    );
    expect(put.VersionId).not.toBe(value.VersionId);
    expect(emu.secrets.value('ecr-pullthroughcache/sdk')).toBe('x');
    const list = await sm.send(
      new ListSecretsCommand({ Filters: [{ Key: 'name', Values: ['ecr-pullthroughcache/'] }] }),
    );
    expect(list.SecretList?.map((s) => s.Name)).toContain('ecr-pullthroughcache/sdk');
    await expect(sm.send(new DescribeSecretCommand({ SecretId: 'nope' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it('a secret without a value has no AWSCURRENT version', async () => {
    await secrets('CreateSecret', { Name: 'empty' });
    const res = await secrets('GetSecretValue', { SecretId: 'empty' });
    expect(res.body.__type).toBe('ResourceNotFoundException');
  });

  it('refuses each operation whose permission switch is off', async () => {
    emu.setPermissions({ getSecretValue: false, createSecret: false });
    try {
      const read = await secrets('GetSecretValue', { SecretId: 'ecr-pullthroughcache/sdk' });
      expect(read.status).toBe(400);
      expect(read.body.__type).toBe('AccessDeniedException');
      expect(read.body.message).toContain('secretsmanager:GetSecretValue');
      expect((await secrets('CreateSecret', { Name: 'x' })).body.__type).toBe('AccessDeniedException');
      expect((await secrets('DescribeSecret', { SecretId: 'ecr-pullthroughcache/sdk' })).status).toBe(200);
    } finally {
      emu.setPermissions({ getSecretValue: true, createSecret: true });
    }
  });
});

describe('rules with credentials', () => {
  it('ValidatePullThroughCacheRule reads the secret: missing, without keys, then valid; UpdatePullThroughCacheRule swaps it', async () => {
    const arnOf = async (name: string, value?: string) =>
      (await secrets('CreateSecret', { Name: name, ...(value !== undefined && { SecretString: value }) }))
        .body.ARN as string;
    const bad = await arnOf('ecr-pullthroughcache/bad', '{"username":"u"}');
    const good = await arnOf('ecr-pullthroughcache/good', '{"username":"u","accessToken":"t"}');
    const created = await ecr(emu, 'CreatePullThroughCacheRule', {
      ecrRepositoryPrefix: 'hub',
      upstreamRegistryUrl: 'registry-1.docker.io',
      credentialArn: bad,
    });
    expect(created.status).toBe(200);
    const invalid = await ecr(emu, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'hub' });
    expect(invalid.body).toMatchObject({ isValid: false, failure: expect.stringContaining('accessToken') });

    const updated = await ecr(emu, 'UpdatePullThroughCacheRule', {
      ecrRepositoryPrefix: 'hub',
      credentialArn: good,
    });
    expect(updated.body).toMatchObject({ ecrRepositoryPrefix: 'hub', credentialArn: good });
    expect(typeof updated.body.updatedAt).toBe('number');
    expect(
      (await ecr(emu, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'hub' })).body.isValid,
    ).toBe(true);

    emu.secrets.delete(good);
    const missing = await ecr(emu, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'hub' });
    expect(missing.body).toMatchObject({ isValid: false, failure: expect.stringContaining("can't find") });
    const unknown = await ecr(emu, 'UpdatePullThroughCacheRule', {
      ecrRepositoryPrefix: 'nope',
      credentialArn: good,
    });
    expect(unknown.body.__type).toBe('PullThroughCacheRuleNotFoundException');
    const badName = await ecr(emu, 'UpdatePullThroughCacheRule', {
      ecrRepositoryPrefix: 'hub',
      credentialArn: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:other/x-AbCdEf',
    });
    expect(badName.body.__type).toBe('InvalidParameterException');
  });

  it('default rules come with valid secrets; `secrets: []` leaves them dangling', async () => {
    const plain = await startEmulator({ upstream: 'memory' });
    const bare = await startEmulator({ upstream: 'memory', secrets: [] });
    try {
      expect(
        (await ecr(plain, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'docker-hub' })).body
          .isValid,
      ).toBe(true);
      expect(
        (await ecr(bare, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'docker-hub' })).body.isValid,
      ).toBe(false);
    } finally {
      await plain.stop();
      await bare.stop();
    }
  });
});

describe('repository creation templates and the registry policy', () => {
  const lifecyclePolicy = JSON.stringify({ rules: [] });

  it('creates, describes, updates and deletes templates', async () => {
    const created = await ecr(emu, 'CreateRepositoryCreationTemplate', {
      prefix: 'ROOT',
      appliedFor: ['PULL_THROUGH_CACHE'],
      lifecyclePolicy,
    });
    expect(created.body).toMatchObject({
      registryId: '111122223333',
      repositoryCreationTemplate: {
        prefix: 'ROOT',
        imageTagMutability: 'MUTABLE',
        appliedFor: ['PULL_THROUGH_CACHE'],
      },
    });
    const again = await ecr(emu, 'CreateRepositoryCreationTemplate', {
      prefix: 'ROOT',
      appliedFor: ['REPLICATION'],
    });
    expect(again.body.__type).toBe('TemplateAlreadyExistsException');
    for (const bad of [
      { prefix: 'x', appliedFor: ['PULL_THROUGH_CACHE'] },
      { prefix: 'ok', appliedFor: [] },
      { prefix: 'ok', appliedFor: ['PULL_THROUGH_CACHE'], lifecyclePolicy: '{' },
    ]) {
      expect((await ecr(emu, 'CreateRepositoryCreationTemplate', bad)).body.__type).toBe(
        'InvalidParameterException',
      );
    }
    const listed = await ecr(emu, 'DescribeRepositoryCreationTemplates', { prefixes: ['ROOT', 'other'] });
    expect((listed.body.repositoryCreationTemplates as { prefix: string }[]).map((t) => t.prefix)).toEqual([
      'ROOT',
    ]);
    const updated = await ecr(emu, 'UpdateRepositoryCreationTemplate', {
      prefix: 'ROOT',
      imageTagMutability: 'IMMUTABLE',
    });
    expect(updated.body).toMatchObject({
      repositoryCreationTemplate: {
        imageTagMutability: 'IMMUTABLE',
        lifecyclePolicy,
        appliedFor: ['PULL_THROUGH_CACHE'],
      },
    });
    expect((await ecr(emu, 'UpdateRepositoryCreationTemplate', { prefix: 'nope' })).body.__type).toBe(
      'TemplateNotFoundException',
    );
    expect(emu.templates().map((t) => t.prefix)).toEqual(['ROOT']);
  });

  it('a pull-through pull creates its repository with the template’s tag mutability', async () => {
    await ecr(emu, 'CreatePullThroughCacheRule', {
      ecrRepositoryPrefix: 'quay',
      upstreamRegistryUrl: 'quay.io',
    });
    const pw = await password(emu);
    expect((await registry(emu, '/v2/quay/prometheus/node-exporter/manifests/v1.8.0', { pw })).status).toBe(
      200,
    );
    await importsDone(emu);
    const repos = await ecr(emu, 'DescribeRepositories', {
      repositoryNames: ['quay/prometheus/node-exporter'],
    });
    expect(repos.body.repositories).toEqual([expect.objectContaining({ imageTagMutability: 'IMMUTABLE' })]);

    const manifest = (
      await registry(emu, '/v2/quay/prometheus/node-exporter/manifests/v1.8.0', { pw })
    ).json() as unknown as {
      layers: { digest: string }[];
    };
    const digest = manifest.layers[0]?.digest;
    const url = await ecr(emu, 'GetDownloadUrlForLayer', {
      repositoryName: 'quay/prometheus/node-exporter',
      layerDigest: digest,
    });
    expect(url.body).toMatchObject({
      layerDigest: digest,
      downloadUrl: expect.stringContaining(emu.registryUrl),
    });
    const missingLayer = await ecr(emu, 'GetDownloadUrlForLayer', {
      repositoryName: 'quay/prometheus/node-exporter',
      layerDigest: `sha256:${'0'.repeat(64)}`,
    });
    expect(missingLayer.body.__type).toBe('LayersNotFoundException');
    const missingRepo = await ecr(emu, 'GetDownloadUrlForLayer', {
      repositoryName: 'nope',
      layerDigest: digest,
    });
    expect(missingRepo.body.__type).toBe('RepositoryNotFoundException');

    emu.setPermissions({ getDownloadUrlForLayer: false });
    try {
      const blob = await registry(emu, `/v2/quay/prometheus/node-exporter/blobs/${digest}`, { pw });
      expect(blob.status).toBe(403);
      expect(blob.text).toContain('ecr:GetDownloadUrlForLayer');
      const api = await ecr(emu, 'GetDownloadUrlForLayer', { repositoryName: 'nope', layerDigest: digest });
      expect(api.body.__type).toBe('AccessDeniedException');
    } finally {
      emu.setPermissions({ getDownloadUrlForLayer: true });
    }
    const deleted = await ecr(emu, 'DeleteRepositoryCreationTemplate', { prefix: 'ROOT' });
    expect(deleted.body).toMatchObject({ repositoryCreationTemplate: { prefix: 'ROOT' } });
  });

  it('gets, puts and deletes the registry policy', async () => {
    expect((await ecr(emu, 'GetRegistryPolicy')).body.__type).toBe('RegistryPolicyNotFoundException');
    const policyText = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }] });
    expect((await ecr(emu, 'PutRegistryPolicy', { policyText })).body).toEqual({
      registryId: '111122223333',
      policyText,
    });
    expect((await ecr(emu, 'GetRegistryPolicy')).body.policyText).toBe(policyText);
    expect(emu.registryPolicy()).toBe(policyText);
    expect((await ecr(emu, 'PutRegistryPolicy', { policyText: '{"Statement":[]}' })).body.__type).toBe(
      'InvalidParameterException',
    );
    emu.setPermissions({ getRegistryPolicy: false, describeRepositoryCreationTemplates: false });
    try {
      expect((await ecr(emu, 'GetRegistryPolicy')).body.__type).toBe('AccessDeniedException');
      expect((await ecr(emu, 'DescribeRepositoryCreationTemplates')).body.__type).toBe(
        'AccessDeniedException',
      );
    } finally {
      emu.setPermissions({ getRegistryPolicy: true, describeRepositoryCreationTemplates: true });
    }
    expect((await ecr(emu, 'DeleteRegistryPolicy')).body.policyText).toBe(policyText);
    expect(emu.registryPolicy()).toBeUndefined();
  });
});
