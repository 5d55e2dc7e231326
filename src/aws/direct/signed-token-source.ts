// The signed way: GetAuthorizationToken signed here (sigv4.ts) and sent through the run's agents.

import type { EndpointVariant } from '../../core/image/ecr-host.js';
import { agentsFor } from '../../net/agents.js';
import { caBundle } from '../ca-bundle-setting.js';
import type { TokenSource, TokenSourceOptions } from '../types.js';
import type { AwsCredentials } from './sigv4.js';
import { signedGetAuthorizationToken } from './token-call.js';

export class SignedTokenSource implements TokenSource {
  readonly #agents;

  constructor(
    private readonly region: string,
    private readonly url: URL,
    private readonly credentials: () => Promise<AwsCredentials>,
    private readonly options: TokenSourceOptions,
  ) {
    options.deadline?.inRegion(region);
    this.#agents = agentsFor(options.deadline, () => caBundle(process.env, options.profile));
  }

  endpoint(): Promise<string> {
    return Promise.resolve(this.url.host);
  }

  async authorizationToken(accounts: readonly string[]): Promise<unknown> {
    const { deadline } = this.options;
    const call = {
      credentials: await this.credentials(),
      region: this.region,
      url: this.url,
      agents: this.#agents.agents,
      ...(deadline && { deadline }),
    };
    return signedGetAuthorizationToken(call, accounts);
  }

  /** The signed way is taken only where neither FIPS nor dual-stack is asked for. */
  variant(): Promise<EndpointVariant> {
    return Promise.resolve({});
  }

  close(): void {
    this.#agents.release();
  }
}
