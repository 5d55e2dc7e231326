/** What a fresh emulator holds: the console's usual rules and a few well-known upstream images. */
import type { SeedImageOptions } from './upstream.js';

export interface CacheRuleSeed {
  ecrRepositoryPrefix: string;
  upstreamRegistryUrl: string;
  upstreamRepositoryPrefix?: string;
  credentialArn?: string;
}

export function defaultRules(account: string, region: string): CacheRuleSeed[] {
  // Docker Hub and GHCR rules cannot exist without a Secrets Manager secret, so the defaults name one.
  const secret = (name: string) =>
    `arn:aws:secretsmanager:${region}:${account}:secret:ecr-pullthroughcache/${name}-AbCdEf`;
  return [
    {
      ecrRepositoryPrefix: 'docker-hub',
      upstreamRegistryUrl: 'registry-1.docker.io',
      credentialArn: secret('docker-hub'),
    },
    { ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'quay.io' },
    { ecrRepositoryPrefix: 'github', upstreamRegistryUrl: 'ghcr.io', credentialArn: secret('github') },
    { ecrRepositoryPrefix: 'ecr-public', upstreamRegistryUrl: 'public.ecr.aws' },
    { ecrRepositoryPrefix: 'k8s', upstreamRegistryUrl: 'registry.k8s.io' },
  ];
}

export const DEFAULT_IMAGES: readonly SeedImageOptions[] = [
  { host: 'docker.io', path: 'library/alpine', tag: '3.20' },
  { host: 'docker.io', path: 'library/node', tag: '20', platforms: ['linux/amd64', 'linux/arm64'] },
  { host: 'docker.io', path: 'library/nginx', tag: '1.27' },
  { host: 'docker.io', path: 'bitnami/redis', tag: '7.4' },
  { host: 'docker.io', path: 'percona/percona-server', tag: '8.0' },
  { host: 'quay.io', path: 'prometheus/node-exporter', tag: 'v1.8.0' },
  { host: 'ghcr.io', path: 'actions/actions-runner', tag: '2.320.0' },
  { host: 'registry.k8s.io', path: 'pause', tag: '3.10' },
  { host: 'public.ecr.aws', path: 'docker/library/busybox', tag: '1.36' },
  // What BuildKit pulls by itself: the Dockerfile frontend and setup-buildx-action's builder.
  { host: 'docker.io', path: 'docker/dockerfile', tag: '1' },
  {
    host: 'docker.io',
    path: 'moby/buildkit',
    tag: 'buildx-stable-1',
    platforms: ['linux/amd64', 'linux/arm64'],
  },
];
