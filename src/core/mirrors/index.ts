// Transparent mode: builder and engine configuration that sends pulls to the pull-through cache
// with no file edited, one renderer per format, all from the same routes (routes.ts).

import { renderBuildkitd } from './buildkitd.js';
import { renderContainerd } from './containerd.js';
import { renderDaemonJson } from './daemon-json.js';
import { renderKaniko } from './kaniko.js';
import { renderRegistriesConf } from './registries-conf.js';
import { renderSourcePolicy } from './source-policy.js';
import type { MirrorConfig, MirrorFormat, MirrorInput } from './types.js';

export type { MirrorConfig, MirrorFile, MirrorFormat, MirrorInput } from './types.js';

const RENDERERS: Readonly<Record<MirrorFormat, (input: MirrorInput) => MirrorConfig>> = {
  'source-policy': renderSourcePolicy,
  buildkitd: renderBuildkitd,
  'registries-conf': renderRegistriesConf,
  containerd: renderContainerd,
  kaniko: renderKaniko,
  'daemon-json': renderDaemonJson,
};

export const MIRROR_FORMATS: readonly MirrorFormat[] = Object.keys(RENDERERS) as MirrorFormat[];

/** What each format is for, for help texts. */
export const MIRROR_FORMAT_USES: Readonly<Record<MirrorFormat, string>> = {
  'source-policy': 'BuildKit >= 0.12 via buildx >= 0.11 (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY)',
  buildkitd: 'buildkitd.toml (setup-buildx-action buildkitd-config-inline)',
  'registries-conf': 'Podman, Buildah, Skopeo (containers registries.conf)',
  containerd:
    'containerd >= 1.6, nerdctl, Kubernetes nodes, docker build on Docker Engine >= 28 (hosts.toml per upstream; needs --out DIR)',
  kaniko: 'kaniko >= 1.23 --registry-map flags',
  'daemon-json': 'Docker Engine registry-mirrors (Docker Hub, ROOT rule only)',
};

export function isMirrorFormat(text: string): text is MirrorFormat {
  return Object.hasOwn(RENDERERS, text);
}

/** Render one format; throws InputError when the rules cannot be expressed in it. */
export function renderMirrors(format: MirrorFormat, input: MirrorInput): MirrorConfig {
  return RENDERERS[format](input);
}
