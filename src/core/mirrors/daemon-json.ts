// Docker Engine `registry-mirrors` in daemon.json. Facts from moby's registry package: mirrors are
// used for Docker Hub only; a mirror URL must have no path (the engine refuses one) and the engine
// asks it for `/v2/<name>/...`, so the cache must serve Hub images at its root: a ROOT rule.
// The engine sends a mirror the credentials the client sent for Docker Hub; an engine on the
// containerd image store sends none to a mirror on another host and falls back to Docker Hub.

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
      `daemon-json cannot use the rule "${hub.rule.ecrRepositoryPrefix}=${hub.rule.upstreamRegistryUrl}": Docker Engine takes a mirror's URL as the registry API root (it refuses a path and asks the mirror for /v2/library/...), but the cache serves this rule under /v2/${hub.rule.ecrRepositoryPrefix}/`,
      `create a pull-through rule with the prefix ${ROOT} for registry-1.docker.io, or use source-policy or buildkitd (they keep the prefix)`,
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
      "credentials: the engine sends the mirror the credentials the client has for Docker Hub, never those stored for the cache host, so the docker config must hold the cache's token under Docker Hub's key (https://index.docker.io/v1/, user AWS); 'ecr-pull-through login' writes it under the cache host only",
    ],
    warnings: [
      'Docker Engine pulls from Docker Hub when the mirror fails, and an engine on the containerd image store sends no credentials to a mirror on another host, so it always falls back to Docker Hub',
      'images of other registries (quay.io, ghcr.io, ...) are not mirrored by the engine',
    ],
  };
}
