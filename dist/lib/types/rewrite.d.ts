import { type Change, type FileKind, type Finding } from './core/rewrite.js';
import type { RegistryTarget } from './core/rules.js';
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
    readonly changes: readonly Change[];
    readonly notes: readonly Finding[];
    readonly errors: readonly Finding[];
    readonly images: readonly {
        readonly image: string;
        readonly line: number;
    }[];
    /** The new content, as bytes in the file's own encoding. */
    readonly output: Buffer;
    /** A unified diff of the change (empty when unchanged), in the file's own encoding. */
    diff(): Buffer;
}
export interface RewriteReport {
    readonly files: readonly FileRewrite[];
    /** Whether files were written (not on a dry run, nor when a file has errors or, strict, unmapped references). */
    readonly written: boolean;
    readonly errors: number;
    readonly unmapped: number;
}
/** Unified diff of two texts, with the file path as both names. */
export declare function unifiedDiff(path: string, before: string, after: string): string;
export declare function rewriteFiles(options: RewriteOptions): Promise<RewriteReport>;
/** Replace every changed file atomically (after a dry run found no errors). */
export declare function commitRewrites(files: readonly FileRewrite[]): void;
