// Which CA bundle AWS and registry calls trust, as the AWS CLI decides it: AWS_CA_BUNDLE, else the
// profile's `ca_bundle` in the shared config file, read by the SDK's own config loader (loaded only
// when a shared config file exists). The network layer (net/agents.ts) is handed the PEM text.

import { type CaBundleSource, readCaBundle } from '../net/ca-bundle.js';
import { hasSharedConfig, sharedConfigPath, sharedCredentialsPath } from './direct/shared-config.js';

/** Where the CA bundle is for `profile` (default: AWS_PROFILE, else `default`), and who said so. */
export async function caBundleSource(
  env: NodeJS.ProcessEnv,
  profile?: string,
): Promise<CaBundleSource | undefined> {
  if (env.AWS_CA_BUNDLE) return { path: env.AWS_CA_BUNDLE, from: 'AWS_CA_BUNDLE' };
  // Without a shared config file no profile names a bundle: the SDK's loader need not be loaded.
  if (!hasSharedConfig(env)) return undefined;
  const { loadSharedConfigFiles } = await import('@smithy/core/config');
  const name = profile ?? env.AWS_PROFILE ?? 'default';
  const file = sharedConfigPath(env);
  const { configFile } = await loadSharedConfigFiles({
    configFilepath: file,
    filepath: sharedCredentialsPath(env),
    ignoreCache: true,
  });
  const path = configFile[name]?.ca_bundle;
  return path ? { path, from: `ca_bundle of profile "${name}" in ${file}` } : undefined;
}

/** The PEM text of the configured CA bundle, or undefined for Node's own roots. */
export async function caBundle(env: NodeJS.ProcessEnv, profile?: string): Promise<string | undefined> {
  return readCaBundle(await caBundleSource(env, profile));
}
