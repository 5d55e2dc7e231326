// One file replaced atomically: a temp file written beside the target (temp-files.ts names it), given
// the target's mode and owner, and renamed over it. The entry points (writeFileAtomic, writeBatch in
// atomic-write.ts) add the signal handling around it; this is what each of them does per file.
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
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { displayName } from '../core/display.js';
import { assertRegularFile, errnoText, type FileOwnership, refusePlantedLink } from './files.js';
import { type Listings, sweepStaleTemps, tempPath } from './temp-files.js';

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
  Object.assign(new Error(`${displayName(target)}: cannot write (${errnoText(e)})`, { cause: e }), {
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

/**
 * Replace one file (see writeFileAtomic), after sweeping its directory of stale temp files once
 * (`listings`: what a walk saw there). The caller listens for signals.
 */
export function replaceAtomic(
  { path: target, data, kept, newMode, link = true }: Replacement,
  listings?: Listings,
): void {
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
    tmp = tempPath(path);
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
