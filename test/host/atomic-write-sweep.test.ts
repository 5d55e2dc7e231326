// A rewrite removes the temp files an earlier, killed run left beside its targets, without listing
// again a directory its walk has just listed: readdirSync is counted (node:fs, real, wrapped).

import { spawnSync } from 'node:child_process';
import * as realFs from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { ecr, REGISTRY, RULE_FLAGS } from '../helpers/target.js';

/** The directories the code under test listed, one entry per readdirSync call (the test reads through realFs). */
const listed: string[] = [];
const readdirCounted = ((path: realFs.PathLike, ...rest: unknown[]) => {
  listed.push(String(path));
  return (realFs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
}) as typeof realFs.readdirSync;
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  readdirSync: readdirCounted,
  default: { ...realFs, readdirSync: readdirCounted },
}));
const { runMain } = await import('../helpers/run-main.js');
const { writeBatch } = await import('../../src/host/atomic-write.js');

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
const NODE = `FROM ${ecr('docker-hub/library/node:20')}\n`;
/** A pid no process has: that of a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;
const times = (dir: string) => listed.filter((d) => d === dir).length;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-sweep-'));
  listed.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repo(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

test('walked directories without temp files are listed once, by the walk', async () => {
  repo({ 'a/Dockerfile': 'FROM node:20\n', 'b/Dockerfile': 'FROM node:20\n', 'b/c/compose.yaml': 'x: 1\n' });
  const r = await runMain(['rewrite', ...FLAGS, dir]);
  expect(r.code).toBe(0);
  expect(realFs.readFileSync(join(dir, 'a/Dockerfile'), 'latin1')).toBe(NODE);
  expect(realFs.readFileSync(join(dir, 'b/Dockerfile'), 'latin1')).toBe(NODE);
  expect(listed.sort()).toEqual([dir, join(dir, 'a'), join(dir, 'b'), join(dir, 'b/c')].sort());
});

test('a stale temp file in a walked directory is still removed, and no other file', async () => {
  const dead = deadPid();
  repo({
    'svc/Dockerfile': 'FROM node:20\n',
    [`svc/.Dockerfile.${dead}.0.tmp`]: 'FROM node', // left by a run that was killed
    [`svc/.Dockerfile.${process.ppid}.7.tmp`]: 'x', // a live process's (our parent): not ours to remove
    [`svc/.notes.${dead}.0.tmp`]: 'x', // no file "notes" beside it: not our temp file
    [`svc/.Dockerfile.${dead}.tmp`]: 'x', // not our pattern
    'other/Dockerfile': 'FROM node:20\n',
  });
  const r = await runMain(['rewrite', ...FLAGS, dir]);
  expect(r.code).toBe(0);
  expect(realFs.readFileSync(join(dir, 'svc/Dockerfile'), 'latin1')).toBe(NODE);
  expect(realFs.readdirSync(join(dir, 'svc')).sort()).toEqual(
    [
      'Dockerfile',
      `.Dockerfile.${process.ppid}.7.tmp`,
      `.notes.${dead}.0.tmp`,
      `.Dockerfile.${dead}.tmp`,
    ].sort(),
  );
  // The walk's listing served the sweep too.
  expect(times(join(dir, 'svc'))).toBe(1);
});

test('the directory of a file named on the command line is listed to sweep it, as before', async () => {
  const dead = deadPid();
  repo({ 'named/Dockerfile': 'FROM node:20\n', [`named/.Dockerfile.${dead}.3.tmp`]: 'FROM no' });
  const r = await runMain(['rewrite', ...FLAGS, join(dir, 'named/Dockerfile')]);
  expect(r.code).toBe(0);
  expect(realFs.readdirSync(join(dir, 'named'))).toEqual(['Dockerfile']);
  expect(times(join(dir, 'named'))).toBe(1);
});

test('writeBatch without listings (a library caller) lists the directory and sweeps it, as before', async () => {
  const dead = deadPid();
  repo({ 'lib/images.txt': 'node:20\n', [`lib/.images.txt.${dead}.0.tmp`]: 'no' });
  const outcome = await writeBatch([{ path: join(dir, 'lib/images.txt'), data: 'alpine\n' }]);
  expect(outcome.written).toEqual([join(dir, 'lib/images.txt')]);
  expect(realFs.readdirSync(join(dir, 'lib'))).toEqual(['images.txt']);
  expect(times(join(dir, 'lib'))).toBe(1);
});
