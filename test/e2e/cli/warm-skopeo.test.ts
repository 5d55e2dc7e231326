// After warm, a real client pulls the whole image from the cache: skopeo copy --all takes the index
// and every child, and no request is redirected to the upstream's CDN.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { password } from '../../../emulator/helpers.js';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { warm } from '../../../src/index.js';

const hasSkopeo = spawnSync('skopeo', ['--version']).status === 0;
if (!hasSkopeo)
  process.stderr.write('[warm skopeo.test] skipped: skopeo is not installed (apt-get install skopeo)\n');
const describeWithSkopeo = hasSkopeo ? describe : describe.skip;

/** Run skopeo without blocking the event loop: the emulator answers it from this process. */
function skopeo(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('skopeo', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describeWithSkopeo('after warm, skopeo copy --all', () => {
  let emu: Emulator;
  let dir: string;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    emu = await startEmulator({ importTime: 1_500 });
    dir = mkdtempSync(join(tmpdir(), 'ept-warm-skopeo-'));
    Object.assign(process.env, emu.env());
  });
  afterAll(async () => {
    process.env = { ...savedEnv };
    rmSync(dir, { recursive: true, force: true });
    await emu.stop();
  });

  it('pulls the index and its children from the cache, with nothing sent upstream', async () => {
    const result = await warm({
      images: ['node:20'],
      poll: { baseMs: 200, capMs: 2_000 },
      timeoutMs: 20_000,
    });
    expect(result.images[0]).toMatchObject({ status: 'ready', platforms: ['linux/amd64', 'linux/arm64'] });
    const before = emu.log.entries.length;

    const copy = await skopeo([
      'copy',
      '--all',
      '--src-creds',
      `AWS:${await password(emu)}`,
      '--src-tls-verify=false',
      '--command-timeout',
      '10s',
      `docker://${emu.registryHost}/docker-hub/library/node:20`,
      `dir:${join(dir, 'node')}`,
    ]);
    expect([copy.status, copy.stderr]).toEqual([0, expect.any(String)]);
    const files = readdirSync(join(dir, 'node'));
    expect(files.filter((f) => f.endsWith('.manifest.json'))).toHaveLength(2);

    const pulled = emu.log.entries.slice(before);
    expect(pulled.filter((e) => e.endpoint === 'cdn')).toEqual([]);
    // Only skopeo's unauthenticated ping is refused (the Basic challenge); nothing is redirected.
    expect(pulled.filter((e) => e.status !== 200 && e.operation !== 'ping')).toEqual([]);
    expect(pulled.filter((e) => e.operation === 'blob')).toHaveLength(8);
  });
});
