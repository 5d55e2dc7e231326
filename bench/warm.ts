// bench/warm: `ecr-pull-through warm` (the bundled CLI, as users run it) at monorepo scale against the
// local ECR stand-in: 300 images in 40 cache repositories (several tags each, every fourth image
// multi-platform) whose imports take 5 to 60 s, and the 20-image scenario of the warm tests, each
// against its own emulator, in one run. What it shows, each against its own target:
//   - wall time against the slowest import (<= 1.2x);
//   - how late each image is noticed after its import ends (p50, max; each within max(1 s, 10%));
//   - the API request rate, never above the configured limit (a token bucket: no window of calls
//     ever exceeds its burst plus its rate times the window);
//   - DescribeImages calls per repository per round (one listing serves every tag of a repository);
//   - peak RSS of the CLI for 20 and for 300 images (memory flat).
//
//   npm run bench:warm                  both runs at once, about 70 s
//   npm run bench:warm -- --scale 0.5   every duration halved (imports, poll waits; rate doubled)
//
// The bundle is dist/cli.js, or EPT_DIST's. Its last stdout line is `BENCH {...}` for npm run bench.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { plannedPolls } from '../src/core/warm/poll-schedule.js';
import { scenarioImages } from '../test/helpers/warm-scenario.js';
import { DIST, round2, sec } from './lib/measure.js';

const scaleFlag = process.argv.indexOf('--scale');
const SCALE = scaleFlag === -1 ? 1 : Number(process.argv[scaleFlag + 1]);
if (!(SCALE > 0 && SCALE <= 1)) throw new Error('--scale takes a number in (0, 1]');
const CLI = join(DIST, 'cli.js');
/** The configured API rate (calls per second, bursts of twice as many): 40 repositories at 1 s. */
const RATE = Math.round(50 / SCALE);
const BURST = 2 * RATE;
const POLL = { baseMs: 1_000 * SCALE, capMs: 15_000 * SCALE, ratio: 0.1 };

interface Image {
  readonly host: string;
  readonly path: string;
  readonly tag: string;
  readonly ref: string;
  readonly repository: string;
  readonly importMs: number;
  readonly platforms: string[];
}

const HOSTS = [
  ['docker.io', 'docker-hub'],
  ['quay.io', 'quay'],
  ['ghcr.io', 'github'],
  ['public.ecr.aws', 'ecr-public'],
  ['registry.k8s.io', 'k8s'],
] as const;

/** 300 images, 40 repositories of 7 or 8 tags, imports spread over 5..60 s in a shuffled order. */
function monorepo(count: number, repositories: number): Image[] {
  const images: Image[] = [];
  for (let i = 0; i < count; i++) {
    const r = i % repositories;
    const [host, prefix] = HOSTS[r % HOSTS.length]!;
    const path = `mono/svc-${String(r).padStart(2, '0')}`;
    const tag = `1.${Math.floor(i / repositories)}`;
    const k = (i * 7919) % count; // a fixed shuffle: slow and fast imports mixed in every repository
    images.push({
      host,
      path,
      tag,
      ref: `${host}/${path}:${tag}`,
      repository: `${prefix}/${path}`,
      importMs: SCALE * (5_000 + (55_000 * k) / (count - 1)),
      platforms: i % 4 === 0 ? ['linux/amd64', 'linux/arm64'] : ['linux/amd64'],
    });
  }
  return images;
}

async function emulatorFor(images: readonly Image[]): Promise<Emulator> {
  const byTag = new Map(images.map((i) => [`${i.repository}:${i.tag}`, i.importMs]));
  const emu = await startEmulator({
    upstream: 'memory',
    importTime: ({ repository, tag }) => byTag.get(`${repository}:${tag}`) ?? 200,
  });
  for (const i of images)
    await emu.upstream.seedImage({
      host: i.host,
      path: i.path,
      tag: i.tag,
      platforms: i.platforms,
      layers: 1,
    });
  return emu;
}

/** Prints the process's peak RSS (kB) on stderr as it exits. */
const PEAK_RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(`PEAK_RSS ${process.resourceUsage().maxRSS}\\n`))';

/** `ecr-pull-through warm` as a user runs it: when each image was reported ready, the wall time, the peak RSS. */
async function warmCli(emu: Emulator, images: readonly Image[]) {
  const args = [
    '--import',
    PEAK_RSS_HOOK,
    CLI,
    'warm',
    '--json',
    '--timeout',
    `${Math.ceil(300_000 * SCALE)}ms`,
  ];
  args.push('--poll-base', `${POLL.baseMs}ms`, '--poll-cap', `${POLL.capMs}ms`, '--rate', `${RATE}`);
  args.push(...images.map((i) => i.ref));
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...emu.env() },
  });
  const readyAt = new Map<string, number>();
  let peakKb = 0;
  let pending = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    const now = Date.now();
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^ready\s+(\S+)/.exec(line);
      if (m?.[1]) readyAt.set(m[1], now);
      const rss = /^PEAK_RSS (\d+)/.exec(line);
      if (rss) peakKb = Number(rss[1]);
    }
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = Date.now() - started;
  if (code !== 0) throw new Error(`warm exited ${code}: ${stdout.slice(0, 2000)}`);
  return { readyAt, wallMs, peakMb: peakKb / 1024 };
}

const boundOf = (importMs: number) => Math.min(POLL.capMs, Math.max(POLL.baseMs, importMs / 10));
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;

/** Whether the API calls ever overdrew the token bucket, and the most calls seen in any 1 s. */
function rateOf(emu: Emulator) {
  const at = emu.log.entries.filter((e) => e.endpoint === 'api').map((e) => e.at);
  at.sort((a, b) => a - b);
  let peak1s = 0;
  let overdrawn = 0;
  // Answers are logged, not sends: a call's own latency may bunch answers by a few.
  const slack = 8;
  for (let i = 0, j = 0; j < at.length; j++) {
    while (at[j]! - at[i]! > 1_000) i++;
    peak1s = Math.max(peak1s, j - i + 1);
  }
  for (let i = 0; i < at.length; i++)
    for (let j = i; j < at.length; j++)
      if (j - i + 1 > BURST + (RATE * (at[j]! - at[i]!)) / 1000 + slack) overdrawn++;
  return { calls: at.length, peak1s, overdrawn };
}

/** DescribeImages calls of each repository against the rounds its slowest tag needs (the look at once, then its schedule). */
function perRound(emu: Emulator, images: readonly Image[]) {
  const slowest = new Map<string, number>();
  for (const i of images) slowest.set(i.repository, Math.max(slowest.get(i.repository) ?? 0, i.importMs));
  const ratios = [...slowest].map(([repository, importMs]) => {
    const rounds = 1 + plannedPolls(importMs, POLL).length;
    return emu.log.count({ operation: 'DescribeImages', repository }) / rounds;
  });
  return { mean: ratios.reduce((a, b) => a + b, 0) / ratios.length, max: Math.max(...ratios) };
}

function measure(emu: Emulator, images: readonly Image[], run: Awaited<ReturnType<typeof warmCli>>) {
  const done = new Map(emu.imports.map((r) => [`${r.repository}:${r.tag}`, r.completedAt ?? Number.NaN]));
  const lags = images.map(
    (i) => (run.readyAt.get(i.ref) ?? Number.NaN) - done.get(`${i.repository}:${i.tag}`)!,
  );
  const over = images.filter((i, k) => !(lags[k]! <= boundOf(i.importMs)));
  const ratios = images.map((i, k) => lags[k]! / boundOf(i.importMs));
  const worst = Math.max(...ratios);
  const worstImage = images[ratios.indexOf(worst)]!;
  const worstText = `${sec(lags[ratios.indexOf(worst)]!)} after a ${sec(worstImage.importMs, 1)} import`;
  const slowest = Math.max(...images.map((i) => i.importMs));
  return {
    wall: run.wallMs / slowest,
    slowest,
    lagP50: percentile(lags, 0.5),
    lagMax: Math.max(...lags),
    over: over.length,
    worst,
    worstText,
    rate: rateOf(emu),
    rounds: perRound(emu, images),
    peakMb: run.peakMb,
  };
}

async function main(): Promise<void> {
  const big = monorepo(300, 40);
  const small: Image[] = scenarioImages(SCALE).map((i) => ({ ...i }));
  const [a, b] = await Promise.all([emulatorFor(big), emulatorFor(small)]);
  try {
    console.log(
      `bench/warm: 300 images in 40 repositories and 20 images, imports ${sec(5_000 * SCALE, 1)} to ${sec(60_000 * SCALE, 1)}, scale ${SCALE}, --rate ${RATE} (bursts of ${BURST})\n`,
    );
    const [runBig, runSmall] = await Promise.all([warmCli(a, big), warmCli(b, small)]);
    const m300 = measure(a, big, runBig);
    const m20 = measure(b, small, runSmall);
    for (const [name, m] of [
      ['300 images', m300],
      ['20 images', m20],
    ] as const) {
      console.log(`${name}:
  wall time          ${(m.wall).toFixed(3)}x the slowest import (${sec(m.slowest, 1)}; target <= 1.2x)
  noticed late       p50 ${sec(m.lagP50)}, max ${sec(m.lagMax)}; ${m.over} image(s) over max(1 s, 10%) of their import (worst: ${m.worstText})
  API calls          ${m.rate.calls}; most in any 1 s ${m.rate.peak1s} (limit ${RATE}/s, bursts of ${BURST}); windows over the limit: ${m.rate.overdrawn}
  DescribeImages     per repository per round: mean ${m.rounds.mean.toFixed(2)}, max ${m.rounds.max.toFixed(2)}
  peak RSS           ${m.peakMb.toFixed(0)} MB`);
    }
    const rssRatio = m300.peakMb / m20.peakMb;
    console.log(`  peak RSS, 300 vs 20 images: ${rssRatio.toFixed(2)}x (target <= 1.5x)`);
    const rows = [
      {
        what: 'warm 300 images: wall vs slowest import',
        value: sec(m300.wall * m300.slowest, 1),
        baseline: sec(m300.slowest, 1),
        ratio: round2(m300.wall),
        target: '≤ 1.2×',
        met: m300.wall <= 1.2,
      },
      {
        what: 'warm 300 images: notice lag p50 / max (images over max(1 s, 10%))',
        value: `${sec(m300.lagP50)} / ${sec(m300.lagMax)} (${m300.over} over)`,
        baseline: 'max(1 s, 10% of import)',
        ratio: round2(m300.worst),
        target: '≤ 1× the bound, each',
        met: m300.over === 0,
      },
      {
        what: 'warm 300 images: most API calls in any 1 s vs configured limit',
        value: `${m300.rate.peak1s} (${m300.rate.overdrawn} windows over)`,
        baseline: `${RATE}/s, bursts of ${BURST}`,
        ratio: round2(m300.rate.peak1s / (RATE + BURST)),
        target: 'never over',
        met: m300.rate.overdrawn === 0,
      },
      {
        what: 'warm 300 images: DescribeImages per repository per round (max)',
        value: m300.rounds.max.toFixed(2),
        baseline: '1 per round',
        ratio: round2(m300.rounds.max),
        target: '≤ 1.2×',
        met: m300.rounds.max <= 1.2,
      },
      {
        what: 'warm peak RSS, 300 vs 20 images',
        value: `${m300.peakMb.toFixed(0)} MB`,
        baseline: `${m20.peakMb.toFixed(0)} MB`,
        ratio: round2(rssRatio),
        target: '≤ 1.5×',
        met: rssRatio <= 1.5,
      },
      {
        what: 'warm 20 images: wall vs slowest import (images noticed late)',
        value: `${sec(m20.wall * m20.slowest, 1)} (${m20.over} late)`,
        baseline: sec(m20.slowest, 1),
        ratio: round2(m20.wall),
        target: '≤ 1.2×, none late',
        met: m20.wall <= 1.2 && m20.over === 0,
      },
    ];
    console.log(`BENCH ${JSON.stringify({ rows })}`);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

await main();
