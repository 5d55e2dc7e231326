// Reading the files to rewrite without losing a byte, and what kind of file each one is.

import {
  closeSync,
  constants,
  type Dirent,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { displayName } from '../core/display.js';
import { InputError } from '../core/errors.js';
import { bomLength } from '../core/lines.js';
import type { FileKind } from '../core/rewrite/rewrite.js';

/**
 * What kind of file a name (no directory) is, by the names Docker, Compose and Kubernetes users give
 * them. The commonest name is told without a regex (one pattern for all kinds measured slower).
 */
export function kindOfFileName(name: string): FileKind | undefined {
  if (name === 'Dockerfile') return 'dockerfile';
  if (/^(Dockerfile|Containerfile)([.-].*)?$/i.test(name) || /[._-](dockerfile|containerfile)$/i.test(name)) {
    return 'dockerfile';
  }
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.images$/i.test(name) || /^images\.txt$/i.test(name)) return 'list';
  return undefined;
}

/** What kind of file a path is, by its name (see kindOfFileName). */
export function kindOfName(path: string): FileKind | undefined {
  return kindOfFileName(basename(path));
}

/** `EACCES: permission denied` from a Node file-system error, without the syscall and path it adds. */
export function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? err.message.replace(/, \w+( '.*')?$/s, '') : String(err.message ?? e);
}

/** An input file that cannot be taken (unreadable, binary, not UTF-8): an InputError that names it. */
export class FileInputError extends InputError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${displayName(path)}: ${reason}`);
  }
}

/** What a node that is not a regular file or directory is. */
export function specialFileKind(st: Stats | Dirent): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a directory';
  return 'of another type';
}

/**
 * A path that names a device, FIFO, socket or directory (or a link to one) where a regular file
 * is read or replaced: someone else's node, never opened for reading (a FIFO blocks) nor replaced
 * (a rename over /dev/null would destroy it).
 */
export class NotRegularFileError extends FileInputError {
  constructor(path: string, kind?: string) {
    super(path, `not a regular file${kind ? ` (${kind})` : ''}`);
  }
}

/**
 * The one rule for the files we read and replace (the reader below and the writer in
 * replace-file.ts): a regular file, or nothing there (`st` undefined; a writer creates it).
 */
export function assertRegularFile(path: string, st: Stats | undefined): void {
  if (st && !st.isFile()) throw new NotRegularFileError(path, specialFileKind(st));
}

/**
 * Refuse a path where a file will be written that is there and not a regular file: a check before
 * the first write of several, so that one such target changes nothing. Missing or unreachable: the
 * write itself says why.
 */
export function refuseNonRegular(path: string): void {
  let st: Stats;
  try {
    st = statSync(path);
  } catch {
    return;
  }
  assertRegularFile(path, st);
}

/** The most links a path may pass through before we stop following (Linux's own limit). */
const MAX_LINK_HOPS = 40;
const euid = process.geteuid?.();

/**
 * Refuse a path that goes through a symbolic link another user planted in a shared folder (sticky
 * and writable by all, as /tmp): the link's owner is neither us nor the folder's owner. It is the
 * rule of the kernel's fs.protected_symlinks, held here too because it may be off (and root passes
 * it). Each link of the last component's chain is checked; the folders above are the user's choice.
 */
export function refusePlantedLink(path: string): void {
  if (euid === undefined) return; // no owners to compare (Windows)
  let at = resolve(path);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let st: Stats;
    try {
      st = lstatSync(at);
    } catch {
      return; // nothing there: the write says why, or creates it
    }
    if (!st.isSymbolicLink()) return;
    const dir = dirname(at);
    const folder = statSync(dir);
    const shared = (folder.mode & 0o1002) === 0o1002;
    if (shared && st.uid !== euid && st.uid !== folder.uid)
      throw new FileInputError(
        path,
        `a symbolic link another user (uid ${st.uid}) owns in the shared folder ${displayName(dir)}; not followed`,
      );
    at = resolve(dir, readlinkSync(at));
  }
}

/** The permission bits and owner of a file, which a replace keeps (see replace-file.ts). */
export interface FileOwnership {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

export interface SourceFile {
  readonly path: string;
  readonly kind: FileKind;
  readonly text: string;
  readonly encoding: 'latin1' | 'utf8';
  /** Its permission bits and owner, kept by a replace (see replace-file.ts). */
  readonly kept: FileOwnership;
  /** Whether the path is (or may be) a symbolic link: a replace writes through it to the file it points to. */
  readonly link: boolean;
}

/** A line that starts with a Dockerfile instruction. */
const INSTRUCTION_RE =
  /^[ \t]*(FROM|ARG|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)([ \t]+\S|[ \t]*[\\`][ \t]*$)/im;

/** Kind of a file named explicitly: by its name, else a Dockerfile when a line starts with an instruction. */
function sniffKind(path: string, text: string): FileKind {
  return kindOfName(path) ?? (INSTRUCTION_RE.test(text.slice(bomLength(text))) ? 'dockerfile' : 'list');
}

/** A NUL byte in the first 8 KiB: what git and grep take for a binary file (no subarray: it costs more than the search). */
function looksBinary(bytes: Buffer): boolean {
  const nul = bytes.indexOf(0);
  return nul !== -1 && nul < 8192;
}

/** What a path names, when a stat can tell. */
function kindOf(path: string): string | undefined {
  try {
    return specialFileKind(statSync(path));
  } catch {
    return undefined;
  }
}

/** What readRegularFile gives: the bytes, what a replace keeps, and whether the path is a symbolic link. */
export interface RegularFile {
  readonly bytes: Buffer;
  readonly kept: FileOwnership;
  readonly link: boolean;
}

/** Opening without waiting: a FIFO opened for reading would block until a writer came. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a regular file, its permission bits and owner, and whether the path is a symbolic
 * link: one open, fstat, read and close, as a plain read costs, so a replace needs no stat or
 * realpath of its own. Anything but a regular file is a NotRegularFileError, found by fstat on the
 * open descriptor (no window for a swap) and never read; a socket cannot be opened (ENXIO).
 * Other failures are thrown as the file system gave them (ENOENT for a missing file).
 */
export function readRegularFile(path: string): RegularFile {
  // Without O_NOFOLLOW (Windows) a link cannot be told apart here: say it may be one.
  let link = constants.O_NOFOLLOW === undefined;
  let fd: number;
  try {
    try {
      fd = openSync(path, OPEN_FLAGS | constants.O_NOFOLLOW);
    } catch (e) {
      // ELOOP: the last component is a symbolic link (open follows it when told to).
      if ((e as NodeJS.ErrnoException).code !== 'ELOOP') throw e;
      link = true;
      fd = openSync(path, OPEN_FLAGS);
    }
  } catch (e) {
    // open(2) refuses a socket, and a device with no driver, with ENXIO.
    if ((e as NodeJS.ErrnoException).code === 'ENXIO') throw new NotRegularFileError(path, kindOf(path));
    throw e;
  }
  try {
    const st = fstatSync(fd);
    assertRegularFile(path, st);
    // Read up to the size fstat gave, as readFileSync does; a size of 0 (a /proc file) reads to EOF.
    let bytes = Buffer.allocUnsafe(st.size || 8192);
    let length = 0;
    for (;;) {
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      length += n;
      if (n === 0 || length === st.size) break;
      if (length === bytes.length) bytes = Buffer.concat([bytes, Buffer.allocUnsafe(bytes.length)]);
    }
    return {
      bytes: bytes.subarray(0, length),
      kept: { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid },
      link,
    };
  } finally {
    closeSync(fd);
  }
}

/**
 * Read a file for rewriting. Dockerfiles and lists are read as latin1, one character per byte, so
 * any encoding survives byte for byte; YAML needs real characters and must be valid UTF-8.
 */
export function readSource(path: string, kind?: FileKind): SourceFile {
  let read: RegularFile;
  try {
    read = readRegularFile(path);
  } catch (e) {
    if (e instanceof FileInputError) throw e;
    throw new FileInputError(path, `cannot read (${errnoText(e)})`);
  }
  const { bytes, kept, link } = read;
  if (looksBinary(bytes)) throw new FileInputError(path, 'binary file (contains NUL bytes); not rewritten');
  const latin1 = bytes.toString('latin1');
  const k = kind ?? sniffKind(path, latin1);
  if (k !== 'yaml') return { path, kind: k, text: latin1, encoding: 'latin1', kept, link };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { path, kind: k, text, encoding: 'utf8', kept, link };
  } catch {
    throw new FileInputError(path, 'not valid UTF-8; YAML files must be UTF-8');
  }
}

export function encodeSource(file: Pick<SourceFile, 'encoding'>, text: string): Buffer {
  return Buffer.from(text, file.encoding);
}
