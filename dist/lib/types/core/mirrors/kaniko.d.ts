import type { MirrorConfig, MirrorInput } from './types.js';
/** Docker Hub as kaniko's registry map keys it. */
export declare const KANIKO_DOCKER_HUB = "index.docker.io";
export declare function renderKaniko(input: MirrorInput): MirrorConfig;
