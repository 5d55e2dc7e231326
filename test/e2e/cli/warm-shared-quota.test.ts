// Two `warm` runs (the bundled CLI, as two CI jobs run it) against one stand-in whose ECR API quota is
// account-wide, 2 calls per second: both finish with every image ready, and together they keep to the
// quota instead of fighting over it. Each run wants far more (four repositories looked at every
// second or so); they back off on throttling and share what is there. The rate is read from the
// stand-in's log (its clock), counting every API request, throttled or not; a slower machine only
// lowers it, so the bound does not depend on the machine's speed.

import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { CLI } from '../../helpers/cli.js';

const QUOTA = 2;
const REPOSITORIES = ['svc-a', 'svc-b', 'svc-c', 'svc-d'];
const images = (tag: string) => REPOSITORIES.map((r) => `quay.io/fleet/${r}:${tag}`);

function warmCli(emu: Emulator, refs: readonly string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'warm', '--json', '--timeout', '3m', ...refs], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...emu.env() },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two warm runs share an account-wide API quota of 2/s', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({
      upstream: 'memory',
      importTime: 8_000,
      quotas: { api: { ratePerSec: QUOTA, burst: QUOTA } },
    });
    for (const r of REPOSITORIES)
      for (const tag of ['1', '2'])
        await emu.upstream.seedImage({ host: 'quay.io', path: `fleet/${r}`, tag });
  });
  afterAll(() => emu.stop());

  it('both finish with every image ready, and after the first 5 s ask at most 1.5x the quota', async () => {
    const runs = await Promise.all([warmCli(emu, images('1')), warmCli(emu, images('2'))]);
    for (const run of runs) {
      expect([run.code, run.stderr]).toEqual([0, expect.any(String)]);
      const result = JSON.parse(run.stdout) as { images: { status: string }[] };
      expect(result.images.map((i) => i.status)).toEqual(['ready', 'ready', 'ready', 'ready']);
    }
    const api = emu.log.entries.filter((e) => e.endpoint === 'api').map((e) => e.at);
    // The quota was met: some requests were refused (else this test shows nothing).
    expect(emu.quotaStats().api!.throttled).toBeGreaterThan(0);
    const settled = api[0]! + 5_000;
    const after = api.filter((at) => at >= settled);
    expect(after.length).toBeGreaterThan(0);
    // Every 5 s window after the first 5 s: at most 1.5x the quota's worth of requests.
    const WINDOW_MS = 5_000;
    const limit = 1.5 * QUOTA * (WINDOW_MS / 1000);
    const busiest = Math.max(
      ...after.map((start) => after.filter((at) => at >= start && at < start + WINDOW_MS).length),
    );
    expect(busiest).toBeLessThanOrEqual(limit);
  }, 150_000);
});
