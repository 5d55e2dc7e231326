// Transparent mode with containers/image clients: `mirrors --format registries-conf` remaps
// docker.io and quay.io to the cache, and skopeo (--registries-conf) and podman
// (CONTAINERS_REGISTRIES_CONF) fetch the unchanged names from it (the stand-in's request log says
// so); given alone, the file has no search list, so podman refuses a short name with no alias.
// Each client skips with a message where it is not installed; podman also needs root.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Emulator, type LogEntry, startEmulator } from '../../../emulator/index.js';
import { warm } from '../../../src/index.js';
import { runProcess } from '../../helpers/dockerd.js';
import { runMain } from '../../helpers/run-main.js';

const runs = (bin: string) => spawnSync(bin, ['--version']).status === 0;
const noSkopeo = runs('skopeo') ? undefined : 'skopeo is not installed (apt-get install skopeo)';
const noPodman =
  process.getuid?.() !== 0
    ? 'podman needs root here'
    : runs('podman')
      ? undefined
      : 'podman is not installed (apt-get install podman)';
for (const why of [noSkopeo, noPodman].filter(Boolean))
  process.stderr.write(`[e2e mirrors-registries-conf.test] skipped: ${why}\n`);

const HUB = 'docker.io/library/alpine:3.20';
const QUAY = 'quay.io/prometheus/node-exporter:v1.8.0';

describe('registries.conf from the rules: containers/image clients pull through the cache', () => {
  let emu: Emulator;
  let work = '';
  let conf = '';
  const saved = { ...process.env };

  beforeAll(async () => {
    work = mkdtempSync('/tmp/ept-mr-');
    // The CDN resets every connection: a layer fetched from anywhere but the cache fails the pull.
    emu = await startEmulator({ importTime: 1_000, faults: { cdn: 'reset' } });
    Object.assign(process.env, emu.env());
    conf = join(work, 'registries.conf');
    const r = await runMain(['mirrors', '--format', 'registries-conf', '--out', conf, '--timeout', '20s']);
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining(`wrote ${conf}`)]);
    const warmed = await warm({
      images: [HUB, QUAY],
      poll: { baseMs: 200, capMs: 1_000 },
      timeoutMs: 20_000,
    });
    expect(warmed.images.map((i) => i.status)).toEqual(['ready', 'ready']);
    // containers/image sends a remapped location only the credentials stored for its host (never
    // --creds, meant for the name's own registry): the docker config `login` writes.
    const login = await runMain(['login', '--method', 'config'], {
      env: { ...process.env, HOME: work, DOCKER_CONFIG: join(work, '.docker') },
    });
    expect([login.code, login.stdout]).toEqual([0, `${emu.registryHost}\n`]);
  }, 60_000);

  afterAll(async () => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    await emu?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Cache repositories whose manifest and blobs were served since `before`; nothing from the CDN. */
  function servedSince(before: number): { manifests: string[]; blobs: string[]; cdn: LogEntry[] } {
    const served = emu.log.entries.slice(before);
    const ok = served.filter((e) => e.endpoint === 'registry' && e.status === 200);
    const repos = (op: string) => [
      ...new Set(ok.filter((e) => e.operation === op).map((e) => e.repository!)),
    ];
    return {
      manifests: repos('manifest'),
      blobs: repos('blob'),
      cdn: served.filter((e) => e.endpoint === 'cdn'),
    };
  }

  it('remaps each upstream to its cache location, plain http for the stand-in on loopback', () => {
    const text = readFileSync(conf, 'utf8');
    expect(text).toContain(`prefix = "docker.io"\nlocation = "${emu.registryHost}/docker-hub"`);
    expect(text).toContain(`prefix = "quay.io"\nlocation = "${emu.registryHost}/quay"`);
    expect(text).toContain('insecure = true');
  });

  (noSkopeo ? it.skip : it)(
    'skopeo copy of the Docker Hub and Quay names is served by the cache',
    async () => {
      for (const [name, repo] of [
        [HUB, 'docker-hub/library/alpine'],
        [QUAY, 'quay/prometheus/node-exporter'],
      ] as const) {
        const before = emu.log.entries.length;
        const dest = join(work, repo.replaceAll('/', '_'));
        const copy = await runProcess(
          'skopeo',
          ['--registries-conf', conf, 'copy', '--command-timeout', '20s', `docker://${name}`, `dir:${dest}`],
          { env: { PATH: process.env.PATH, HOME: work }, timeoutMs: 30_000 },
        );
        expect([copy.code, copy.output]).toEqual([0, expect.any(String)]);
        expect(readdirSync(dest)).toContain('manifest.json');
        const served = servedSince(before);
        expect(served).toEqual({ manifests: [repo], blobs: [repo], cdn: [] });
      }
    },
    60_000,
  );

  /** podman with a store of its own under `work`, reading the generated file alone. */
  const podman = (args: string[]) => {
    const store = join(work, 'podman');
    return runProcess(
      'podman',
      [
        ...['--root', join(store, 'root'), '--runroot', join(store, 'run'), '--storage-driver', 'vfs'],
        ...['--events-backend', 'file', '--cgroup-manager', 'cgroupfs'],
        ...args,
      ],
      {
        env: { PATH: process.env.PATH, HOME: work, CONTAINERS_REGISTRIES_CONF: conf },
        timeoutMs: 60_000,
      },
    );
  };

  (noPodman ? it.skip : it)(
    'podman pull of a short name with no alias fails on the file alone: it has no search list',
    async () => {
      const before = emu.log.entries.length;
      // A name no alias file has (the system's registries.conf.d aliases are still read).
      const pull = await podman(['pull', 'e2e/no-alias:1']);
      expect(pull.code).not.toBe(0);
      expect(pull.stderr).toContain(
        `short-name "e2e/no-alias:1" did not resolve to an alias and no unqualified-search registries are defined in "${conf}"`,
      );
      expect(emu.log.entries.slice(before)).toEqual([]);
    },
    90_000,
  );

  (noPodman ? it.skip : it)(
    'podman pull of the Docker Hub name is served by the cache and keeps its name',
    async () => {
      const before = emu.log.entries.length;
      const pull = await podman(['pull', HUB]);
      expect([pull.code, pull.output]).toEqual([0, expect.any(String)]);
      const images = await podman(['images', '--format', '{{.Repository}}:{{.Tag}}']);
      expect(images.stdout.split('\n')).toContain(HUB);
      const served = servedSince(before);
      expect(served).toEqual({
        manifests: ['docker-hub/library/alpine'],
        blobs: ['docker-hub/library/alpine'],
        cdn: [],
      });
      await podman(['system', 'reset', '--force']);
    },
    90_000,
  );
});
