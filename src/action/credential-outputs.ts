// aws-actions/amazon-ecr-login compatibility (opt-in `credential-outputs`): each registry's username
// and password as step outputs, for `services:` credentials in later jobs. The password is masked
// before it is set, so the runner hides it wherever it shows up.

import type { RegistryCredentials } from '../core/credentials.js';
import * as runner from './runner.js';

/** amazon-ecr-login's output suffix: the registry host with dots and dashes as underscores. */
export const credentialOutputSuffix = (registry: string) => registry.replace(/[.-]/g, '_');

export function setCredentialOutputs(credentials: readonly RegistryCredentials[]): void {
  for (const c of credentials) {
    const suffix = credentialOutputSuffix(c.registry);
    runner.setSecret(c.password);
    runner.setOutput(`docker_username_${suffix}`, c.username);
    runner.setOutput(`docker_password_${suffix}`, c.password);
  }
}
