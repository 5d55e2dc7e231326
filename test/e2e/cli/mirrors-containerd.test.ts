// Transparent mode with a real containerd: `mirrors --format containerd` writes DIR/docker.io/hosts.toml
// from the rules the stand-in's DescribePullThroughCacheRules gives, and `ctr image pull --hosts-dir`
// of an unchanged Docker Hub name is served by the cache (the stand-in's request log says so).
// Needs root and Debian's containerd; elsewhere it skips.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { password } from '../../../emulator/helpers.js';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { warm } from '../../../src/index.js';
import { type Containerd, containerdUnavailable, startContainerd } from '../../helpers/containerd.js';
import { runMain } from '../../helpers/run-main.js';

const unavailable = containerdUnavailable();
if (unavailable) process.stderr.write(`[e2e mirrors-containerd.test] skipped: ${unavailable}\n`);
const describeWithContainerd = unavailable ? describe.skip : describe;

describeWithContainerd(
  'containerd pulls Docker Hub names through the cache with the generated hosts.toml',
  () => {
    let emu: Emulator | undefined;
    let daemon: Containerd | undefined;
    let work = '';
    const saved = { ...process.env };

    beforeAll(async () => {
      work = mkdtempSync('/tmp/ept-mc-');
      // The CDN resets every connection: a layer fetched from anywhere but the cache fails the pull.
      const [e, c] = await Promise.allSettled([
        startEmulator({ importTime: 1_000, faults: { cdn: 'reset' } }).then((x) => (emu = x)),
        startContainerd().then((x) => (daemon = x)),
      ]);
      if (e.status === 'rejected') throw e.reason;
      if (c.status === 'rejected') throw c.reason;
      // The SDK reads the process's environment.
      Object.assign(process.env, emu!.env());
    }, 60_000);

    afterAll(async () => {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      await daemon?.stop();
      await emu?.stop();
      if (work) rmSync(work, { recursive: true, force: true });
    }, 60_000);

    it('writes one hosts.toml per upstream with the cache prefix after /v2 and override_path', async () => {
      const r = await runMain([
        'mirrors',
        '--format',
        'containerd',
        '--out',
        join(work, 'hosts'),
        '--timeout',
        '20s',
      ]);
      expect([r.code, r.stderr]).toEqual([
        0,
        expect.stringContaining(`wrote ${join(work, 'hosts', 'docker.io', 'hosts.toml')}`),
      ]);
      const hub = readFileSync(join(work, 'hosts', 'docker.io', 'hosts.toml'), 'utf8');
      expect(hub).toContain(`[host."http://${emu!.registryHost}/v2/docker-hub"]`);
      expect(hub).toContain('override_path = true');
      expect(readFileSync(join(work, 'hosts', 'quay.io', 'hosts.toml'), 'utf8')).toContain('/v2/quay"]');
    });

    it('after warm, ctr pulls docker.io/library/alpine:3.20 from the cache: manifests and layers', async () => {
      const result = await warm({
        images: ['alpine:3.20'],
        poll: { baseMs: 200, capMs: 1_000 },
        timeoutMs: 20_000,
      });
      expect(result.images[0]).toMatchObject({ status: 'ready' });
      const before = emu!.log.entries.length;

      const pull = await daemon!.ctr([
        ...['image', 'pull', '--hosts-dir', join(work, 'hosts')],
        ...['--user', `AWS:${await password(emu!)}`],
        'docker.io/library/alpine:3.20',
      ]);
      expect([pull.code, pull.output]).toEqual([0, expect.any(String)]);
      // The image keeps its Docker Hub name in containerd.
      const list = await daemon!.ctr(['image', 'ls', '-q']);
      expect(list.stdout.split('\n')).toContain('docker.io/library/alpine:3.20');

      const served = emu!.log.entries.slice(before);
      const ok = served.filter((e) => e.endpoint === 'registry' && e.status === 200);
      expect(ok.filter((e) => e.operation === 'manifest').map((e) => e.repository)).toEqual(
        expect.arrayContaining(['docker-hub/library/alpine']),
      );
      expect(ok.some((e) => e.operation === 'blob' && e.repository === 'docker-hub/library/alpine')).toBe(
        true,
      );
      expect(served.filter((e) => e.endpoint === 'cdn')).toEqual([]);
    }, 60_000);
  },
);
