// Finding the files to rewrite: paths named, directories walked, files chosen by name or by glob,
// and how the user reached each one (which decides the YAML documents that count).

import { type Dirent, readdirSync, type Stats, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { displayName } from '../core/display.js';
import { InputError } from '../core/errors.js';
import type { YamlOrigin } from '../core/rewrite/yaml-origin.js';
import type { Listings } from './atomic-write.js';
import { errnoText, kindOfFileName, NotRegularFileError, specialFileKind } from './files.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

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

/** Whether a path relative to the walked directory is wanted: `include` globs (see globs.ts). */
export type PathMatcher = (relativePath: string) => boolean;

/** Whether directory entries are in name order (readdir gives them so on Linux: libuv sorts them). */
function inNameOrder(entries: readonly Dirent[]): boolean {
  for (let i = 1; i < entries.length; i++) if (entries[i - 1]!.name > entries[i]!.name) return false;
  return true;
}

/**
 * Files under the given paths; directories are walked, default patterns or `include` matchers choose.
 * Paths that cannot be read or are neither regular files nor directories are collected, not thrown,
 * so one run names them all. A walk takes regular files only: a symbolic link is not followed, and
 * a device, FIFO or socket the names or globs choose is a problem (`not a regular file`), never
 * opened: a Dockerfile that cannot be rewritten is said, not silently left. Synchronous on
 * purpose: a batch over many small files is faster without a trip through the pool. `listings` holds the names seen in each walked directory where a
 * file was found (keyed by `dirname` of its paths), so a write there need not list it again.
 */
export function discoverSources(
  paths: readonly string[],
  matchers: readonly PathMatcher[] = [],
): { files: FoundFile[]; problems: FileProblem[]; listings: Listings } {
  // `rel` is the path relative to the walked directory, as path.relative would give it (built from
  // the names, not by resolving both paths); the default patterns need the name alone.
  const chosen = (rel: string, name: string) =>
    matchers.length ? matchers.some((m) => m(rel)) : kindOfFileName(name) !== undefined;
  const files = new Map<string, FoundFile>();
  const problems: FileProblem[] = [];
  const listings = new Map<string, readonly string[]>();
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
    // `dir` is the path walked; `prefix`, its path relative to p with a trailing separator. Below p,
    // dir is a join() result (normalized, no trailing separator), so join(dir, name) is dir + sep + name.
    const walk = (dir: string, prefix: string): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        problems.push({ path: dir, message: `cannot read (${errnoText(e)})` });
        return;
      }
      if (!inNameOrder(entries)) entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      let foundHere: string | undefined;
      for (const e of entries) {
        const full = prefix ? dir + sep + e.name : join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) walk(full, prefix + e.name + sep);
        } else if (e.isFile()) {
          if (!chosen(prefix + e.name, e.name) || files.has(full)) continue;
          files.set(full, { path: full, chosen: matchers.length > 0 });
          foundHere ??= full;
        } else if (!e.isSymbolicLink() && chosen(prefix + e.name, e.name)) {
          const { path, reason } = new NotRegularFileError(full, specialFileKind(e));
          problems.push({ path, message: `${reason}; not read` });
        }
      }
      if (foundHere === undefined) return;
      listings.set(
        dirname(foundHere),
        entries.map((e) => e.name),
      );
    };
    walk(p, '');
  }
  return { files: [...files.values()], problems, listings };
}

/** Files under the given paths (see discoverSources); the first path that cannot be taken is an InputError. */
export function discoverFound(paths: readonly string[], matchers: readonly PathMatcher[] = []): FoundFile[] {
  const found = discoverSources(paths, matchers);
  const problem = found.problems[0];
  if (problem) throw new InputError(`${displayName(problem.path)}: ${problem.message}`);
  return found.files;
}

export function discoverFiles(paths: readonly string[], matchers: readonly PathMatcher[] = []): string[] {
  return discoverFound(paths, matchers).map((f) => f.path);
}

/** How the user reached a file, which decides the YAML documents that count (see core/rewrite/yaml.ts). */
export function originOf(found: FoundFile): YamlOrigin {
  return { chosen: found.chosen, workflow: isWorkflowPath(found.path) };
}

/** Whether a path lies in a GitHub Actions workflow directory. */
export function isWorkflowPath(path: string): boolean {
  return /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+$/.test(resolve(path));
}
