import { InputError } from '../core/errors.js';
import type { FileKind } from '../core/rewrite/rewrite.js';
/**
 * What kind of file a name (no directory) is, by the names Docker, Compose and Kubernetes users give
 * them. The commonest name is told without a regex (one pattern for all kinds measured slower).
 */
export declare function kindOfFileName(name: string): FileKind | undefined;
/** What kind of file a path is, by its name (see kindOfFileName). */
export declare function kindOfName(path: string): FileKind | undefined;
/** `EACCES: permission denied` from a Node file-system error, without the syscall and path it adds. */
export declare function errnoText(e: unknown): string;
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
    /** Its permission bits, kept by a replace (see atomic-write.ts). */
    readonly mode: number;
    /** Whether the path is (or may be) a symbolic link: a replace writes through it to the file it points to. */
    readonly link: boolean;
}
/**
 * Read a file for rewriting. Dockerfiles and lists are read as latin1, one character per byte, so
 * any encoding survives byte for byte; YAML needs real characters and must be valid UTF-8.
 */
export declare function readSource(path: string, kind?: FileKind): SourceFile;
export declare function encodeSource(file: Pick<SourceFile, 'encoding'>, text: string): Buffer;
