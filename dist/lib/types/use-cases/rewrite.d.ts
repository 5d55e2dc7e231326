import { InputError, OperationError } from '../core/errors.js';
import type { RegistryTarget } from '../core/image/rules.js';
import type { Change, FileKind, Finding } from '../core/rewrite/rewrite.js';
import { type BatchOutcome } from '../host/atomic-write.js';
import { type FileProblem } from '../host/discovery.js';
export interface RewriteOptions {
    readonly paths: readonly string[];
    readonly target: RegistryTarget;
    /** Globs that choose files inside directories (default: Dockerfiles, compose/YAML, image lists). */
    readonly include?: readonly string[];
    /** Treat every file as this kind instead of guessing from its name. */
    readonly kind?: FileKind;
    /** Compute only; write nothing. */
    readonly dryRun?: boolean;
    /** References with no rule are errors; nothing is written. */
    readonly strict?: boolean;
}
export interface FileRewrite {
    readonly path: string;
    readonly kind: FileKind;
    readonly changed: boolean;
    /** Whether this run replaced the file. */
    readonly written: boolean;
    readonly changes: readonly Change[];
    readonly notes: readonly Finding[];
    readonly errors: readonly Finding[];
    readonly images: readonly {
        readonly image: string;
        readonly line: number;
    }[];
    /** The new content, as bytes in the file's own encoding. */
    readonly output: Buffer;
    /** A unified diff of the change (empty when unchanged): paths in UTF-8, lines in the file's own encoding. */
    diff(): Buffer;
}
export interface RewriteReport {
    readonly files: readonly FileRewrite[];
    /**
     * Whether every changed file was written (not on a dry run, nor when there are errors or, strict,
     * unmapped references, nor when writing stopped part way).
     */
    readonly written: boolean;
    /** Errors in files, and problems. */
    readonly errors: number;
    readonly unmapped: number;
    /** Paths that could not be taken: unreadable, not a regular file or directory, binary, or not writable. */
    readonly problems: readonly FileProblem[];
    /** Set when writing stopped part way (a write failed, or SIGINT or SIGTERM came); `files[].written` says which were. */
    readonly stopped?: BatchOutcome['stopped'];
}
/** Unified diff of two texts, with the file path as both names. */
export declare function unifiedDiff(path: string, before: string, after: string): string;
/** Paths a rewrite could not take (see `report.problems`): nothing was written. */
export declare class RewriteInputError extends InputError {
    readonly report: RewriteReport;
    constructor(report: RewriteReport);
}
/** Writing stopped part way (a failed write, SIGINT or SIGTERM): `report.files[].written` says which were written. */
export declare class RewriteStoppedError extends OperationError {
    readonly report: RewriteReport & {
        readonly stopped: NonNullable<RewriteReport['stopped']>;
    };
    constructor(report: RewriteReport & {
        readonly stopped: NonNullable<RewriteReport['stopped']>;
    });
}
/**
 * Rewrite the files under `paths`. Invalid references come back as `errors` (nothing written);
 * paths that cannot be taken throw a RewriteInputError before any write, and a batch that stops
 * part way throws a RewriteStoppedError; both carry the report.
 */
export declare function rewriteFiles(options: RewriteOptions): Promise<RewriteReport>;
/**
 * Replace every changed file atomically (after a dry run found no errors). Every target is checked
 * first; a write that still fails is thrown with the files written and not written.
 */
export declare function commitRewrites(files: readonly FileRewrite[]): void;
/** Which files a batch that stopped part way wrote and which it did not, in two lines. */
/** `written: a, b` and `not written: c` lines, for a batch that stopped part way. */
export declare function writtenLines(written: readonly string[], notWritten: readonly string[]): string;
