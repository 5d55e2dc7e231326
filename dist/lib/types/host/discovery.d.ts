import type { YamlOrigin } from '../core/rewrite/yaml-origin.js';
import type { Listings } from './atomic-write.js';
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
/**
 * Files under the given paths; directories are walked, default patterns or `include` matchers choose.
 * Paths that cannot be read or are neither regular files nor directories are collected, not thrown,
 * so one run names them all. A walk takes regular files only: a symbolic link is not followed, and
 * a device, FIFO or socket the names or globs choose is a problem (`not a regular file`), never
 * opened: a Dockerfile that cannot be rewritten is said, not silently left. Synchronous on
 * purpose: a batch over many small files is faster without a trip through the pool. `listings` holds the names seen in each walked directory where a
 * file was found (keyed by `dirname` of its paths), so a write there need not list it again.
 */
export declare function discoverSources(paths: readonly string[], matchers?: readonly PathMatcher[]): {
    files: FoundFile[];
    problems: FileProblem[];
    listings: Listings;
};
/** Files under the given paths (see discoverSources); the first path that cannot be taken is an InputError. */
export declare function discoverFound(paths: readonly string[], matchers?: readonly PathMatcher[]): FoundFile[];
export declare function discoverFiles(paths: readonly string[], matchers?: readonly PathMatcher[]): string[];
/** How the user reached a file, which decides the YAML documents that count (see core/rewrite/yaml.ts). */
export declare function originOf(found: FoundFile): YamlOrigin;
/** Whether a path lies in a GitHub Actions workflow directory. */
export declare function isWorkflowPath(path: string): boolean;
