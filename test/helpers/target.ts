import type { RegistryTarget } from '../../src/core/image/rules.js';

export const REGISTRY = '111122223333.dkr.ecr.us-east-1.amazonaws.com';

/** The rules of the "must show" command line. */
export const RULE_FLAGS = [
  'docker-hub=registry-1.docker.io',
  'quay=quay.io',
  'github=ghcr.io',
  'ecr-public=public.ecr.aws',
  'k8s=registry.k8s.io',
];

export const TARGET: RegistryTarget = {
  registry: REGISTRY,
  rules: RULE_FLAGS.map((f) => {
    const [ecrRepositoryPrefix, upstreamRegistryUrl] = f.split('=') as [string, string];
    return { ecrRepositoryPrefix, upstreamRegistryUrl };
  }),
};

/** A cache URI under the test registry. */
export const ecr = (path: string) => `${REGISTRY}/${path}`;
