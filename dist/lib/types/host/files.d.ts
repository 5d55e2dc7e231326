import { InputError } from '../core/errors.js';
import type { FileKind, YamlOrigin } from '../core/rewrite/rewrite.js';
/** What kind of file a name is, by the names Docker, Compose and Kubernetes users give them. */
export declare function kindOfName(path: string): FileKind | undefined;
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
export declare function errnoText(e: unknown): string;
/**
 * Files under the given paths; directories are walked, default patterns or `include` globs choose.
 * Paths that cannot be read or are neither regular files nor directories are collected, not thrown,
 * so one run names them all. Synchronous on purpose: a batch over many small files is faster
 * without a trip through the pool.
 */
export declare function discoverSources(paths: readonly string[], include?: readonly string[]): {
    files: FoundFile[];
    problems: FileProblem[];
};
/** Files under the given paths (see discoverSources); the first path that cannot be taken is an InputError. */
export declare function discoverFound(paths: readonly string[], include?: readonly string[]): FoundFile[];
export declare function discoverFiles(paths: readonly string[], include?: readonly string[]): string[];
/** How the user reached a file, which decides the YAML documents that count (see core/rewrite.ts). */
export declare function originOf(found: FoundFile): YamlOrigin;
/** Whether a path lies in a GitHub Actions workflow directory. */
export declare function isWorkflowPath(path: string): boolean;
/** An input file that cannot be taken (unreadable, binary, not UTF-8): an InputError that names it. */
export declare class FileInputError extends InputError {
    readonly path: string;
    readonly reason: string;
    constructor(path: string, reason: string);
}
export interface SourceFile {
    readonly path: string;
    readonly kind: FileKind;
    readonly text: string;
    readonly encoding: 'latin1' | 'utf8';
}
/**
 * Read a file for rewriting. Dockerfiles and lists are read as latin1, one character per byte, so
 * any encoding survives byte for byte; YAML needs real characters and must be valid UTF-8.
 */
export declare function readSource(path: string, kind?: FileKind): SourceFile;
export declare function encodeSource(file: SourceFile, text: string): Buffer;
/**
 * Why target cannot be replaced by writeFileAtomic, or undefined: the file must be writable, and its
 * directory too (the temp file is created there and renamed over it).
 */
export declare function cannotReplace(target: string): string | undefined;
/**
 * Replace a file atomically: write a sibling temp file with the same mode and rename it over the
 * original. rename(2) is atomic, so a crash leaves either the old file or the new one, never a mix.
 * No fsync: ext4, xfs and btrfs order the data of a replace-by-rename before the rename itself, and
 * a per-file fsync made rewriting a 1,000-file checkout several times slower. A failure is thrown
 * naming the target, never the temp file.
 */
export declare function writeFileAtomic(target: string, data: Buffer | string, mode?: number): void;
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
 * or SIGTERM, between two files (its handler runs when a write has returned). Either way the outcome
 * says which files were written.
 */
export declare function writeBatch(files: readonly {
    readonly path: string;
    readonly data: Buffer | string;
}[]): Promise<BatchOutcome>;
