// bench/fleet: many pipelines, one registry. N `ecr-pull-through warm` processes (the bundled CLI, as a
// CI matrix runs it; default 20) start at once against ONE local ECR stand-in whose quotas are
// account-wide, as ECR's are: DescribeImages 10/s (bursts of 20), every ECR API call 40/s, registry
// requests 100/s. Each job warms 15 of 40 images (10 repositories of 4 tags) whose imports take 4 to
// 20 s. What it shows:
//   - every job ends with every image ready;
//   - throttled requests (ThrottlingException, 429) as a share of all requests (target <= 15%);
//   - the last exit against the slowest import (target <= 2.5x);
//   - DescribeImages calls in all.
//
//   npm run bench:fleet                 20 jobs
//   npm run bench:fleet -- --jobs 5     fewer
//   npm run bench:fleet -- --sdk-retry-mode adaptive   the SDK's own client-side rate limiter too
//
// The bundle is dist/cli.js, or EPT_DIST's (a before/after: build the old tree, point EPT_DIST at it).
// Its last stdout line is `BENCH {...}` for npm run bench.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mulberry32 } from '../emulator/faults.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { DIST, round2, sec } from './lib/measure.js';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const JOBS = flag('--jobs', 20);
if (!(Number.isInteger(JOBS) && JOBS >= 1)) throw new Error('--jobs takes a whole number >= 1');
const PER_JOB = 15;
const modeAt = process.argv.indexOf('--sdk-retry-mode');
/** AWS_RETRY_MODE for the jobs: the SDK's adaptive mode, to measure against our own limiter. */
const RETRY_MODE = modeAt === -1 ? undefined : process.argv[modeAt + 1];
const CLI = join(DIST, 'cli.js');
const QUOTAS = {
  perOperation: { DescribeImages: { ratePerSec: 10, burst: 20 } },
  api: { ratePerSec: 40, burst: 40 },
  registry: { ratePerSec: 100, burst: 100 },
};

interface Image {
  readonly ref: string;
  readonly repository: string;
  readonly tag: string;
  readonly importMs: number;
}

/** 40 images: 10 repositories of 4 tags, imports spread over 4..20 s in a fixed shuffled order. */
function images(): Image[] {
  const out: Image[] = [];
  for (let i = 0; i < 40; i++) {
    const path = `fleet/svc-${String(i % 10).padStart(2, '0')}`;
    const tag = `1.${Math.floor(i / 10)}`;
    const k = (i * 17) % 40;
    out.push({
      ref: `docker.io/${path}:${tag}`,
      repository: `docker-hub/${path}`,
      tag,
      importMs: 4_000 + (16_000 * k) / 39,
    });
  }
  return out;
}

/** Job j's 15 images, a seeded pick: jobs overlap as a matrix's services share base images. */
function pick(all: readonly Image[], job: number): Image[] {
  const random = mulberry32(job + 1);
  const order = all.map((image) => ({ image, key: random() })).sort((a, b) => a.key - b.key);
  return order.slice(0, PER_JOB).map((o) => o.image);
}

async function emulatorFor(all: readonly Image[]): Promise<Emulator> {
  const byTag = new Map(all.map((i) => [`${i.repository}:${i.tag}`, i.importMs]));
  const emu = await startEmulator({
    upstream: 'memory',
    importTime: ({ repository, tag }) => byTag.get(`${repository}:${tag}`) ?? 200,
    quotas: QUOTAS,
  });
  for (const i of all) {
    const [path] = i.ref.slice('docker.io/'.length).split(':');
    await emu.upstream.seedImage({ host: 'docker.io', path: path!, tag: i.tag, layers: 1 });
  }
  return emu;
}

interface Job {
  readonly code: number | null;
  readonly exitMs: number;
  readonly ready: number;
  readonly total: number;
}

/** One CI job: `warm --json` of its images; when it exited and how many images it found ready. */
function job(emu: Emulator, mine: readonly Image[], startedAt: number): Promise<Job> {
  const args = [CLI, 'warm', '--json', '--timeout', '5m', ...mine.map((i) => i.ref)];
  const child = spawn(process.execPath, args, {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...emu.env(),
      ...(RETRY_MODE && { AWS_RETRY_MODE: RETRY_MODE }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const exitMs = Date.now() - startedAt;
      let ready = 0;
      try {
        const result = JSON.parse(stdout) as { images: { status: string }[] };
        ready = result.images.filter((i) => i.status === 'ready').length;
      } catch {
        process.stderr.write(`job exited ${code} without JSON: ${stderr.slice(-2000)}\n`);
      }
      resolve({ code, exitMs, ready, total: mine.length });
    });
  });
}

async function main(): Promise<void> {
  const all = images();
  const emu = await emulatorFor(all);
  try {
    const picks = Array.from({ length: JOBS }, (_, j) => pick(all, j));
    const used = new Set(picks.flat());
    const slowest = Math.max(...[...used].map((i) => i.importMs));
    console.log(
      `bench/fleet: ${JOBS} warm jobs at once, ${PER_JOB} of 40 images each (imports 4 to 20 s), one stand-in: DescribeImages 10/s (bursts of 20), ECR API 40/s, registry 100/s; ${CLI}${RETRY_MODE ? `, AWS_RETRY_MODE=${RETRY_MODE}` : ''}\n`,
    );
    const startedAt = Date.now();
    const jobs = await Promise.all(picks.map((mine) => job(emu, mine, startedAt)));
    const requests = emu.log.entries.filter((e) => e.endpoint !== 'cdn');
    const throttled = requests.filter((e) => e.quota !== undefined).length;
    const describe = requests.filter((e) => e.operation === 'DescribeImages').length;
    const byBucket: Record<string, number> = {};
    for (const e of requests)
      if (e.quota !== undefined)
        byBucket[`${e.quota}/${e.operation}`] = (byBucket[`${e.quota}/${e.operation}`] ?? 0) + 1;
    // Throttled and all requests per 5 s of the run, by the stand-in's clock.
    const t0 = Math.min(...requests.map((e) => e.at));
    const spans: string[] = [];
    for (let t = 0; t < Math.max(...requests.map((e) => e.at)) - t0; t += 5_000) {
      const inSpan = requests.filter((e) => e.at - t0 >= t && e.at - t0 < t + 5_000);
      spans.push(`${inSpan.filter((e) => e.quota !== undefined).length}/${inSpan.length}`);
    }
    const lastExit = Math.max(...jobs.map((j) => j.exitMs));
    const allReady = jobs.every((j) => j.code === 0 && j.ready === j.total);
    const share = throttled / requests.length;
    const ratio = lastExit / slowest;
    console.log(`  jobs all ready     ${allReady ? 'yes' : 'NO'} (${jobs.filter((j) => j.code === 0 && j.ready === j.total).length} of ${JOBS})
  throttled          ${throttled} of ${requests.length} requests (${(100 * share).toFixed(1)}%; target <= 15%)
  last exit          ${sec(lastExit, 1)}, ${ratio.toFixed(2)}x the slowest import (${sec(slowest, 1)}; target <= 2.5x)
  DescribeImages     ${describe} calls (${emu.log.count({ operation: 'DescribeImages', status: 200 })} answered)
  throttled by bucket/operation ${JSON.stringify(byBucket)}
  throttled/all per 5 s   ${spans.join(' ')}
  exits              ${jobs
    .map((j) => (j.exitMs / 1000).toFixed(0))
    .sort((a, b) => Number(a) - Number(b))
    .join(' ')} s`);
    const rows = [
      {
        what: `fleet of ${JOBS} warm jobs: every image ready`,
        value: `${jobs.filter((j) => j.code === 0 && j.ready === j.total).length} of ${JOBS} jobs`,
        met: allReady,
      },
      {
        what: `fleet of ${JOBS}: throttled share of all requests`,
        value: `${throttled} of ${requests.length}`,
        ratio: round2(share),
        target: '≤ 0.15',
        met: share <= 0.15,
      },
      {
        what: `fleet of ${JOBS}: last exit vs slowest import (DescribeImages calls)`,
        value: `${sec(lastExit, 1)} (${describe} calls)`,
        baseline: sec(slowest, 1),
        ratio: round2(ratio),
        target: '≤ 2.5×',
        met: ratio <= 2.5,
      },
    ];
    console.log(`BENCH ${JSON.stringify({ rows })}`);
  } finally {
    await emu.stop();
  }
}

await main();
