import type { MirrorConfig, MirrorInput } from './types.js';
export declare const BUILDKITD_FILE = "buildkitd.toml";
export declare function renderBuildkitd(input: MirrorInput): MirrorConfig;
