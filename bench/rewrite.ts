// bench/rewrite: rewriting 1,000 generated Dockerfiles (no two alike) through the CLI (node dist/cli.js, or
// EPT_DIST's) against a plain node script that reads the same files and replaces each atomically
// (temp file and rename, as rewrite must), alternating, in one run. Target: at most 1.2x. Also shown:
// a plain in-place script, and a second rewrite of the rewritten files (nothing changes, so nothing
// is written). Its last stdout line is `BENCH {...}` for npm run bench.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES = 1000;
const RUNS = 9;
const IMAGES = [
  'node:20',
  'python:3.12-slim',
  'golang:1.22',
  'quay.io/org/tool:v1',
  'ghcr.io/o/base:2',
  'alpine:3.20',
];

function dockerfile(i: number): string {
  const img = (k: number) => IMAGES[(i + k) % IMAGES.length];
  return [
    '# syntax=docker/dockerfile:1',
    `ARG BASE=${img(0)}`,
    `FROM --platform=$BUILDPLATFORM ${img(1)} AS build`,
    `WORKDIR /src/svc${i}`, // no two files alike, as in a real monorepo
    'COPY . .',
    'RUN --mount=type=cache,target=/root/.cache \\',
    '    make build && \\',
    '    make test',
    'RUN <<EOF',
    `FROM ${img(2)}`,
    'echo heredoc',
    'EOF',
    `FROM ${img(3)} AS tools`,
    '',
    'FROM ${BASE}',
    'COPY --from=build /out /app',
    `COPY --from=${img(4)} /bin/tool /bin/tool`,
    ...Array.from({ length: 15 }, (_, k) => `RUN echo step ${k} && true`),
    `LABEL org.opencontainers.image.title=svc${i}`,
    'ENTRYPOINT ["/app"]',
    '',
  ].join(i % 2 ? '\r\n' : '\n');
}

const root = mkdtempSync(join(tmpdir(), 'ept-bench-'));
const seed = join(root, 'seed');
for (let i = 0; i < FILES; i++) {
  mkdirSync(join(seed, `svc${i}`), { recursive: true });
  writeFileSync(join(seed, `svc${i}`, 'Dockerfile'), dockerfile(i));
}

const baseline = `
const fs = require('node:fs'), path = require('node:path');
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  const p = path.join(d, e.name);
  if (e.isDirectory()) walk(p); else if (e.name === 'Dockerfile') fs.writeFileSync(p, fs.readFileSync(p)); } };
walk(process.argv[1]);`;
// The same, but replacing each file atomically (temp file + rename), as rewrite must: on ext4 a
// rename over an existing file forces the new data to be allocated, which in-place writes avoid.
const atomic = `
const fs = require('node:fs'), path = require('node:path');
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  const p = path.join(d, e.name);
  if (e.isDirectory()) walk(p); else if (e.name === 'Dockerfile') {
    const t = p + '.tmp'; fs.writeFileSync(t, fs.readFileSync(p), { flag: 'wx' }); fs.renameSync(t, p); } } };
walk(process.argv[1]);`;
const cli = [
  join(process.env.EPT_DIST ?? 'dist', 'cli.js'),
  'rewrite',
  '--registry',
  '111122223333.dkr.ecr.us-east-1.amazonaws.com',
];
for (const r of ['docker-hub=registry-1.docker.io', 'quay=quay.io', 'github=ghcr.io']) cli.push('--rule', r);

function timed(args: string[], dir: string, fresh = true): number {
  if (fresh) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(seed, dir, { recursive: true });
  }
  spawnSync('sync'); // flush the copy first, so neither side pays for its writeback
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base: number[] = [];
const atom: number[] = [];
const ours: number[] = [];
const again: number[] = [];
const nodeOnly: number[] = [];
const work = join(root, 'work');
for (let i = 0; i < RUNS; i++) {
  nodeOnly.push(timed(['-e', '0'], work));
  base.push(timed(['-e', baseline, work], work));
  atom.push(timed(['-e', atomic, work], work));
  ours.push(timed([...cli, work], work));
  again.push(timed([...cli, work], work, false)); // the same files again: nothing to change or write
}
if (!process.env.KEEP) rmSync(root, { recursive: true, force: true });
else console.log(root);
const ratio = median(ours) / median(atom);
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`bench/rewrite: ${FILES} Dockerfiles, median of ${RUNS} runs`);
console.log(`  node -e 0 (start-up alone):              ${ms(median(nodeOnly))}`);
console.log(`  plain read+write script (in place):     ${ms(median(base))}`);
console.log(`  plain read+write script (atomic):       ${ms(median(atom))}`);
console.log(`  ecr-pull-through rewrite (atomic):      ${ms(median(ours))}`);
console.log(`  the same, files already rewritten:      ${ms(median(again))} (nothing written)`);
console.log(
  `  ratio vs atomic script:   ${ratio.toFixed(2)}x (target <= 1.2x) ${ratio <= 1.2 ? 'OK' : 'OVER TARGET'}`,
);
console.log(`  ratio vs in-place script: ${(median(ours) / median(base)).toFixed(2)}x`);
const rows = [
  {
    what: `rewrite ${FILES} Dockerfiles vs a plain script replacing them atomically`,
    value: ms(median(ours)),
    baseline: ms(median(atom)),
    ratio: Math.round(ratio * 100) / 100,
    target: '≤ 1.2×',
    met: ratio <= 1.2,
  },
];
console.log(`BENCH ${JSON.stringify({ rows })}`);
