// `rewrite`, in-process on a temporary directory: in place, --check, --stdout, --diff, --json, and
// the exit status of each outcome (1 when --check finds work, 2 for input that cannot be taken).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { main } from '../../../src/cli/main.js';
import { runMain } from '../../helpers/run-main.js';

const HOST = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const TARGET = ['--registry', HOST, '--rule', 'docker-hub=registry-1.docker.io', '--rule', 'quay=quay.io'];
const DOCKERFILE = 'FROM node:20 AS build\nRUN npm ci\nFROM alpine:3.20\nCOPY --from=build /app /app\n';
const IMAGES = 'quay.io/prometheus/prometheus:v2\n';

let dir: string;
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-cli-rewrite-'));
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
  writeFileSync(join(dir, 'images.txt'), IMAGES);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('in place: every file rewritten, only the image spans changed; a second run changes nothing', async () => {
  const r = await runMain(['rewrite', dir, ...TARGET]);
  expect(r.code).toBe(0);
  expect(read('Dockerfile')).toBe(
    `FROM ${HOST}/docker-hub/library/node:20 AS build\nRUN npm ci\nFROM ${HOST}/docker-hub/library/alpine:3.20\nCOPY --from=build /app /app\n`,
  );
  expect(read('images.txt')).toBe(`${HOST}/quay/prometheus/prometheus:v2\n`);
  expect(r.stderr).toContain(`${join(dir, 'Dockerfile')}:1: node:20 -> ${HOST}/docker-hub/library/node:20`);
  expect(r.stderr).toMatch(/rewrote 2 of 2 file\(s\)\n$/);
  expect(r.stdout).toBe('');

  const again = await runMain(['rewrite', '--check', dir, ...TARGET]);
  expect(again.code).toBe(0);
  expect(again.stderr).toMatch(/would rewrite 0 of 2 file\(s\)\n$/);
});

describe('previews write nothing', () => {
  test('--check exits 1 when a file would change, and says what would', async () => {
    const r = await runMain(['rewrite', '--check', dir, ...TARGET]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(dir, 'Dockerfile')}:3: would rewrite alpine:3.20 -> ${HOST}/docker-hub/library/alpine:3.20`,
    );
    expect(r.stderr).toMatch(/would rewrite 2 of 2 file\(s\)\n$/);
    expect(read('Dockerfile')).toBe(DOCKERFILE);
    expect(read('images.txt')).toBe(IMAGES);
  });

  test('--stdout prints the one file rewritten', async () => {
    const r = await runMain(['rewrite', '--stdout', join(dir, 'images.txt'), ...TARGET]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${HOST}/quay/prometheus/prometheus:v2\n`);
    expect(read('images.txt')).toBe(IMAGES);
  });

  test('--stdout on more than one file is a usage error', async () => {
    const r = await runMain(['rewrite', '--stdout', dir, ...TARGET]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stdout takes exactly one file');
    expect(r.stderr).toContain("Run 'ecr-pull-through rewrite --help' for usage.");
    expect(r.stdout).toBe('');
  });

  test('--diff prints a unified diff on stdout', async () => {
    const r = await runMain(['rewrite', '--diff', join(dir, 'Dockerfile'), ...TARGET]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-FROM node:20 AS build\n');
    expect(r.stdout).toContain(`+FROM ${HOST}/docker-hub/library/node:20 AS build\n`);
    expect(read('Dockerfile')).toBe(DOCKERFILE);
  });

  test('--json reports each file on stdout', async () => {
    const r = await runMain(['rewrite', '--check', '--json', dir, ...TARGET]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { path: string; changed: boolean; written: boolean }[] };
    expect(report.files.map((f) => [f.path, f.changed, f.written]).sort()).toEqual([
      [join(dir, 'Dockerfile'), true, false],
      [join(dir, 'images.txt'), true, false],
    ]);
  });
});

describe('input that cannot be taken exits 2 and nothing is written', () => {
  test('an invalid reference in one file', async () => {
    writeFileSync(join(dir, 'images.txt'), `${IMAGES}Bad:Ref:1\n`);
    const r = await runMain(['rewrite', dir, ...TARGET]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'images.txt')}:2: error:`);
    expect(r.stderr).toContain('error(s); no file was changed');
    expect(read('Dockerfile')).toBe(DOCKERFILE);
  });

  test('a path that does not exist', async () => {
    const r = await runMain(['rewrite', join(dir, 'missing'), dir, ...TARGET]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, 'missing'));
    expect(read('Dockerfile')).toBe(DOCKERFILE);
  });

  test('conflicting rules', async () => {
    const r = await runMain([
      'rewrite',
      dir,
      '--registry',
      HOST,
      '--rule',
      'hub=docker.io',
      '--rule',
      'hub=ghcr.io',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('conflicting rules for prefix "hub"');
    expect(read('Dockerfile')).toBe(DOCKERFILE);
  });

  test('--type must be a kind of file', async () => {
    const r = await runMain(['rewrite', '--type', 'toml', dir, ...TARGET]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--type must be dockerfile, list or yaml, not "toml"');
  });
});

test('--strict: a reference with no rule fails the run (exit 1) and nothing is written', async () => {
  writeFileSync(join(dir, 'images.txt'), 'mcr.microsoft.com/dotnet/sdk:8.0\n');
  const r = await runMain(['rewrite', '--strict', dir, ...TARGET]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('no pull-through rule; no file was changed (--strict)');
  expect(read('Dockerfile')).toBe(DOCKERFILE);
});

test('change lines of many files come in few writes, in order with the notes between them', async () => {
  rmSync(join(dir, 'images.txt'));
  // 400 files; every 100th also has a reference with no rule (a note, written on its own).
  for (let i = 0; i < 400; i++) {
    const extra = i % 100 === 50 ? 'FROM gcr.io/distroless/static\n' : '';
    writeFileSync(join(dir, `svc${String(i).padStart(3, '0')}.Dockerfile`), `FROM node:${i}\n${extra}`);
  }
  rmSync(join(dir, 'Dockerfile'));
  const chunks: string[] = [];
  const code = await main(['rewrite', dir, ...TARGET], {
    stdout: () => {},
    stderr: (chunk) => {
      chunks.push(chunk);
    },
    env: {},
    stdin: () => '',
  });
  expect(code).toBe(0);
  const expected: string[] = [];
  for (let i = 0; i < 400; i++) {
    const path = join(dir, `svc${String(i).padStart(3, '0')}.Dockerfile`);
    if (i % 100 === 50) expected.push(`${path}:2: note: gcr.io/distroless/static:`);
    expected.push(`${path}:1: node:${i} -> ${HOST}/docker-hub/library/node:${i}`);
  }
  const lines = chunks.join('').split('\n');
  // Then one hint for gcr.io (ECR cannot cache it), the summary, and the empty string after it.
  expect(lines.length).toBe(expected.length + 3);
  expect(expected.filter((line, n) => !lines[n]!.startsWith(line))).toEqual([]);
  expect(lines.at(-3)).toMatch(/^hint: ECR pull-through cache cannot cache gcr\.io /);
  expect(lines.at(-2)).toBe('rewrote 400 of 400 file(s)');
  // Four notes split the change lines into five runs; each run is one write, not one per file.
  expect(chunks.length).toBeLessThan(20);
});
