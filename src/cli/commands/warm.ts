// warm: thin glue over the library's warm(): flags in; progress and a summary table on stderr;
// the JSON report on stdout; exit 1 when an image is not ready.

import { DEFAULT_CONCURRENCY } from '../../core/defaults.js';
import { displayLine } from '../../core/display.js';
import { DEFAULT_WARM_TIMEOUT_MS } from '../../core/timeouts.js';
import { finishedLine, heartbeatMs } from '../../core/warm/progress.js';
import { BUILDKIT_BUILDER_IMAGE, type WarmEvent, type WarmImageResult, warm } from '../../index.js';
import { progressLog } from '../../run/progress-log.js';
import {
  type Command,
  type CommandIo,
  EXIT,
  formatDuration,
  parseCount,
  parseDuration,
  TARGET_HELP,
  TARGET_OPTIONS,
  targetOptions,
} from '../command.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/**
 * Progress on stderr: one line per event, and on a terminal a live status line kept below them;
 * elsewhere (a CI log) a line when an import starts and a heartbeat while images import.
 */
function progress(io: CommandIo) {
  let live = io.stderrIsTTY;
  const log = live ? undefined : progressLog((l) => io.err(l), heartbeatMs(io.env));
  const startedAt = Date.now();
  let status = '';
  let timer: NodeJS.Timeout | undefined;
  let counts = { ready: 0, failed: 0, total: 0 };
  const line = () =>
    `waiting: ${counts.ready}/${counts.total} ready, ${counts.failed} failed, ` +
    `${counts.total - counts.ready - counts.failed} importing (${seconds(Date.now() - startedAt)})`;
  const draw = () => {
    if (!live) return;
    status = line();
    io.errRaw(`\r\x1b[2K${status}`);
  };
  const print = (text: string, write = io.err) => {
    if (live && status) io.errRaw('\r\x1b[2K');
    write(text);
    draw();
  };
  return {
    onEvent(e: WarmEvent) {
      if (e.type === 'started') {
        counts = { ready: 0, failed: 0, total: e.total };
        for (const n of e.notes) print(`note: ${displayLine(n)}`);
        print(`warming ${e.total} image(s) in ${e.registry} (timeout ${formatDuration(e.timeoutMs)})`);
        if (live) timer = setInterval(draw, 1000).unref();
      } else if (e.type === 'finished') {
        counts = { ready: e.ready, failed: e.failed, total: e.total };
        print(finishedLine(e.result), e.result.status === 'ready' ? io.err : io.error);
      }
      log?.onEvent(e);
    },
    stop() {
      log?.stop();
      clearInterval(timer);
      if (live && status) io.errRaw('\r\x1b[2K');
      status = '';
      live = false;
    },
  };
}

function table(rows: readonly WarmImageResult[]): string {
  const cells = rows.map((r) => [
    r.image,
    r.status,
    r.seconds.toFixed(1),
    String(r.attempts),
    r.status === 'ready'
      ? `${r.digest?.slice(0, 19) ?? ''}${r.platforms.length ? ` ${r.platforms.join(',')}` : ''}`
      : displayLine(r.error ?? ''),
  ]);
  const head = ['IMAGE', 'STATUS', 'SECONDS', 'ATTEMPTS', 'DETAIL'];
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const fmt = (c: string[]) =>
    c
      .map((x, i) => (i === 2 || i === 3 ? x.padStart(width[i]!) : i === 4 ? x : x.padEnd(width[i]!)))
      .join('  ');
  const indent = ' '.repeat(width.slice(0, 4).reduce((n, w) => n + w + 2, 0));
  return [head, ...cells]
    .flatMap((c, i) => {
      const hint = i > 0 ? rows[i - 1]?.hint : undefined;
      return hint ? [fmt(c), `${indent}hint: ${displayLine(hint)}`] : [fmt(c)];
    })
    .join('\n');
}

/** At most N calls per second, in bursts of up to 2N; how it starts and backs off stays the default. */
const rateLimit = (n: number) => ({ ratePerSec: n, burst: 2 * n });

export const warmCommand: Command = {
  name: 'warm',
  summary: 'make every image ready in the pull-through cache before a build pulls it',
  options: {
    ...TARGET_OPTIONS,
    from: { type: 'string', multiple: true },
    platform: { type: 'string', multiple: true },
    'verify-layers': { type: 'boolean' },
    buildkit: { type: 'boolean' },
    concurrency: { type: 'string' },
    'poll-base': { type: 'string' },
    'poll-cap': { type: 'string' },
    rate: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: `Usage: ecr-pull-through warm [IMAGE...] [--from PATH]... [options]

Pulls each image once through the pull-through cache, which makes ECR import it, then waits until
ECR holds it (DescribeImages lists its tag and, for a multi-platform image, every child), so that
the build's pulls are served from ECR instead of the upstream. IMAGE is a reference (node:20,
ghcr.io/o/app:1) or a cache URI. No docker binary is needed.

Options:
${TARGET_HELP}
  --from PATH             take the images from a Dockerfile, image list, compose or Kubernetes
                          YAML file, or the files of a directory (repeat for more paths)
  --platform OS/ARCH      of a multi-platform image, wait only for this child (repeat)
  --verify-layers         also wait until every layer is AVAILABLE (BatchCheckLayerAvailability)
  --buildkit              also warm the BuildKit builder image (${BUILDKIT_BUILDER_IMAGE})
                          that docker/setup-buildx-action runs
  --timeout DURATION      for the whole run: the token, discovery and the waiting (default ${formatDuration(DEFAULT_WARM_TIMEOUT_MS)});
                          a silent endpoint is named when time runs out
  --concurrency N         requests in flight at once (default ${DEFAULT_CONCURRENCY})
  --poll-base DURATION    shortest wait between checks (default 1s)
  --poll-cap DURATION     longest wait between checks (default 15s); in between, each check
                          waits a tenth of the time waited so far
  --rate N                API calls per second for all images together (default 20)
  --json                  print {"images":[{"image","uri","status","digest","platforms",
                          "attempts","seconds","error","hint"}]} on stdout

Exit status: 0 every image is ready, 1 an image is not, 2 usage or input error.`,

  async run(v, positionals, io) {
    const shown = progress(io);
    try {
      const result = await warm({
        ...targetOptions(v, io),
        images: v.buildkit ? [...positionals, BUILDKIT_BUILDER_IMAGE] : positionals,
        from: v.from as string[] | undefined,
        platforms: (v.platform as string[] | undefined)?.flatMap((p) => p.split(',')),
        verifyLayers: Boolean(v['verify-layers']),
        ...(v.concurrency !== undefined && {
          concurrency: parseCount(v.concurrency as string, '--concurrency'),
        }),
        poll: {
          ...(v['poll-base'] !== undefined && {
            baseMs: parseDuration(v['poll-base'] as string, '--poll-base'),
          }),
          ...(v['poll-cap'] !== undefined && { capMs: parseDuration(v['poll-cap'] as string, '--poll-cap') }),
        },
        ...(v.rate !== undefined && { rateLimit: rateLimit(parseCount(v.rate as string, '--rate')) }),
        onEvent: (e) => shown.onEvent(e),
      });
      shown.stop();
      io.err(table(result.images));
      const ready = result.images.filter((r) => r.status === 'ready').length;
      if (result.ok) io.err(`${ready} image(s) ready in ${result.seconds.toFixed(1)}s`);
      else io.error(`${result.images.length - ready} of ${result.images.length} image(s) not ready`);
      if (v.json) io.out(`${JSON.stringify({ images: result.images }, null, 2)}\n`);
      return result.ok ? EXIT.ok : EXIT.failed;
    } finally {
      shown.stop();
    }
  },
};
