// bench/big-files: one big file of each kind rewritten through the real rewrite path (the library's
// rewriteFiles, as the CLI calls it: read, scan, map, splice, write atomically), each in a child
// process of its own so that its peak RSS is its own: a 50 MB compose file with 200,000 `image:`
// entries and a 50 MB Dockerfile (200,000 stages: FROM, RUN, COPY --from). Targets, for both: at
// least 20 MB/s, and peak memory at most 10x the file's size. The baseline is the same child reading
// the file and writing it back unchanged (what any tool must at least do).
//
//   npm run bench:big-files
//   npm run bench:big-files -- --only Dockerfile      one case
//
// The library is dist/lib/index.js, or EPT_DIST's. Its last stdout line is `BENCH {...}`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MB = 1_000_000;
const LIB = resolve(process.env.EPT_DIST ?? 'dist', 'lib', 'index.js');
const IMAGES = [
  'node:20',
  'python:3.12-slim',
  'quay.io/org/tool:v1',
  'ghcr.io/o/base:2',
  'alpine:3.20',
  'redis:7',
];

function compose(path: string): void {
  const parts = ['services:\n'];
  for (let i = 0; i < 200_000; i++) {
    parts.push(
      `  svc${i}:\n    image: ${IMAGES[i % IMAGES.length]}\n    environment:\n      - NAME=service-${i}\n      - PAD=${'x'.repeat(120)}\n    ports:\n      - "80${i % 100}:80"\n`,
    );
  }
  writeFileSync(path, parts.join(''));
}

function dockerfile(path: string): void {
  const parts = ['# syntax=docker/dockerfile:1\nARG BASE=node:20\n'];
  for (let i = 0; i < 200_000; i++) {
    parts.push(
      `FROM ${IMAGES[i % IMAGES.length]} AS s${i}\nRUN echo step ${i} && make -C /src all ${'y'.repeat(150)}\nCOPY --from=s${Math.max(0, i - 1)} /out /out\n`,
    );
  }
  writeFileSync(path, parts.join(''));
}

/** The child: rewrite one file (or, as the baseline, read it and write it back), then print time and peak RSS. */
const CHILD = `
const [lib, file, mode] = process.argv.slice(1);
const fs = await import('node:fs');
const t = performance.now();
if (mode === 'baseline') {
  fs.writeFileSync(file + '.tmp', fs.readFileSync(file));
  fs.renameSync(file + '.tmp', file);
} else {
  const { rewriteFiles } = await import(lib);
  const r = await rewriteFiles({
    paths: [file],
    target: {
      registry: '111122223333.dkr.ecr.us-east-1.amazonaws.com',
      rules: [
        { ecrRepositoryPrefix: 'docker-hub', upstreamRegistryUrl: 'registry-1.docker.io' },
        { ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'quay.io' },
        { ecrRepositoryPrefix: 'github', upstreamRegistryUrl: 'ghcr.io' },
      ],
    },
  });
  if (!r.written || r.files[0].changes.length < 200000) throw new Error('not rewritten: ' + r.errors);
}
console.log(JSON.stringify({ ms: performance.now() - t, rssKb: process.resourceUsage().maxRSS }));
`;

function run(file: string, mode: 'baseline' | 'rewrite'): { ms: number; rssKb: number } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, LIB, file, mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${mode} ${file} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

const dir = mkdtempSync(join(tmpdir(), 'ept-big-'));
const rows: object[] = [];
try {
  console.log('bench/big-files: each file rewritten once in a child process of its own\n');
  const only = process.argv.indexOf('--only');
  const cases = (
    [
      ['compose.yaml', compose],
      ['Dockerfile', dockerfile],
    ] as const
  ).filter(([name]) => only === -1 || name === process.argv[only + 1]);
  for (const [name, make] of cases) {
    const path = join(dir, name);
    make(path);
    const size = statSync(path).size;
    const base = run(path, 'baseline');
    const ours = run(path, 'rewrite');
    const mbps = size / MB / (ours.ms / 1000);
    const memRatio = (ours.rssKb * 1024) / size;
    console.log(`${name} (${(size / MB).toFixed(1)} MB):
  read and write back   ${base.ms.toFixed(0)} ms, peak RSS ${(base.rssKb / 1024).toFixed(0)} MB
  rewrite               ${ours.ms.toFixed(0)} ms = ${mbps.toFixed(1)} MB/s (target >= 20), peak RSS ${(ours.rssKb / 1024).toFixed(0)} MB = ${memRatio.toFixed(1)}x the file (target <= 10x)`);
    rows.push(
      {
        what: `rewrite a ${(size / MB).toFixed(0)} MB ${name}: MB/s`,
        value: `${mbps.toFixed(1)} MB/s (${ours.ms.toFixed(0)} ms)`,
        baseline: `read+write ${base.ms.toFixed(0)} ms`,
        ratio: Math.round((ours.ms / base.ms) * 100) / 100,
        target: '≥ 20 MB/s',
        met: mbps >= 20,
      },
      {
        what: `rewrite a ${(size / MB).toFixed(0)} MB ${name}: peak RSS / file size`,
        value: `${(ours.rssKb / 1024).toFixed(0)} MB`,
        baseline: `${(size / MB).toFixed(0)} MB file`,
        ratio: Math.round(memRatio * 100) / 100,
        target: '≤ 10×',
        met: memRatio <= 10,
      },
    );
    rmSync(path, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`BENCH ${JSON.stringify({ rows })}`);
