import type { FileKind } from './core/rewrite.js';
/** What kind of file a name is, by the names Docker, Compose and Kubernetes users give them. */
export declare function kindOfName(path: string): FileKind | undefined;
/**
 * Files under the given paths; directories are walked, default patterns or `include` globs choose.
 * Synchronous on purpose: a batch over many small files is faster without a trip through the pool.
 */
export declare function discoverFiles(paths: readonly string[], include?: readonly string[]): string[];
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
export declare function writeFileAtomic(target: string, data: Buffer | string, mode?: number): void;
