import type { MirrorConfig, MirrorInput } from './types.js';
/** BuildKit's source scheme for registry images. */
export declare const DOCKER_IMAGE_SCHEME = "docker-image://";
export interface SourcePolicyRule {
    readonly action: 'CONVERT';
    readonly selector: {
        readonly identifier: string;
    };
    readonly updates: {
        readonly identifier: string;
    };
}
export interface SourcePolicy {
    readonly rules: readonly SourcePolicyRule[];
}
export declare const SOURCE_POLICY_FILE = "source-policy.json";
/** The policy: one CONVERT per upstream, the most specific upstream first. */
export declare function sourcePolicy({ registry, rules }: MirrorInput): SourcePolicy;
export declare function renderSourcePolicy(input: MirrorInput): MirrorConfig;
