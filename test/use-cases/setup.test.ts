// setup against the emulator, through the library and through the CLI bundle (node dist/cli.js).
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { ecr } from '../../emulator/helpers.js';
import { type Emulator, startEmulator } from '../../emulator/index.js';
import { doctor, InputError, parseSetupConfig, type SetupReport, setup } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const HUB_USER = 'ci-bot';
const HUB_TOKEN = 'dckr_pat_s3cr3t-V4lue-never-shown';
const GH_TOKEN = 'ghp_an0ther-S3cret-token';
const CREDENTIALS = {
  DOCKERHUB_USERNAME: HUB_USER,
  DOCKERHUB_TOKEN: HUB_TOKEN,
  GHCR_USERNAME: 'octo',
  GHCR_TOKEN: GH_TOKEN,
};
const EXAMPLE = 'examples/setup.yaml';
const CONFIG = parseSetupConfig(readFileSync(EXAMPLE, 'utf8'), EXAMPLE);
const MUTATIONS = [
  'CreateSecret',
  'PutSecretValue',
  'CreatePullThroughCacheRule',
  'UpdatePullThroughCacheRule',
  'DeletePullThroughCacheRule',
  'CreateRepositoryCreationTemplate',
  'UpdateRepositoryCreationTemplate',
  'PutRegistryPolicy',
];

const blank = () => startEmulator({ upstream: 'memory', rules: [], importTime: 0 });
const mutations = (e: Emulator) => e.log.count((entry) => MUTATIONS.includes(entry.operation));
const secretsIn = (text: string) => [HUB_TOKEN, GH_TOKEN].filter((s) => text.includes(s));

describe('setup (library)', () => {
  let emu: Emulator;
  const saved = { ...process.env };

  beforeAll(async () => {
    emu = await blank();
    Object.assign(process.env, emu.env());
  });
  afterAll(async () => {
    process.env = saved;
    await emu.stop();
  });

  test('a blank registry: creates secrets, rules, the template; the second run changes nothing and says so', async () => {
    const dry = await setup({ config: CONFIG, env: CREDENTIALS, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, changes: 8, blocked: false });
    expect(dry.steps.every((s) => !s.applied)).toBe(true);
    expect(mutations(emu)).toBe(0);

    const masked: string[] = [];
    const first = await setup({ config: CONFIG, env: CREDENTIALS, onSecret: (s) => masked.push(s) });
    expect(first.steps.map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual([
      'create secret ecr-pullthroughcache/docker-hub',
      'create secret ecr-pullthroughcache/github',
      'create rule ecr-public',
      'create rule k8s',
      'create rule quay',
      'create rule docker-hub',
      'create rule github',
      'create template ROOT',
    ]);
    expect(first.steps.every((s) => s.applied)).toBe(true);
    expect(masked).toEqual(expect.arrayContaining([HUB_USER, HUB_TOKEN, GH_TOKEN]));
    expect(JSON.parse(emu.secrets.value('ecr-pullthroughcache/docker-hub') ?? '{}')).toEqual({
      username: HUB_USER,
      accessToken: HUB_TOKEN,
    });
    const rules = (await ecr(emu, 'DescribePullThroughCacheRules')).body.pullThroughCacheRules as Record<
      string,
      string
    >[];
    expect(rules.find((r) => r.ecrRepositoryPrefix === 'docker-hub')?.credentialArn).toMatch(
      /:secret:ecr-pullthroughcache\/docker-hub-\w{6}$/,
    );
    const hub = await ecr(emu, 'ValidatePullThroughCacheRule', { ecrRepositoryPrefix: 'docker-hub' });
    expect(hub.body.isValid).toBe(true);
    expect(emu.templates()).toEqual([
      expect.objectContaining({
        prefix: 'ROOT',
        appliedFor: ['PULL_THROUGH_CACHE'],
        imageTagMutability: 'MUTABLE',
      }),
    ]);
    expect(JSON.parse(emu.templates()[0]?.lifecyclePolicy ?? '{}').rules[0].selection.countNumber).toBe(30);
    expect(secretsIn(JSON.stringify(first))).toEqual([]);

    const before = mutations(emu);
    const second = await setup({ config: CONFIG, env: CREDENTIALS });
    expect(second.changes).toBe(0);
    expect(second.steps.every((s) => s.action === 'unchanged' && !s.applied)).toBe(true);
    expect(mutations(emu)).toBe(before);
  });

  test('a rotated token updates the secret and nothing else', async () => {
    const report = await setup({ config: CONFIG, env: { ...CREDENTIALS, DOCKERHUB_TOKEN: 'rotated-token' } });
    expect(changed(report)).toEqual(['update secret ecr-pullthroughcache/docker-hub']);
    expect(JSON.parse(emu.secrets.value('ecr-pullthroughcache/docker-hub') ?? '{}').accessToken).toBe(
      'rotated-token',
    );
    expect(changed(await setup({ config: CONFIG, env: CREDENTIALS }))).toEqual([
      'update secret ecr-pullthroughcache/docker-hub',
    ]);
  });

  test('a deleted secret is created again and the rule pointed at the new ARN; doctor agrees', async () => {
    emu.secrets.delete('ecr-pullthroughcache/github');
    const report = await setup({ config: CONFIG, env: CREDENTIALS });
    expect(changed(report)).toEqual(['create secret ecr-pullthroughcache/github', 'update rule github']);
    const check = await doctor({ config: CONFIG, network: false });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('an upstream change is blocked without --force (nothing changes) and replaces the rule with it', async () => {
    const moved = parseSetupConfig('rules:\n  - {prefix: quay, upstream: public.ecr.aws}');
    const before = mutations(emu);
    const blocked = await setup({ config: moved });
    expect(blocked.blocked).toBe(true);
    expect(blocked.steps[0]).toMatchObject({ action: 'blocked', applied: false });
    expect(mutations(emu)).toBe(before);

    const forced = await setup({ config: moved, force: true });
    expect(changed(forced)).toEqual(['replace rule quay']);
    const quay = await ecr(emu, 'DescribePullThroughCacheRules', { ecrRepositoryPrefixes: ['quay'] });
    expect(
      (quay.body.pullThroughCacheRules as { upstreamRegistryUrl: string }[])[0]?.upstreamRegistryUrl,
    ).toBe('public.ecr.aws');
    await setup({ config: parseSetupConfig('rules:\n  - {prefix: quay, upstream: quay.io}'), force: true });
  });

  test('a missing variable is an input error before any call', async () => {
    const before = emu.log.count();
    const { DOCKERHUB_TOKEN: _, ...partial } = CREDENTIALS;
    await expect(setup({ config: CONFIG, env: partial })).rejects.toThrow(InputError);
    await expect(setup({ config: CONFIG, env: partial })).rejects.toThrow(/DOCKERHUB_TOKEN is not set/);
    expect(emu.log.count()).toBe(before);
  });

  test('a denied call fails naming the step and the permission', async () => {
    emu.setPermissions({ putRegistryPolicy: false });
    try {
      const org = parseSetupConfig('registryPolicy: {organizationId: o-abcdef1234}');
      await expect(setup({ config: org })).rejects.toThrow(
        /create registry-policy registry failed.*ecr:PutRegistryPolicy/,
      );
    } finally {
      emu.setPermissions({ putRegistryPolicy: true });
    }
  });
});

function changed(report: SetupReport): string[] {
  return report.steps.filter((s) => s.applied).map((s) => `${s.action} ${s.kind} ${s.name}`);
}

describe('setup and doctor (CLI bundle)', () => {
  let emu: Emulator;
  afterEach(() => emu.stop());
  const env = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, ...emu.env(), ...CREDENTIALS });

  test('setup --config, then doctor reports clean, then setup changes nothing; no secret is ever printed', async () => {
    emu = await blank();
    const plan = await runCli(['setup', '--config', EXAMPLE, '--dry-run', '--json'], { env: env() });
    expect(plan.code).toBe(0);
    expect(plan.stderr).toContain(
      'username *** and accessToken *** from DOCKERHUB_USERNAME and DOCKERHUB_TOKEN',
    );
    expect(plan.stderr).toContain('dry run: 8 changes would be made');
    expect(JSON.parse(plan.stdout)).toMatchObject({ dryRun: true, changes: 8 });

    const first = await runCli(['setup', '--config', EXAMPLE], { env: env() });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('8 changes made');

    const check = await runCli(['doctor', '--config', EXAMPLE, '--skip-network', '--json'], { env: env() });
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as { ok: boolean; errors: number; warnings: number };
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0 });
    expect(check.stderr).toContain('no problems found');

    const again = await runCli(['setup', '--config', EXAMPLE], { env: env() });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('nothing to change: the registry is already set up as configured');
    for (const r of [plan, first, check, again]) expect(secretsIn(r.stdout + r.stderr)).toEqual([]);
  });

  test('flags for the simple case; exit 2 for bad input, exit 1 when blocked', async () => {
    emu = await blank();
    const ok = await runCli(
      [
        'setup',
        '--rule',
        'hub=docker.io',
        '--credentials',
        'hub=DOCKERHUB_USERNAME:DOCKERHUB_TOKEN',
        '--expire-after-days',
        '7',
      ],
      { env: env() },
    );
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain(
      '+ create  rule hub: upstream registry-1.docker.io, credential ecr-pullthroughcache/hub',
    );
    const missing = await runCli(['setup', '--rule', 'hub=docker.io'], { env: env() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Docker Hub needs credentials');
    const unset = await runCli(
      ['setup', '--rule', 'gh=ghcr.io', '--credentials', 'gh=NOPE_USER:NOPE_TOKEN'],
      {
        env: env(),
      },
    );
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NOPE_USER is not set');
    const blocked = await runCli(
      ['setup', '--rule', 'hub=ghcr.io', '--credentials', 'hub=DOCKERHUB_USERNAME:DOCKERHUB_TOKEN'],
      { env: env() },
    );
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(
      '! blocked rule hub: upstream is registry-1.docker.io, config says ghcr.io',
    );
    expect((await runCli(['setup'], { env: env() })).code).toBe(2);
    expect((await runCli(['setup', '--config', EXAMPLE, '--rule', 'a=quay.io'], { env: env() })).code).toBe(
      2,
    );
  });
});
