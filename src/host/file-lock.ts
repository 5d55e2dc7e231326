// One writer at a time for the credential files we read, change and replace: the docker config
// (with the session record beside it) and the containers auth.json. Without it two logins started
// together (matrix jobs on one self-hosted runner) both read the file, and the second rename drops
// the first one's entry. The docker CLI and containers/image (podman) take no lock of their own:
// they read, edit and rename as we do, so this orders our runs, not theirs.
//
// The rule: `FILE.lock` beside the file, created with O_CREAT|O_EXCL (a name already there, a link
// included, is never opened through) and holding {pid, started, nonce}. It is held across one
// synchronous read, change and rename only, so no signal handler or other work of ours runs while
// it exists; a run that finds it busy backs off (full jitter, 5 ms doubling to 200 ms) until its deadline, then
// fails naming the lock and its holder. A lock is stale, and removed, when its process is gone
// (kill(pid, 0): ESRCH; only a SIGKILL or a crash within that millisecond leaves one), when the pid
// is ours (we never hold one across a turn), or, the pid having been reused, when it is older than
// the waiting run's whole timeout. It is removed by renaming it aside and checking that the one
// moved is the one judged stale (a fresh lock taken meanwhile is linked back). Anything but a
// regular file at the lock's name (a link, a FIFO, a folder someone else put there) is refused.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { displayName } from '../core/display.js';
import { InputError, OperationError } from '../core/errors.js';
import { type BackoffPolicy, backoffDelay } from '../core/retry.js';
import { DEFAULT_TIMEOUT_MS } from '../core/timeouts.js';
import type { Deadline } from '../run/deadline.js';
import { sleep } from '../run/retry-loop.js';
import { errnoText, specialFileKind } from './files.js';
import { processRuns } from './temp-files.js';

/** The lock of a file: beside it, its name and `.lock`. */
export const lockPath = (file: string) => `${file}.lock`;

/** The waits between tries, as every retry of ours backs off (core/retry.ts), but short: a lock is held for a write. */
const LOCK_BACKOFF: BackoffPolicy = { baseMs: 5, capMs: 200 };
/** A lock's text is a short JSON object; more than this is not one of ours. */
const MAX_LOCK_BYTES = 512;

/** What a lock says of its holder, and how to tell this lock from a later one at the same name. */
interface Holder {
  readonly text: string;
  readonly pid?: number;
  readonly started: number;
  readonly ino: number;
}

let asideCounter = 0;

/** Take the lock, or false when it is there already. */
function take(lock: string): boolean {
  let fd: number;
  try {
    fd = openSync(
      lock,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o600,
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new Error(`${displayName(lock)}: cannot create the lock (${errnoText(e)})`, { cause: e });
  }
  try {
    const nonce = randomBytes(8).toString('hex');
    writeSync(fd, JSON.stringify({ pid: process.pid, started: Date.now(), nonce }));
  } catch (e) {
    closeSync(fd);
    release(lock);
    throw new Error(`${displayName(lock)}: cannot write the lock (${errnoText(e)})`, { cause: e });
  }
  closeSync(fd);
  return true;
}

function release(lock: string): void {
  try {
    unlinkSync(lock);
  } catch {}
}

const notALock = (lock: string, kind: string) =>
  new InputError(
    `${displayName(lock)}: ${kind} where ecr-pull-through keeps its lock; not followed`,
    'remove it, or point DOCKER_CONFIG (or REGISTRY_AUTH_FILE) at a folder of your own',
  );

/** The holder a lock names; undefined when the lock is gone. Never follows a link, never waits on a FIFO. */
function holderOf(lock: string): Holder | undefined {
  let fd: number;
  try {
    fd = openSync(lock, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw notALock(lock, 'a symbolic link');
    if (code === 'ENXIO') throw notALock(lock, 'a socket');
    throw new Error(`${displayName(lock)}: cannot read the lock (${errnoText(e)})`, { cause: e });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notALock(lock, specialFileKind(st));
    const bytes = Buffer.alloc(MAX_LOCK_BYTES);
    const text = bytes.subarray(0, readSync(fd, bytes, 0, MAX_LOCK_BYTES, 0)).toString('utf8');
    let said: { pid?: unknown; started?: unknown } = {};
    try {
      said = JSON.parse(text);
    } catch {} // empty: its writer was killed between creating and writing it
    const pid =
      Number.isSafeInteger(said?.pid) && (said.pid as number) > 0 ? (said.pid as number) : undefined;
    const started = typeof said?.started === 'number' ? said.started : st.mtimeMs;
    return { text, ino: st.ino, started, ...(pid !== undefined && { pid }) };
  } finally {
    closeSync(fd);
  }
}

/** A lock no live run of ours holds (see the rule above). */
function isStale(holder: Holder, maxAgeMs: number): boolean {
  if (Date.now() - holder.started > maxAgeMs) return true;
  return holder.pid !== undefined && !processRuns(holder.pid);
}

/** Remove a stale lock: moved aside, then removed if it is the one judged stale, else linked back. */
function removeStale(lock: string, stale: Holder): void {
  const aside = `${lock}.${process.pid}.${asideCounter++}.stale`;
  try {
    renameSync(lock, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // another run removed it
    throw new OperationError(
      `${displayName(lock)}: a stale lock (${holding(stale)}) that cannot be removed (${errnoText(e)})`,
      'no ecr-pull-through run holds it: remove it',
    );
  }
  const moved = holderOf(aside);
  if (moved && (moved.ino !== stale.ino || moved.text !== stale.text)) {
    try {
      linkSync(aside, lock);
    } catch {}
  }
  release(aside);
}

const holding = (h: Holder) =>
  `${h.pid === undefined ? 'no process named' : `process ${h.pid}`}, since ${new Date(h.started).toISOString()}`;

/**
 * Run `work` holding the locks of `files` (taken in this order, all or none: a run that finds one
 * busy lets go of the others before it waits, so two runs never wait on each other). `work` must be
 * synchronous: the locks are released when it returns. Waiting ends at the run's deadline (else
 * after the default timeout) with an OperationError naming the lock and its holder.
 */
export async function withFileLocks<T>(
  files: readonly string[],
  deadline: Deadline | undefined,
  work: () => T,
): Promise<T> {
  const locks = files.map(lockPath);
  const timeoutMs = deadline?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const giveUpAt = Date.now() + (deadline ? deadline.left() : timeoutMs);
  let tries = 0;
  for (;;) {
    const taken: string[] = [];
    let busy: string | undefined;
    for (const lock of locks) {
      if (!take(lock)) {
        busy = lock;
        break;
      }
      taken.push(lock);
    }
    if (busy === undefined) {
      try {
        return work();
      } finally {
        for (const lock of taken) release(lock);
      }
    }
    for (const lock of taken) release(lock);
    const holder = holderOf(busy);
    if (!holder) continue;
    if (isStale(holder, timeoutMs)) {
      removeStale(busy, holder);
      continue;
    }
    const wait = backoffDelay(tries++, LOCK_BACKOFF, Math.random);
    if (Date.now() + wait >= giveUpAt)
      throw new OperationError(
        `${displayName(busy)}: another run holds this lock (${holding(holder)}); gave up waiting for it`,
        'another ecr-pull-through login or logout is writing the file beside it; if none is running, remove the lock',
      );
    await sleep(wait, deadline?.signal);
  }
}
