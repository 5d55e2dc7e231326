import type { FileKind } from './core/rewrite.js';
export declare class InputError extends Error {
    constructor(message: string);
}
/** What kind of file a name is, by the names Docker, Compose and Kubernetes users give them. */
export declare function kindOfName(path: string): FileKind | undefined;
/** Files under the given paths; directories are walked, default patterns or `include` globs choose. */
export declare function discoverFiles(paths: readonly string[], include?: readonly string[]): Promise<string[]>;
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
export declare function readSource(path: string, kind?: FileKind): Promise<SourceFile>;
export declare function encodeSource(file: SourceFile, text: string): Buffer;
/**
 * Replace a file atomically: write a sibling temp file with the same mode, flush it, rename it over
 * the original. A crash leaves either the old file or the new one, never a mix.
 */
export declare function writeFileAtomic(path: string, data: Buffer | string, mode?: number): Promise<void>;
