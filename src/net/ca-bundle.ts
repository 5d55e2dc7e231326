// The certificate authorities AWS and registry calls trust: a CA bundle the AWS side found
// (aws/ca-bundle-setting.ts: AWS_CA_BUNDLE, else the profile's `ca_bundle`), else Node's own roots.
// A bundle replaces the roots (as botocore's `verify=PATH` does): a TLS-inspecting proxy's CA is
// then the only one trusted, which is what such a network asks for.

import { readFileSync } from 'node:fs';
import { displayName } from '../core/display.js';
import { InputError } from '../core/errors.js';

/** Where the CA bundle is, and who said so (for the error when it cannot be read). */
export interface CaBundleSource {
  readonly path: string;
  readonly from: string;
}

/** The PEM text of the bundle, or undefined for Node's own roots; an InputError when it cannot be read. */
export function readCaBundle(source: CaBundleSource | undefined): string | undefined {
  if (!source) return undefined;
  try {
    return readFileSync(source.path, 'utf8');
  } catch (e) {
    throw new InputError(
      `cannot read the CA bundle ${displayName(source.path)} (${source.from}): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}
