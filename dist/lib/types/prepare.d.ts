import type { Finding } from './core/rewrite/rewrite.js';
import { type LoginMethod, type SessionEntry } from './login.js';
import type { WarmEvent, WarmResult } from './warm/types.js';
export interface PrepareOptions {
    readonly region?: string;
    /** Account ids or registry hosts to log in to (default: the caller's registry). */
    readonly registries?: readonly string[];
    /** `PREFIX=UPSTREAM_URL` rules (default: DescribePullThroughCacheRules). */
    readonly rules?: readonly string[];
    /** Folder the globs are relative to (default: the current directory). */
    readonly root?: string;
    /** Globs of Dockerfiles to rewrite. */
    readonly dockerfiles?: readonly string[];
    /** Globs of image lists, compose files and Kubernetes YAML to rewrite. */
    readonly files?: readonly string[];
    /** Images to map and warm besides those in the files. */
    readonly images?: readonly string[];
    readonly login?: boolean;
    readonly loginMethod?: LoginMethod;
    readonly warm?: boolean;
    readonly warmTimeoutMs?: number;
    readonly concurrency?: number;
    readonly platforms?: readonly string[];
    /** A reference no rule covers fails the job (nothing is written). */
    readonly failOnUnmapped?: boolean;
    /** Also warm the BuildKit builder image (BUILDKIT_BUILDER_IMAGE) that setup-buildx-action runs. */
    readonly warmBuildkit?: boolean;
    readonly onSecret?: (secret: string) => void;
    readonly onWarning?: (message: string) => void;
    readonly onWarmEvent?: (event: WarmEvent) => void;
    /** Called as each login happens with all that logout must undo so far (a later one may fail). */
    readonly onSession?: (session: readonly SessionEntry[]) => void;
}
export interface FileNote extends Finding {
    readonly file: string;
}
export interface PrepareReport {
    readonly registry: string;
    readonly session: readonly SessionEntry[];
    /** Original reference → cache URI, for every mapped image. */
    readonly images: Readonly<Record<string, string>>;
    readonly rewrittenFiles: readonly string[];
    /** References left alone, with file and line. */
    readonly notes: readonly FileNote[];
    readonly warmed?: WarmResult;
    /** The cache URI of the BuildKit builder image, when a rule covers Docker Hub (for setup-buildx-action). */
    readonly buildkitImage?: string;
    /** Why the job failed, if it did. */
    readonly failures: readonly string[];
}
export declare function prepare(options?: PrepareOptions): Promise<PrepareReport>;
