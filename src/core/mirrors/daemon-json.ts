// Docker Engine `registry-mirrors` in daemon.json. Facts from moby: mirrors are used for Docker Hub
// only, and a mirror is asked for `/v2/<name>/...` at its root. Engine >= 25 accepts a mirror URL
// with a path (registry/config.go ValidateMirror) but puts it before /v2 (`HOST/docker-hub/v2/...`,
// the URL resolved against the mirror as base), so the cache must serve Hub images at its root: a
// ROOT rule. Credentials (moby registry, BuildKit session/auth/authprovider, daemon/containerd
// resolver.go): `docker pull` sends a mirror what the client has for Docker Hub; BuildKit asks the
// client for the host it contacts, the mirror's own; the containerd image store gives credentials
// only to the name's own registry, so a mirror on another host gets none.

import { InputError } from '../errors.js';
import { DOCKER_HUB } from '../image/reference.js';
import { ROOT } from '../image/rules.js';
import { cacheScheme, mirrorRoutes } from './routes.js';
import type { MirrorConfig, MirrorInput } from './types.js';

export const DAEMON_JSON_FILE = 'daemon.json';

export interface DaemonMirrors {
  readonly 'registry-mirrors': string[];
  readonly 'insecure-registries'?: string[];
}

/** The daemon.json keys, or an InputError saying why the rules cannot be expressed. */
export function daemonMirrors({ registry, rules }: MirrorInput): DaemonMirrors {
  const hub = mirrorRoutes(registry, rules).find((r) => r.upstreamHost === DOCKER_HUB && !r.upstreamPrefix);
  if (!hub) {
    throw new InputError(
      'daemon-json needs a Docker Hub rule: Docker Engine mirrors Docker Hub only',
      `add a rule ${ROOT}=registry-1.docker.io, or use another format (source-policy, buildkitd)`,
    );
  }
  if (hub.rule.ecrRepositoryPrefix !== ROOT) {
    throw new InputError(
      `daemon-json cannot use the rule "${hub.rule.ecrRepositoryPrefix}=${hub.rule.upstreamRegistryUrl}": Docker Engine asks a mirror for /v2/library/... at its root (Engine >= 25 accepts a mirror path but puts it before /v2: ${hub.location}/v2/library/...), while the cache serves this rule under /v2/${hub.rule.ecrRepositoryPrefix}/`,
      `create a pull-through rule with the prefix ${ROOT} for registry-1.docker.io, or use source-policy or buildkitd (they keep the prefix), or, for docker build on Docker Engine >= 28, the containerd format in /etc/docker/certs.d/`,
    );
  }
  const scheme = cacheScheme(registry);
  return {
    'registry-mirrors': [`${scheme}://${registry}`],
    // The cache on this machine answers plain http only.
    ...(scheme === 'http' && { 'insecure-registries': [registry] }),
  };
}

export function renderDaemonJson(input: MirrorInput): MirrorConfig {
  const keys = daemonMirrors(input);
  return {
    format: 'daemon-json',
    files: [{ path: DAEMON_JSON_FILE, text: `${JSON.stringify(keys, null, 2)}\n` }],
    args: [],
    notes: [
      'honoured by Docker Engine (dockerd) for Docker Hub images only: merge the keys into /etc/docker/daemon.json and restart the daemon',
      `credentials: docker pull and the classic builder send the mirror the docker config entry for Docker Hub (https://index.docker.io/v1/), not the one for ${input.registry}, so the cache answers 401; docker build with BuildKit sends the entry for ${input.registry} ('ecr-pull-through login' writes it); for docker pull, name cache URIs (rewrite, map)`,
    ],
    warnings: [
      'Docker Engine pulls from Docker Hub without a word when the mirror fails (a 401 too), and docker pull on the containerd image store sends a mirror on another host no credentials, so it always does',
      'images of other registries (quay.io, ghcr.io, ...) are not mirrored by the engine',
    ],
  };
}
