import type { ProfileOption } from '../../aws/region.js';
import type { RegistryCredentials } from '../../core/credentials.js';
import type { PrepareMode } from '../../core/prepare-mode.js';
import type { Finding } from '../../core/rewrite/rewrite.js';
import type { LoginMethod, SessionEntry } from '../login.js';
import type { WarmEvent, WarmResult } from '../warm/types.js';
/**
 * Runs one phase of the job; the action shows each as a collapsible group in the log, ending with
 * the lines `said` gives for its result: what the phase did (whom it logged in to, the rules, the files).
 */
export type PhaseRunner = <T>(title: string, run: () => Promise<T>, said?: (result: T) => readonly string[]) => Promise<T>;
export interface PrepareOptions extends ProfileOption {
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
    /** Also write the containers auth.json (Podman, Buildah, Skopeo). */
    readonly containersAuth?: boolean;
    /** The environment login reads (PATH, DOCKER_CONFIG, REGISTRY_AUTH_FILE; default: the process's). */
    readonly env?: NodeJS.ProcessEnv;
    /** rewrite (default), transparent or both. */
    readonly mode?: PrepareMode;
    /**
     * Where transparent mode writes the BuildKit source policy: a file the caller chose (replaced as
     * any file we write). Default: source-policy.json in a fresh private folder (see `tempDir`).
     */
    readonly sourcePolicyPath?: string;
    /**
     * The folder in which transparent mode makes a fresh private folder (mkdtemp, mode 0700) for the
     * source policy when sourcePolicyPath is not given (default: the temp folder; the action: RUNNER_TEMP).
     */
    readonly tempDir?: string;
    readonly warm?: boolean;
    readonly warmTimeoutMs?: number;
    readonly concurrency?: number;
    readonly platforms?: readonly string[];
    /** A reference no rule covers fails the job (nothing is written). */
    readonly failOnUnmapped?: boolean;
    /** Also warm the BuildKit builder image (BUILDKIT_BUILDER_IMAGE) that setup-buildx-action runs. */
    readonly warmBuildkit?: boolean;
    readonly onSecret?: (secret: string) => void;
    /**
     * Called once with the registry credentials login got (the password in clear: the action's
     * credential-outputs hands them on, masked). Never print them.
     */
    readonly onCredentials?: (credentials: readonly RegistryCredentials[]) => void;
    readonly phase?: PhaseRunner;
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
    /** Transparent mode: the source policy written, and the variable that points BuildKit at it. */
    readonly sourcePolicy?: string;
    readonly env?: Readonly<Record<string, string>>;
    /** Transparent mode: buildkitd.toml mirrors (setup-buildx-action's buildkitd-config-inline). */
    readonly buildkitdConfig?: string;
    /** Why the job failed, if it did. */
    readonly failures: readonly string[];
}
