import { describe, expect, test } from '@jest/globals';
import { parseSetupConfig } from '../../../src/core/setup/config.js';
import { formatSetupSteps } from '../../../src/core/setup/format.js';
import { planSetup } from '../../../src/core/setup/plan.js';
import {
  expireAfterDaysOf,
  expireAfterDaysPolicy,
  ORGANIZATION_STATEMENT_SID,
  organizationImportStatement,
  organizationPullPolicy,
  sameJson,
  withStatement,
} from '../../../src/core/setup/registry-policies.js';
import type { ExistingSecret, RegistryState } from '../../../src/core/setup/state.js';

const ARN = (name: string, suffix = 'AbCdEf') =>
  `arn:aws:secretsmanager:us-east-1:111122223333:secret:${name}-${suffix}`;

const CONFIG = parseSetupConfig(`
rules:
  - prefix: docker-hub
    upstream: docker.io
    credentials: {usernameEnv: U, accessTokenEnv: T}
  - prefix: quay
    upstream: quay.io
template:
  expireAfterDays: 30
registryPolicy:
  organizationId: o-abcdef1234
`);

const EMPTY: RegistryState = { account: '111122223333', region: 'us-east-1', rules: [], secrets: new Map() };

/** The state a successful setup of CONFIG leaves behind. */
function done(overrides: Partial<RegistryState> = {}): RegistryState {
  const statement = organizationImportStatement('o-abcdef1234', 'us-east-1', '111122223333', [
    'docker-hub',
    'quay',
  ]);
  return {
    ...EMPTY,
    rules: [
      {
        ecrRepositoryPrefix: 'docker-hub',
        upstreamRegistryUrl: 'registry-1.docker.io',
        credentialArn: ARN('ecr-pullthroughcache/docker-hub'),
      },
      { ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'quay.io' },
    ],
    secrets: new Map<string, ExistingSecret>([
      ['ecr-pullthroughcache/docker-hub', { arn: ARN('ecr-pullthroughcache/docker-hub'), value: 'same' }],
    ]),
    template: {
      prefix: 'ROOT',
      appliedFor: ['PULL_THROUGH_CACHE'],
      imageTagMutability: 'MUTABLE',
      lifecyclePolicy: expireAfterDaysPolicy(30),
      repositoryPolicy: organizationPullPolicy('o-abcdef1234'),
      description: 'Pull-through cache repositories (managed by ecr-pull-through setup)',
    },
    registryPolicy: withStatement(undefined, statement).text,
    ...overrides,
  };
}

const actions = (state: RegistryState, force = false) =>
  planSetup(CONFIG, state, { force }).steps.map((s) => `${s.action} ${s.kind} ${s.name}`);

describe('planSetup', () => {
  test('a blank registry: everything is created, secrets before the rules that name them', () => {
    const plan = planSetup(CONFIG, EMPTY);
    expect(plan.steps.map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual([
      'create secret ecr-pullthroughcache/docker-hub',
      'create rule docker-hub',
      'create rule quay',
      'create template ROOT',
      'create registry-policy registry',
    ]);
    expect(plan).toMatchObject({ changes: 5, blocked: false });
  });

  test('the state setup leaves behind: nothing to change', () => {
    const plan = planSetup(CONFIG, done());
    expect(plan.steps.every((s) => s.action === 'unchanged')).toBe(true);
    expect(plan.changes).toBe(0);
    expect(formatSetupSteps(plan.steps, { dryRun: false, ...plan }).at(-1)).toMatch(/^nothing to change/);
  });

  test.each<[string, Partial<RegistryState>, string[]]>([
    [
      'a changed credential value updates the secret only',
      {
        secrets: new Map([
          [
            'ecr-pullthroughcache/docker-hub',
            { arn: ARN('ecr-pullthroughcache/docker-hub'), value: 'different' },
          ],
        ]),
      },
      ['update secret ecr-pullthroughcache/docker-hub'],
    ],
    [
      'a secret re-created under the same name: the rule still names the old ARN',
      {
        secrets: new Map([
          [
            'ecr-pullthroughcache/docker-hub',
            { arn: ARN('ecr-pullthroughcache/docker-hub', 'Zz9Zz9'), value: 'same' },
          ],
        ]),
      },
      ['update rule docker-hub'],
    ],
    [
      'a missing secret is created and the rule pointed at it',
      { secrets: new Map() },
      ['create secret ecr-pullthroughcache/docker-hub', 'update rule docker-hub'],
    ],
    [
      'a missing rule is created',
      { rules: [{ ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'quay.io' }] },
      ['create rule docker-hub'],
    ],
    [
      'a template that also serves replication keeps doing so',
      { template: { prefix: 'ROOT', appliedFor: ['REPLICATION'], description: 'x' } },
      ['update template ROOT'],
    ],
    ['no registry policy yet', { registryPolicy: undefined }, ['create registry-policy registry']],
  ])('%s', (_, overrides, changed) => {
    const steps = actions(done(overrides)).filter((s) => !s.startsWith('unchanged'));
    expect(steps).toEqual(changed);
  });

  test('the template update adds PULL_THROUGH_CACHE to what it was applied for, and says what differs', () => {
    const plan = planSetup(
      CONFIG,
      done({ template: { prefix: 'ROOT', appliedFor: ['REPLICATION'], imageTagMutability: 'IMMUTABLE' } }),
    );
    const step = plan.steps.find((s) => s.kind === 'template');
    expect(step).toMatchObject({
      action: 'update',
      template: { appliedFor: ['REPLICATION', 'PULL_THROUGH_CACHE'] },
    });
    expect(step?.reason).toMatch(/not applied for PULL_THROUGH_CACHE.*IMMUTABLE → MUTABLE.*lifecycle policy/);
  });

  test('policies are compared by meaning, not text', () => {
    const reordered = JSON.stringify(JSON.parse(expireAfterDaysPolicy(30)), null, 4);
    const state = done();
    const plan = planSetup(CONFIG, {
      ...state,
      template: { ...state.template!, lifecyclePolicy: reordered },
    });
    expect(plan.changes).toBe(0);
  });

  test('an upstream change is blocked without --force and replaces the rule with it', () => {
    const moved = done({
      rules: [done().rules[0]!, { ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'public.ecr.aws' }],
    });
    const blocked = planSetup(CONFIG, moved);
    expect(blocked.blocked).toBe(true);
    expect(blocked.steps.find((s) => s.name === 'quay')).toMatchObject({
      action: 'blocked',
      reason: expect.stringContaining('--force'),
    });
    expect(formatSetupSteps(blocked.steps, { dryRun: false, ...blocked }).at(-1)).toMatch(/nothing changed/);
    const forced = planSetup(CONFIG, moved, { force: true });
    expect(forced.steps.find((s) => s.name === 'quay')).toMatchObject({ action: 'replace' });
    expect(forced.blocked).toBe(false);
  });

  test('a secret named without variables must exist', () => {
    const config = parseSetupConfig(
      'rules:\n  - {prefix: github, upstream: ghcr.io, credentials: {secret: ecr-pullthroughcache/gh}}',
    );
    expect(planSetup(config, EMPTY).steps[0]).toMatchObject({ kind: 'secret', action: 'blocked' });
    const existing = new Map([
      ['ecr-pullthroughcache/gh', { arn: ARN('ecr-pullthroughcache/gh'), value: 'unknown' as const }],
    ]);
    expect(planSetup(config, { ...EMPTY, secrets: existing }).steps.map((s) => s.action)).toEqual([
      'unchanged',
      'create',
    ]);
  });

  test('the plan shows *** for credentials and names only their variables', () => {
    const plan = planSetup(CONFIG, EMPTY);
    const text = formatSetupSteps(plan.steps, { dryRun: true, ...plan }).join('\n');
    expect(text).toContain(
      '+ create  secret ecr-pullthroughcache/docker-hub: username *** and accessToken *** from U and T',
    );
    expect(text).toMatch(/dry run: 5 changes would be made$/);
  });
});

describe('registry policies', () => {
  test('our statement joins the others, replaces an older version of itself, and is found unchanged', () => {
    const other = {
      Sid: 'Replication',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::1:root' },
      Action: ['ecr:ReplicateImage'],
    };
    const existing = JSON.stringify({
      Version: '2012-10-17',
      Statement: [other, { Sid: ORGANIZATION_STATEMENT_SID, Effect: 'Deny' }],
    });
    const statement = organizationImportStatement('o-abcdef1234', 'eu-west-1', '111122223333', [
      'docker-hub',
      'ROOT',
    ]);
    expect(statement.Resource).toBe('arn:aws:ecr:eu-west-1:111122223333:repository/*');
    const first = withStatement(existing, statement);
    expect(first.changed).toBe(true);
    expect(JSON.parse(first.text).Statement).toEqual([other, statement]);
    expect(withStatement(first.text, statement).changed).toBe(false);
  });

  test('scoped to the rule prefixes, in the region’s partition', () => {
    const s = organizationImportStatement('o-abcdef1234', 'cn-north-1', '111122223333', [
      'quay',
      'docker-hub',
    ]);
    expect(s.Resource).toEqual([
      'arn:aws-cn:ecr:cn-north-1:111122223333:repository/docker-hub/*',
      'arn:aws-cn:ecr:cn-north-1:111122223333:repository/quay/*',
    ]);
  });

  test('lifecycle policy round trip and JSON comparison', () => {
    expect(expireAfterDaysOf(expireAfterDaysPolicy(7))).toBe(7);
    expect(expireAfterDaysOf('{"rules":[]}')).toBeUndefined();
    expect(sameJson('{"a":1,"b":[1,2]}', '{ "b": [1, 2], "a": 1 }')).toBe(true);
    expect(sameJson('{"b":[2,1]}', '{"b":[1,2]}')).toBe(false);
    expect(sameJson(undefined, '{}')).toBe(false);
  });
});
