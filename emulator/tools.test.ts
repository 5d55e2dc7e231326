/**
 * The emulator against real tools: Debian's docker-registry as the upstream, the docker CLI's login
 * and skopeo's copy. Each part skips, saying why, when its binary is not installed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ecr, importsDone, password, registry } from './helpers.js';
import { type Emulator, findRegistryBinary, startEmulator } from './index.js';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // keep looking
    }
  }
  return undefined;
}

const hasRegistry = findRegistryBinary() !== undefined;
const docker = onPath('docker');
const skopeo = onPath('skopeo');

function describeWhen(available: boolean, title: string, why: string, body: () => void): void {
  if (available) {
    describe(title, body);
    return;
  }
  // Jest hides the titles of a wholly skipped file: say why on stderr too.
  process.stderr.write(`[emulator tools.test] ${title}: skipped, ${why}\n`);
  describe.skip(`${title} (skipped: ${why})`, body);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(
  cmd: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
    child.stdin.end(options.input ?? '');
  });
}

let emu: Emulator;
let pw: string;
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

beforeAll(async () => {
  emu = await startEmulator({ importTime: 200 });
  pw = await password(emu);
});
afterAll(async () => {
  await emu.stop();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describeWhen(
  hasRegistry,
  'docker-registry upstream',
  'docker-registry is not installed (apt-get install docker-registry)',
  () => {
    it("is what 'auto' picks, and serves pulls through the cache", async () => {
      expect(emu.upstream.kind).toBe('registry');
      expect(emu.upstream.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const first = await registry(emu, '/v2/docker-hub/library/alpine/manifests/3.20', { pw });
      expect(first.status).toBe(200);
      await importsDone(emu);
      const layer = (first.json() as unknown as { layers: { digest: string }[] }).layers[0]?.digest ?? '';
      const blob = await fetch(`${emu.registryUrl}/v2/docker-hub/library/alpine/blobs/${layer}`, {
        headers: { Authorization: `Basic ${Buffer.from(`AWS:${pw}`).toString('base64')}` },
      });
      const bytes = Buffer.from(await blob.arrayBuffer());
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(layer);
    });

    it('seeds, re-seeds and deletes images at run time', async () => {
      const seeded = await emu.upstream.seedImage({
        host: 'ghcr.io',
        path: 'acme/multi',
        tag: 'v1',
        platforms: ['linux/amd64', 'linux/arm64/v8'],
      });
      expect(seeded.children?.map((c) => c.platform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
      const upstreamIndex = await fetch(`${emu.upstream.url}/v2/ghcr/acme/multi/manifests/v1`, {
        headers: { Accept: 'application/vnd.oci.image.index.v1+json' },
      });
      expect(upstreamIndex.headers.get('docker-content-digest')).toBe(seeded.digest);
      const moved = await emu.upstream.updateTag({ host: 'ghcr.io', path: 'acme/multi', tag: 'v1' });
      expect(moved.digest).not.toBe(seeded.digest);
      await emu.upstream.deleteImage({ host: 'ghcr.io', path: 'acme/multi', tag: 'v1' });
      const gone = await registry(emu, '/v2/github/acme/multi/manifests/v1', { pw });
      expect(gone.json().errors?.[0]).toEqual({
        code: 'MANIFEST_UNKNOWN',
        message: 'Requested image not found',
      });
    });

    it('stops the docker-registry child with the emulator', async () => {
      const own = await startEmulator({ upstream: 'registry' });
      const url = own.upstream.url ?? '';
      expect((await fetch(`${url}/v2/`)).status).toBe(200);
      await own.stop();
      await expect(fetch(`${url}/v2/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    });
  },
);

describeWhen(docker !== undefined, 'docker login', 'the docker CLI is not installed', () => {
  it('succeeds with the token from GetAuthorizationToken and fails with a wrong password', async () => {
    const env = { ...process.env, DOCKER_CONFIG: tempDir('ecr-emulator-docker-') };
    const ok = await run(
      docker ?? 'docker',
      ['login', '--username', 'AWS', '--password-stdin', emu.registryHost],
      {
        input: pw,
        env,
      },
    );
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringContaining('Login Succeeded')]);
    const config = JSON.parse(readFileSync(join(env.DOCKER_CONFIG, 'config.json'), 'utf8')) as {
      auths: Record<string, { auth: string }>;
    };
    expect(Buffer.from(config.auths[emu.registryHost]?.auth ?? '', 'base64').toString()).toBe(`AWS:${pw}`);

    const bad = await run(
      docker ?? 'docker',
      ['login', '--username', 'AWS', '--password-stdin', emu.registryHost],
      {
        input: 'not-the-token',
        env,
      },
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/401 Unauthorized/);
  });
});

describeWhen(skopeo !== undefined, 'skopeo copy', 'skopeo is not installed (apt-get install skopeo)', () => {
  const copy = (image: string, dest: string) =>
    run(skopeo ?? 'skopeo', [
      'copy',
      '--all',
      '--src-creds',
      `AWS:${pw}`,
      '--src-tls-verify=false',
      '--command-timeout',
      '5s',
      `docker://${emu.registryHost}/${image}`,
      `dir:${dest}`,
    ]);

  it('fails during an import the way a private-subnet pull does: layers time out on the CDN', async () => {
    await emu.upstream.seedImage({ host: 'docker.io', path: 'library/during-import', tag: '1' });
    emu.setImportTime(60_000);
    try {
      const result = await copy(
        'docker-hub/library/during-import:1',
        join(tempDir('ecr-emulator-skopeo-'), 'img'),
      );
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/deadline exceeded|timeout/i);
      expect(result.ms).toBeGreaterThanOrEqual(4500);
      expect(emu.log.count({ endpoint: 'cdn' })).toBeGreaterThan(0);
    } finally {
      emu.setImportTime(200);
    }
  });

  it('copies an index and its children once the import has completed', async () => {
    expect((await registry(emu, '/v2/docker-hub/library/node/manifests/20', { pw })).status).toBe(200);
    await importsDone(emu, 'docker-hub/library/node');
    const images = await ecr(emu, 'DescribeImages', {
      repositoryName: 'docker-hub/library/node',
      imageIds: [{ imageTag: '20' }],
    });
    expect(images.status).toBe(200);
    const dest = join(tempDir('ecr-emulator-skopeo-'), 'node');
    const result = await copy('docker-hub/library/node:20', dest);
    expect([result.code, result.stderr]).toEqual([0, expect.any(String)]);
    const files = readdirSync(dest);
    expect(files).toContain('manifest.json');
    expect(files.filter((f) => f.endsWith('.manifest.json'))).toHaveLength(2);
    const index = JSON.parse(readFileSync(join(dest, 'manifest.json'), 'utf8')) as {
      manifests: { digest: string }[];
    };
    for (const child of index.manifests) {
      expect(files).toContain(`${child.digest.slice('sha256:'.length)}.manifest.json`);
    }
    // Six layers and two configs, each stored under its digest, and every one came from the cache.
    const blobs = files.filter((f) => /^[a-f0-9]{64}$/.test(f));
    expect(blobs).toHaveLength(8);
    for (const b of blobs) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(dest, b)))
          .digest('hex'),
      ).toBe(b);
    }
    expect(
      emu.log.count({
        endpoint: 'registry',
        operation: 'blob',
        repository: 'docker-hub/library/node',
        status: 200,
      }),
    ).toBe(8);
  });
});
