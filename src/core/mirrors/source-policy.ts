// BuildKit source policy (EXPERIMENTAL_BUILDKIT_SOURCE_POLICY): CONVERT rules on source identifiers.
// Facts from moby/buildkit sourcepolicy: identifiers are fully normalized
// (`docker-image://docker.io/library/node:20`); the selector's match type defaults to WILDCARD,
// where `*` is `(.*)` anchored at both ends and `${1}` in the update is the first capture; rules are
// tried in order and the first CONVERT that changes the identifier wins (then the policy runs again
// on the new identifier, which no selector here matches).

import { dockerConfigCredentials } from './credentials.js';
import { mirrorRoutes, requireRoutes, routeUpstream } from './routes.js';
import type { MirrorConfig, MirrorInput } from './types.js';

/** BuildKit's source scheme for registry images. */
export const DOCKER_IMAGE_SCHEME = 'docker-image://';

export interface SourcePolicyRule {
  readonly action: 'CONVERT';
  readonly selector: { readonly identifier: string };
  readonly updates: { readonly identifier: string };
}

export interface SourcePolicy {
  readonly rules: readonly SourcePolicyRule[];
}

export const SOURCE_POLICY_FILE = 'source-policy.json';

/** The policy: one CONVERT per upstream, the most specific upstream first. */
export function sourcePolicy({ registry, rules }: MirrorInput): SourcePolicy {
  const routes = mirrorRoutes(registry, rules);
  requireRoutes(routes, 'a BuildKit source policy', rules);
  return {
    rules: routes.map((r) => ({
      action: 'CONVERT',
      selector: { identifier: `${DOCKER_IMAGE_SCHEME}${routeUpstream(r)}/*` },
      updates: { identifier: `${DOCKER_IMAGE_SCHEME}${r.location}/\${1}` },
    })),
  };
}

export function renderSourcePolicy(input: MirrorInput): MirrorConfig {
  const policy = sourcePolicy(input);
  return {
    format: 'source-policy',
    files: [{ path: SOURCE_POLICY_FILE, text: `${JSON.stringify(policy, null, 2)}\n` }],
    args: [],
    notes: [
      'honoured by BuildKit >= 0.12 driven by buildx >= 0.11 (docker build, docker buildx build, bake; any driver): set EXPERIMENTAL_BUILDKIT_SOURCE_POLICY to the file',
      "covers FROM, COPY --from, RUN --mount=from and the '# syntax=' frontend; not the builder image itself (map --buildkit gives its cache URI for driver-opts image=)",
      dockerConfigCredentials(input.registry),
    ],
    warnings: [
      'an older BuildKit or buildx ignores EXPERIMENTAL_BUILDKIT_SOURCE_POLICY and pulls from the upstream without a word',
    ],
  };
}
