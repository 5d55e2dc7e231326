// setup: make a registry ready for pull-through cache from one declarative config. Read what the
// registry holds, plan the difference (core/setup/plan.ts), and apply it unless it is a dry run or a
// step is blocked. Credentials come from environment variables and go only to Secrets Manager.

import {
  CreatePullThroughCacheRuleCommand,
  CreateRepositoryCreationTemplateCommand,
  DeletePullThroughCacheRuleCommand,
  type ECRClient,
  type ImageTagMutability,
  PutRegistryPolicyCommand,
  type RCTAppliedFor,
  UpdatePullThroughCacheRuleCommand,
  UpdateRepositoryCreationTemplateCommand,
} from '@aws-sdk/client-ecr';
import { retrying } from '../aws/calls.js';
import type { ProfileOption } from '../aws/region.js';
import { listRules, listTemplates, registryPolicyText } from '../aws/registry-state.js';
import { createClients, regionInUse } from '../aws/sdk/clients.js';
import type { SecretsApi, UpstreamCredential } from '../aws/secrets.js';
import { awsHint } from '../core/aws-failure.js';
import { InputError, OperationError } from '../core/errors.js';
import type { SetupConfig } from '../core/setup/config.js';
import { planSetup, type SetupStep, type StepAction } from '../core/setup/plan.js';
import type { ExistingSecret, RegistryState } from '../core/setup/state.js';
import { DEFAULT_TIMEOUT_MS } from '../core/timeouts.js';
import type { DeadlineOptions } from '../run/deadline.js';
import type { Run } from '../run/run.js';
import { withRun } from './run.js';

export interface SetupOptions extends DeadlineOptions, ProfileOption {
  readonly config: SetupConfig;
  /** Default: the config's region, then AWS_REGION / AWS_DEFAULT_REGION. */
  readonly region?: string;
  /** Read and plan, change nothing. */
  readonly dryRun?: boolean;
  /** Delete and re-create rules whose upstream changed. */
  readonly force?: boolean;
  /** Where usernameEnv and accessTokenEnv are read (default: process.env). */
  readonly env?: Record<string, string | undefined>;
  /** Called with every credential value the moment it is read (the action masks them). */
  readonly onSecret?: (value: string) => void;
}

export interface SetupStepReport {
  readonly kind: SetupStep['kind'];
  readonly name: string;
  readonly action: StepAction;
  readonly reason: string;
  /** The change was made (false in a dry run, for unchanged and blocked steps). */
  readonly applied: boolean;
}

export interface SetupReport {
  readonly region: string;
  readonly account: string;
  readonly dryRun: boolean;
  readonly steps: readonly SetupStepReport[];
  /** How many steps change something (in a dry run: would). */
  readonly changes: number;
  /** A step needs --force or a missing secret: nothing was changed. */
  readonly blocked: boolean;
}

/** Read every credential the config names from the environment, before anything is changed. */
function readCredentials(
  config: SetupConfig,
  env: Record<string, string | undefined>,
  onSecret?: (value: string) => void,
): Map<string, UpstreamCredential> {
  const out = new Map<string, UpstreamCredential>();
  for (const rule of config.rules) {
    const c = rule.credentials;
    if (!c?.usernameEnv || !c.accessTokenEnv || out.has(c.secret)) continue;
    const read = (name: string, what: string): string => {
      const value = env[name];
      if (!value)
        throw new InputError(
          `${name} is not set: it should hold the ${what} for ${c.secret} (rule ${rule.ecrRepositoryPrefix})`,
        );
      onSecret?.(value);
      return value;
    };
    out.set(c.secret, {
      username: read(c.usernameEnv, 'upstream username'),
      accessToken: read(c.accessTokenEnv, 'upstream access token'),
    });
  }
  return out;
}

function failed(what: string, e: unknown, region: string, applied: number): OperationError {
  const done = applied > 0 ? ` (${applied} change${applied === 1 ? ' was' : 's were'} made before it)` : '';
  return new OperationError(`${what} failed${done}: ${(e as Error).message}`, awsHint(e, region), {
    cause: e,
  });
}

async function readState(
  ecr: ECRClient,
  secrets: SecretsApi | undefined,
  config: SetupConfig,
  credentials: Map<string, UpstreamCredential>,
  base: { account: string; region: string },
): Promise<RegistryState> {
  const rules = await listRules(ecr);
  const known = new Map<string, ExistingSecret>();
  for (const rule of config.rules) {
    const name = rule.credentials?.secret;
    if (!name || !secrets || known.has(name)) continue;
    const arn = await retrying(() => secrets.arnOf(name));
    if (arn === undefined) continue;
    // Compared in memory only when the config gives the value; the plan learns just the verdict.
    const wanted = credentials.get(name);
    let value: ExistingSecret['value'] = 'unknown';
    if (wanted) value = (await retrying(() => secrets.holds(name, wanted))) ? 'same' : 'different';
    known.set(name, { arn, value });
  }
  const template = config.template
    ? (await listTemplates(ecr, [config.template.prefix])).find((t) => t.prefix === config.template?.prefix)
    : undefined;
  const registryPolicy = config.organizationId ? await registryPolicyText(ecr) : undefined;
  return {
    ...base,
    rules,
    secrets: known,
    ...(template && { template }),
    ...(registryPolicy !== undefined && { registryPolicy }),
  };
}

export async function setup(options: SetupOptions): Promise<SetupReport> {
  const region = await regionInUse(options.region ?? options.config.region, options);
  return withRun(options, DEFAULT_TIMEOUT_MS, (run) => setUp(run, options, region));
}

async function setUp(run: Run, options: SetupOptions, region: string): Promise<SetupReport> {
  const { config } = options;
  const credentials = readCredentials(config, run.env, run.onSecret);
  const clients = createClients(region, run);
  let secrets: SecretsApi | undefined;
  try {
    if (config.rules.some((r) => r.credentials)) {
      const { createSecretsApi } = await import('../aws/secrets.js');
      secrets = createSecretsApi(region, run);
    }
    const { ecr } = clients;
    let state: RegistryState;
    try {
      const identity = await retrying(() => clients.callerIdentity());
      state = await readState(ecr, secrets, config, credentials, { account: identity.Account ?? '', region });
    } catch (e) {
      throw failed('reading the registry', e, region, 0);
    }
    const plan = planSetup(config, state, { force: options.force ?? false });
    const apply = !options.dryRun && !plan.blocked;
    const arns = new Map([...state.secrets].map(([name, s]) => [name, s.arn]));
    const reports: SetupStepReport[] = [];
    let applied = 0;
    for (const step of plan.steps) {
      const changes = step.action !== 'unchanged' && step.action !== 'blocked';
      if (apply && changes) {
        try {
          await applyStep(step, { ecr, secrets, credentials, arns });
        } catch (e) {
          throw failed(`${step.action} ${step.kind} ${step.name}`, e, region, applied);
        }
        applied++;
      }
      reports.push({
        kind: step.kind,
        name: step.name,
        action: step.action,
        reason: step.reason,
        applied: apply && changes,
      });
    }
    return {
      region,
      account: state.account,
      dryRun: options.dryRun ?? false,
      steps: reports,
      changes: plan.changes,
      blocked: plan.blocked,
    };
  } finally {
    secrets?.destroy();
    clients.destroy();
  }
}

interface ApplyContext {
  readonly ecr: ECRClient;
  readonly secrets: SecretsApi | undefined;
  readonly credentials: Map<string, UpstreamCredential>;
  /** Secret ARNs by name, including the secrets created by this run. */
  readonly arns: Map<string, string>;
}

/** Mutations are not retried here (a lost answer would turn a retry into "already exists"); the SDK retries throttling. */
async function applyStep(step: SetupStep, ctx: ApplyContext): Promise<void> {
  const { ecr } = ctx;
  switch (step.kind) {
    case 'secret': {
      const credential = ctx.credentials.get(step.name);
      const secrets = ctx.secrets;
      if (!credential || !secrets) throw new Error('no credential to store');
      if (step.action === 'create') {
        const description =
          'Upstream registry credentials for an ECR pull-through cache rule (ecr-pull-through setup)';
        ctx.arns.set(step.name, await retrying(() => secrets.create(step.name, credential, description)));
      } else {
        await retrying(() => secrets.put(step.name, credential));
      }
      return;
    }
    case 'rule': {
      const r = step.rule;
      const credentialArn = r.credentials ? ctx.arns.get(r.credentials.secret) : undefined;
      if (r.credentials && !credentialArn) throw new Error(`the ARN of ${r.credentials.secret} is unknown`);
      if (step.action === 'update') {
        await retrying(() =>
          ecr.send(
            new UpdatePullThroughCacheRuleCommand({
              ecrRepositoryPrefix: r.ecrRepositoryPrefix,
              ...(credentialArn && { credentialArn }),
              ...(r.customRoleArn && { customRoleArn: r.customRoleArn }),
            }),
          ),
        );
        return;
      }
      if (step.action === 'replace') {
        await retrying(() =>
          ecr.send(new DeletePullThroughCacheRuleCommand({ ecrRepositoryPrefix: r.ecrRepositoryPrefix })),
        );
      }
      await retrying(() =>
        ecr.send(
          new CreatePullThroughCacheRuleCommand({
            ecrRepositoryPrefix: r.ecrRepositoryPrefix,
            upstreamRegistryUrl: r.upstreamRegistryUrl,
            ...(r.upstreamRepositoryPrefix && { upstreamRepositoryPrefix: r.upstreamRepositoryPrefix }),
            ...(credentialArn && { credentialArn }),
            ...(r.customRoleArn && { customRoleArn: r.customRoleArn }),
          }),
        ),
      );
      return;
    }
    case 'template': {
      const t = step.template;
      const input = {
        prefix: t.prefix,
        description: t.description,
        appliedFor: [...t.appliedFor] as RCTAppliedFor[],
        imageTagMutability: t.imageTagMutability as ImageTagMutability,
        ...(t.lifecyclePolicy && { lifecyclePolicy: t.lifecyclePolicy }),
        ...(t.repositoryPolicy && { repositoryPolicy: t.repositoryPolicy }),
      };
      if (step.action === 'create')
        await retrying(() => ecr.send(new CreateRepositoryCreationTemplateCommand(input)));
      else await retrying(() => ecr.send(new UpdateRepositoryCreationTemplateCommand(input)));
      return;
    }
    case 'registry-policy':
      await retrying(() => ecr.send(new PutRegistryPolicyCommand({ policyText: step.policyText })));
      return;
  }
}
