// The temp files a replace writes beside its target, `.NAME.<pid>.<n>.tmp`: their name, and the sweep
// that removes those a killed process left (SIGKILL, a crash). Apart from the replace itself because
// the sweep reads directories and other processes' pids, which the one-file replace never needs.

import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.NAME.<pid>.<n>.tmp`: the temp file for NAME, by process <pid>. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;
/** The largest pid Linux can give (PID_MAX_LIMIT); a larger number is not one of our temp files. */
const PID_MAX = 4_194_304;

let tempCounter = 0;
const swept = new Set<string>();

/** The next temp file name for path, beside it (TEMP_NAME); each call gives a new one. */
export function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter++}.tmp`);
}

/**
 * Whether a process with this pid runs now (another user's too: kill(pid, 0) answers EPERM). Our own
 * pid is not counted: we leave no temp file, and hold no lock (file-lock.ts), between turns.
 */
export function processRuns(pid: number): boolean {
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
 * there: nothing to remove). Each directory is swept once per process.
 */
export function sweepStaleTemps(dir: string, listed?: readonly string[]): void {
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
