// Finding the files to rewrite, reading them without losing a byte, and replacing them atomically.

import {
  closeSync,
  constants,
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
import { basename, dirname, join, relative } from 'node:path';
import picomatch from 'picomatch';
import { bomLength } from './core/dockerfile-lexer.js';
import type { FileKind } from './core/rewrite.js';
import { InputError } from './errors.js';

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

/**
 * Files under the given paths; directories are walked, default patterns or `include` globs choose.
 * Synchronous on purpose: a batch over many small files is faster without a trip through the pool.
 */
export function discoverFiles(paths: readonly string[], include: readonly string[] = []): string[] {
  const matchers = include.map((g) => picomatch(g, { dot: true, basename: !g.includes('/') }));
  const chosen = (rel: string) =>
    matchers.length ? matchers.some((m) => m(rel)) : kindOfName(rel) !== undefined;
  const out: string[] = [];
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      throw new InputError(
        `${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`,
      );
    }
    if (!st.isDirectory()) {
      out.push(p);
      continue;
    }
    const walk = (dir: string): void => {
      const entries = readdirSync(dir, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const full = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(full);
        } else if (e.isFile() && chosen(relative(p, full))) out.push(full);
      }
    };
    walk(p);
  }
  return [...new Set(out)];
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
    throw new InputError(
      `${path}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  if (bytes.subarray(0, 8192).includes(0))
    throw new InputError(`${path}: binary file (contains NUL bytes); not rewritten`);
  const latin1 = bytes.toString('latin1');
  const k = kind ?? sniffKind(path, latin1);
  if (k !== 'yaml') return { path, kind: k, text: latin1, encoding: 'latin1' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { path, kind: k, text, encoding: 'utf8' };
  } catch {
    throw new InputError(`${path}: not valid UTF-8; YAML files must be UTF-8`);
  }
}

export function encodeSource(file: SourceFile, text: string): Buffer {
  return Buffer.from(text, file.encoding);
}

/**
 * Replace a file atomically: write a sibling temp file with the same mode and rename it over the
 * original. rename(2) is atomic, so a crash leaves either the old file or the new one, never a mix.
 * No fsync: ext4, xfs and btrfs order the data of a replace-by-rename before the rename itself, and
 * a per-file fsync made rewriting a 1,000-file checkout several times slower.
 */
let tempCounter = 0;

export function writeFileAtomic(target: string, data: Buffer | string, mode?: number): void {
  // A symlink stays a symlink: the file it points to is the one replaced.
  let path = target;
  try {
    path = realpathSync(target);
  } catch {}
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
