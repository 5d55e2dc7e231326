// How the cache's credentials reach a client: no format carries a secret, so a client relies on what
// `ecr-pull-through login` writes (the docker config) or a credential helper. Docker Engine's
// `docker pull` and containerd's CRI do not read that entry: daemon-json and containerd say so.

/** The docker config `login` writes, or the ECR credential helper, for the cache host. */
export const dockerConfigCredentials = (registry: string): string =>
  `credentials for ${registry} come from the docker config (written by 'ecr-pull-through login') or a credential helper ("credHelpers": {"${registry}": "ecr-login"})`;
