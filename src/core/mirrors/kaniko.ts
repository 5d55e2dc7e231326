// kaniko flags: `--registry-map=FROM=TO` per upstream (kaniko >= 1.23 and its maintained forks).
// kaniko names Docker Hub as go-containerregistry does, `index.docker.io`; a mapped registry that
// fails is followed by the original one unless --skip-default-registry-fallback is given.

import { isDockerHub } from '../image/reference.js';
import { cacheScheme, hostRoutesOrWarn, requireRoutes } from './routes.js';
import type { MirrorConfig, MirrorInput } from './types.js';

/** Docker Hub as kaniko's registry map keys it. */
export const KANIKO_DOCKER_HUB = 'index.docker.io';

const VERSIONS = 'honoured by kaniko >= 1.23 (and its maintained forks): pass the flags to the executor';
const FALLBACK =
  'kaniko pulls from the upstream when the cache fails, unless --skip-default-registry-fallback is also given';

export function renderKaniko(input: MirrorInput): MirrorConfig {
  const { routes, warnings } = hostRoutesOrWarn(input.registry, input.rules, 'kaniko --registry-map');
  requireRoutes(routes, 'kaniko --registry-map', input.rules);
  const args = routes.map(
    (r) => `--registry-map=${isDockerHub(r.upstreamHost) ? KANIKO_DOCKER_HUB : r.upstreamHost}=${r.location}`,
  );
  // The cache on this machine answers plain http only.
  if (cacheScheme(input.registry) === 'http') args.push(`--insecure-registry=${input.registry}`);
  return {
    format: 'kaniko',
    files: [],
    args,
    notes: [
      VERSIONS,
      `credentials for ${input.registry} come from /kaniko/.docker/config.json: the docker config written by 'ecr-pull-through login', or "credHelpers": {"${input.registry}": "ecr-login"}`,
    ],
    warnings: [...warnings, FALLBACK],
  };
}
