// How the cache's credentials reach each client: none of these formats carries a secret, so each
// relies on what `ecr-pull-through login` writes (the docker config) or a credential helper.

/** The docker config `login` writes, or the ECR credential helper, for the cache host. */
export const dockerConfigCredentials = (registry: string): string =>
  `credentials for ${registry} come from the docker config (written by 'ecr-pull-through login') or a credential helper ("credHelpers": {"${registry}": "ecr-login"})`;
