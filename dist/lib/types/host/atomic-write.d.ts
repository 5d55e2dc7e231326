import { type Replacement } from './replace-file.js';
import type { Listings } from './temp-files.js';
export { cannotReplace, type Replacement } from './replace-file.js';
export type { Listings } from './temp-files.js';
/** The exit status a shell gives a process ended by a signal: 128 + its number (130, 143). */
export declare function signalStatus(signal: NodeJS.Signals): number;
/**
 * Replace a file atomically: write a sibling temp file with the mode and owner of the file it
 * replaces (a new file: `newMode`, default 0644) and rename it over the original. rename(2) is
 * atomic, so a crash leaves either the old file or the new one, never a mix. A target that is not
 * a regular file is a NotRegularFileError (exit 2) and nothing is touched. No fsync: ext4, xfs and
 * btrfs order the data of a replace-by-rename before the rename itself, and a per-file fsync made
 * rewriting a 1,000-file checkout several times slower. A failure is thrown naming the target,
 * never the temp file.
 */
export declare function writeFileAtomic(target: string, data: Buffer | string, newMode?: number): void;
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
/**
 * Replace files one after another, each atomically. A failed write stops the batch; so does SIGINT
 * or SIGTERM, within SIGNAL_CHECK_MS or one file (its handler runs when the batch gives the event
 * loop a turn, after a write has returned). Either way the outcome says which files were written.
 * `listings`, what the walk that found the files saw, spares reading their directories again.
 */
export declare function writeBatch(files: readonly Replacement[], { listings }?: {
    listings?: Listings;
}): Promise<BatchOutcome>;
