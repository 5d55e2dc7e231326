// bench/warm: 20 images whose imports take 5 to 60 s, made ready by `ecr-pull-through warm` (the
// bundled CLI, node dist/cli.js) against what users write without it, the sequential loop
// `until docker pull IMAGE; do sleep 30; done` over the same images, in one run, each against its own
// emulator. A third emulator holds one 10-minute import, for the call count of a long wait.
// Target: warm at most 0.5x the loop's time.
//
//   npm run bench:warm                  the full scenario (about 15 minutes: the loop is slow)
//   npm run bench:warm -- --scale 0.1   every duration a tenth (imports, poll waits, the sleep)
//
// The loop is given every advantage: a failed pull fails at once (the CDN resets the connection
// instead of hanging until docker's timeout), and a pull counts as one call.

import { spawn } from 'node:child_process';
import { basic, password, registry } from '../emulator/helpers.js';
import type { Emulator } from '../emulator/index.js';
import {
  completedAt,
  latenessBound,
  type ScenarioImage,
  scenarioEmulator,
  scenarioImage,
  scenarioImages,
} from '../test/helpers/warm-scenario.js';

const scaleFlag = process.argv.indexOf('--scale');
const SCALE = scaleFlag === -1 ? 1 : Number(process.argv[scaleFlag + 1]);
if (!(SCALE > 0 && SCALE <= 1)) throw new Error('--scale takes a number in (0, 1]');
const s = (ms: number) => ms * SCALE;

type Image = ScenarioImage;
const IMAGES = scenarioImages(SCALE);
const SLOWEST = Math.max(...IMAGES.map((i) => i.importMs));
const bound = (importMs: number) => latenessBound(importMs, SCALE);

/** The scenario on the real upstream registry (docker-registry) when it is installed. */
const emulator = (images: readonly Image[], cdn: 'hang' | 'reset' = 'hang') =>
  scenarioEmulator(images, { upstream: 'auto', faults: { cdn } });

/** `ecr-pull-through warm` as a user runs it; returns when each image was reported ready, and the wall time. */
async function warmCli(emu: Emulator, images: readonly Image[]) {
  const args = ['dist/cli.js', 'warm', '--json', '--timeout', `${Math.ceil(s(900_000))}ms`];
  args.push(
    '--poll-base',
    `${s(1_000)}ms`,
    '--poll-cap',
    `${s(15_000)}ms`,
    '--rate',
    `${Math.round(20 / SCALE)}`,
  );
  args.push(...images.map((i) => i.ref));
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...emu.env() },
  });
  const readyAt = new Map<string, number>();
  let pending = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    const now = Date.now();
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^ready\s+(\S+)/.exec(line);
      if (m?.[1]) readyAt.set(m[1], now);
    }
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = Date.now() - started;
  if (code !== 0) throw new Error(`warm exited ${code}: ${stdout}`);
  return { readyAt, wallMs };
}

/** One `docker pull`: the manifest, each child, every blob; a blob sent to the CDN fails the pull. */
async function pull(emu: Emulator, pw: string, image: Image): Promise<boolean> {
  const repo = `/v2/${image.repository}`;
  const top = await registry(emu, `${repo}/manifests/${image.tag}`, { pw });
  if (top.status !== 200) return false;
  const body = top.json() as {
    manifests?: { digest: string }[];
    config?: { digest: string };
    layers?: { digest: string }[];
  };
  const manifests = body.manifests
    ? await Promise.all(
        body.manifests.map(async (c) =>
          (await registry(emu, `${repo}/manifests/${c.digest}`, { pw })).json(),
        ),
      )
    : [body];
  for (const m of manifests as (typeof body)[]) {
    for (const blob of [m.config, ...(m.layers ?? [])]) {
      if (!blob) continue;
      const res = await fetch(`${emu.registryUrl}${repo}/blobs/${blob.digest}`, {
        headers: { Authorization: basic(pw) },
        redirect: 'manual',
      });
      await res.arrayBuffer();
      if (res.status !== 200) return false;
    }
  }
  return true;
}

/** `for image in ...; do until docker pull $image; do sleep 30; done; done` */
async function sleepLoop(emu: Emulator, images: readonly Image[]) {
  const pw = await password(emu);
  const started = Date.now();
  const readyAt = new Map<string, number>();
  const pulls = new Map<string, number>();
  for (const image of images) {
    for (;;) {
      pulls.set(image.ref, (pulls.get(image.ref) ?? 0) + 1);
      if (await pull(emu, pw, image)) break;
      await new Promise((r) => setTimeout(r, s(30_000)));
    }
    readyAt.set(image.ref, Date.now());
  }
  return { readyAt, pulls, wallMs: Date.now() - started };
}

const sec = (ms: number, digits = 1) => `${(ms / 1000).toFixed(digits)} s`;

async function main(): Promise<void> {
  const long = scenarioImage(0, s(600_000), 'ten-minutes');
  const [a, b, c] = await Promise.all([emulator(IMAGES), emulator(IMAGES, 'reset'), emulator([long])]);
  try {
    console.log(
      `bench/warm: ${IMAGES.length} images, imports ${sec(s(5_000))} to ${sec(SLOWEST)}, scale ${SCALE}\n`,
    );
    const [warmed, looped, longRun] = await Promise.all([
      warmCli(a, IMAGES),
      sleepLoop(b, IMAGES),
      warmCli(c, [long]),
    ]);

    const rows = IMAGES.map((i) => {
      const late = (warmed.readyAt.get(i.ref) ?? Number.NaN) - completedAt(a, i.repository);
      return {
        i,
        late,
        calls: a.log.forImage(i.repository).length,
        loopLate: (looped.readyAt.get(i.ref) ?? Number.NaN) - completedAt(b, i.repository),
      };
    });
    console.log('import    warm: late (bound)   calls    loop: late   pulls');
    for (const r of [...rows].sort((x, y) => x.i.importMs - y.i.importMs)) {
      console.log(
        `${sec(r.i.importMs).padStart(7)}   ${sec(r.late, 2).padStart(9)} (${sec(bound(r.i.importMs))})  ${String(r.calls).padStart(5)}   ${sec(r.loopLate).padStart(10)}   ${String(looped.pulls.get(r.i.ref)).padStart(5)}`,
      );
    }
    const slowest = rows.find((r) => r.i.importMs === SLOWEST)!;
    const worst = rows.reduce((w, r) =>
      r.late / bound(r.i.importMs) > w.late / bound(w.i.importMs) ? r : w,
    );
    const longLate = (longRun.readyAt.get(long.ref) ?? Number.NaN) - completedAt(c, long.repository);
    const longCalls = c.log.forImage(long.repository).length;
    const over = rows.filter((r) => !(r.late <= bound(r.i.importMs)));
    console.log(`
warm wall time        ${sec(warmed.wallMs)} = ${(warmed.wallMs / SLOWEST).toFixed(3)}x the slowest import (${sec(SLOWEST)}; target <= 1.1x)
worst lateness        ${sec(worst.late, 2)} for a ${sec(worst.i.importMs)} import (bound ${sec(bound(worst.i.importMs))}); ${over.length} image(s) over their bound
calls, ${sec(SLOWEST)} import  ${slowest.calls} (target <= 30); most for any image ${Math.max(...rows.map((r) => r.calls))}
calls, ${sec(long.importMs)} import  ${longCalls} (target <= 70), noticed ${sec(longLate)} late (bound ${sec(bound(long.importMs))})
sleep-30 loop         ${sec(looped.wallMs)}, ${[...looped.pulls.values()].reduce((n, p) => n + p, 0)} pulls, worst lateness ${sec(Math.max(...rows.map((r) => r.loopLate)))}
warm / loop           ${(warmed.wallMs / looped.wallMs).toFixed(3)} (target <= 0.5)`);
  } finally {
    await Promise.all([a.stop(), b.stop(), c.stop()]);
  }
}

await main();
