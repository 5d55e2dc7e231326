// Registry credentials from GetAuthorizationToken: one call per region for all the accounts asked
// for there. The password is handed to `onSecret` (the action masks it) the moment it is decoded.

import type { ECRClient } from '@aws-sdk/client-ecr';
import { awsHint } from '../core/aws-failure.js';
import { InputError, OperationError } from '../core/errors.js';
import {
  type EndpointVariant,
  ecrHostFor,
  hostOf,
  parseEcrHost,
  parseRegistryEntry,
  registryHostIn,
} from '../core/image/ecr-host.js';
import type { Deadline } from '../deadline.js';
import { secretForms } from '../host/docker-config.js';
import { agentsFor } from '../net/agents.js';
import { retrying } from './calls.js';
import {
  type AuthorizationData,
  credentialsOf,
  type DirectAccess,
  directAccess,
  directGetAuthorizationToken,
  ecrApiUrl,
} from './direct-token.js';
import type { ProfileOption } from './region.js';
import { regionInUse } from './region.js';
import type { AwsCredentials } from './sigv4.js';

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

export interface TokenRequest extends ProfileOption {
  readonly region?: string;
  /** Account ids or registry hosts; empty: the caller's own registry in the region. */
  readonly registries?: readonly string[];
  /** Called with every secret string the moment it exists (the token, the password and its base64 forms). */
  readonly onSecret?: (secret: string) => void;
  /** The run's deadline: no request outlives it. */
  readonly deadline?: Deadline;
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
    const parsed = parseRegistryEntry(entry, () => defaultRegion);
    if (!parsed)
      throw new InputError(
        `"${entry}" is neither a 12-digit account id nor an ECR registry host (ACCOUNT.dkr.ecr.REGION.amazonaws.com)`,
      );
    const { region, account } = parsed;
    const list = byRegion.get(region) ?? [];
    if (!list.includes(account)) list.push(account);
    byRegion.set(region, list);
  }
  if (byRegion.size === 0) byRegion.set(defaultRegion, []);
  return byRegion;
}

/** The token's proxyEndpoint with its host replaced by `host` (the same when no variant applies). */
function endpointIn(proxyEndpoint: string, host: string): string {
  const url = new URL(proxyEndpoint);
  if (url.host === host) return proxyEndpoint;
  url.host = host;
  return url.toString().replace(/\/$/, '');
}

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

/** One region's token call: the authorization data and the endpoint form registry hosts take there. */
interface RegionTokens {
  readonly data: AuthorizationData[];
  readonly variant: EndpointVariant;
}

/** GetAuthorizationToken signed here when the environment alone decides it (direct-token.ts), else by the SDK. */
async function regionTokens(
  region: string,
  accounts: readonly string[],
  request: TokenRequest,
  direct: { access: DirectAccess; credentials: () => Promise<AwsCredentials> } | undefined,
): Promise<RegionTokens> {
  const { profile, deadline } = request;
  // A region we sign for (not an isolated partition, not a `fips-` pseudo-region), whatever the endpoint.
  const apiUrl = direct && ecrApiUrl(region);
  const url = apiUrl && (direct.access.endpoint ?? apiUrl);
  if (direct && url) {
    deadline?.inRegion(region);
    const { agents, release } = agentsFor(deadline, profile);
    try {
      const credentials = await direct.credentials();
      const call = { credentials, region, url, agents, ...(deadline && { deadline }) };
      const data = await retrying(() => directGetAuthorizationToken(call, accounts), deadline?.signal);
      return { data, variant: {} };
    } finally {
      release();
    }
  }
  const [{ createClients }, { GetAuthorizationTokenCommand }] = await Promise.all([
    import('./clients.js'),
    import('@aws-sdk/client-ecr'),
  ]);
  const clients = createClients(region, { ...(deadline && { deadline }), ...(profile && { profile }) });
  // Registry hosts take the form the API endpoint does (FIPS, dual-stack): read while the token
  // travels, needed once it is back. Handled at once so that a failure waits for its await.
  const pendingVariant = variantOf(clients.ecr);
  pendingVariant.catch(() => {});
  try {
    const response = await retrying(
      () =>
        clients.ecr.send(
          new GetAuthorizationTokenCommand(accounts.length ? { registryIds: [...accounts] } : {}),
        ),
      deadline?.signal,
    );
    return { data: response.authorizationData ?? [], variant: await pendingVariant };
  } finally {
    clients.destroy();
  }
}

export async function getRegistryCredentials(request: TokenRequest): Promise<RegistryCredentials[]> {
  const { profile } = request;
  const defaultRegion = await regionInUse(request.region, { profile });
  const out: RegistryCredentials[] = [];
  const { deadline } = request;
  const access = directAccess(process.env, profile);
  const direct = access && { access, credentials: credentialsOf(access, deadline) };
  for (const [region, accounts] of registriesByRegion(request.registries ?? [], defaultRegion)) {
    const { data: answered, variant } = await regionTokens(region, accounts, request, direct).catch(
      (e: unknown) => {
        if (deadline?.expired) throw deadline.error();
        if (e instanceof InputError) throw e; // the user's setting (a CA bundle), not the call
        const who = accounts.length ? `registry ${accounts.join(', ')}` : 'the default registry';
        throw new OperationError(
          `GetAuthorizationToken for ${who} in ${region} failed: ${(e as Error).message}`,
          awsHint(e, region),
          { cause: e },
        );
      },
    );
    const data = answered.filter((d) => d.authorizationToken && d.proxyEndpoint);
    data.forEach((d, i) => {
      const decoded = Buffer.from(d.authorizationToken!, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const password = decoded.slice(colon + 1);
      // Every form the password can show in: the token as sent, raw, and re-encoded in base64.
      for (const secret of new Set([
        d.authorizationToken!,
        ...secretForms(decoded.slice(0, colon), password),
      ]))
        request.onSecret?.(secret);
      // Which account an entry is for: its endpoint says so on ECR; a stand-in answers in order.
      const host = registryHostIn(hostOf(d.proxyEndpoint!), variant);
      const account =
        parseEcrHost(host)?.account ?? (data.length === accounts.length ? accounts[i] : undefined);
      const cred: RegistryCredentials = {
        registry: host,
        endpoint: endpointIn(d.proxyEndpoint!, host),
        region,
        ...(account !== undefined && { account }),
        username: decoded.slice(0, colon),
        password,
        expiresAt: d.expiresAt ?? new Date(Date.now() + 12 * 3600_000),
      };
      out.push(cred);
      // registryIds is deprecated: ECR may answer for the default registry only. Its token is
      // valid for every registry the caller may access, so the other accounts share it.
      if (i === 0 && parseEcrHost(host)) {
        for (const other of accounts.filter(
          (a) => !data.some((e) => parseEcrHost(hostOf(e.proxyEndpoint!))?.account === a),
        )) {
          const otherHost = ecrHostFor(other, region, variant);
          out.push({ ...cred, account: other, registry: otherHost, endpoint: `https://${otherHost}` });
        }
      }
    });
  }
  return out;
}
