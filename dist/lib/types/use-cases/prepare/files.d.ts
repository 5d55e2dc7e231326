import type { RegistryTarget } from '../../core/image/rules.js';
import type { PrepareMode } from '../../core/prepare-mode.js';
import type { Run } from '../../run/run.js';
import type { FileRewrite } from '../rewrite.js';
import type { PrepareOptions } from './types.js';
/**
 * The files the patterns choose, rewritten in memory. A pattern outside the root is an input error;
 * one that matches nothing is said (a warning, or a failure with failOnUnmapped): its images would
 * silently be pulled from the upstream, which is what this tool exists to prevent.
 */
export declare function rewriteGroups(run: Run, options: PrepareOptions, target: RegistryTarget, failures: string[]): Promise<FileRewrite[]>;
/** Files to rewrite or read for images. */
export declare const hasPatterns: (options: PrepareOptions) => boolean;
/** Whether the job needs the cache rules: anything to map, rewrite, warm or redirect besides login. */
export declare function needsRules(options: PrepareOptions, mode: PrepareMode): boolean;
