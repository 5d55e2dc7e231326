// Discovery of what the flags leave out: the caller's registry host and the region's rules. Both
// come from ECR itself (ecr.api), never from STS: a private subnet often has no sts endpoint.

import { GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { awsHint } from '../core/aws-failure.js';
import { quoted } from '../core/display.js';
import { OperationError } from '../core/errors.js';
import { hostOf, isRegistryHost, registryHostIn } from '../core/image/ecr-host.js';
import { type CacheRule, checkRule, InvalidRuleError, type RegistryTarget } from '../core/image/rules.js';
import { unwrapSdkError } from '../core/retry.js';
import type { Run } from '../run/run.js';
import { retrying } from './calls.js';
import { endpointVariant } from './region.js';
import { listRules } from './registry-state.js';
import { type Clients, withClients } from './sdk/clients.js';

/**
 * The caller's registry as ECR names it: the authorization token's proxyEndpoint (the token itself
 * is never decoded here). It is the canonical ACCOUNT.dkr.ecr.REGION host in AWS, and the address a
 * local stand-in answers on.
 */
async function callerRegistry(clients: Clients): Promise<string> {
  const { ecr, run } = clients;
  const answer = await asked(
    'GetAuthorizationToken',
    clients,
    retrying(() => ecr.send(new GetAuthorizationTokenCommand({})), run.signal),
  );
  const endpoint = answer.authorizationData?.find((d) => d.proxyEndpoint)?.proxyEndpoint;
  if (!endpoint) throw new OperationError('GetAuthorizationToken returned no registry endpoint');
  // Its host ends up in configuration files and flags: it must be one.
  const host = hostOf(endpoint);
  if (!isRegistryHost(host))
    throw new OperationError(`GetAuthorizationToken named ${quoted(endpoint)}, which is no registry host`);
  // In the form the API endpoint takes (FIPS, dual-stack): the token names the standard host.
  return registryHostIn(host, await endpointVariant(run));
}

async function discoveredRules(clients: Clients): Promise<{ rules: CacheRule[]; account?: string }> {
  const listed = await asked(
    'DescribePullThroughCacheRules',
    clients,
    listRules(clients.ecr, clients.run.signal),
  );
  const account = listed.find((r) => r.registryId)?.registryId;
  return { rules: usableRules(listed, clients.run.onWarning), ...(account && { account }) };
}

/**
 * The rules ECR answered with, checked as `--rule` is: one that ECR itself could not hold (a
 * misconfigured or hostile endpoint) is left out, with a warning that names it.
 */
function usableRules(listed: readonly CacheRule[], warn: (message: string) => void): CacheRule[] {
  return listed.flatMap((rule) => {
    try {
      return [checkRule(rule, `pull-through rule ${quoted(rule.ecrRepositoryPrefix)}`)];
    } catch (e) {
      if (!(e instanceof InvalidRuleError)) throw e;
      warn(`DescribePullThroughCacheRules: ${e.message}; the rule is left out`);
      return [];
    }
  });
}

/** What to do instead of asking AWS, for every discovery failure. */
const WITHOUT_AWS =
  'or name the registry and the rules yourself (--registry HOST --rule PREFIX=URL), which needs no AWS call';

/** A discovery call whose failure says which call it was and what to do about it. */
async function asked<T>(operation: string, clients: Clients, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    clients.run.failIfExpired();
    const hint = awsHint(e, clients.region);
    throw new OperationError(
      `${operation} (to find ${operation === 'GetAuthorizationToken' ? 'the registry' : 'the pull-through rules'}) failed: ${(unwrapSdkError(e) as Error).message}`,
      hint ? `${hint}; ${WITHOUT_AWS}` : WITHOUT_AWS,
      { cause: e },
    );
  }
}

export async function discoverTarget(
  run: Run,
  options: { registry?: string; rules?: readonly CacheRule[]; region?: string },
): Promise<RegistryTarget> {
  return withClients(run, options.region, async (clients) => {
    const given = options.rules && options.rules.length > 0 ? { rules: options.rules } : undefined;
    // Independent calls to the same endpoint: ask both at once.
    const [registry, found] = await Promise.all([
      options.registry ?? callerRegistry(clients),
      given ?? discoveredRules(clients),
    ]);
    return { ...found, registry };
  });
}
