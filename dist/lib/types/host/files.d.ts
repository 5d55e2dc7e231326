import { type Dirent, type Stats } from 'node:fs';
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
/** What a node that is not a regular file or directory is. */
export declare function specialFileKind(st: Stats | Dirent): string;
/**
 * A path that names a device, FIFO, socket or directory (or a link to one) where a regular file
 * is read or replaced: someone else's node, never opened for reading (a FIFO blocks) nor replaced
 * (a rename over /dev/null would destroy it).
 */
export declare class NotRegularFileError extends FileInputError {
    constructor(path: string, kind?: string);
}
/**
 * The one rule for the files we read and replace (the reader below and the writer in
 * replace-file.ts): a regular file, or nothing there (`st` undefined; a writer creates it).
 */
export declare function assertRegularFile(path: string, st: Stats | undefined): void;
/**
 * Refuse a path where a file will be written that is there and not a regular file: a check before
 * the first write of several, so that one such target changes nothing. Missing or unreachable: the
 * write itself says why.
 */
export declare function refuseNonRegular(path: string): void;
/**
 * Refuse a path that goes through a symbolic link another user planted in a shared folder (sticky
 * and writable by all, as /tmp): the link's owner is neither us nor the folder's owner. It is the
 * rule of the kernel's fs.protected_symlinks, held here too because it may be off (and root passes
 * it). Each link of the last component's chain is checked; the folders above are the user's choice.
 */
export declare function refusePlantedLink(path: string): void;
/** The permission bits and owner of a file, which a replace keeps (see replace-file.ts). */
export interface FileOwnership {
    readonly mode: number;
    readonly uid: number;
    readonly gid: number;
}
export interface SourceFile {
    readonly path: string;
    readonly kind: FileKind;
    readonly text: string;
    readonly encoding: 'latin1' | 'utf8';
    /** Its permission bits and owner, kept by a replace (see replace-file.ts). */
    readonly kept: FileOwnership;
    /** Whether the path is (or may be) a symbolic link: a replace writes through it to the file it points to. */
    readonly link: boolean;
}
/** What readRegularFile gives: the bytes, what a replace keeps, and whether the path is a symbolic link. */
export interface RegularFile {
    readonly bytes: Buffer;
    readonly kept: FileOwnership;
    readonly link: boolean;
}
/**
 * The bytes of a regular file, its permission bits and owner, and whether the path is a symbolic
 * link: one open, fstat, read and close, as a plain read costs, so a replace needs no stat or
 * realpath of its own. Anything but a regular file is a NotRegularFileError, found by fstat on the
 * open descriptor (no window for a swap) and never read; a socket cannot be opened (ENXIO).
 * Other failures are thrown as the file system gave them (ENOENT for a missing file).
 */
export declare function readRegularFile(path: string): RegularFile;
/**
 * Read a file for rewriting. Dockerfiles and lists are read as latin1, one character per byte, so
 * any encoding survives byte for byte; YAML needs real characters and must be valid UTF-8.
 */
export declare function readSource(path: string, kind?: FileKind): SourceFile;
export declare function encodeSource(file: Pick<SourceFile, 'encoding'>, text: string): Buffer;
