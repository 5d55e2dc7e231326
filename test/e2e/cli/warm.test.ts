// `ecr-pull-through warm` as users run it: the bundle (node dist/cli.js) against the emulator.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import type { WarmImageResult } from '../../../src/index.js';
import { CLI } from '../../helpers/cli.js';
import { completedAt, scenarioEmulator, scenarioImages } from '../../helpers/warm-scenario.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** When each stderr line arrived (Date.now()). */
  lines: { at: number; text: string }[];
  ms: number;
}

function cli(emu: Emulator, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...emu.env() },
    });
    const run: Run = { code: null, stdout: '', stderr: '', lines: [], ms: 0 };
    let partial = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      run.stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      const at = Date.now();
      run.stderr += d;
      const parts = (partial + d).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) run.lines.push({ at, text });
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ...run, code, ms: Date.now() - started }));
  });
}

const warmCli = (emu: Emulator, args: string[]) => cli(emu, ['warm', ...args]);
const json = (r: Run) => JSON.parse(r.stdout) as { images: WarmImageResult[] };
/** A registry password is 128 base64 characters: no run of output may look like one. */
const SECRET_LIKE = /[A-Za-z0-9+/=]{100,}/;

describe('the 20-image scenario through the CLI', () => {
  const SCALE = 0.1;
  const images = scenarioImages(SCALE);
  const slowest = Math.max(...images.map((i) => i.importMs));
  let emu: Emulator;
  beforeAll(async () => {
    emu = await scenarioEmulator(images);
  });
  afterAll(() => emu.stop());

  it('makes every image ready, reports each as it becomes ready, and prints the JSON report', async () => {
    const run = await warmCli(emu, [
      '--json',
      ...['--poll-base', '100ms', '--poll-cap', '1.5s', '--rate', '200', '--timeout', '30s'],
      ...images.map((i) => i.ref),
    ]);
    expect(run.code).toBe(0);
    // Wall time against the slowest import is a speed figure (bench/warm.ts); here: not before it.
    expect(run.ms).toBeGreaterThanOrEqual(slowest);
    const report = json(run);
    expect(report.images.map((r) => Object.keys(r))).toEqual(
      images.map(() => [
        'image',
        'uri',
        'status',
        'digest',
        'platforms',
        'attempts',
        'seconds',
        'error',
        'hint',
      ]),
    );
    for (const i of images) {
      const r = report.images.find((x) => x.image === i.ref);
      expect(r).toMatchObject({
        status: 'ready',
        uri: `${emu.registryHost}/${i.repository}:1.0`,
        error: null,
      });
      expect(r?.platforms).toEqual(i.platforms.length > 1 ? i.platforms : []);
      // One line per event on a pipe, printed as the image becomes ready.
      const line = run.lines.find((l) => l.text.startsWith(`ready   ${i.ref} `));
      expect(line).toBeDefined();
      // Never before the import ended, and noticed by the look that saw it end: no look after it (two
      // when one was in flight as the import ended). How soon that look came is a speed figure
      // (bench/warm.ts): a loaded machine's own delays are its size at a tenth of the scale.
      const done = completedAt(emu, i.repository);
      expect(line!.at).toBeGreaterThanOrEqual(done);
      const looksAfter = emu.log.forImage(i.repository).filter((e) => e.at >= done);
      expect(looksAfter.length).toBeGreaterThanOrEqual(1);
      expect(looksAfter.length).toBeLessThanOrEqual(2);
      // The pull, the schedule's looks, and one look at once (an image already cached is ready then).
      expect(emu.log.forImage(i.repository).length).toBeLessThanOrEqual(31);
    }
    expect(run.stderr).toMatch(/^IMAGE +STATUS +SECONDS +ATTEMPTS +DETAIL$/m);
    expect(run.stderr).toMatch(/20 image\(s\) ready in \d+\.\d+s\n$/);
    expect(run.stdout + run.stderr).not.toMatch(SECRET_LIKE);
    // A hang limit, not a speed figure: the run itself ends by its --timeout of 30 s.
  }, 60_000);
});

describe('warm from files, failures and usage', () => {
  let emu: Emulator;
  let dir: string;
  const FAST = ['--poll-base', '100ms', '--poll-cap', '1s', '--timeout', '20s'];
  beforeAll(async () => {
    emu = await startEmulator({ upstream: 'memory', importTime: 300 });
    dir = mkdtempSync(join(tmpdir(), 'ept-warm-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await emu.stop();
  });

  it('--from: Dockerfiles, compose and lists, deduplicated; stages and unset variables skipped with a note', async () => {
    mkdirSync(join(dir, 'app'));
    writeFileSync(
      join(dir, 'app', 'Dockerfile'),
      [
        'ARG BASE=node:20',
        'ARG UNSET',
        'FROM ${BASE} AS build',
        'FROM ${UNSET}/tool:1 AS tool',
        'FROM scratch AS empty',
        'FROM build',
        'COPY --from=quay.io/prometheus/node-exporter:v1.8.0 /bin/node_exporter /bin/',
        'FROM alpine:3.20',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'app', 'compose.yaml'),
      'services:\n  a:\n    image: docker.io/library/node:20\n  b:\n    image: ${REGISTRY}/x:1\n',
    );
    writeFileSync(join(dir, 'base.images'), '# base images\nalpine:3.20\nregistry.k8s.io/pause:3.10\n');
    const run = await warmCli(emu, [
      '--json',
      ...FAST,
      '--from',
      join(dir, 'app'),
      '--from',
      join(dir, 'base.images'),
    ]);
    expect(run.code).toBe(0);
    expect(json(run).images.map((r) => [r.image, r.status])).toEqual([
      ['node:20', 'ready'],
      ['quay.io/prometheus/node-exporter:v1.8.0', 'ready'],
      ['alpine:3.20', 'ready'],
      ['registry.k8s.io/pause:3.10', 'ready'],
    ]);
    expect(run.stderr).toContain(`note: ${join(dir, 'app', 'Dockerfile')}:4: image "\${UNSET}/tool:1"`);
    expect(run.stderr).toMatch(/note: .*compose\.yaml:5: \$\{REGISTRY\}\/x:1: templated value; skipped/);
  });

  it('--buildkit warms the BuildKit builder image too', async () => {
    const run = await warmCli(emu, ['alpine:3.20', '--buildkit', '--json', ...FAST]);
    expect(run.code).toBe(0);
    expect(json(run).images.map((i) => [i.image, i.status])).toEqual([
      ['alpine:3.20', 'ready'],
      ['moby/buildkit:buildx-stable-1', 'ready'],
    ]);
    expect(emu.imports.some((i) => i.repository === 'docker-hub/moby/buildkit')).toBe(true);
  });

  it('exits 1 when an image is not ready, with the diagnosis in the table and the JSON', async () => {
    const run = await warmCli(emu, ['--json', ...FAST, 'alpine:3.20', 'registry.gitlab.com/group/app:1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^failed {2}registry\.gitlab\.com\/group\/app:1: no pull-through rule for registry\.gitlab\.com$/m,
    );
    expect(run.stderr).toMatch(/^ +hint: create a pull-through cache rule for registry\.gitlab\.com/m);
    expect(run.stderr).toMatch(/1 of 2 image\(s\) not ready\n$/);
    expect(json(run).images.map((r) => r.status)).toEqual(['ready', 'failed']);
  });

  it.each([
    ['gcr.io/distroless/static:nonroot'],
    ['mcr.microsoft.com/dotnet/sdk:8.0'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.15.0'],
  ])(
    'a registry ECR cannot cache (%s): the hint says so and names the alternatives, never a rule to create',
    async (image) => {
      const host = image.slice(0, image.indexOf('/'));
      const run = await warmCli(emu, [...FAST, image]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`no pull-through rule for ${host}`);
      expect(run.stderr).toContain(`hint: ECR pull-through cache cannot cache ${host}`);
      expect(run.stderr).toContain('mirror the images you need into an ECR repository yourself');
      expect(run.stderr).toContain(`let ${host} through a NAT`);
      expect(run.stderr).not.toContain('create a pull-through cache rule');
      expect(run.stderr).not.toContain('create-pull-through-cache-rule');
    },
  );

  it('--registry and --rule: cache URIs of the named registry, requests to its endpoint, no discovery', async () => {
    const registry = `${emu.account}.dkr.ecr.${emu.region}.amazonaws.com`;
    const discoveries = emu.log.count({ operation: 'DescribePullThroughCacheRules' });
    const run = await warmCli(emu, [
      ...['--json', ...FAST, '--registry', registry, '--rule', 'docker-hub=registry-1.docker.io'],
      'nginx:1.27',
    ]);
    expect(run.code).toBe(0);
    expect(json(run).images[0]).toMatchObject({
      status: 'ready',
      uri: `${registry}/docker-hub/library/nginx:1.27`,
    });
    expect(emu.log.count({ operation: 'DescribePullThroughCacheRules' })).toBe(discoveries);
    expect(emu.log.count({ operation: 'GetCallerIdentity' })).toBe(0);
  });

  it('keeps --timeout: exits 1 within a second of it, saying how long the import was waited for', async () => {
    await emu.upstream.seedImage({ host: 'docker.io', path: 'acme/huge', tag: '1' });
    emu.setImportTime(60_000);
    try {
      const run = await warmCli(emu, ['--timeout', '1500ms', 'acme/huge:1']);
      expect(run.code).toBe(1);
      // Its own clock says it stopped at the deadline (below); the wall clock only tells that from a
      // hang: how soon after the deadline it ends is a speed figure (a 1 s bound failed under load).
      expect(run.ms).toBeLessThan(1_500 + 10_000);
      expect(run.stderr).toMatch(
        // How much of the 1.5 s the image got depends on how fast the CLI started (a slow start is named).
        /failed {2}acme\/huge:1: not ready after \d\.\d s: ECR is still importing it(; \w+ took \d\.\d s of the 1\.5 s before the first pull)?\n/,
      );
    } finally {
      emu.setImportTime(300);
    }
  });

  it('--platform and --verify-layers', async () => {
    const run = await warmCli(emu, [
      '--json',
      ...FAST,
      '--platform',
      'linux/amd64',
      '--verify-layers',
      'node:20',
    ]);
    expect(run.code).toBe(0);
    expect(json(run).images[0]).toMatchObject({ status: 'ready', platforms: ['linux/amd64'] });
    expect(emu.log.count({ operation: 'BatchCheckLayerAvailability' })).toBeGreaterThan(0);
  });

  it.each([
    [[], /nothing to warm/],
    [['Node:20'], /invalid image reference "Node:20"/],
    [['--timeout', 'soon', 'node:20'], /--timeout must be a duration/],
    [['--concurrency', '0', 'node:20'], /--concurrency must be a whole number/],
    [['--platform', 'linux', 'node:20'], /invalid platform "linux"/],
    [['--from', '/nonexistent/Dockerfile'], /no such file or directory/],
  ])('exits 2 on bad input: %j', async (args, message) => {
    const run = await warmCli(emu, args);
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(message)]);
  });
});
