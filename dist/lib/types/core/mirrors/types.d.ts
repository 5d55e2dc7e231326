import type { CacheRule } from '../image/rules.js';
export type MirrorFormat = 'source-policy' | 'buildkitd' | 'registries-conf' | 'containerd' | 'kaniko' | 'daemon-json';
/** The cache to redirect pulls to: its registry host and the rules it has. */
export interface MirrorInput {
    readonly registry: string;
    readonly rules: readonly CacheRule[];
}
/** A file of a rendered configuration, its path relative to `--out`. */
export interface MirrorFile {
    readonly path: string;
    readonly text: string;
}
export interface MirrorConfig {
    readonly format: MirrorFormat;
    /** Paths relative to --out: one per upstream for containerd, one default name for the others. */
    readonly files: MirrorFile[];
    /** Command-line flags (kaniko). */
    readonly args: string[];
    /** Which versions honour it, and how credentials reach the client. */
    readonly notes: string[];
    /** Where a setup silently falls back to the upstream, or a rule could not be expressed. */
    readonly warnings: string[];
}
