import { type PulledImage } from './image-words.js';
import { type ImageSite, type Note, type SiteKind } from './sites.js';
export type { ImageSite, Note, PulledImage, SiteKind };
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
