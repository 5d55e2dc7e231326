// Finding the files to rewrite, reading them without losing a byte, and replacing them atomically.

import {
  accessSync,
  closeSync,
  constants,
  type Dirent,
  fchmodSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { bomLength } from '../core/dockerfile/lexer.js';
import { InputError } from '../core/errors.js';
import type { FileKind, YamlOrigin } from '../core/rewrite/rewrite.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

/** What kind of file a name is, by the names Docker, Compose and Kubernetes users give them. */
export function kindOfName(path: string): FileKind | undefined {
  const name = basename(path);
  if (/^(Dockerfile|Containerfile)([.-].*)?$/i.test(name) || /[._-](dockerfile|containerfile)$/i.test(name)) {
    return 'dockerfile';
  }
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.images$/i.test(name) || /^images\.txt$/i.test(name)) return 'list';
  return undefined;
}

/** A file found for rewriting, and whether the user chose it (named it, or picked it by glob). */
export interface FoundFile {
  readonly path: string;
  readonly chosen: boolean;
}

/** A path that cannot be taken as input, and why (each one is an input error). */
export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

/** `EACCES: permission denied` from a Node file-system error, without the syscall and path it adds. */
export function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? err.message.replace(/, \w+( '.*')?$/s, '') : String(err.message ?? e);
}

/** What a path that is not a regular file or directory is (reading a FIFO would block forever). */
function specialFileKind(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'of another type';
}

/**
 * Files under the given paths; directories are walked, default patterns or `include` globs choose.
 * Paths that cannot be read or are neither regular files nor directories are collected, not thrown,
 * so one run names them all. Synchronous on purpose: a batch over many small files is faster
 * without a trip through the pool.
 */
export function discoverSources(
  paths: readonly string[],
  include: readonly string[] = [],
): { files: FoundFile[]; problems: FileProblem[] } {
  const matchers = include.map((g) => picomatch(g, { dot: true, basename: !g.includes('/') }));
  const chosen = (rel: string) =>
    matchers.length ? matchers.some((m) => m(rel)) : kindOfName(rel) !== undefined;
  const files = new Map<string, FoundFile>();
  const problems: FileProblem[] = [];
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push({
        path: p,
        message: missing ? 'no such file or directory' : `cannot read (${errnoText(e)})`,
      });
      continue;
    }
    if (st.isFile()) {
      files.set(p, { path: p, chosen: true });
      continue;
    }
    if (!st.isDirectory()) {
      problems.push({
        path: p,
        message: `not a regular file or directory (${specialFileKind(st)}); not read`,
      });
      continue;
    }
    const walk = (dir: string): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        problems.push({ path: dir, message: `cannot read (${errnoText(e)})` });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const full = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(full);
        } else if (e.isFile() && chosen(relative(p, full)) && !files.has(full)) {
          files.set(full, { path: full, chosen: matchers.length > 0 });
        }
      }
    };
    walk(p);
  }
  return { files: [...files.values()], problems };
}

/** Files under the given paths (see discoverSources); the first path that cannot be taken is an InputError. */
export function discoverFound(paths: readonly string[], include: readonly string[] = []): FoundFile[] {
  const found = discoverSources(paths, include);
  const problem = found.problems[0];
  if (problem) throw new InputError(`${problem.path}: ${problem.message}`);
  return found.files;
}

export function discoverFiles(paths: readonly string[], include: readonly string[] = []): string[] {
  return discoverFound(paths, include).map((f) => f.path);
}

/** How the user reached a file, which decides the YAML documents that count (see core/rewrite.ts). */
export function originOf(found: FoundFile): YamlOrigin {
  return { chosen: found.chosen, workflow: isWorkflowPath(found.path) };
}

/** Whether a path lies in a GitHub Actions workflow directory. */
export function isWorkflowPath(path: string): boolean {
  return /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+$/.test(resolve(path));
}

/** An input file that cannot be taken (unreadable, binary, not UTF-8): an InputError that names it. */
export class FileInputError extends InputError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

export interface SourceFile {
  readonly path: string;
  readonly kind: FileKind;
  readonly text: string;
  readonly encoding: 'latin1' | 'utf8';
}

/** Kind of a file named explicitly: by its name, else by its first instruction. */
const INSTRUCTION_RE =
  /^[ \t]*(FROM|ARG|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)([ \t]+\S|[ \t]*[\\`][ \t]*$)/im;

/** Kind of a file named explicitly: by its name, else a Dockerfile when a line starts with an instruction. */
function sniffKind(path: string, text: string): FileKind {
  return kindOfName(path) ?? (INSTRUCTION_RE.test(text.slice(bomLength(text))) ? 'dockerfile' : 'list');
}

/**
 * Read a file for rewriting. Dockerfiles and lists are read as latin1, one character per byte, so
 * any encoding survives byte for byte; YAML needs real characters and must be valid UTF-8.
 */
export function readSource(path: string, kind?: FileKind): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new FileInputError(path, `cannot read (${errnoText(e)})`);
  }
  if (bytes.subarray(0, 8192).includes(0))
    throw new FileInputError(path, 'binary file (contains NUL bytes); not rewritten');
  const latin1 = bytes.toString('latin1');
  const k = kind ?? sniffKind(path, latin1);
  if (k !== 'yaml') return { path, kind: k, text: latin1, encoding: 'latin1' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { path, kind: k, text, encoding: 'utf8' };
  } catch {
    throw new FileInputError(path, 'not valid UTF-8; YAML files must be UTF-8');
  }
}

export function encodeSource(file: SourceFile, text: string): Buffer {
  return Buffer.from(text, file.encoding);
}

// Replacing files atomically. A temp file is written beside the target and renamed over it.
// Writes are synchronous, so a signal handler (JavaScript runs it between synchronous calls) never
// meets a temp file on disk: listening for SIGINT and SIGTERM is what keeps a signal from killing the
// process between open and rename. A temp file still left (SIGKILL, a crash) is removed by the next
// write into its directory once its process is gone.

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
function signalStatus(signal: NodeJS.Signals): number {
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

/** Remove the temp files an interrupted run left in dir: our name, beside their file, their process gone. */
function sweepStaleTemps(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
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

/** The file a write to target replaces: a symlink stays a symlink, the file it points to is replaced. */
function replacedPath(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    return target;
  }
}

/**
 * Why target cannot be replaced by writeFileAtomic, or undefined: the file must be writable, and its
 * directory too (the temp file is created there and renamed over it).
 */
export function cannotReplace(target: string): string | undefined {
  const path = replacedPath(target);
  try {
    accessSync(path, constants.W_OK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return `cannot write (${errnoText(e)})`;
  }
  try {
    accessSync(dirname(path), constants.W_OK | constants.X_OK);
  } catch (e) {
    return `cannot write (its directory: ${errnoText(e)})`;
  }
  return undefined;
}

/**
 * Replace a file atomically: write a sibling temp file with the same mode and rename it over the
 * original. rename(2) is atomic, so a crash leaves either the old file or the new one, never a mix.
 * No fsync: ext4, xfs and btrfs order the data of a replace-by-rename before the rename itself, and
 * a per-file fsync made rewriting a 1,000-file checkout several times slower. A failure is thrown
 * naming the target, never the temp file.
 */
export function writeFileAtomic(target: string, data: Buffer | string, mode?: number): void {
  listenForSignals();
  const path = replacedPath(target);
  sweepStaleTemps(dirname(path));
  try {
    replaceFile(path, data, mode);
  } catch (e) {
    throw Object.assign(new Error(`${target}: cannot write (${errnoText(e)})`, { cause: e }), {
      code: (e as NodeJS.ErrnoException).code,
    });
  }
}

function replaceFile(path: string, data: Buffer | string, mode: number | undefined): void {
  let fileMode = mode;
  if (fileMode === undefined) {
    try {
      fileMode = statSync(path).mode & 0o7777;
    } catch {
      fileMode = 0o644;
    }
  }
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
      fchmodSync(fd, fileMode); // the umask may have narrowed the mode given to open
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

/**
 * Replace files one after another, each atomically. A failed write stops the batch; so does SIGINT
 * or SIGTERM, between two files (its handler runs when a write has returned). Either way the outcome
 * says which files were written.
 */
export async function writeBatch(
  files: readonly { readonly path: string; readonly data: Buffer | string }[],
): Promise<BatchOutcome> {
  listenForSignals();
  batches++;
  const written: string[] = [];
  try {
    for (const f of files) {
      try {
        writeFileAtomic(f.path, f.data);
      } catch (e) {
        return {
          written,
          stopped: { path: f.path, reason: `cannot write (${errnoText((e as Error).cause ?? e)})` },
        };
      }
      written.push(f.path);
      await nextTurn(); // lets a pending signal's handler run
      if (batchSignal)
        return { written, stopped: { reason: `interrupted by ${batchSignal}`, signal: batchSignal } };
    }
    return { written };
  } finally {
    batches--;
    if (batches === 0) batchSignal = undefined;
  }
}
