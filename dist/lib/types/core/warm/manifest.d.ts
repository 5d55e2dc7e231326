export declare const MEDIA_TYPES: {
    readonly ociIndex: "application/vnd.oci.image.index.v1+json";
    readonly dockerList: "application/vnd.docker.distribution.manifest.list.v2+json";
    readonly ociManifest: "application/vnd.oci.image.manifest.v1+json";
    readonly dockerManifest: "application/vnd.docker.distribution.manifest.v2+json";
};
/** What a manifest GET accepts: every kind, so that ECR serves (and imports) exactly what upstream has. */
export declare const MANIFEST_ACCEPT: readonly string[];
export interface Platform {
    readonly os: string;
    readonly architecture: string;
    readonly variant?: string;
}
export interface ChildManifest {
    readonly digest: string;
    readonly mediaType: string;
    readonly platform?: Platform;
}
export type ParsedManifest = {
    readonly kind: 'index';
    readonly children: readonly ChildManifest[];
} | {
    readonly kind: 'image';
    readonly blobs: readonly string[];
};
export declare class ManifestError extends Error {
    constructor(message: string);
}
/** Parse a manifest body; the Content-Type wins, the body's own mediaType or shape decides otherwise. */
export declare function parseManifest(body: string, contentType?: string): ParsedManifest;
export declare function formatPlatform(p: Platform): string;
/** Parse `os/arch[/variant]`, as docker's --platform takes it. */
export declare function parsePlatform(text: string): Platform | undefined;
/** Whether a child's platform is the one asked for; arm64 without a variant is arm64/v8, as containerd has it. */
export declare function platformMatches(have: Platform | undefined, want: Platform): boolean;
/** An attestation or other non-image child: `unknown/unknown`, not something a build runs. */
export declare function isRunnable(child: ChildManifest): boolean;
