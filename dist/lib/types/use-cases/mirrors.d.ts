import { type MirrorConfig, type MirrorFormat } from '../core/mirrors/index.js';
import { type TargetOptions } from './target.js';
export interface MirrorsOptions extends TargetOptions {
    readonly format: MirrorFormat;
    /**
     * Where to write: a directory for containerd (one `<upstream>/hosts.toml` each); for the other
     * formats a file path, or an existing directory to hold the file under its default name (kaniko:
     * its flags, one a line). Nothing is written when absent.
     */
    readonly out?: string;
}
export interface MirrorsReport extends MirrorConfig {
    /** The cache's registry host the configuration redirects to. */
    readonly registry: string;
    /** Absolute paths of the files written (none without `out`). */
    readonly written: string[];
}
/** Render `format` for the target registry and write it under `out` when given (atomically, file by file). */
export declare function mirrors(options: MirrorsOptions): Promise<MirrorsReport>;
