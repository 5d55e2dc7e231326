// The certificate authorities AWS and registry calls trust, as the AWS CLI decides them:
// AWS_CA_BUNDLE, else the profile's `ca_bundle` in the shared config file, else Node's own roots.
// A bundle replaces the roots (as botocore's `verify=PATH` does): a TLS-inspecting proxy's CA is
// then the only one trusted, which is what such a network asks for.

import { readFileSync } from 'node:fs';
import { sharedConfigPath } from '../aws/shared-config.js';
import { InputError } from '../core/errors.js';

/** `key` of `[profile NAME]` (or `[default]`) in an AWS shared config file's text. */
export function profileSetting(configText: string, profile: string, key: string): string | undefined {
  const wanted = profile === 'default' ? ['default', 'profile default'] : [`profile ${profile}`];
  let inProfile = false;
  for (const raw of configText.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)[#;].*$/, '').trim();
    const section = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (section) inProfile = wanted.includes(section[1]!.replace(/\s+/g, ' '));
    else if (inProfile) {
      const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
      if (kv && kv[1] === key && kv[2]) return kv[2];
    }
  }
  return undefined;
}

/** Where the CA bundle is, and who said so (for the error when it cannot be read). */
export function caBundleSource(
  env: NodeJS.ProcessEnv,
  profile?: string,
): { path: string; from: string } | undefined {
  if (env.AWS_CA_BUNDLE) return { path: env.AWS_CA_BUNDLE, from: 'AWS_CA_BUNDLE' };
  const name = profile ?? env.AWS_PROFILE ?? 'default';
  const file = sharedConfigPath(env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // no config file: nothing configured
  }
  const path = profileSetting(text, name, 'ca_bundle');
  return path ? { path, from: `ca_bundle of profile "${name}" in ${file}` } : undefined;
}

/** The PEM text of the configured CA bundle, or undefined for Node's own roots. */
export function caBundle(env: NodeJS.ProcessEnv, profile?: string): string | undefined {
  const source = caBundleSource(env, profile);
  if (!source) return undefined;
  try {
    return readFileSync(source.path, 'utf8');
  } catch (e) {
    throw new InputError(
      `cannot read the CA bundle ${source.path} (${source.from}): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}
