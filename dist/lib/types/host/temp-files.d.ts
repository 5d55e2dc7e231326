/** The next temp file name for path, beside it (TEMP_NAME); each call gives a new one. */
export declare function tempPath(path: string): string;
/**
 * Whether a process with this pid runs now (another user's too: kill(pid, 0) answers EPERM). Our own
 * pid is not counted: we leave no temp file, and hold no lock (file-lock.ts), between turns.
 */
export declare function processRuns(pid: number): boolean;
/**
 * What a walk saw in the directories it listed: directory (as `dirname` of the paths it found) ->
 * the names in it. A directory listed there is not read again to find stale temp files.
 */
export type Listings = ReadonlyMap<string, readonly string[]>;
/**
 * Remove the temp files an interrupted run left in dir: our name, beside their file, their process
 * gone. `listed`, the names a walk just saw in dir, spares reading it again (none of our names
 * there: nothing to remove). Each directory is swept once per process.
 */
export declare function sweepStaleTemps(dir: string, listed?: readonly string[]): void;
