// Writing a batch: nothing said that was not done, nothing done half without saying which half,
// and no temp file left behind by a failure, a signal or an earlier run.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { runMain } from '../../helpers/run-main.js';
import { runCliVia, startCli, unprivileged } from '../../helpers/spawn-cli.js';
import { ecr, REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
const NODE = `FROM ${ecr('docker-hub/library/node:20')}\n`;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-writes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repo(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
const read = (path: string) => readFileSync(join(dir, path), 'latin1');
/** Temp files anywhere under the test directory. */
const temps = () =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((p) => /(^|\/)\..*\.\d+\.\d+\.tmp$/.test(p));
/** A pid no process has: that of a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

describe('rewrite: a file whose text does not change is not written', () => {
  test('already rewritten, no reference, or only unmapped ones: same inode, same mtime', async () => {
    repo({
      'done/Dockerfile': NODE,
      'plain/Dockerfile': 'FROM scratch\nCOPY app /app\n',
      'other/Dockerfile': 'FROM mcr.microsoft.com/x:1\n',
      'todo/Dockerfile': 'FROM node:20\n',
    });
    const unchanged = ['done/Dockerfile', 'plain/Dockerfile', 'other/Dockerfile'];
    const past = new Date('2020-01-01T00:00:00Z');
    for (const f of unchanged) utimesSync(join(dir, f), past, past);
    const before = unchanged.map((f) => statSync(join(dir, f)));
    const r = await runMain(['rewrite', ...FLAGS, dir]);
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('rewrote 1 of 4 file(s)')]);
    const after = unchanged.map((f) => statSync(join(dir, f)));
    expect(after.map((s) => [s.ino, s.mtimeMs])).toEqual(before.map((s) => [s.ino, s.mtimeMs]));
    expect(read('todo/Dockerfile')).toBe(NODE);
    expect(temps()).toEqual([]);
  });
});

describe('rewrite: change lines say what was done', () => {
  test('one invalid file: no "a -> b" line for the valid ones, since nothing is written', async () => {
    repo({ 'a/Dockerfile': 'FROM node:20\n', 'b/Dockerfile': 'FROM Node:20\n' });
    const r = await runCli(['rewrite', ...FLAGS, dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no file was changed');
    expect(r.stderr).not.toContain(' -> ');
    expect(read('a/Dockerfile')).toBe('FROM node:20\n');
  });

  test('--strict with an unmapped reference: no change lines either', async () => {
    repo({ 'a/Dockerfile': 'FROM node:20\n', 'b/Dockerfile': 'FROM mcr.microsoft.com/x:1\n' });
    const r = await runCli(['rewrite', '--strict', ...FLAGS, dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain(' -> ');
  });

  test('a preview labels its change lines as what would be done', async () => {
    repo({ Dockerfile: 'FROM node:20\n' });
    const r = await runCli(['rewrite', '--check', ...FLAGS, dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(dir, 'Dockerfile')}:1: would rewrite node:20 -> ${ecr('docker-hub/library/node:20')}`,
    );
    const done = await runCli(['rewrite', ...FLAGS, dir]);
    expect(done.stderr).toContain(
      `${join(dir, 'Dockerfile')}:1: node:20 -> ${ecr('docker-hub/library/node:20')}`,
    );
  });
});

describe('rewrite: a batch is written whole, or says which part was', () => {
  const user = unprivileged();
  const asUser = user ? test : test.skip;
  if (!user) console.warn('skipped: running as root and setpriv cannot run the CLI as another user');

  asUser(
    'a target that cannot be replaced (directory or file not writable) stops the run before the first write',
    async () => {
      repo({
        'a/Dockerfile': 'FROM node:20\n',
        'locked/Dockerfile': 'FROM node:20\n',
        'ro/Dockerfile': 'FROM node:20\n',
        'z/Dockerfile': 'FROM node:20\n',
      });
      user!.own(dir);
      chmodSync(join(dir, 'locked'), 0o555);
      chmodSync(join(dir, 'ro/Dockerfile'), 0o444);
      const r = await user!.run(['rewrite', ...FLAGS, dir]);
      expect(r.stderr).toContain(`${join(dir, 'locked/Dockerfile')}: error: cannot write`);
      expect(r.stderr).toContain(`${join(dir, 'ro/Dockerfile')}: error: cannot write`);
      expect(r.stderr).toContain('no file was changed');
      expect(r.code).toBe(2);
      for (const f of ['a', 'locked', 'ro', 'z']) expect(read(`${f}/Dockerfile`)).toBe('FROM node:20\n');
      expect(temps()).toEqual([]);
    },
  );

  test('a write that still fails part way: which files were written and which not (text and --json), exit 1', async () => {
    // A file-size limit (RLIMIT_FSIZE) that the middle file exceeds: the check before writing cannot
    // see it, the write of b fails with EFBIG after a was written.
    const big = `FROM node:20\n# ${'x'.repeat(200_000)}\n`;
    const files = { 'a/Dockerfile': 'FROM node:20\n', 'b/Dockerfile': big, 'c/Dockerfile': 'FROM node:20\n' };
    const limit = ['/bin/bash', '-c', 'ulimit -f 64 && exec "$0" "$@"'];
    repo(files);
    const text = await runCliVia(limit, ['rewrite', ...FLAGS, dir]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(`${join(dir, 'b/Dockerfile')}: error: cannot write`);
    expect(text.stderr).not.toMatch(/\.tmp/);
    expect(text.stderr).toMatch(new RegExp(`written: .*${join(dir, 'a/Dockerfile')}`));
    expect(text.stderr).toMatch(
      new RegExp(`not written: .*${join(dir, 'b/Dockerfile')}.*${join(dir, 'c/Dockerfile')}`),
    );
    expect(text.stderr).toContain(`${join(dir, 'a/Dockerfile')}:1: node:20 -> `);
    expect(text.stderr).not.toContain(`${join(dir, 'c/Dockerfile')}:1: node:20 -> `);
    expect(read('a/Dockerfile')).toBe(NODE);
    expect(read('b/Dockerfile')).toBe(big);
    expect(read('c/Dockerfile')).toBe('FROM node:20\n');
    expect(temps()).toEqual([]);

    repo(files);
    const json = await runCliVia(limit, ['rewrite', '--json', ...FLAGS, dir]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.written).toBe(false);
    expect(report.stopped).toMatchObject({
      path: join(dir, 'b/Dockerfile'),
      reason: expect.stringContaining('EFBIG'),
    });
    expect(report.files.map((f: { path: string; written: boolean }) => [f.path, f.written])).toEqual([
      [join(dir, 'a/Dockerfile'), true],
      [join(dir, 'b/Dockerfile'), false],
      [join(dir, 'c/Dockerfile'), false],
    ]);
  });
});

describe('rewrite: temp files', () => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s during the writes leaves no temp file, exits %i and says what was written',
    async (signal, status) => {
      // Files large enough that a write takes a while; the signal comes as the first temp file appears.
      const content = `FROM node:20\n# ${'x'.repeat(30_000_000)}\n`;
      for (const f of ['a', 'b', 'c', 'd']) repo({ [`${f}/Dockerfile`]: content });
      const { child, ended } = startCli(['rewrite', ...FLAGS, dir], { timeoutMs: 60_000 });
      // One signal, as a user's Ctrl-C: a second one, late, could land while the process exits.
      let sent = false;
      const watchers = ['a', 'b', 'c', 'd'].map((f) =>
        watch(join(dir, f), (_event, name) => {
          if (sent || !name?.endsWith('.tmp')) return;
          sent = true;
          child.kill(signal);
        }),
      );
      const r = await ended;
      for (const w of watchers) w.close();
      expect(temps()).toEqual([]);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(status);
      expect(r.stderr).toContain(`interrupted by ${signal}`);
      expect(r.stderr).toMatch(/not written: /);
    },
    60_000,
  );

  test('a rerun removes stale temp files of its targets (dead pid), and no other file', async () => {
    const dead = deadPid();
    repo({
      Dockerfile: 'FROM node:20\n',
      [`.Dockerfile.${dead}.0.tmp`]: 'FROM node', // left by a run that was killed
      [`.Dockerfile.${process.pid}.7.tmp`]: 'x', // a live process's: not ours to remove
      [`.notes.${dead}.0.tmp`]: 'x', // no file "notes" beside it: not our temp file
      [`.Dockerfile.${dead}.tmp`]: 'x', // not our pattern
    });
    const r = await runCli(['rewrite', ...FLAGS, dir]);
    expect(r.code).toBe(0);
    expect(read('Dockerfile')).toBe(NODE);
    expect(readdirSync(dir).sort()).toEqual(
      [
        'Dockerfile',
        `.Dockerfile.${process.pid}.7.tmp`,
        `.notes.${dead}.0.tmp`,
        `.Dockerfile.${dead}.tmp`,
      ].sort(),
    );
  });
});
