// Transparent mode with a real Docker Engine: `mirrors --format daemon-json` for a registry whose
// Docker Hub rule has the ROOT prefix; dockerd 20.10 started with that file pulls an unchanged Hub
// name through the stand-in (its request log says so). Which credentials reach the mirror: docker
// pull and the classic builder send the Docker Hub entry, a BuildKit build (dockerd 20.10's own
// BuildKit, which reads registry-mirrors for docker.io) the cache host's. A prefixed Hub rule is
// refused with why.
// Needs root and Debian's docker.io (dockerd, /usr/bin/docker); elsewhere it skips.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { password } from '../../../emulator/helpers.js';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { warm } from '../../../src/index.js';
import { type Dockerd, engineUnavailable, startDockerd } from '../../helpers/dockerd.js';
import { runMain } from '../../helpers/run-main.js';

const unavailable = engineUnavailable();
if (unavailable) process.stderr.write(`[e2e mirrors-daemon-json.test] skipped: ${unavailable}\n`);
const describeWithEngine = unavailable ? describe.skip : describe;

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const HUB_SECRET = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:ecr-pullthroughcache/docker-hub-AbCdEf`;

describe('daemon-json refuses what Docker Engine cannot use', () => {
  it('a prefixed Docker Hub rule: the engine asks a mirror for /v2/... at its root', async () => {
    const r = await runMain([
      ...['mirrors', '--format', 'daemon-json'],
      ...[
        '--registry',
        `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`,
        '--rule',
        'docker-hub=registry-1.docker.io',
      ],
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Docker Engine asks a mirror for /v2/library/... at its root');
    expect(r.stderr).toContain('/v2/docker-hub/');
    expect(r.stderr).toContain(
      'hint: create a pull-through rule with the prefix ROOT for registry-1.docker.io',
    );
  });
});

describeWithEngine('dockerd with the generated daemon.json pulls Docker Hub names from the cache', () => {
  let emu: Emulator | undefined;
  let engine: Dockerd | undefined;
  let work = '';
  let daemonJson = '';
  const saved = { ...process.env };

  beforeAll(async () => {
    work = mkdtempSync('/tmp/ept-mj-');
    // The CDN resets every connection: a layer fetched from anywhere but the cache fails the pull.
    emu = await startEmulator({
      account: ACCOUNT,
      region: REGION,
      importTime: 1_000,
      faults: { cdn: 'reset' },
      rules: [
        {
          ecrRepositoryPrefix: 'ROOT',
          upstreamRegistryUrl: 'registry-1.docker.io',
          credentialArn: HUB_SECRET,
        },
        { ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'quay.io' },
      ],
    });
    Object.assign(process.env, emu.env());
    const out = join(work, 'daemon.json');
    const r = await runMain(['mirrors', '--format', 'daemon-json', '--out', out, '--timeout', '20s']);
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining(`wrote ${out}`)]);
    daemonJson = readFileSync(out, 'utf8');
    engine = await startDockerd({ daemonJson });
  }, 60_000);

  afterAll(async () => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    await engine?.stop();
    await emu?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  /** A docker config holding only the cache host's entry: what `ecr-pull-through login` writes. */
  async function cacheHostConfig(name: string): Promise<string> {
    const config = join(work, name);
    mkdirSync(config);
    const auth = Buffer.from(`AWS:${await password(emu!)}`).toString('base64');
    writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: { [emu!.registryHost]: { auth } } }));
    return config;
  }

  /** A build context whose Dockerfile is `FROM alpine:3.20`. */
  function fromAlpine(name: string): string {
    const context = join(work, name);
    mkdirSync(context);
    writeFileSync(join(context, 'Dockerfile'), 'FROM alpine:3.20\n');
    return context;
  }

  it('names the cache, at its root, as the mirror (plain http on loopback)', () => {
    expect(JSON.parse(daemonJson)).toEqual({
      'registry-mirrors': [`http://${emu!.registryHost}`],
      'insecure-registries': [emu!.registryHost],
    });
  });

  it('credentials stored for the cache host are not sent to the mirror: the cache refuses the pull', async () => {
    const config = await cacheHostConfig('docker-cache-host');
    const before = emu!.log.entries.length;
    // The engine meets the cache's Basic challenge with nothing to answer it, and turns to Docker Hub
    // (unreachable here); only what the cache saw is asserted.
    await engine!.docker(['pull', 'nginx:1.27'], { env: { DOCKER_CONFIG: config } });
    const seen = emu!.log.entries.slice(before).filter((e) => e.endpoint === 'registry');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.status === 401)).toBe(true);
  }, 90_000);

  it('after warm, docker pull alpine:3.20 is served by the cache and keeps its name', async () => {
    const result = await warm({
      images: ['alpine:3.20'],
      poll: { baseMs: 200, capMs: 1_000 },
      timeoutMs: 20_000,
    });
    expect(result.images[0]).toMatchObject({
      status: 'ready',
      uri: `${emu!.registryHost}/library/alpine:3.20`,
    });
    // The engine hands a mirror the credentials the client sends for Docker Hub.
    const config = join(work, 'docker');
    mkdirSync(config);
    const auth = Buffer.from(`AWS:${await password(emu!)}`).toString('base64');
    writeFileSync(
      join(config, 'config.json'),
      JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth } } }),
    );
    const before = emu!.log.entries.length;

    const pull = await engine!.docker(['pull', 'alpine:3.20'], { env: { DOCKER_CONFIG: config } });
    expect([pull.code, pull.output]).toEqual([0, expect.stringContaining('docker.io/library/alpine:3.20')]);
    const served = emu!.log.entries.slice(before);
    const ok = served.filter((e) => e.endpoint === 'registry' && e.status === 200);
    expect(ok.filter((e) => e.operation === 'manifest').map((e) => e.repository)).toContain('library/alpine');
    expect(ok.some((e) => e.operation === 'blob' && e.repository === 'library/alpine')).toBe(true);
    expect(served.filter((e) => e.endpoint === 'cdn')).toEqual([]);
    const images = await engine!.docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']);
    expect(images.stdout.split('\n')).toContain('alpine:3.20');
  }, 90_000);

  it("the classic builder, like docker pull, does not send the mirror the cache host's credentials", async () => {
    const config = await cacheHostConfig('docker-classic');
    const context = fromAlpine('classic');
    await engine!.docker(['image', 'rm', '--force', 'alpine:3.20']);
    const before = emu!.log.entries.length;
    // As with docker pull: a 401 from the cache, then Docker Hub (unreachable here).
    await engine!.docker(['build', '-t', 'classic:1', context], {
      env: { DOCKER_BUILDKIT: '0', DOCKER_CONFIG: config },
    });
    const seen = emu!.log.entries.slice(before).filter((e) => e.endpoint === 'registry');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.status === 401)).toBe(true);
  }, 90_000);

  it("docker build with BuildKit sends the mirror the cache host's own credentials: the cache serves FROM alpine:3.20", async () => {
    const result = await warm({
      images: ['alpine:3.20'],
      poll: { baseMs: 200, capMs: 1_000 },
      timeoutMs: 20_000,
    });
    expect(result.images[0]).toMatchObject({ status: 'ready' });
    // BuildKit asks the client for the credentials of the host it contacts: the mirror's own.
    const config = await cacheHostConfig('docker-buildkit');
    const context = fromAlpine('buildkit');
    // BuildKit in the engine prefers an image the engine holds to the registry: make it ask.
    await engine!.docker(['image', 'rm', '--force', 'alpine:3.20']);
    const before = emu!.log.entries.length;

    const build = await engine!.docker(['build', '--progress=plain', '-t', 'mirrored:1', context], {
      env: { DOCKER_BUILDKIT: '1', DOCKER_CONFIG: config },
    });
    expect([build.code, build.output]).toEqual([0, expect.stringContaining('docker.io/library/alpine:3.20')]);
    // The stand-in refuses a request without the cache's credentials (401, as above).
    const served = emu!.log.entries.slice(before).filter((e) => e.endpoint === 'registry');
    const manifests = served.filter((e) => e.operation === 'manifest' && e.repository === 'library/alpine');
    expect(manifests.map((e) => e.status)).toContain(200);
    expect(emu!.log.entries.slice(before).filter((e) => e.endpoint === 'cdn')).toEqual([]);
  }, 120_000);
});
