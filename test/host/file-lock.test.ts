// The lock beside each credential file (host/file-lock.ts): who holds it, when it is stale, and what
// is never followed. The end-to-end proof is test/e2e/cli/login-concurrent.test.ts.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { InputError, OperationError } from '../../src/core/errors.js';
import { lockPath, withFileLocks } from '../../src/host/file-lock.js';
import { Deadline } from '../../src/run/deadline.js';

let dir: string;
let file: string;
const deadlines: Deadline[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-file-lock-'));
  file = join(dir, 'config.json');
});
afterEach(() => {
  for (const d of deadlines.splice(0)) d.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const deadline = (ms: number) => {
  const d = new Deadline(ms);
  deadlines.push(d);
  return d;
};
/** A pid no process has any more: a child that has run and been reaped. */
const gonepid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const holdAs = (pid: number, started = Date.now()) =>
  writeFileSync(lockPath(file), JSON.stringify({ pid, started, nonce: 'x' }));

test('the lock is there only while the work runs, and holds our pid', async () => {
  let seen = '';
  const result = await withFileLocks([file], undefined, () => {
    seen = readFileSync(lockPath(file), 'utf8');
    return 42;
  });
  expect(result).toBe(42);
  expect(JSON.parse(seen).pid).toBe(process.pid);
  expect(readdirSync(dir)).toEqual([]);
});

test('a failing work lets go of every lock', async () => {
  const other = join(dir, 'auth.json');
  await expect(
    withFileLocks([file, other], undefined, () => {
      throw new Error('boom');
    }),
  ).rejects.toThrow('boom');
  expect(readdirSync(dir)).toEqual([]);
});

describe('stale locks are taken over', () => {
  test.each([
    ['its process is gone', () => holdAs(gonepid())],
    ['its pid is ours (an earlier process had it)', () => holdAs(process.pid)],
    [
      'its pid runs but it is older than the whole timeout (a reused pid)',
      () => holdAs(process.ppid, Date.now() - 60_000),
    ],
    [
      'it is empty (killed before writing it) and older than the timeout',
      () => {
        writeFileSync(lockPath(file), '');
        const old = new Date(Date.now() - 60_000);
        utimesSync(lockPath(file), old, old);
      },
    ],
  ])('%s', async (_why, leave) => {
    leave();
    const ran = await withFileLocks([file], deadline(30_000), () => true);
    expect(ran).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a lock a live run holds', () => {
  test('is waited for until it is let go', async () => {
    holdAs(process.ppid);
    setTimeout(() => rmSync(lockPath(file)), 50);
    expect(await withFileLocks([file], deadline(30_000), () => 'after')).toBe('after');
  });

  test('is waited for until the deadline, then the failure names it and its holder', async () => {
    holdAs(process.ppid);
    const failure = withFileLocks([file], deadline(300), () => 'never');
    await expect(failure).rejects.toBeInstanceOf(OperationError);
    await expect(failure).rejects.toThrow(
      `${lockPath(file)}: another run holds this lock (process ${process.ppid}`,
    );
    expect(existsSync(lockPath(file))).toBe(true);
  });

  test('a second lock busy: the first is let go while waiting', async () => {
    const other = join(dir, 'auth.json');
    writeFileSync(lockPath(other), JSON.stringify({ pid: process.ppid, started: Date.now() }));
    let firstHeldWhileWaiting = false;
    setTimeout(() => {
      firstHeldWhileWaiting = existsSync(lockPath(file));
      rmSync(lockPath(other));
    }, 50);
    expect(await withFileLocks([file, other], deadline(30_000), () => 'both')).toBe('both');
    expect(firstHeldWhileWaiting).toBe(false);
  });
});

describe('what is never followed', () => {
  test('a symbolic link at the lock name: refused, its target untouched', async () => {
    const target = join(dir, 'target');
    writeFileSync(target, 'keep\n');
    symlinkSync(target, lockPath(file));
    const failure = withFileLocks([file], deadline(30_000), () => 'never');
    await expect(failure).rejects.toBeInstanceOf(InputError);
    await expect(failure).rejects.toThrow('a symbolic link where ecr-pull-through keeps its lock');
    expect(readFileSync(target, 'utf8')).toBe('keep\n');
  });

  test('a FIFO at the lock name: refused without waiting on it', async () => {
    if (spawnSync('mkfifo', [lockPath(file)]).status !== 0) return;
    await expect(withFileLocks([file], deadline(30_000), () => 'never')).rejects.toThrow('a FIFO where');
  });
});
