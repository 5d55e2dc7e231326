import { type ImageSite, type Note, type SiteKind } from './sites.js';
export type { ImageSite, Note, SiteKind };
/** An image a build of this file pulls, as far as it can be known without build args. */
export interface PulledImage {
    readonly image: string;
    readonly line: number;
}
export interface DockerfileScan {
    readonly sites: readonly ImageSite[];
    readonly images: readonly PulledImage[];
    /** References that name a stage or `scratch`: nothing to pull (warm notes them). */
    readonly skipped: readonly Note[];
    readonly notes: readonly Note[];
    /** Stage names, lowercased, in order. */
    readonly stages: readonly string[];
}
/** Scan a Dockerfile for image sites; never throws on odd input, it notes what it leaves alone. */
export declare function scanDockerfile(source: string): DockerfileScan;
