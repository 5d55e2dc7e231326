// The signed way: GetAuthorizationToken signed here (sigv4.ts) and sent through the run's agents.

import type { EndpointVariant } from '../../core/image/ecr-host.js';
import type { Run } from '../../run/run.js';
import type { TokenSource } from '../types.js';
import type { AwsCredentials } from './sigv4.js';
import { signedGetAuthorizationToken } from './token-call.js';

export class SignedTokenSource implements TokenSource {
  constructor(
    private readonly region: string,
    private readonly url: URL,
    private readonly credentials: () => Promise<AwsCredentials>,
    private readonly run: Run,
  ) {
    run.deadline?.inRegion(region);
  }

  endpoint(): Promise<string> {
    return Promise.resolve(this.url.host);
  }

  async authorizationToken(accounts: readonly string[]): Promise<unknown> {
    const call = { credentials: await this.credentials(), region: this.region, url: this.url };
    return signedGetAuthorizationToken(this.run, call, accounts);
  }

  /** The signed way is taken only where neither FIPS nor dual-stack is asked for. */
  variant(): Promise<EndpointVariant> {
    return Promise.resolve({});
  }

  /** Nothing of its own: the connections are the run's. */
  close(): void {}
}
