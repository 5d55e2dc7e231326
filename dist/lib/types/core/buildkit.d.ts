/** The image docker/setup-buildx-action runs as its builder by default. */
export declare const BUILDKIT_BUILDER_IMAGE = "moby/buildkit:buildx-stable-1";
