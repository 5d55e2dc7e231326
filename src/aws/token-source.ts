// The one place that picks the way of asking ECR for a registry token: signed here (direct/) when
// the environment alone decides the call, else the SDK (sdk/); both implement TokenSource (types.ts),
// make one attempt per call (token.ts retries through calls.ts), shape their messages the same way,
// and hand back the answer unchecked: token.ts checks it (core/token-answer.ts) for both.

import type { Run } from '../run/run.js';
import { credentialsOf, directAccess, signedTokenUrl } from './direct/token-call.js';
import type { TokenSource } from './types.js';

export type { TokenSource } from './types.js';

/**
 * The token source for each region of a run. Credentials the signed way needs are asked for once
 * per run (the container endpoint), whatever the number of regions.
 */
export function tokenSources(run: Run): (region: string) => Promise<TokenSource> {
  const access = directAccess(process.env, run.profile);
  const credentials = access && credentialsOf(access, run);
  return async (region) => {
    const url = access && signedTokenUrl(region, access);
    if (url && credentials) {
      const { SignedTokenSource } = await import('./direct/signed-token-source.js');
      return new SignedTokenSource(region, url, credentials, run);
    }
    const { SdkTokenSource } = await import('./sdk/sdk-token-source.js');
    return new SdkTokenSource(region, run);
  };
}
