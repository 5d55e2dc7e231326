export type SiteKind = 'from' | 'copy-from' | 'mount-from' | 'arg-default' | 'variable-default' | 'syntax';
/** One place in the file that holds an image reference (or, with `nameOnly`, its repository). */
export interface ImageSite {
    readonly kind: SiteKind;
    /** Source offsets of the text to replace. */
    readonly start: number;
    readonly end: number;
    /** The text in [start, end). */
    readonly text: string;
    /** Only the repository is literal here; the tag or digest after it is a variable. */
    readonly nameOnly: boolean;
    /** 1-based line of the text. */
    readonly line: number;
}
/** An image a build of this file pulls, as far as it can be known without build args. */
export interface PulledImage {
    readonly image: string;
    readonly line: number;
}
export interface Note {
    readonly line: number;
    readonly message: string;
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
