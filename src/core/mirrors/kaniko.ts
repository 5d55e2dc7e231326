// kaniko flags: `--registry-map=FROM=TO` per upstream (kaniko >= 1.23 and its maintained forks).
// kaniko names Docker Hub as go-containerregistry does, `index.docker.io`; a mapped registry that
// fails is followed by the original one unless --skip-default-registry-fallback is given.

import { InputError } from '../errors.js';
import { isDockerHub, namesRegistry } from '../image/reference.js';
import { cacheScheme, hostRoutesOrWarn, type MirrorRoute, requireRoutes, routeUpstream } from './routes.js';
import type { MirrorConfig, MirrorInput } from './types.js';

/** Docker Hub as kaniko's registry map keys it. */
export const KANIKO_DOCKER_HUB = 'index.docker.io';

const VERSIONS = 'honoured by kaniko >= 1.23 (and its maintained forks): pass the flags to the executor';
const FALLBACK =
  'kaniko pulls from the upstream when the cache fails, unless --skip-default-registry-fallback is also given';

/**
 * Whether kaniko would read a cache prefix as a registry host. It cuts a mapped location at its first
 * `/` into registry and repository prefix, then parses `PREFIX/NAME` with go-containerregistry's
 * name.NewRepository, which takes a first component that holds a `.` or `:` (newer versions: or is
 * `localhost`) for a registry: `HOST/docker.io` would pull `library/alpine` from Docker Hub itself.
 * That is the reference rule (its upper-case clause never applies: a rule's prefix is lower case).
 */
export function kanikoReadsAsRegistry(cachePrefix: string): boolean {
  return namesRegistry(cachePrefix.split('/')[0]!);
}

const RENAME = 'give the rule an ECR repository prefix without a dot in its first component, e.g. docker-hub';

/** Why a route cannot be a --registry-map. */
const misreadReason = (r: MirrorRoute) =>
  `rule "${r.cachePrefix}" cannot be a kaniko --registry-map: kaniko takes the first path component of ${r.location} for a registry host when it holds a "." (or is "localhost"), so ${routeUpstream(r)} images would be pulled from "${r.cachePrefix.split('/')[0]}", not from the cache`;

export function renderKaniko(input: MirrorInput): MirrorConfig {
  const { routes: all, warnings } = hostRoutesOrWarn(input.registry, input.rules, 'kaniko --registry-map');
  const routes = all.filter((r) => !kanikoReadsAsRegistry(r.cachePrefix));
  const misread = all.filter((r) => kanikoReadsAsRegistry(r.cachePrefix)).map(misreadReason);
  if (routes.length === 0 && misread.length > 0) throw new InputError(misread.join('; '), RENAME);
  warnings.push(...misread.map((m) => `${m}; it is left out (${RENAME})`));
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
