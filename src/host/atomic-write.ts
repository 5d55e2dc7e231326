// Replacing files atomically. A temp file is written beside the target and renamed over it.
// Writes are synchronous, so a signal handler (JavaScript runs it between synchronous calls) never
// meets a temp file on disk: listening for SIGINT and SIGTERM is what keeps a signal from killing the
// process between open and rename. A temp file still left (SIGKILL, a crash) is removed by the next
// write into its directory once its process is gone.
//
// Only a regular file, or nothing, is replaced (assertRegularFile, the rule the reader applies too):
// a device, FIFO or socket, or a link to one, is someone else's node. The file replaced keeps its mode
// and owner, as the docker CLI keeps them when it saves config.json (root under `sudo -E` writing a
// user's file gives the file back to the user); a new file gets the mode it is created with.

import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { assertRegularFile, errnoText, type FileOwnership, refusePlantedLink } from './files.js';

/** `.NAME.<pid>.<n>.tmp`: the temp file for NAME, by process <pid>. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;
/** The largest pid Linux can give (PID_MAX_LIMIT); a larger number is not one of our temp files. */
const PID_MAX = 4_194_304;

let tempCounter = 0;
let listening = false;
let batches = 0;
let batchSignal: NodeJS.Signals | undefined;
const swept = new Set<string>();

/** The exit status a shell gives a process ended by a signal: 128 + its number (130, 143). */
export function signalStatus(signal: NodeJS.Signals): number {
  return 128 + (osConstants.signals[signal] ?? 0);
}

function listenForSignals(): void {
  if (listening) return;
  listening = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
}

function onSignal(signal: NodeJS.Signals): void {
  // A batch stops at the next file and says what it wrote.
  if (batches > 0) {
    batchSignal ??= signal;
    return;
  }
  // Alone on this signal, end the process as the signal would have; other listeners decide for themselves.
  if (process.listenerCount(signal) === 1) process.exit(signalStatus(signal));
}

/** Whether a process with this pid runs now (another user's too). Our own pid has no temp file between writes. */
function processRuns(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * What a walk saw in the directories it listed: directory (as `dirname` of the paths it found) ->
 * the names in it. A directory listed there is not read again to find stale temp files.
 */
export type Listings = ReadonlyMap<string, readonly string[]>;

/** Whether a name may be one of our temp files (a cheap test before TEMP_NAME). */
const mayBeTemp = (name: string) => name.endsWith('.tmp') && TEMP_NAME.test(name);

/**
 * Remove the temp files an interrupted run left in dir: our name, beside their file, their process
 * gone. `listed`, the names a walk just saw in dir, spares reading it again (none of our names
 * there: nothing to remove).
 */
function sweepStaleTemps(dir: string, listed?: readonly string[]): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  if (listed && !listed.some(mayBeTemp)) return;
  let names: readonly string[];
  try {
    names = listed ?? readdirSync(dir);
  } catch {
    return;
  }
  const present = new Set(names);
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    const pid = Number(m?.[2]);
    if (!m || !present.has(m[1]!) || pid < 1 || pid > PID_MAX || processRuns(pid)) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {}
  }
}

/**
 * The file a write to target replaces: a symlink stays a symlink, the file it points to is replaced
 * (unless another user planted the link in a shared folder: refusePlantedLink).
 */
function replacedPath(target: string): string {
  refusePlantedLink(target);
  try {
    return realpathSync.native(target);
  } catch {
    return target;
  }
}

/** Why a directory does not take a temp file and a rename, or undefined. */
function directoryRefuses(dir: string): string | undefined {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (e) {
    return `cannot write (its directory: ${errnoText(e)})`;
  }
}

/**
 * Why target cannot be replaced by writeFileAtomic, or undefined: the file must be writable, and its
 * directory too (the temp file is created there and renamed over it). `link: false` says the path
 * is known not to be a symbolic link (readSource found out), which spares resolving it. `dirs`,
 * kept by the caller across the targets of one batch, checks each directory once.
 */
export function cannotReplace(
  target: string,
  { link = true, dirs }: { link?: boolean; dirs?: Map<string, string | undefined> } = {},
): string | undefined {
  const path = link ? replacedPath(target) : target;
  try {
    accessSync(path, constants.W_OK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return `cannot write (${errnoText(e)})`;
  }
  const dir = dirname(path);
  if (!dirs) return directoryRefuses(dir);
  if (!dirs.has(dir)) dirs.set(dir, directoryRefuses(dir));
  return dirs.get(dir);
}

/**
 * Replace a file atomically: write a sibling temp file with the mode and owner of the file it
 * replaces (a new file: `newMode`, default 0644) and rename it over the original. rename(2) is
 * atomic, so a crash leaves either the old file or the new one, never a mix. A target that is not
 * a regular file is a NotRegularFileError (exit 2) and nothing is touched. No fsync: ext4, xfs and
 * btrfs order the data of a replace-by-rename before the rename itself, and a per-file fsync made
 * rewriting a 1,000-file checkout several times slower. A failure is thrown naming the target,
 * never the temp file.
 */
export function writeFileAtomic(target: string, data: Buffer | string, newMode?: number): void {
  replaceAtomic({ path: target, data, newMode });
}

/** A file to replace; `kept` and `link: false` (not a symbolic link), when known, spare a stat and a realpath. */
export interface Replacement {
  readonly path: string;
  readonly data: Buffer | string;
  /** The mode and owner of the file replaced, as a read of it just found them (readRegularFile: a regular file). */
  readonly kept?: FileOwnership;
  /** The mode a new file gets (default 0644); a file replaced keeps its own. */
  readonly newMode?: number;
  readonly link?: boolean;
}

/** A failed write, naming the target (never the temp file). */
const cannotWrite = (target: string, e: unknown) =>
  Object.assign(new Error(`${target}: cannot write (${errnoText(e)})`, { cause: e }), {
    code: (e as NodeJS.ErrnoException).code,
  });

/** What is at path (links followed), or undefined when nothing is. */
function statIfThere(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function replaceAtomic(
  { path: target, data, kept, newMode, link = true }: Replacement,
  listings?: Listings,
): void {
  listenForSignals();
  const path = link ? replacedPath(target) : target;
  let old = kept;
  if (!old) {
    let st: Stats | undefined;
    try {
      st = statIfThere(path);
    } catch (e) {
      throw cannotWrite(target, e);
    }
    assertRegularFile(target, st);
    old = st;
  }
  const dir = dirname(path);
  sweepStaleTemps(dir, listings?.get(dir));
  try {
    replaceFile(path, data, old, newMode ?? 0o644);
  } catch (e) {
    throw cannotWrite(target, e);
  }
}

/** Our effective uid and gid, to which a file's owner is compared (none on Windows). */
const euid = process.geteuid?.();
const egid = process.getegid?.();

/**
 * Give the temp file the owner of the file it replaces, when that is not us and we may (root under
 * `sudo -E` writing the user's config.json), as the docker CLI does. Without the right (EPERM: we
 * are not root), the new file is ours, as a plain write by us would make it.
 */
function keepOwner(fd: number, { uid, gid }: FileOwnership): void {
  if (euid === undefined || (uid === euid && gid === egid)) return;
  try {
    fchownSync(fd, uid, gid);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
  }
}

function replaceFile(
  path: string,
  data: Buffer | string,
  old: FileOwnership | undefined,
  newMode: number,
): void {
  const fileMode = old ? old.mode & 0o7777 : newMode;
  // O_EXCL: a leftover or concurrent temp file with this name is never clobbered; try the next one.
  let tmp = '';
  let fd = -1;
  while (fd === -1) {
    tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter++}.tmp`);
    try {
      fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, fileMode);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
      if (old) keepOwner(fd, old);
      // The umask may have narrowed the mode given to open, and so may a default ACL of the directory
      // (it replaces the umask there), which only a syscall of its own could show: always set it
      // (after fchown, which clears the set-id bits).
      fchmodSync(fd, fileMode);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {}
    throw e;
  }
}

/** How a batch of writes ended: the files replaced, in order, and why it stopped early if it did. */
export interface BatchOutcome {
  readonly written: readonly string[];
  readonly stopped?: {
    /** The file whose write failed (absent when a signal stopped the batch). */
    readonly path?: string;
    readonly reason: string;
    readonly signal?: NodeJS.Signals;
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** How long a batch writes before it lets a pending signal's handler run (a turn per file: ~10 ms per 1,000 files). */
const SIGNAL_CHECK_MS = 10;

/**
 * Replace files one after another, each atomically. A failed write stops the batch; so does SIGINT
 * or SIGTERM, within SIGNAL_CHECK_MS or one file (its handler runs when the batch gives the event
 * loop a turn, after a write has returned). Either way the outcome says which files were written.
 * `listings`, what the walk that found the files saw, spares reading their directories again.
 */
export async function writeBatch(
  files: readonly Replacement[],
  { listings }: { listings?: Listings } = {},
): Promise<BatchOutcome> {
  listenForSignals();
  batches++;
  const written: string[] = [];
  const interrupted = (signal: NodeJS.Signals) => ({
    written,
    stopped: { reason: `interrupted by ${signal}`, signal },
  });
  let turn = Date.now();
  try {
    for (const f of files) {
      try {
        replaceAtomic(f, listings);
      } catch (e) {
        return {
          written,
          stopped: { path: f.path, reason: `cannot write (${errnoText((e as Error).cause ?? e)})` },
        };
      }
      written.push(f.path);
      if (Date.now() - turn < SIGNAL_CHECK_MS) continue;
      await nextTurn(); // lets a pending signal's handler run
      turn = Date.now();
      if (batchSignal) return interrupted(batchSignal);
    }
    // A last turn: a signal that came during the last writes is still said.
    await nextTurn();
    return batchSignal ? interrupted(batchSignal) : { written };
  } finally {
    batches--;
    if (batches === 0) batchSignal = undefined;
  }
}
