// The SDK's way: GetAuthorizationToken through the ECR client (one attempt; calls.ts retries).

import { type ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import type { EndpointVariant } from '../../core/image/ecr-host.js';
import { NOT_JSON, UnexpectedAnswer } from '../../core/token-answer.js';
import type { Run } from '../../run/run.js';
import { ecrApiEndpoint } from '../endpoints.js';
import type { TokenSource } from '../types.js';
import { type Clients, createClients } from './clients.js';

/**
 * FIPS and dual-stack as the client resolved them for its own endpoint: the settings endpointVariant
 * (region.ts) reads for callers with no client, here without loading a second config reader.
 */
async function variantOf(ecr: ECRClient): Promise<EndpointVariant> {
  const [fips, dualStack] = await Promise.all([
    ecr.config.useFipsEndpoint(),
    ecr.config.useDualstackEndpoint(),
  ]);
  return { fips: fips === true, dualStack: dualStack === true };
}

/** The SDK could not read the answer's body: it did not parse, or a field has a type it cannot convert. */
const isDeserializationError = (e: unknown): boolean =>
  e instanceof Error && '$response' in e && /Deserialization error/.test(e.message);

export class SdkTokenSource implements TokenSource {
  readonly #clients: Clients & { destroy(): void };
  readonly #variant: Promise<EndpointVariant>;

  constructor(
    private readonly region: string,
    run: Run,
  ) {
    this.#clients = createClients(region, run);
    // Registry hosts take the form the API endpoint does (FIPS, dual-stack): read while the token
    // travels, needed once it is back. Handled at once so that a failure waits for its await.
    this.#variant = variantOf(this.#clients.ecr);
    this.#variant.catch(() => {});
  }

  async endpoint(): Promise<string> {
    return (await ecrApiEndpoint(this.#clients.ecr, this.region)).url.host;
  }

  async authorizationToken(accounts: readonly string[]): Promise<unknown> {
    const input = accounts.length ? { registryIds: [...accounts] } : {};
    try {
      return await this.#clients.ecr.send(new GetAuthorizationTokenCommand(input));
    } catch (e) {
      if (!isDeserializationError(e)) throw e;
      const what = e instanceof SyntaxError ? NOT_JSON : 'the body is not a GetAuthorizationToken answer';
      throw new UnexpectedAnswer(await this.endpoint(), what);
    }
  }

  variant(): Promise<EndpointVariant> {
    return this.#variant;
  }

  close(): void {
    this.#clients.destroy();
  }
}
