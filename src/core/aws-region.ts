// What a region may be: one DNS host label, the rule the SDK applies before it builds an endpoint
// (isValidHostLabel in @smithy/core). The region goes into the endpoint's host and the signing
// scope, so `us-east-1@host/x` would send a signed request (and its session token) elsewhere: it
// is refused before any request is made.

import { InputError } from './errors.js';

/** Letters, digits and hyphens, 1 to 63 of them, neither first nor last a hyphen. */
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** True when `region` is one host label, as the SDK requires. */
export function isValidRegion(region: string): boolean {
  return HOST_LABEL.test(region);
}

/** The region itself, or an InputError naming it (exit status 2). */
export function validRegion(region: string): string {
  if (!isValidRegion(region))
    throw new InputError(
      `"${region}" is not an AWS region: a region is one host label (letters, digits and hyphens, such as us-east-1)`,
    );
  return region;
}
