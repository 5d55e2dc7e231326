import {
  BatchGetImageCommand,
  DescribeImagesCommand,
  DescribePullThroughCacheRulesCommand,
  ECRClient,
  GetDownloadUrlForLayerCommand,
} from '@aws-sdk/client-ecr';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ecr, importsDone, password, registry } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';
import { EMULATOR_ACCESS_KEY_ID, EMULATOR_SECRET_ACCESS_KEY } from './signature.js';

// Rates this small refill next to nothing in the real time a test takes (0.001 token a second):
// every refill below comes from advancing the stand-in's clock, never from waiting.
const SLOW = 0.001;
/** Stand-in ms that refill `tokens` tokens at SLOW. */
const refillMs = (tokens: number) => (tokens / SLOW) * 1000;

const REPOSITORY = 'docker-hub/library/alpine';
let emu: Emulator;
let pw: string;
let layerDigest: string;
const clients: { destroy(): void }[] = [];

/** A fresh SDK client, as a separate CI job would have; one attempt per send unless told. */
function ecrClient(maxAttempts = 1): ECRClient {
  const client = new ECRClient({
    region: emu.region,
    endpoint: emu.apiUrl,
    credentials: { accessKeyId: EMULATOR_ACCESS_KEY_ID, secretAccessKey: EMULATOR_SECRET_ACCESS_KEY },
    maxAttempts,
  });
  clients.push(client);
  return client;
}

const rules = (client: ECRClient) => client.send(new DescribePullThroughCacheRulesCommand({}));
const images = (client: ECRClient) => client.send(new DescribeImagesCommand({ repositoryName: REPOSITORY }));
const throttled = {
  name: 'ThrottlingException',
  $metadata: expect.objectContaining({ httpStatusCode: 400 }),
};

beforeAll(async () => {
  // Registry passwords that outlive the stand-in hours the tests advance its clock by.
  emu = await startEmulator({ upstream: 'memory', importTime: 0, tokenTtlMs: 365 * 24 * 3600 * 1000 });
  pw = await password(emu);
  const first = await registry(emu, `/v2/${REPOSITORY}/manifests/3.20`, { pw });
  expect(first.status).toBe(200);
  await importsDone(emu);
  const manifest = (await registry(emu, `/v2/${REPOSITORY}/manifests/3.20`, { pw })).json() as unknown as {
    layers: { digest: string }[];
  };
  layerDigest = manifest.layers[0]?.digest ?? '';
  emu.log.clear();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await emu.stop();
});
afterEach(() => {
  emu.setQuotas(undefined);
  emu.setFaults(undefined);
  emu.log.clear();
});

describe('account-wide quotas on the API', () => {
  it('lets a burst through, then refuses as ECR throttles (400 ThrottlingException), logged with the bucket', async () => {
    const client = ecrClient();
    emu.setQuotas({ api: { ratePerSec: SLOW, burst: 2 } });
    await rules(client);
    await images(client);
    await expect(rules(client)).rejects.toMatchObject(throttled);
    const raw = await ecr(emu, 'DescribePullThroughCacheRules');
    expect(raw.status).toBe(400);
    expect(raw.body).toEqual({ __type: 'ThrottlingException', message: 'Rate exceeded' });
    expect(raw.headers.get('x-amzn-errortype')).toBe('ThrottlingException');
    expect(emu.log.count({ endpoint: 'api', status: 400, quota: 'api' })).toBe(2);
    expect(emu.log.count({ endpoint: 'api', status: 200 })).toBe(2);
    expect(emu.quotaStats()).toEqual({ api: { allowed: 2, throttled: 2 } });
  });

  it('refills on the stand-in clock: advancing it by 1.5 tokens lets exactly one more call through', async () => {
    const client = ecrClient();
    emu.setQuotas({ api: { ratePerSec: SLOW, burst: 1 } });
    await rules(client);
    await expect(rules(client)).rejects.toMatchObject(throttled);
    emu.clock.advance(refillMs(1.5));
    await rules(client);
    await expect(rules(client)).rejects.toMatchObject(throttled);
    // Never above burst: a long wait refills one token, not many.
    emu.clock.advance(refillMs(100));
    await rules(client);
    await expect(rules(client)).rejects.toMatchObject(throttled);
  });

  it('the SDK takes the refusal for throttling: it retries it (a 400 it would not retry otherwise)', async () => {
    const client = ecrClient(2);
    emu.setQuotas({ api: { ratePerSec: SLOW, burst: 1 } });
    await rules(client);
    await expect(rules(client)).rejects.toMatchObject(throttled);
    expect(emu.log.count({ quota: 'api' })).toBe(2);
  }, 15_000);

  it('a group is one bucket shared by its operations; other operations pass', async () => {
    const client = ecrClient();
    emu.setQuotas({
      groups: [
        {
          name: 'layers',
          operations: ['BatchGetImage', 'GetDownloadUrlForLayer'],
          ratePerSec: SLOW,
          burst: 2,
        },
      ],
    });
    const manifest = () =>
      client.send(new BatchGetImageCommand({ repositoryName: REPOSITORY, imageIds: [{ imageTag: '3.20' }] }));
    const layer = () =>
      client.send(new GetDownloadUrlForLayerCommand({ repositoryName: REPOSITORY, layerDigest }));
    await manifest();
    await layer();
    await expect(manifest()).rejects.toMatchObject(throttled);
    await expect(layer()).rejects.toMatchObject(throttled);
    await rules(client);
    expect(emu.log.count({ quota: 'layers' })).toBe(2);
    expect(emu.quotaStats()).toEqual({ layers: { allowed: 2, throttled: 2 } });
  });

  it('per-operation and api both apply: the emptier refuses, and a refused call takes no token from the other', async () => {
    const client = ecrClient();
    // DescribeImages refills a thousand times slower than the api bucket.
    emu.setQuotas({
      api: { ratePerSec: SLOW, burst: 2 },
      perOperation: { DescribeImages: { ratePerSec: SLOW / 1000, burst: 1 } },
    });
    await images(client); // api 1, DescribeImages 0
    await expect(images(client)).rejects.toMatchObject(throttled); // refused by DescribeImages
    await rules(client); // so api still had its token: api 0
    await expect(rules(client)).rejects.toMatchObject(throttled); // refused by api
    expect(emu.log.entries.map((e) => e.quota)).toEqual([undefined, 'DescribeImages', undefined, 'api']);

    // Now api is the empty one: DescribeImages, given a token back, keeps it through api's refusal.
    emu.setQuotas({
      api: { ratePerSec: SLOW, burst: 1 },
      perOperation: { DescribeImages: { ratePerSec: SLOW / 1000, burst: 1 } },
    });
    await rules(client); // api 0, DescribeImages untouched at 1
    await expect(images(client)).rejects.toMatchObject(throttled); // refused by api
    emu.clock.advance(refillMs(1.5)); // api 1.5; DescribeImages gains 0.0015
    await images(client); // passes only if api's refusal left DescribeImages its token
    expect(emu.quotaStats()).toEqual({
      api: { allowed: 2, throttled: 1 },
      DescribeImages: { allowed: 1, throttled: 0 },
    });
  });

  it('the api bucket counts ECR calls only; STS is limited by its own operation bucket', async () => {
    const client = ecrClient();
    const sts = new STSClient({
      region: emu.region,
      endpoint: emu.apiUrl,
      credentials: { accessKeyId: EMULATOR_ACCESS_KEY_ID, secretAccessKey: EMULATOR_SECRET_ACCESS_KEY },
      maxAttempts: 1,
    });
    clients.push(sts);
    emu.setQuotas({ api: { ratePerSec: SLOW, burst: 1 } });
    await rules(client);
    for (let i = 0; i < 3; i++) await sts.send(new GetCallerIdentityCommand({}));
    emu.setQuotas({ perOperation: { GetCallerIdentity: { ratePerSec: SLOW, burst: 1 } } });
    await sts.send(new GetCallerIdentityCommand({}));
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'Throttling' });
  });

  it('every client draws on the same buckets, as every job in one account does', async () => {
    const a = ecrClient();
    const b = ecrClient();
    emu.setQuotas({ api: { ratePerSec: SLOW, burst: 3 } });
    await rules(a);
    await rules(b);
    expect((await ecr(emu, 'DescribePullThroughCacheRules')).status).toBe(200);
    await expect(rules(a)).rejects.toMatchObject(throttled);
    await expect(rules(b)).rejects.toMatchObject(throttled);
    expect(emu.quotaStats().api).toEqual({ allowed: 3, throttled: 2 });
  });

  it('comes before faults and permissions: a throttled call is neither faulted nor denied', async () => {
    emu.setQuotas({ api: { ratePerSec: SLOW, burst: 1 } });
    await rules(ecrClient());
    emu.setFaults({ api: { rate: 1, kinds: ['5xx'] } });
    emu.setPermissions({ describePullThroughCacheRules: false });
    try {
      const res = await ecr(emu, 'DescribePullThroughCacheRules');
      expect(res.body.__type).toBe('ThrottlingException');
      expect(emu.log.entries.at(-1)).toEqual(expect.not.objectContaining({ fault: expect.anything() }));
    } finally {
      emu.setPermissions({ describePullThroughCacheRules: true });
    }
  });
});

describe('account-wide quotas on the registry', () => {
  it('429 TOOMANYREQUESTS after the burst, logged with the bucket; refills on the stand-in clock', async () => {
    emu.setQuotas({ registry: { ratePerSec: SLOW, burst: 2 } });
    expect((await registry(emu, '/v2/', { pw })).status).toBe(200);
    expect((await registry(emu, `/v2/${REPOSITORY}/manifests/3.20`, { pw })).status).toBe(200);
    const refused = await registry(emu, `/v2/${REPOSITORY}/blobs/${layerDigest}`, { pw });
    expect(refused.status).toBe(429);
    expect(refused.json()).toEqual({ errors: [{ code: 'TOOMANYREQUESTS', message: 'Rate exceeded' }] });
    // Every request counts, signed in or not.
    expect((await registry(emu, '/v2/')).status).toBe(429);
    expect(emu.log.count({ endpoint: 'registry', status: 429, quota: 'registry' })).toBe(2);
    emu.clock.advance(refillMs(1.5));
    expect((await registry(emu, '/v2/', { pw })).status).toBe(200);
    expect((await registry(emu, '/v2/', { pw })).status).toBe(429);
    expect(emu.quotaStats()).toEqual({ registry: { allowed: 3, throttled: 3 } });
  });

  it('logs on the stand-in clock, the one the buckets refill on', async () => {
    emu.clock.advance(refillMs(2));
    const before = emu.clock.now();
    await registry(emu, '/v2/', { pw });
    expect(emu.log.entries.at(-1)?.at).toBeGreaterThanOrEqual(before);
  });
});
