import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { type FaultConfig, FaultInjector, mulberry32 } from './faults.js';
import { ecr, importsDone, password, registry } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';

let emu: Emulator;
let pw: string;

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', importTime: 0, seed: 7 });
  pw = await password(emu);
});
afterAll(() => emu.stop());
afterEach(() => emu.setFaults(undefined));

describe('injected faults', () => {
  it('5xx on the API is a 500 ServerException, logged with the fault', async () => {
    emu.log.clear();
    emu.setFaults({ api: { rate: 1, kinds: ['5xx'] } });
    const res = await ecr(emu, 'DescribePullThroughCacheRules');
    expect(res.status).toBe(500);
    expect(res.body.__type).toBe('ServerException');
    expect(emu.log.entries.at(-1)).toMatchObject({
      endpoint: 'api',
      operation: 'DescribePullThroughCacheRules',
      status: 500,
      fault: '5xx',
    });
  });

  it('throttle is ThrottlingException (400, "Rate exceeded") on the API and 429 TOOMANYREQUESTS on the registry', async () => {
    emu.setFaults({ api: { rate: 1, kinds: ['throttle'] }, registry: { rate: 1, kinds: ['throttle'] } });
    const api = await ecr(emu, 'DescribeImages', { repositoryName: 'x' });
    expect(api.status).toBe(400);
    expect(api.body).toEqual({ __type: 'ThrottlingException', message: 'Rate exceeded' });
    const reg = await registry(emu, '/v2/', { pw });
    expect(reg.status).toBe(429);
    expect(reg.json().errors?.[0]?.code).toBe('TOOMANYREQUESTS');
  });

  it('5xx on the registry is a 500', async () => {
    emu.setFaults({ registry: { rate: 1 } });
    expect((await registry(emu, '/v2/', { pw })).status).toBe(500);
  });

  it('reset destroys the connection without an answer', async () => {
    emu.log.clear();
    emu.setFaults({ registry: { rate: 1, kinds: ['reset'] }, api: { rate: 1, kinds: ['reset'] } });
    await expect(registry(emu, '/v2/', { pw })).rejects.toThrow();
    await expect(ecr(emu, 'GetAuthorizationToken')).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 20));
    expect(emu.log.count({ status: 0, fault: 'reset' })).toBe(2);
  });

  it('slow delays the normal answer', async () => {
    emu.setFaults({ api: { rate: 1, kinds: ['slow'], slowMs: 300 } });
    const t0 = performance.now();
    const res = await ecr(emu, 'DescribePullThroughCacheRules');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(res.status).toBe(200);
  });

  it('perOperation wins over the endpoint spec', async () => {
    await registry(emu, '/v2/docker-hub/library/alpine/manifests/3.20', { pw });
    await importsDone(emu);
    const manifest = (
      await registry(emu, '/v2/docker-hub/library/alpine/manifests/3.20', { pw })
    ).json() as unknown as {
      layers: { digest: string }[];
    };
    emu.setFaults({ registry: { rate: 0 }, perOperation: { blob: { rate: 1, kinds: ['5xx'] } } });
    expect((await registry(emu, '/v2/docker-hub/library/alpine/manifests/3.20', { pw })).status).toBe(200);
    expect(
      (await registry(emu, `/v2/docker-hub/library/alpine/blobs/${manifest.layers[0]?.digest}`, { pw }))
        .status,
    ).toBe(500);
    emu.setFaults({ perOperation: { GetCallerIdentity: { rate: 1, kinds: ['throttle'] } } });
    const sts = await fetch(emu.apiUrl, {
      method: 'POST',
      headers: {
        Authorization: 'AWS4-HMAC-SHA256 Credential=A/20260101/us-east-1/sts/aws4_request, Signature=x',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(sts.status).toBe(400);
    expect(await sts.text()).toContain('<Code>Throttling</Code>');
  });

  it('replays the same faults for the same seed and calls', async () => {
    const config: FaultConfig = { api: { rate: 0.5, kinds: ['5xx', 'throttle'] } };
    const run = async () => {
      emu.setFaults(config);
      const statuses: string[] = [];
      for (let i = 0; i < 16; i++) {
        const res = await ecr(emu, 'DescribePullThroughCacheRules');
        statuses.push(`${res.status}${res.body.__type ? `:${res.body.__type}` : ''}`);
      }
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);

    const other = new FaultInjector(8, config);
    const same = new FaultInjector(7, config);
    const draw = (f: FaultInjector) =>
      Array.from({ length: 32 }, () => f.pick('api', 'X')?.kind ?? '-').join(',');
    const seven = draw(same);
    expect(draw(new FaultInjector(7, config))).toBe(seven);
    expect(draw(other)).not.toBe(seven);
  });

  it('gives a fault `times` times at most, counted again after set; an answer fault is a 200 with its body', async () => {
    emu.setFaults({
      perOperation: {
        DescribePullThroughCacheRules: { rate: 1, kinds: ['answer'], body: '{"x":1}', times: 2 },
      },
    });
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await ecr(emu, 'DescribePullThroughCacheRules');
      statuses.push(`${res.status}:${JSON.stringify(res.body)}`);
    }
    expect(statuses.slice(0, 2)).toEqual(['200:{"x":1}', '200:{"x":1}']);
    expect(statuses[2]).toMatch(/^200:\{"pullThroughCacheRules"/);
    const given = new FaultInjector(1, { api: { rate: 1, times: 1 } });
    expect([given.pick('api', 'X')?.kind, given.pick('api', 'X')]).toEqual(['5xx', undefined]);
    emu.setFaults(undefined);
  });

  it('validates fault rates', () => {
    expect(() => emu.setFaults({ api: { rate: 2 } })).toThrow(RangeError);
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });
});

describe('request log', () => {
  it('records every request with endpoint, operation, repository, reference and status', async () => {
    emu.log.clear();
    await ecr(emu, 'DescribeImages', { repositoryName: 'docker-hub/library/alpine' });
    await registry(emu, '/v2/', { pw });
    await registry(emu, '/v2/docker-hub/library/alpine/manifests/3.20', { pw });
    await registry(emu, '/v2/docker-hub/library/alpine/manifests/nope', { pw });
    await registry(emu, '/v2/docker-hub/library/alpine/tags/list', { pw });
    await new Promise((r) => setTimeout(r, 20));
    expect(emu.log.count()).toBe(5);
    expect(emu.log.countByOperation()).toEqual({ DescribeImages: 1, ping: 1, manifest: 2, tags: 1 });
    expect(emu.log.count({ endpoint: 'registry' })).toBe(4);
    expect(emu.log.count((e) => e.status >= 400)).toBe(1);
    expect(emu.log.forImage('docker-hub/library/alpine').length).toBe(4);
    expect(emu.log.forImage('docker-hub/library/alpine', '3.20')).toEqual([
      expect.objectContaining({ endpoint: 'registry', operation: 'manifest', method: 'GET', status: 200 }),
    ]);
    expect(emu.log.entries[0]?.at).toBeGreaterThan(Date.now() - 10_000);
    emu.log.clear();
    expect(emu.log.count()).toBe(0);
  });
});

describe('upstream CDN', () => {
  async function redirectedLayer(
    e: Emulator,
    token: string,
    path: string,
  ): Promise<{ location: string; digest: string }> {
    await e.upstream.seedImage({ host: 'ghcr.io', path, tag: '1' });
    const m = await registry(e, `/v2/github/${path}/manifests/1`, { pw: token });
    const digest = (m.json() as unknown as { layers: { digest: string }[] }).layers[0]?.digest ?? '';
    const blob = await registry(e, `/v2/github/${path}/blobs/${digest}`, { pw: token });
    expect(blob.status).toBe(307);
    return { location: blob.headers.get('location') ?? '', digest };
  }

  it('accepts connections and never answers (the private-subnet timeout)', async () => {
    const own = await startEmulator({ upstream: 'memory', importTime: 60_000 });
    try {
      const { location, digest } = await redirectedLayer(own, await password(own), 'org/hang');
      const t0 = performance.now();
      await expect(fetch(location, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
      expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
      expect(own.log.count({ endpoint: 'cdn', reference: digest, status: 0 })).toBe(1);
    } finally {
      await own.stop();
    }
  });

  it("'reset' drops the connection and 'serve' answers with the layer", async () => {
    const own = await startEmulator({ upstream: 'memory', importTime: 60_000, faults: { cdn: 'reset' } });
    try {
      const token = await password(own);
      const { location, digest } = await redirectedLayer(own, token, 'org/reset');
      await expect(fetch(location, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
      own.setFaults({ cdn: 'serve' });
      const res = await fetch(location);
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(digest);
    } finally {
      await own.stop();
    }
  });
});
