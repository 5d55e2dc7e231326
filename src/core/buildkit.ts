// What BuildKit pulls by itself, outside any FROM line: the builder image that
// docker/setup-buildx-action starts (docker-container driver), from Docker Hub unless told
// otherwise (`driver-opts: image=...`). The `# syntax=` frontend is found in the Dockerfile itself.

/** The image docker/setup-buildx-action runs as its builder by default. */
export const BUILDKIT_BUILDER_IMAGE = 'moby/buildkit:buildx-stable-1';
