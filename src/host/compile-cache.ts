// A cache of V8's compiled code for the bundle's chunks (see scripts/build.mjs), so that a command
// run again on the same machine does not compile again what it ran before: `rewrite` of one file
// spends ~12 ms of its ~50 compiling its chunks. Node 22's module.enableCompileCache does this for
// modules; the chunks are compiled through node:vm, so it is done here, the same way: the code as
// V8 serializes it, after the run (so with the functions the run compiled), keyed by a digest of
// the chunk's code, in a directory of the user's own. V8 checks the data against the source, its
// version and flags, and compiles afresh (and the entry is written again) when it does not fit.

import { lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Script } from 'node:vm';

/** The global through which the build's chunk loader compiles a chunk, when an entry installed one. */
export const COMPILE_HOOK = Symbol.for('ecr-pull-through.compile');

/** How the chunk loader calls it: with node:vm, which it loads (a command that loads no chunk loads no vm). */
type Compile = (source: string, filename: string, key: string, vm: typeof import('node:vm')) => unknown;

/**
 * Where compiled chunks are kept: the user's cache directory (XDG_CACHE_HOME or ~/.cache,
 * ~/Library/Caches, %LOCALAPPDATA%), one folder per V8 version and architecture. None when
 * NODE_DISABLE_COMPILE_CACHE (Node's own switch) or ECR_PULL_THROUGH_NO_COMPILE_CACHE is set.
 */
export function compileCacheDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE || env.ECR_PULL_THROUGH_NO_COMPILE_CACHE) return undefined;
  const home = () => env.HOME || homedir();
  const base =
    platform === 'win32'
      ? env.LOCALAPPDATA
      : platform === 'darwin'
        ? join(home(), 'Library', 'Caches')
        : env.XDG_CACHE_HOME || join(home(), '.cache');
  if (!base) return undefined;
  return join(base, 'ecr-pull-through', `v8-${process.versions.v8}-${process.arch}`);
}

/**
 * Whether dir is a directory of this user's that no one else can write (made so if missing): code
 * read from it runs as the user, so a directory another user could write to is not used.
 */
function ownDirectory(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return false;
    if (process.getuid && st.uid !== process.getuid()) return false;
    return process.platform === 'win32' || (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** Write each compiled chunk that was not in the cache (or did not fit) atomically; a failure only skips it. */
function keep(entries: readonly { file: string; script: Script }[]): void {
  for (const { file, script } of entries) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600, flag: 'wx' });
      renameSync(tmp, file);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {}
    }
  }
}

/**
 * Compile the bundle's chunks through the cache from now on (the CLI and the action call this at
 * start; the library does not: importing it leaves no files behind). Nothing is read or made
 * until the first chunk loads; what was compiled afresh is written as the process exits.
 */
export function installCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const dir = compileCacheDir(env);
  if (!dir) return;
  let usable: boolean | undefined;
  const fresh: { file: string; script: Script }[] = [];
  const compile: Compile = (source, filename, key, vm) => {
    if (!/^[0-9a-f]{32}$/.test(key)) return vm.runInThisContext(source, { filename });
    usable ??= ownDirectory(dir);
    const file = join(dir, `${key}.bin`);
    let cachedData: Buffer | undefined;
    if (usable) {
      try {
        cachedData = readFileSync(file);
      } catch {}
    }
    const script = new vm.Script(source, { filename, ...(cachedData && { cachedData }) });
    if (usable && (cachedData === undefined || script.cachedDataRejected)) {
      if (fresh.length === 0) process.once('exit', () => keep(fresh));
      fresh.push({ file, script });
    }
    return script.runInThisContext();
  };
  (globalThis as Record<symbol, unknown>)[COMPILE_HOOK] = compile;
}
