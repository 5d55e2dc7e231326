// End to end with a real engine: dockerd 20.10 (BuildKit built in) builds Dockerfiles rewritten by the
// bundled CLI (node dist/cli.js) against the emulator, whose upstream "CDN" resets every connection, as
// a private subnet with no egress would fail it (in bounded time, unlike a black hole).
// Needs root and Debian's docker.io (dockerd, /usr/bin/docker); .ci/run installs it, elsewhere it skips.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Emulator,
  type LogEntry,
  type SeedImageOptions,
  startEmulator,
} from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';
import { type Dockerd, engineUnavailable, type Finished, startDockerd } from '../../helpers/dockerd.js';

const unavailable = engineUnavailable();
if (unavailable) process.stderr.write(`[e2e docker-engine.test] skipped: ${unavailable}\n`);
const describeWithEngine = unavailable ? describe.skip : describe;

const LAYER_BYTES = 4096;
/** Both platforms, so the engine finds its own whatever machine it runs on. */
const image = (host: string, path: string, tag: string): SeedImageOptions => ({
  host,
  path,
  tag,
  platforms: ['linux/amd64', 'linux/arm64'],
  layers: 3,
  layerBytes: LAYER_BYTES,
});
// Each case has images of its own, so an import left running by one cannot serve another.
const UNWARMED = [image('docker.io', 'library/ubuntu', '24.04'), image('docker.io', 'e2e/builder', '1')];
const WARMED = [
  image('docker.io', 'library/debian', '12'),
  image('quay.io', 'e2e/tools', '2'),
  image('docker.io', 'e2e/assets', '3'),
];
const FRONTEND = image('docker.io', 'docker/dockerfile', '1.4');

describeWithEngine(
  'a real engine (dockerd 20.10, BuildKit) builds rewritten Dockerfiles from the cache',
  () => {
    let emu: Emulator | undefined;
    let engine: Dockerd | undefined;
    let work = '';
    let cliEnv: NodeJS.ProcessEnv = {};
    const times: Record<string, number> = {};
    const suiteStarted = Date.now();

    beforeAll(async () => {
      work = mkdtempSync('/tmp/ept-e2e-');
      const [e, d] = await Promise.allSettled([
        // Imports are slow enough for a build to meet one under way; each case sets its own time.
        startEmulator({ importTime: 3_000, faults: { cdn: 'reset' } }).then((x) => (emu = x)),
        startDockerd().then((x) => (engine = x)),
      ]);
      if (e.status === 'rejected') throw e.reason;
      if (d.status === 'rejected') throw d.reason;
      times.dockerdStart = engine!.startMs;
      for (const seed of [...UNWARMED, ...WARMED, FRONTEND]) await emu!.upstream.seedImage(seed);
      cliEnv = { PATH: process.env.PATH, HOME: work, ...emu!.env(), DOCKER_CONFIG: join(work, 'docker') };
      const login = await runCli(['login', '--method', 'config'], { env: cliEnv });
      expect([login.code, login.stdout]).toEqual([0, `${emu!.registryHost}\n`]);
    }, 60_000);

    afterAll(async () => {
      const stopMs = await engine?.stop();
      if (stopMs !== undefined) times.dockerdStop = stopMs;
      await emu?.stop();
      if (work) rmSync(work, { recursive: true, force: true });
      times.file = Date.now() - suiteStarted;
      if (process.env.EPT_E2E_TIMINGS)
        process.stderr.write(`[e2e docker-engine.test] ms: ${JSON.stringify(times)}\n`);
    }, 60_000);

    /** A build context holding the Dockerfile, rewritten in place by `ecr-pull-through rewrite`. */
    async function rewritten(name: string, dockerfile: string): Promise<string> {
      const dir = join(work, name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'Dockerfile'), dockerfile);
      const rules = ['--rule', 'docker-hub=registry-1.docker.io', '--rule', 'quay=quay.io'];
      const r = await runCli(['rewrite', '--registry', emu!.registryHost, ...rules, 'Dockerfile'], {
        cwd: dir,
        env: cliEnv,
      });
      expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('rewrote 1 of 1')]);
      return dir;
    }

    function build(context: string, args: string[], timeoutMs: number): Promise<Finished> {
      return engine!.docker(['build', '--progress=plain', ...args, context], {
        env: { DOCKER_BUILDKIT: '1', DOCKER_CONFIG: cliEnv.DOCKER_CONFIG },
        timeoutMs,
      });
    }

    const since = (mark: number): readonly LogEntry[] => emu!.log.entries.slice(mark);
    const uri = (repository: string, tag: string) => `${emu!.registryHost}/${repository}:${tag}`;

    it('without warm, while the imports run, the build fails on the layer redirect to the upstream CDN', async () => {
      const e = emu!;
      e.setImportTime(10 * 60_000); // under way for the whole case
      const dir = await rewritten(
        'unwarmed',
        'FROM ubuntu:24.04 AS tools\nFROM e2e/builder:1\nCOPY --from=tools /layer0/data.bin /tools.bin\n',
      );
      const repos = ['docker-hub/library/ubuntu', 'docker-hub/e2e/builder'];
      expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(
        `FROM ${uri(repos[0]!, '24.04')} AS tools\nFROM ${uri(repos[1]!, '1')}\nCOPY --from=tools /layer0/data.bin /tools.bin\n`,
      );
      // BuildKit's own first pull (HEAD by tag, then GET by digest) starts the imports.
      const mark = e.log.entries.length;
      const run = await build(dir, [], 45_000);
      times.buildUnwarmed = run.ms;

      expect(run.timedOut).toBe(false);
      expect(run.code).not.toBe(0);
      // BuildKit names the redirect target it could not reach.
      expect(run.output).toContain(`${new URL(e.cdnUrl).host}/registry-v2/`);
      const blobs = since(mark).filter((x) => x.endpoint === 'registry' && x.operation === 'blob');
      expect(blobs.length).toBeGreaterThan(0);
      expect(blobs.filter((x) => x.status !== 307)).toEqual([]);
      expect(since(mark).filter((x) => x.endpoint === 'cdn').length).toBeGreaterThan(0);
      // It met the imports under way.
      expect(e.imports.filter((i) => repos.includes(i.repository)).map((i) => i.completedAt)).toEqual([
        undefined,
        undefined,
      ]);
    }, 60_000);

    it('after rewrite and warm --from the Dockerfile, the build takes every layer from the cache', async () => {
      const e = emu!;
      e.setImportTime(3_000);
      const dir = await rewritten(
        'warmed',
        [
          'FROM debian:12 AS base',
          'FROM quay.io/e2e/tools:2',
          'COPY --from=base /layer0/data.bin /from-stage.bin',
          'COPY --from=e2e/assets:3 /layer1/data.bin /from-image.bin',
          '',
        ].join('\n'),
      );
      const repos = ['docker-hub/library/debian', 'quay/e2e/tools', 'docker-hub/e2e/assets'];
      expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain(
        `COPY --from=${uri(repos[2]!, '3')} /layer1/data.bin`,
      );

      const t0 = Date.now();
      const warm = await runCli(['warm', '--from', join(dir, 'Dockerfile'), '--timeout', '30s'], {
        env: cliEnv,
      });
      times.warm = Date.now() - t0;
      expect([warm.code, warm.stderr]).toEqual([0, expect.any(String)]);
      const imports = e.imports.filter((i) => repos.includes(i.repository));
      expect(imports.map((i) => i.repository).sort()).toEqual([...repos].sort());
      expect(imports.every((i) => i.completedAt !== undefined)).toBe(true);

      const out = join(work, 'warmed-out');
      const mark = e.log.entries.length;
      const run = await build(dir, ['--output', `type=local,dest=${out}`], 45_000);
      times.buildWarmed = run.ms;

      expect([run.code, run.timedOut]).toEqual([0, false]);
      // The layers were fetched and unpacked: both copies and the final stage's own files are there.
      for (const file of ['from-stage.bin', 'from-image.bin', 'layer0/data.bin', 'layer2/data.bin'])
        expect(statSync(join(out, file)).size).toBe(LAYER_BYTES);
      const pulled = since(mark);
      expect(pulled.filter((x) => x.endpoint === 'cdn')).toEqual([]);
      expect(pulled.filter((x) => x.status === 307)).toEqual([]);
      const blobs = pulled.filter((x) => x.endpoint === 'registry' && x.operation === 'blob');
      expect(new Set(blobs.map((x) => x.repository))).toEqual(new Set(repos));
      expect(blobs.filter((x) => x.status !== 200)).toEqual([]);
    }, 60_000);

    // Depends on `rewrite` rewriting `# syntax=` directives (in progress): until it lands, the first
    // expectation fails and no build runs.
    it('the # syntax= frontend is fetched from the cache, never from Docker Hub', async () => {
      const e = emu!;
      const dir = await rewritten(
        'syntax',
        '# syntax=docker/dockerfile:1.4\nFROM e2e/assets:3\nCOPY Dockerfile /Dockerfile.copy\n',
      );
      const frontend = uri('docker-hub/docker/dockerfile', '1.4');
      expect(readFileSync(join(dir, 'Dockerfile'), 'utf8').split('\n')[0]).toBe(`# syntax=${frontend}`);

      const mark = e.log.entries.length;
      // The stand-in's frontend image is not runnable: the build fails, but only after asking the cache.
      const run = await build(dir, [], 30_000);
      times.buildSyntax = run.ms;

      expect(run.timedOut).toBe(false);
      expect(run.output).toContain(frontend);
      expect(run.output).not.toMatch(/registry-1\.docker\.io|docker\.io\/docker\/dockerfile/);
      const asked = since(mark).filter(
        (x) => x.operation === 'manifest' && x.repository === 'docker-hub/docker/dockerfile',
      );
      expect(asked).toContainEqual(expect.objectContaining({ reference: '1.4', status: 200 }));
    }, 45_000);
  },
);
