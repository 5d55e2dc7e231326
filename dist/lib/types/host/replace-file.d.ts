import { type FileOwnership } from './files.js';
import { type Listings } from './temp-files.js';
/**
 * Why target cannot be replaced by writeFileAtomic, or undefined: the file must be writable, and its
 * directory too (the temp file is created there and renamed over it). `link: false` says the path
 * is known not to be a symbolic link (readSource found out), which spares resolving it. `dirs`,
 * kept by the caller across the targets of one batch, checks each directory once.
 */
export declare function cannotReplace(target: string, { link, dirs }?: {
    link?: boolean;
    dirs?: Map<string, string | undefined>;
}): string | undefined;
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
/**
 * Replace one file (see writeFileAtomic), after sweeping its directory of stale temp files once
 * (`listings`: what a walk saw there). The caller listens for signals.
 */
export declare function replaceAtomic({ path: target, data, kept, newMode, link }: Replacement, listings?: Listings): void;
