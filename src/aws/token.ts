// Registry credentials from GetAuthorizationToken: one call per region for all the accounts asked
// for there. The password is handed to the run's `onSecret` (the action masks it) the moment it is
// decoded.

import { awsHint } from '../core/aws-failure.js';
import { validRegion } from '../core/aws-region.js';
import { authSecrets, type RegistryCredentials } from '../core/credentials.js';
import { InputError, OperationError } from '../core/errors.js';
import {
  ecrHostFor,
  hostOf,
  parseEcrHost,
  parseRegistryEntry,
  registryHostIn,
} from '../core/image/ecr-host.js';
import { checkTokenAnswer, type TokenEntry } from '../core/token-answer.js';
import type { DeadlineOptions } from '../run/deadline.js';
import type { Run } from '../run/run.js';
import { retrying } from './calls.js';
import { environmentSecrets } from './direct/container-credentials.js';
import type { ProfileOption } from './region.js';
import { regionInUse } from './region.js';
import type { TokenSource } from './token-source.js';
import { tokenSources } from './token-source.js';

export type { RegistryCredentials } from '../core/credentials.js';

/** Which registries to ask a token for. */
export interface TokenQuery {
  readonly region?: string;
  /** Account ids or registry hosts; empty: the caller's own registry in the region. */
  readonly registries?: readonly string[];
}

/** The library's getRegistryCredentials: the query and what its run is made of. */
export interface TokenRequest extends TokenQuery, ProfileOption, Pick<DeadlineOptions, 'deadline'> {
  /** Called with every secret string the moment it exists (the token, the password and its base64 forms). */
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

/** The token's entries for `accounts` in the source's region, checked, and the endpoint form hosts take. */
async function regionTokens(run: Run, source: TokenSource, accounts: readonly string[]) {
  const answer = await retrying(() => source.authorizationToken(accounts), run.signal);
  const entries: TokenEntry[] = checkTokenAnswer(answer, await source.endpoint(), Date.now(), (token) =>
    Buffer.from(token, 'base64').toString('utf8'),
  );
  return { entries, variant: await source.variant() };
}

/** The credentials of every registry `query` names, within `run`. */
export async function registryCredentials(run: Run, query: TokenQuery): Promise<RegistryCredentials[]> {
  for (const secret of environmentSecrets(process.env)) run.onSecret(secret);
  const defaultRegion = await regionInUse(query.region, run);
  const byRegion = registriesByRegion(query.registries ?? [], defaultRegion);
  // Every region is one host label, or nothing is sent (the region names the endpoint's host).
  for (const region of byRegion.keys()) validRegion(region);
  const sourceFor = tokenSources(run);
  const out: RegistryCredentials[] = [];
  for (const [region, accounts] of byRegion) {
    const asked = async () => {
      const source = await sourceFor(region);
      try {
        return await regionTokens(run, source, accounts);
      } finally {
        source.close();
      }
    };
    const { entries, variant } = await asked().catch((e: unknown) => {
      run.failIfExpired();
      if (e instanceof InputError) throw e; // the user's setting (a CA bundle), not the call
      const who = accounts.length ? `registry ${accounts.join(', ')}` : 'the default registry';
      throw new OperationError(
        `GetAuthorizationToken for ${who} in ${region} failed: ${(e as Error).message}`,
        awsHint(e, region),
        { cause: e },
      );
    });
    entries.forEach((d, i) => {
      // Every form the password can show in: the token as sent, raw, and re-encoded in base64.
      for (const secret of authSecrets(d.authorizationToken)) run.onSecret(secret);
      // Which account an entry is for: its endpoint says so on ECR; a stand-in answers in order.
      const host = registryHostIn(hostOf(d.proxyEndpoint), variant);
      const account =
        parseEcrHost(host)?.account ?? (entries.length === accounts.length ? accounts[i] : undefined);
      const cred: RegistryCredentials = {
        registry: host,
        endpoint: endpointIn(d.proxyEndpoint, host),
        region,
        ...(account !== undefined && { account }),
        username: d.username,
        password: d.password,
        expiresAt: new Date(
          d.expiresAtMs !== undefined ? Math.round(d.expiresAtMs) : Date.now() + 12 * 3600_000,
        ),
      };
      out.push(cred);
      // registryIds is deprecated: ECR may answer for the default registry only. Its token is
      // valid for every registry the caller may access, so the other accounts share it.
      if (i === 0 && parseEcrHost(host)) {
        for (const other of accounts.filter(
          (a) => !entries.some((e) => parseEcrHost(hostOf(e.proxyEndpoint))?.account === a),
        )) {
          const otherHost = ecrHostFor(other, region, variant);
          out.push({ ...cred, account: other, registry: otherHost, endpoint: `https://${otherHost}` });
        }
      }
    });
  }
  return out;
}
