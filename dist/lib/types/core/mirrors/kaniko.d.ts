import type { MirrorConfig, MirrorInput } from './types.js';
/** Docker Hub as kaniko's registry map keys it. */
export declare const KANIKO_DOCKER_HUB = "index.docker.io";
/**
 * Whether kaniko would read a cache prefix as a registry host. It cuts a mapped location at its first
 * `/` into registry and repository prefix, then parses `PREFIX/NAME` with go-containerregistry's
 * name.NewRepository, which takes a first component that holds a `.` or `:` (newer versions: or is
 * `localhost`) for a registry: `HOST/docker.io` would pull `library/alpine` from Docker Hub itself.
 */
export declare function kanikoReadsAsRegistry(cachePrefix: string): boolean;
export declare function renderKaniko(input: MirrorInput): MirrorConfig;
