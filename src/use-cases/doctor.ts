// doctor: look at a registry (and the network around the runner) the way a first pull through the
// cache will, and say what is missing and how to fix it. Every AWS call here is harmless: reads,
// validations, and permission probes on repositories that do not exist.

import { type ECRClient, ValidatePullThroughCacheRuleCommand } from '@aws-sdk/client-ecr';
import { attempt } from '../aws/calls.js';
import { ecrApiEndpoint } from '../aws/endpoints.js';
import { probePermissions } from '../aws/probes.js';
import { endpointVariant, type ProfileOption } from '../aws/region.js';
import { immutableCacheRepositories, listRules, listTemplates } from '../aws/registry-state.js';
import { type Clients, createClients, regionInUse } from '../aws/sdk/clients.js';
import type { SecretsApi } from '../aws/secrets.js';
import { layerBucketHost } from '../core/addresses.js';
import {
  type AwsFailure,
  callerFindings,
  countFindings,
  type DoctorFinding,
  isAwsFailure,
  regionFindings,
} from '../core/doctor/findings.js';
import {
  type EndpointRole,
  egressFindings,
  endpointFindings,
  networkSkipped,
  stsUnansweredFinding,
  stsUnreachedFinding,
} from '../core/doctor/network.js';
import { permissionFindings } from '../core/doctor/permissions.js';
import { expectationFindings, type RuleCheck, ruleFindings } from '../core/doctor/rules.js';
import { templateFindings } from '../core/doctor/templates.js';
import { ecrHostFor, hostOf, parseEcrHost, partitionOf, registryHostIn } from '../core/image/ecr-host.js';
import { mapImage } from '../core/image/rules.js';
import { upstreamOf } from '../core/image/upstreams.js';
import type { SetupConfig } from '../core/setup/config.js';
import type { ExistingRule } from '../core/setup/state.js';
import { DEFAULT_TIMEOUT_MS } from '../core/timeouts.js';
import { checkEgress, checkEndpoints, type NetworkProbe, systemNetwork } from '../net/probe.js';
import { Deadline, DeadlineError, type DeadlineOptions } from '../run/deadline.js';
import type { Run } from '../run/run.js';
import { withRun } from './run.js';

export type { NetworkProbe } from '../net/probe.js';

/** How long doctor waits for STS before it says so and goes on without it. */
const STS_WAIT_MS = 15_000;

export interface DoctorOptions extends DeadlineOptions, ProfileOption {
  readonly region?: string;
  /** The setup file's rules are expected to exist as written. */
  readonly config?: SetupConfig;
  /** How to name the setup file in findings and fixes. */
  readonly configSource?: string;
  /** Images that must be covered by a rule. */
  readonly images?: readonly string[];
  /** How DNS and TCP are probed (default: the system's); false skips the network checks. */
  readonly network?: NetworkProbe | false;
  /** Where proxy settings are read (default: process.env). */
  readonly env?: Record<string, string | undefined>;
}

export interface DoctorReport {
  readonly region: string;
  readonly account?: string;
  readonly caller?: string;
  readonly registry?: string;
  readonly findings: readonly DoctorFinding[];
  readonly errors: number;
  readonly warnings: number;
  /** No finding would break a pull. */
  readonly ok: boolean;
}

export async function doctor(options: DoctorOptions = {}): Promise<DoctorReport> {
  const region = await regionInUse(options.region ?? options.config?.region, options);
  return withRun(options, DEFAULT_TIMEOUT_MS, (run) => examine(run, options, region));
}

/** Who the caller is, from STS; a silent STS (no sts endpoint in the VPC) is a finding, not a hang. */
async function whoIsCalling(clients: Clients, region: string) {
  const deadline = clients.run.deadline!;
  const sts = new Deadline(Math.min(STS_WAIT_MS, deadline.left() / 2), deadline.signal).inRegion(region);
  try {
    return await sts.run(() => attempt(() => clients.callerIdentity(sts), region, sts.signal));
  } catch (e) {
    if (e instanceof DeadlineError && !deadline.expired) return e;
    throw e;
  } finally {
    sts.dispose();
  }
}

async function examine(run: Run, options: DoctorOptions, region: string): Promise<DoctorReport> {
  const { env } = run;
  const network = options.network === undefined ? systemNetwork() : options.network;
  const clients = createClients(region, run);
  let secrets: SecretsApi | undefined;
  const secretsApi = async (): Promise<SecretsApi> => {
    const { createSecretsApi } = await import('../aws/secrets.js');
    secrets ??= createSecretsApi(region, run);
    return secrets;
  };
  try {
    const { ecr } = clients;
    const findings: DoctorFinding[] = [];
    const api = await ecrApiEndpoint(ecr, region);
    const layers = new URL(`https://${layerBucketHost(region)}`);

    const identity = await whoIsCalling(clients, region);
    const stsSilent = identity instanceof DeadlineError ? identity : undefined;
    // STS is optional for every command: when it cannot be reached, the checks go on without it.
    const stsUnreached = isAwsFailure(identity) && identity.unreached ? identity : undefined;
    const caller =
      identity instanceof DeadlineError || stsUnreached
        ? undefined
        : isAwsFailure(identity)
          ? identity
          : { account: identity.Account ?? '', arn: identity.Arn ?? '' };
    if (stsSilent) findings.push(stsUnansweredFinding(stsSilent.message, stsSilent.hint ?? ''));
    else if (stsUnreached) findings.push(stsUnreachedFinding(stsUnreached.message, stsUnreached.hint));
    else if (caller) findings.push(...callerFindings(caller));
    if (isAwsFailure(caller)) {
      // Nothing else can be asked; the network may say why.
      if (network) {
        const targets: [EndpointRole, URL][] = [
          ['api', api.url],
          ['layers', layers],
        ];
        findings.push(...endpointFindings(await checkEndpoints(network, env, targets), region));
      }
      return report(region, findings);
    }

    const rules = await attempt(() => listRules(ecr), region);
    const ruleList: readonly ExistingRule[] = isAwsFailure(rules) ? [] : rules;
    const checks: RuleCheck[] = [];
    for (const rule of ruleList) checks.push(await checkRule(ecr, region, rule, secretsApi));
    const prefixes = ruleList.map((r) => r.ecrRepositoryPrefix);
    const { probes, proxyEndpoint } = await probePermissions(
      ecr,
      region,
      prefixes.length > 0 ? prefixes : [undefined],
    );
    // Without STS the account still comes from ECR: the token's endpoint or a rule's registryId.
    const account =
      caller?.account ??
      (proxyEndpoint ? parseEcrHost(hostOf(proxyEndpoint))?.account : undefined) ??
      ruleList.find((r) => r.registryId)?.registryId ??
      '';
    // The host pulls use: FIPS or dual-stack when the SDK's settings ask for them, as the API's are.
    const variant = await endpointVariant(options);
    const registry = proxyEndpoint
      ? registryHostIn(hostOf(proxyEndpoint), variant)
      : ecrHostFor(account, region, variant);
    const templates = await attempt(() => listTemplates(ecr), region);
    const immutable = await attempt(() => immutableCacheRepositories(ecr, prefixes), region);

    const anyValid = checks.some((c) => !isAwsFailure(c.validation) && c.validation?.isValid === true);
    findings.push(...regionFindings(region, api.fips || (parseEcrHost(registry)?.fips ?? false), anyValid));
    findings.push(...ruleFindings(isAwsFailure(rules) ? rules : checks));
    // Expectations are checked only against rules that could be read.
    if (!isAwsFailure(rules)) findings.push(...expectations(ruleList, registry, options));
    findings.push(
      ...permissionFindings(probes, {
        region,
        account,
        callerArn: caller?.arn ?? `arn:${partitionOf(region)}:iam::${account || 'ACCOUNT'}:role/ROLE`,
        prefixes,
      }),
    );
    findings.push(...templateFindings(templates, ruleList, immutable));

    if (network) {
      const dkr = new URL(proxyEndpoint ?? `https://${registry}`);
      const targets: [EndpointRole, URL][] = [
        ['api', api.url],
        ['registry', dkr],
        ['layers', layers],
      ];
      findings.push(...endpointFindings(await checkEndpoints(network, env, targets), region));
      findings.push(...egressFindings(await checkEgress(network, env, upstreamHosts(ruleList))));
    } else {
      findings.push(networkSkipped());
    }
    return report(region, findings, {
      ...(account && { account }),
      ...(caller && { caller: caller.arn }),
      registry,
    });
  } finally {
    secrets?.destroy();
    clients.destroy();
  }
}

/** ECR's validation of a rule, and whether its credential secret exists. */
async function checkRule(
  ecr: ECRClient,
  region: string,
  rule: ExistingRule,
  secretsApi: () => Promise<SecretsApi>,
): Promise<RuleCheck> {
  const answer = await attempt(
    () =>
      ecr.send(new ValidatePullThroughCacheRuleCommand({ ecrRepositoryPrefix: rule.ecrRepositoryPrefix })),
    region,
  );
  const validation: RuleCheck['validation'] = isAwsFailure(answer)
    ? answer
    : { isValid: answer.isValid === true, ...(answer.failure && { failure: answer.failure }) };
  const arn = rule.credentialArn;
  if (arn === undefined) return { rule, validation };
  const api = await secretsApi();
  const found: string | undefined | AwsFailure = await attempt(() => api.arnOf(arn), region);
  const secret = isAwsFailure(found) ? found : found === undefined ? 'missing' : 'found';
  return { rule, validation, secret };
}

function expectations(
  rules: readonly ExistingRule[],
  registry: string,
  options: DoctorOptions,
): DoctorFinding[] {
  const target = { registry, rules };
  return expectationFindings(rules, {
    ...(options.config && { config: options.config }),
    ...(options.configSource && { source: options.configSource }),
    images: (options.images ?? []).map((image) => mapImage(image, target)),
  });
}

/** Upstream hosts first pulls may be redirected towards, with their rules (ECR upstreams stay in AWS). */
function upstreamHosts(rules: readonly ExistingRule[]): Map<string, string[]> {
  const byHost = new Map<string, string[]>();
  for (const rule of rules) {
    const upstream = upstreamOf(rule.upstreamRegistryUrl);
    if (!upstream || upstream.auth === 'iam-role') continue;
    byHost.set(upstream.url, [...(byHost.get(upstream.url) ?? []), rule.ecrRepositoryPrefix]);
  }
  return byHost;
}

function report(
  region: string,
  findings: DoctorFinding[],
  who: { account?: string; caller?: string; registry?: string } = {},
): DoctorReport {
  const { errors, warnings } = countFindings(findings);
  return { region, ...who, findings, errors, warnings, ok: errors === 0 };
}
