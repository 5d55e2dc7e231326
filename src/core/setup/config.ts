// The declarative setup file (YAML) and the flags for the simple cases, checked into one
// SetupConfig. Secrets are never in the file: it names the environment variables that hold them.

import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import { REGION_NAME } from '../image/ecr-host.js';
import { type CacheRule, InvalidRuleError, parseRuleSpec, ROOT } from '../image/rules.js';
import { CREDENTIAL_SECRET_PREFIX, canonicalUpstreamUrl, upstreamOf } from '../image/upstreams.js';

export interface CredentialConfig {
  /** Secrets Manager secret name, `ecr-pullthroughcache/...`. */
  readonly secret: string;
  /** Environment variables holding the upstream username and access token (create or update the secret). */
  readonly usernameEnv?: string;
  readonly accessTokenEnv?: string;
}

/**
 * A rule as the setup file wants it: a CacheRule (its upstreamRegistryUrl canonical, Docker Hub as
 * registry-1.docker.io) and where its credentials come from. The file's keys are `prefix`,
 * `upstream`, `upstreamRepositoryPrefix`, `credentials` and `roleArn`.
 */
export interface DesiredRule extends CacheRule {
  readonly credentials?: CredentialConfig;
  /** ECR-to-ECR rules across accounts: the role ECR assumes to read the upstream registry. */
  readonly customRoleArn?: string;
}

export type TagMutability = 'MUTABLE' | 'IMMUTABLE';

export interface TemplateConfig {
  readonly prefix: string;
  readonly expireAfterDays?: number;
  readonly imageTagMutability: TagMutability;
  readonly description: string;
}

export interface SetupConfig {
  readonly region?: string;
  readonly rules: readonly DesiredRule[];
  readonly template?: TemplateConfig;
  /** The registry policy statement (and the template's repository policy) for an AWS organization. */
  readonly organizationId?: string;
}

export const DEFAULT_TEMPLATE_DESCRIPTION =
  'Pull-through cache repositories (managed by ecr-pull-through setup)';

const ENV_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_NAME_RE = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const ORG_RE = /^o-[a-z0-9]{10,32}$/;
const ROLE_RE = /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/;

type Raw = Record<string, unknown>;

class Checker {
  constructor(private readonly source: string) {}

  fail(path: string, message: string): never {
    throw new InputError(`${this.source}: ${path ? `${path}: ` : ''}${message}`);
  }

  object(value: unknown, path: string, keys: readonly string[]): Raw {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      this.fail(path, 'expected a mapping');
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) this.fail(path, `unknown key "${key}" (expected ${keys.join(', ')})`);
    }
    return value as Raw;
  }

  string(o: Raw, key: string, path: string, pattern?: RegExp, what?: string): string | undefined {
    const value = o[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || value.trim() === '') this.fail(`${path}${key}`, 'expected a string');
    if (pattern && !pattern.test(value)) this.fail(`${path}${key}`, `"${value}" is not ${what}`);
    return value.trim();
  }
}

function checkRule(raw: unknown, path: string, c: Checker): DesiredRule {
  const o = c.object(raw, path, ['prefix', 'upstream', 'upstreamRepositoryPrefix', 'credentials', 'roleArn']);
  const prefix = c.string(o, 'prefix', `${path}.`) ?? c.fail(path, 'prefix is required');
  const url = c.string(o, 'upstream', `${path}.`) ?? c.fail(path, 'upstream is required');
  const upstreamPrefix = c.string(o, 'upstreamRepositoryPrefix', `${path}.`);
  try {
    parseRuleSpec(`${prefix}=${url}`);
  } catch (e) {
    if (e instanceof InvalidRuleError) c.fail(path, e.message);
    throw e;
  }
  const upstream = upstreamOf(url);
  if (upstream === undefined) {
    c.fail(
      `${path}.upstream`,
      `ECR pull-through cache does not support "${url}" (public.ecr.aws, registry.k8s.io, quay.io, registry-1.docker.io, ghcr.io, registry.gitlab.com, <name>.azurecr.io, cgr.dev, or an ECR registry)`,
    );
  }
  const who = `${prefix} → ${upstream.url}`;
  if (upstreamPrefix !== undefined && upstream.auth !== 'iam-role') {
    c.fail(
      `${path}.upstreamRepositoryPrefix`,
      `only ECR-to-ECR rules have an upstream repository prefix (${who})`,
    );
  }
  const roleArn = c.string(o, 'roleArn', `${path}.`, ROLE_RE, 'an IAM role ARN');
  if (roleArn !== undefined && upstream.auth !== 'iam-role') {
    c.fail(`${path}.roleArn`, `only ECR-to-ECR rules take a role (${who})`);
  }
  let credentials: CredentialConfig | undefined;
  if (o.credentials !== undefined) {
    if (upstream.auth !== 'secret')
      c.fail(`${path}.credentials`, `${upstream.name} takes no credentials (${who})`);
    credentials = checkCredentials(o.credentials, `${path}.credentials`, prefix, c);
  } else if (upstream.auth === 'secret') {
    c.fail(
      path,
      `${upstream.name} needs credentials (${who}): add credentials with usernameEnv and accessTokenEnv (the secret ${defaultSecretName(prefix)} is created from them), or credentials.secret naming an existing secret`,
    );
  }
  return {
    ecrRepositoryPrefix: prefix,
    upstreamRegistryUrl: upstream.url,
    ...(upstreamPrefix !== undefined && { upstreamRepositoryPrefix: upstreamPrefix }),
    ...(credentials && { credentials }),
    ...(roleArn !== undefined && { customRoleArn: roleArn }),
  };
}

export function defaultSecretName(prefix: string): string {
  return `${CREDENTIAL_SECRET_PREFIX}${prefix === ROOT ? 'root' : prefix}`;
}

function checkCredentials(raw: unknown, path: string, prefix: string, c: Checker): CredentialConfig {
  const o = c.object(raw, path, ['secret', 'usernameEnv', 'accessTokenEnv']);
  const secret =
    c.string(o, 'secret', `${path}.`, SECRET_NAME_RE, 'a secret name') ?? defaultSecretName(prefix);
  if (!secret.startsWith(CREDENTIAL_SECRET_PREFIX)) {
    c.fail(`${path}.secret`, `ECR only reads secrets named ${CREDENTIAL_SECRET_PREFIX}..., not "${secret}"`);
  }
  const usernameEnv = c.string(o, 'usernameEnv', `${path}.`, ENV_RE, 'an environment variable name');
  const accessTokenEnv = c.string(o, 'accessTokenEnv', `${path}.`, ENV_RE, 'an environment variable name');
  if ((usernameEnv === undefined) !== (accessTokenEnv === undefined)) {
    c.fail(path, 'give both usernameEnv and accessTokenEnv, or neither (to use the secret as it is)');
  }
  return { secret, ...(usernameEnv && accessTokenEnv && { usernameEnv, accessTokenEnv }) };
}

function checkTemplate(raw: unknown, c: Checker): TemplateConfig {
  const o = c.object(raw, 'template', ['prefix', 'expireAfterDays', 'imageTagMutability', 'description']);
  const prefix = c.string(o, 'prefix', 'template.') ?? ROOT;
  if (prefix !== ROOT) {
    try {
      parseRuleSpec(`${prefix}=public.ecr.aws`);
    } catch {
      c.fail('template.prefix', `"${prefix}" must be ROOT or a repository prefix`);
    }
  }
  const days = o.expireAfterDays;
  if (
    days !== undefined &&
    (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 3650)
  ) {
    c.fail('template.expireAfterDays', 'expected a whole number of days from 1 to 3650');
  }
  const mutability = c.string(
    o,
    'imageTagMutability',
    'template.',
    /^(MUTABLE|IMMUTABLE)$/,
    'MUTABLE or IMMUTABLE',
  );
  return {
    prefix,
    ...(days !== undefined && { expireAfterDays: days as number }),
    imageTagMutability: (mutability ?? 'MUTABLE') as TagMutability,
    description: c.string(o, 'description', 'template.') ?? DEFAULT_TEMPLATE_DESCRIPTION,
  };
}

/** Check a parsed config object (from YAML, JSON or code). */
export function checkSetupConfig(raw: unknown, source = 'config'): SetupConfig {
  const c = new Checker(source);
  const o = c.object(raw ?? {}, '', ['region', 'rules', 'template', 'registryPolicy']);
  const region = c.string(o, 'region', '', REGION_NAME, 'a region');
  if (o.rules !== undefined && !Array.isArray(o.rules)) c.fail('rules', 'expected a list');
  const rules = ((o.rules ?? []) as unknown[]).map((r, i) => checkRule(r, `rules[${i}]`, c));
  const seen = new Map<string, CredentialConfig>();
  rules.forEach((r, i) => {
    if (rules.findIndex((o2) => o2.ecrRepositoryPrefix === r.ecrRepositoryPrefix) !== i)
      c.fail(`rules[${i}]`, `prefix "${r.ecrRepositoryPrefix}" is given twice`);
    const cred = r.credentials;
    if (!cred) return;
    const other = seen.get(cred.secret);
    if (other && (other.usernameEnv !== cred.usernameEnv || other.accessTokenEnv !== cred.accessTokenEnv)) {
      c.fail(`rules[${i}].credentials`, `secret ${cred.secret} is filled from different variables elsewhere`);
    }
    seen.set(cred.secret, cred);
  });
  let organizationId: string | undefined;
  if (o.registryPolicy !== undefined) {
    const p = c.object(o.registryPolicy, 'registryPolicy', ['organizationId']);
    organizationId =
      c.string(p, 'organizationId', 'registryPolicy.', ORG_RE, 'an organization id (o-...)') ??
      c.fail('registryPolicy', 'organizationId is required');
  }
  const config: SetupConfig = {
    ...(region !== undefined && { region }),
    rules,
    ...(o.template !== undefined && o.template !== null && { template: checkTemplate(o.template, c) }),
    ...(organizationId !== undefined && { organizationId }),
  };
  if (config.rules.length === 0 && !config.template && !config.organizationId) {
    c.fail('', 'nothing to set up: give rules, a template or a registryPolicy');
  }
  return config;
}

/** Parse the YAML setup file. */
export function parseSetupConfig(text: string, source = 'config'): SetupConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (e) {
    throw new InputError(`${source}: not valid YAML: ${(e as Error).message}`);
  }
  return checkSetupConfig(raw, source);
}

export interface SetupFlags {
  /** `PREFIX=UPSTREAM_URL[/UPSTREAM_PREFIX]`, as --rule everywhere. */
  readonly rules?: readonly string[];
  /** `PREFIX=USERNAME_ENV:TOKEN_ENV`, `PREFIX=SECRET_NAME` or `PREFIX=SECRET_NAME:USERNAME_ENV:TOKEN_ENV`. */
  readonly credentials?: readonly string[];
  readonly expireAfterDays?: number;
  readonly organizationId?: string;
  readonly region?: string;
}

/** The same config from flags: rules, their credentials, a ROOT template, an organization. */
export function setupConfigFromFlags(flags: SetupFlags): SetupConfig {
  const credentials = new Map<string, Raw>();
  for (const spec of flags.credentials ?? []) {
    const eq = spec.indexOf('=');
    const prefix = spec.slice(0, eq).trim();
    const parts = spec.slice(eq + 1).split(':');
    if (eq <= 0 || parts.some((p) => p.trim() === '') || parts.length > 3) {
      throw new InputError(
        `invalid --credentials "${spec}": expected PREFIX=USERNAME_ENV:TOKEN_ENV, PREFIX=SECRET_NAME or PREFIX=SECRET_NAME:USERNAME_ENV:TOKEN_ENV`,
      );
    }
    const [a, b, d] = parts.map((p) => p.trim());
    credentials.set(
      prefix,
      parts.length === 1
        ? { secret: a }
        : parts.length === 2
          ? { usernameEnv: a, accessTokenEnv: b }
          : { secret: a, usernameEnv: b, accessTokenEnv: d },
    );
  }
  const rules = (flags.rules ?? []).map((spec) => {
    const r = parseRuleSpec(spec);
    const cred = credentials.get(r.ecrRepositoryPrefix);
    credentials.delete(r.ecrRepositoryPrefix);
    return {
      prefix: r.ecrRepositoryPrefix,
      upstream: canonicalUpstreamUrl(r.upstreamRegistryUrl),
      ...(r.upstreamRepositoryPrefix !== undefined && {
        upstreamRepositoryPrefix: r.upstreamRepositoryPrefix,
      }),
      ...(cred && { credentials: cred }),
    };
  });
  for (const prefix of credentials.keys()) {
    throw new InputError(`--credentials ${prefix}=...: no --rule ${prefix}=... to use them`);
  }
  return checkSetupConfig(
    {
      ...(flags.region !== undefined && { region: flags.region }),
      rules,
      ...(flags.expireAfterDays !== undefined && { template: { expireAfterDays: flags.expireAfterDays } }),
      ...(flags.organizationId !== undefined && { registryPolicy: { organizationId: flags.organizationId } }),
    },
    'flags',
  );
}
