import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ecr, password, registry } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';
import type { QuotaConfig } from './quotas.js';

let emu: Emulator;
let pw: string;

beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', importTime: 0 });
  pw = await password(emu);
  emu.log.clear();
});
afterAll(() => emu.stop());
afterEach(() => {
  emu.setQuotas(undefined);
  emu.setFaults(undefined);
  emu.log.clear();
});

/** The control endpoint as another process reaches it: plain HTTP on the API port. */
async function control(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: () => Record<string, unknown> }> {
  const res = await fetch(`${emu.apiUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: () => JSON.parse(text) };
}

const SLOW = 0.001;

describe('control endpoint: /stand-in/quotas', () => {
  it('PUT sets the quotas (204), the API and registry then throttle; GET answers the config and the stats', async () => {
    const config: QuotaConfig = {
      api: { ratePerSec: SLOW, burst: 1 },
      registry: { ratePerSec: SLOW, burst: 1 },
      groups: [{ name: 'reads', operations: ['DescribeImages'], ratePerSec: SLOW, burst: 5 }],
    };
    expect((await control('PUT', '/stand-in/quotas', config)).status).toBe(204);
    expect((await ecr(emu, 'DescribePullThroughCacheRules')).status).toBe(200);
    expect((await ecr(emu, 'DescribePullThroughCacheRules')).body.__type).toBe('ThrottlingException');
    expect((await registry(emu, '/v2/', { pw })).status).toBe(200);
    expect((await registry(emu, '/v2/', { pw })).status).toBe(429);
    const got = await control('GET', '/stand-in/quotas');
    expect(got.status).toBe(200);
    expect(got.json()).toEqual({
      config,
      stats: {
        api: { allowed: 1, throttled: 1 },
        registry: { allowed: 1, throttled: 1 },
        reads: { allowed: 0, throttled: 0 },
      },
    });
    // Not AWS calls: the control requests are neither logged nor throttled.
    expect(emu.log.count({ endpoint: 'api' })).toBe(2);
    expect(emu.quotaStats()).toEqual(got.json().stats);
  });

  it('PUT with no body clears the quotas; the new buckets start full', async () => {
    emu.setQuotas({ api: { ratePerSec: SLOW, burst: 1 } });
    await ecr(emu, 'DescribePullThroughCacheRules');
    expect((await control('PUT', '/stand-in/quotas')).status).toBe(204);
    expect((await control('GET', '/stand-in/quotas')).json()).toEqual({ config: {}, stats: {} });
    expect((await ecr(emu, 'DescribePullThroughCacheRules')).status).toBe(200);
    expect((await control('PUT', '/stand-in/quotas', { api: { ratePerSec: SLOW, burst: 1 } })).status).toBe(
      204,
    );
    expect((await ecr(emu, 'DescribePullThroughCacheRules')).status).toBe(200);
  });

  it.each([
    ['not JSON', '{api:', /not JSON/],
    ['not an object', '[1]', /must be an object/],
    ['a misspelt key', { perOp: {} }, /unknown key 'perOp'/],
    ['rate 0', { api: { ratePerSec: 0, burst: 1 } }, /ratePerSec/],
    ['burst below 1', { registry: { ratePerSec: 1, burst: 0.5 } }, /burst/],
    ['a string rate', { api: { ratePerSec: '1', burst: 1 } }, /ratePerSec/],
    ['an empty group', { groups: [{ name: 'g', operations: [], ratePerSec: 1, burst: 1 }] }, /no operations/],
    ['a nameless group', { groups: [{ operations: ['X'], ratePerSec: 1, burst: 1 }] }, /name/],
    [
      'two buckets of one name',
      {
        api: { ratePerSec: 1, burst: 1 },
        groups: [{ name: 'api', operations: ['X'], ratePerSec: 1, burst: 1 }],
      },
      /two buckets/,
    ],
  ])('PUT with %s is 400 with a message, and the quotas in place stay', async (_, body, message) => {
    emu.setQuotas({ api: { ratePerSec: SLOW, burst: 1 } });
    const res = await control('PUT', '/stand-in/quotas', body);
    expect(res.status).toBe(400);
    expect(res.json().message).toMatch(message);
    expect((await control('GET', '/stand-in/quotas')).json().config).toEqual({
      api: { ratePerSec: SLOW, burst: 1 },
    });
  });

  it('other methods and paths are refused: 405 with Allow, 404', async () => {
    const post = await fetch(`${emu.apiUrl}/stand-in/quotas`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, PUT');
    expect((await control('GET', '/stand-in/nothing')).status).toBe(404);
  });
});

describe('control endpoint: /stand-in/faults', () => {
  it('PUT sets the faults (204); an empty body clears them; a bad body is 400', async () => {
    expect((await control('PUT', '/stand-in/faults', { api: { rate: 1, kinds: ['5xx'] } })).status).toBe(204);
    expect((await ecr(emu, 'DescribePullThroughCacheRules')).status).toBe(500);
    expect((await control('PUT', '/stand-in/faults')).status).toBe(204);
    expect((await ecr(emu, 'DescribePullThroughCacheRules')).status).toBe(200);
    for (const bad of [
      { api: { rate: 2 } },
      { api: { rate: 1, kinds: ['melt'] } },
      { cdn: 'explode' },
      '[]',
      'x',
    ]) {
      const res = await control('PUT', '/stand-in/faults', bad);
      expect({ bad, status: res.status }).toEqual({ bad, status: 400 });
      expect(res.json().message).toEqual(expect.any(String));
    }
  });
});

describe('quota specs are checked', () => {
  it.each([
    ['rate 0', { api: { ratePerSec: 0, burst: 1 } }],
    ['a negative rate', { perOperation: { DescribeImages: { ratePerSec: -1, burst: 1 } } }],
    ['burst 0', { registry: { ratePerSec: 1, burst: 0 } }],
    ['an infinite rate', { api: { ratePerSec: Number.POSITIVE_INFINITY, burst: 1 } }],
    ['a NaN burst', { api: { ratePerSec: 1, burst: Number.NaN } }],
    ['an empty group', { groups: [{ name: 'g', operations: [], ratePerSec: 1, burst: 1 }] }],
  ] as [string, QuotaConfig][])(
    'setQuotas and startEmulator refuse %s with a RangeError',
    async (_, config) => {
      expect(() => emu.setQuotas(config)).toThrow(RangeError);
      await expect(startEmulator({ upstream: 'memory', quotas: config })).rejects.toThrow(RangeError);
    },
  );

  it('a request under no bucket is never refused, and stats list every bucket from the start', async () => {
    emu.setQuotas({
      perOperation: { DescribeImages: { ratePerSec: SLOW, burst: 1 } },
      groups: [{ name: 'tokens', operations: ['GetAuthorizationToken'], ratePerSec: SLOW, burst: 1 }],
    });
    expect(emu.quotaStats()).toEqual({
      DescribeImages: { allowed: 0, throttled: 0 },
      tokens: { allowed: 0, throttled: 0 },
    });
    for (let i = 0; i < 5; i++) expect((await ecr(emu, 'DescribePullThroughCacheRules')).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await registry(emu, '/v2/', { pw })).status).toBe(200);
  });
});
