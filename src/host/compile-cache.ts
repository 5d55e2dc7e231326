// A cache of V8's compiled code for the bundle's chunks (see scripts/build.mjs), so that a command
// run again on the same machine does not compile again what it ran before: `rewrite` of one file
// spends ~9 ms of its ~60 compiling its chunks. Node 22's module.enableCompileCache does this for
// modules; the chunks are compiled through node:vm, so it is done here, the same way: the code as
// V8 serializes it, after the run (so with the functions the run compiled), keyed by a digest of
// the chunk's code, in a directory of the user's own. A kept file is used only when it is the user's
// alone and its checksum holds; V8 then checks it against the source, its version and flags. Any
// file that does not fit is compiled afresh and written again.

import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
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

/** Whether a file or directory is this user's (where the platform has owners). */
const ownedByUser = (st: Stats): boolean => !process.getuid || st.uid === process.getuid();
/** Whether anyone but its owner may write to it. */
const writableByOthers = (st: Stats): boolean => process.platform !== 'win32' && (st.mode & 0o022) !== 0;

/** mkdir that takes an existing directory; the mode holds whatever the umask. */
function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

/**
 * Whether dir (BASE/ecr-pull-through/v8-...) may hold code this process runs: code read from it
 * runs as the user. The user's cache directory (BASE) must exist and be theirs; it is never made
 * here (run as root under `sudo -E`, that would leave the user a cache directory of root's; and a
 * recursive mkdir spins forever where mkdir says ENOENT of a directory that exists, as on /proc).
 * The two folders below it are made, the user's alone (0700), and must stay so.
 */
function ownDirectory(dir: string): boolean {
  try {
    const parent = dirname(dir);
    const base = lstatSync(dirname(parent));
    if (!base.isDirectory() || !ownedByUser(base)) return false;
    for (const d of [parent, dir]) {
      makeDirectory(d);
      const st = lstatSync(d);
      if (!st.isDirectory() || !ownedByUser(st) || writableByOthers(st)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * A kept file starts with MAGIC and a checksum of the code after it. V8 checks only its own header
 * of cached code (version, flags, length), not the code: a file spoilt but of the same length would
 * run spoilt code. Checked here first, a spoilt file is a miss, compiled afresh and written again.
 */
const MAGIC = 0x43545045; // "EPTC"
const HEADER = 8;

/**
 * A 32-bit checksum of data (its offset a multiple of 4): FNV-1a steps over 32-bit words in four
 * lanes, eight words a turn (it runs once per file, mostly unoptimized: fewer turns cost less).
 * Each lane is a bijection of its state per word, so any one word changed changes the result.
 */
export function checksum(data: Uint8Array): number {
  const n = data.length >>> 2;
  const w = new Int32Array(data.buffer, data.byteOffset, n);
  const P = 0x01000193;
  let a = 0x811c9dc5 ^ data.length;
  let b = 0x6b43a9b5;
  let c = 0x2f693f23;
  let d = 0x5be0cd19;
  let i = 0;
  for (const whole = n & ~7; i < whole; i += 8) {
    a = Math.imul(a ^ w[i]!, P);
    b = Math.imul(b ^ w[i + 1]!, P);
    c = Math.imul(c ^ w[i + 2]!, P);
    d = Math.imul(d ^ w[i + 3]!, P);
    a = Math.imul(a ^ w[i + 4]!, P);
    b = Math.imul(b ^ w[i + 5]!, P);
    c = Math.imul(c ^ w[i + 6]!, P);
    d = Math.imul(d ^ w[i + 7]!, P);
  }
  for (; i < n; i++) a = Math.imul(a ^ w[i]!, P);
  for (let k = n << 2; k < data.length; k++) a = Math.imul(a ^ data[k]!, P);
  return (a ^ Math.imul(b, 3) ^ Math.imul(c, 5) ^ Math.imul(d, 7)) >>> 0;
}

/** The code kept in file, when it is this user's alone and whole; else undefined (a miss). */
function readKept(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || !ownedByUser(st) || writableByOthers(st) || st.size <= HEADER) return undefined;
    // Its own memory, so the code after the header sits at a multiple of 4 for the checksum.
    const bytes = Buffer.allocUnsafeSlow(st.size);
    if (readSync(fd, bytes, 0, st.size, 0) !== st.size) return undefined;
    const code = bytes.subarray(HEADER);
    if (bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== checksum(code)) return undefined;
    return code;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Write each compiled chunk that was not in the cache (or did not fit) atomically; a failure only skips it. */
function keep(entries: readonly { file: string; script: Script }[]): void {
  for (const { file, script } of entries) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      const code = script.createCachedData();
      const bytes = Buffer.allocUnsafeSlow(HEADER + code.length);
      code.copy(bytes, HEADER);
      bytes.writeUInt32LE(MAGIC, 0);
      bytes.writeUInt32LE(checksum(bytes.subarray(HEADER)), 4);
      writeFileSync(tmp, bytes, { mode: 0o600, flag: 'wx' });
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
    const cachedData = usable ? readKept(file) : undefined;
    const script = new vm.Script(source, { filename, ...(cachedData && { cachedData }) });
    if (usable && (cachedData === undefined || script.cachedDataRejected)) {
      if (fresh.length === 0) process.once('exit', () => keep(fresh));
      fresh.push({ file, script });
    }
    return script.runInThisContext();
  };
  (globalThis as Record<symbol, unknown>)[COMPILE_HOOK] = compile;
}
