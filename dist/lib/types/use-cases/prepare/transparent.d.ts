import type { RegistryTarget } from '../../core/image/rules.js';
import type { PrepareOptions } from './types.js';
/** The variable BuildKit (≥ 0.12, with buildx ≥ 0.11) reads the source policy's path from. */
export declare const SOURCE_POLICY_VARIABLE = "EXPERIMENTAL_BUILDKIT_SOURCE_POLICY";
/**
 * Transparent mode: the BuildKit source policy, written where the caller said (atomically), the
 * variable that points BuildKit at it, and buildkitd.toml mirrors for a builder that is set up apart.
 */
export declare function writeTransparentConfig(options: Pick<PrepareOptions, 'sourcePolicyPath' | 'tempDir'>, target: RegistryTarget): Promise<{
    sourcePolicy: string;
    env: {
        EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: string;
    };
    buildkitdConfig: string;
}>;
