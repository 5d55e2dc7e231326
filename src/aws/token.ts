// Registry credentials from GetAuthorizationToken: one call per region for all the accounts asked
// for there. The password is handed to `onSecret` (the action masks it) the moment it is decoded.

import { GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { DEFAULT_BACKOFF, retry } from '../core/backoff.js';
import { hostOf, parseEcrHost } from '../core/ecr-host.js';
import { awsHint, isRetryable } from '../core/failure.js';
import { InputError, OperationError } from '../errors.js';
import { createClients, resolveRegion } from './clients.js';

export interface RegistryCredentials {
  /** Registry host[:port], from the token's proxyEndpoint. */
  readonly registry: string;
  /** The token's proxyEndpoint, e.g. https://111122223333.dkr.ecr.us-east-1.amazonaws.com */
  readonly endpoint: string;
  readonly region: string;
  /** The account asked for, when one was. */
  readonly account?: string;
  readonly username: string;
  readonly password: string;
  readonly expiresAt: Date;
}

export interface TokenRequest {
  readonly region?: string;
  /** Account ids or registry hosts; empty: the caller's own registry in the region. */
  readonly registries?: readonly string[];
  /** Called with every secret string the moment it exists (token and password). */
  readonly onSecret?: (secret: string) => void;
}

/** Accounts to ask for, per region. */
export function registriesByRegion(
  registries: readonly string[],
  defaultRegion: string,
): Map<string, string[]> {
  const byRegion = new Map<string, string[]>();
  for (const raw of registries) {
    const entry = raw.trim();
    if (!entry) continue;
    const host = parseEcrHost(entry);
    let region: string;
    let account: string;
    if (host) ({ region, account } = host);
    else if (/^\d{12}$/.test(entry)) [region, account] = [defaultRegion, entry];
    else
      throw new InputError(
        `"${entry}" is neither a 12-digit account id nor an ECR registry host (ACCOUNT.dkr.ecr.REGION.amazonaws.com)`,
      );
    const list = byRegion.get(region) ?? [];
    if (!list.includes(account)) list.push(account);
    byRegion.set(region, list);
  }
  if (byRegion.size === 0) byRegion.set(defaultRegion, []);
  return byRegion;
}

export async function getRegistryCredentials(request: TokenRequest): Promise<RegistryCredentials[]> {
  const defaultRegion = resolveRegion(request.region);
  const out: RegistryCredentials[] = [];
  for (const [region, accounts] of registriesByRegion(request.registries ?? [], defaultRegion)) {
    const clients = createClients(region);
    try {
      const response = await retry(
        () =>
          clients.ecr.send(
            new GetAuthorizationTokenCommand(accounts.length ? { registryIds: accounts } : {}),
          ),
        { policy: DEFAULT_BACKOFF, isRetryable },
      ).catch((e: unknown) => {
        const who = accounts.length ? `registry ${accounts.join(', ')}` : 'the default registry';
        throw new OperationError(
          `GetAuthorizationToken for ${who} in ${region} failed: ${(e as Error).message}`,
          awsHint(e, region),
          { cause: e },
        );
      });
      const data = response.authorizationData ?? [];
      data.forEach((d, i) => {
        if (!d.authorizationToken || !d.proxyEndpoint) return;
        request.onSecret?.(d.authorizationToken);
        const decoded = Buffer.from(d.authorizationToken, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        const password = decoded.slice(colon + 1);
        request.onSecret?.(password);
        out.push({
          registry: hostOf(d.proxyEndpoint),
          endpoint: d.proxyEndpoint,
          region,
          ...(accounts[i] !== undefined && { account: accounts[i] }),
          username: decoded.slice(0, colon),
          password,
          expiresAt: d.expiresAt ?? new Date(Date.now() + 12 * 3600_000),
        });
      });
    } finally {
      clients.destroy();
    }
  }
  return out;
}
