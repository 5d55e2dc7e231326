// One interface over the two ways of asking ECR for a registry token, and the one place that picks
// the way: signed here (direct/) when the environment alone decides the call, else the SDK (sdk/).
// Both make one attempt per call (token.ts retries through calls.ts), shape their messages the same
// way, and hand back the answer unchecked: token.ts checks it (core/token-answer.ts) for both.

import type { EndpointVariant } from '../core/image/ecr-host.js';
import type { Deadline } from '../deadline.js';
import { credentialsOf, directAccess, signedTokenUrl } from './direct/token-call.js';

export interface TokenSource {
  /** The API endpoint the calls go to (host[:port]), as messages name it. */
  endpoint(): Promise<string>;
  /** One GetAuthorizationToken attempt for `accounts` (none: the caller's registry): the answer as it came. */
  authorizationToken(accounts: readonly string[]): Promise<unknown>;
  /** The form registry hosts take (FIPS, dual-stack), as this way resolved its API endpoint. */
  variant(): Promise<EndpointVariant>;
  /** Close what the source opened (clients, sockets). */
  close(): void;
}

export interface TokenSourceOptions {
  readonly profile?: string;
  readonly deadline?: Deadline;
}

/**
 * The token source for each region of a run. Credentials the signed way needs are asked for once
 * per run (the container endpoint), whatever the number of regions.
 */
export function tokenSources(options: TokenSourceOptions): (region: string) => Promise<TokenSource> {
  const access = directAccess(process.env, options.profile);
  const credentials = access && credentialsOf(access, options.deadline);
  return async (region) => {
    const url = access && signedTokenUrl(region, access);
    if (url && credentials) {
      const { SignedTokenSource } = await import('./direct/signed-token-source.js');
      return new SignedTokenSource(region, url, credentials, options);
    }
    const { SdkTokenSource } = await import('./sdk/sdk-token-source.js');
    return new SdkTokenSource(region, options);
  };
}
