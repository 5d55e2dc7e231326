// bench/big-files: one big file of each kind rewritten through the real rewrite path (the library's
// rewriteFiles, as the CLI calls it: read, scan, map, splice, write atomically), each in a child
// process of its own so that its peak RSS is its own: a 50 MB compose file with 200,000 `image:`
// entries and a 50 MB Dockerfile (200,000 stages: FROM, RUN, COPY --from). Targets, for both: at
// least 20 MB/s, and peak memory at most 10x the file's size. The baseline is the same child reading
// the file and writing it back unchanged (what any tool must at least do).
// A third case walks a directory holding a 50 MB data YAML (a list of records in flow style, neither
// compose nor Kubernetes, outside the plain subset) beside a Dockerfile: the data file is too big to
// judge (a note), the Dockerfile is rewritten; target: peak memory at most 10x the data file.
//
//   npm run bench:big-files
//   npm run bench:big-files -- --only Dockerfile      one case
//
// The library is dist/lib/index.js, or EPT_DIST's. Its last stdout line is `BENCH {...}`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

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

/** A data YAML outside the plain subset, beside a Dockerfile that a walk of its directory rewrites. */
function dataYaml(path: string): void {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 50 * MB; i++) {
    const item = `- id: ${i}\n  tags: [travel, ${i % 7}]\n  image: photo-${i}.jpg\n  caption: A picture, number ${i}, of somewhere\n`;
    parts.push(item);
    size += item.length;
  }
  writeFileSync(path, parts.join(''));
  writeFileSync(join(dirname(path), 'Dockerfile'), 'FROM node:20\n');
}

/**
 * The child: rewrite one file, or walk its directory (the data YAML), or, as the baseline, read it
 * and write it back; then print time and peak RSS.
 */
const CHILD = `
const [lib, file, mode] = process.argv.slice(1);
const fs = await import('node:fs');
const path = await import('node:path');
const t = performance.now();
if (mode === 'baseline') {
  fs.writeFileSync(file + '.tmp', fs.readFileSync(file));
  fs.renameSync(file + '.tmp', file);
} else {
  const { rewriteFiles } = await import(lib);
  const walk = mode === 'walk';
  const r = await rewriteFiles({
    paths: [walk ? path.dirname(file) : file],
    target: {
      registry: '111122223333.dkr.ecr.us-east-1.amazonaws.com',
      rules: [
        { ecrRepositoryPrefix: 'docker-hub', upstreamRegistryUrl: 'registry-1.docker.io' },
        { ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'quay.io' },
        { ecrRepositoryPrefix: 'github', upstreamRegistryUrl: 'ghcr.io' },
      ],
    },
  });
  const changed = r.files.reduce((n, f) => n + f.changes.length, 0);
  const judged = r.files.some((f) => f.notes.some((n) => n.message.startsWith('too big to judge')));
  if (!r.written || changed < (walk ? 1 : 200000) || (walk && !judged)) throw new Error('not rewritten: ' + r.errors);
}
console.log(JSON.stringify({ ms: performance.now() - t, rssKb: process.resourceUsage().maxRSS }));
`;

function run(file: string, mode: 'baseline' | 'rewrite' | 'walk'): { ms: number; rssKb: number } {
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
      ['compose.yaml', compose, 'rewrite'],
      ['Dockerfile', dockerfile, 'rewrite'],
      ['data.yaml', dataYaml, 'walk'],
    ] as const
  ).filter(([name]) => only === -1 || name === process.argv[only + 1]);
  for (const [name, make, mode] of cases) {
    const path = join(dir, name);
    make(path);
    const size = statSync(path).size;
    const base = run(path, 'baseline');
    const ours = run(path, mode);
    const mbps = size / MB / (ours.ms / 1000);
    const what = `${mode === 'walk' ? 'walk a folder with' : 'rewrite'} a ${(size / MB).toFixed(0)} MB ${name}`;
    const memRatio = (ours.rssKb * 1024) / size;
    console.log(`${name} (${(size / MB).toFixed(1)} MB):
  read and write back   ${base.ms.toFixed(0)} ms, peak RSS ${(base.rssKb / 1024).toFixed(0)} MB
  ${mode.padEnd(22)}${ours.ms.toFixed(0)} ms = ${mbps.toFixed(1)} MB/s (target >= 20), peak RSS ${(ours.rssKb / 1024).toFixed(0)} MB = ${memRatio.toFixed(1)}x the file (target <= 10x)`);
    rows.push(
      {
        what: `${what}: MB/s`,
        value: `${mbps.toFixed(1)} MB/s (${ours.ms.toFixed(0)} ms)`,
        baseline: `read+write ${base.ms.toFixed(0)} ms`,
        ratio: Math.round((ours.ms / base.ms) * 100) / 100,
        target: '≥ 20 MB/s',
        met: mbps >= 20,
      },
      {
        what: `${what}: peak RSS / file size`,
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
