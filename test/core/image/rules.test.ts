import { parseRegistryEntry } from '../../../src/core/image/ecr-host.js';
import { checkRule, mapImage, parseRuleSpec } from '../../../src/core/image/rules.js';
import { ecr, REGISTRY, TARGET } from '../../helpers/target.js';

const D = `sha256:${'b'.repeat(64)}`;

describe('mapImage', () => {
  test.each([
    ['node:20', ecr('docker-hub/library/node:20')],
    ['node', ecr('docker-hub/library/node')],
    ['docker.io/library/node:20', ecr('docker-hub/library/node:20')],
    ['index.docker.io/node:20', ecr('docker-hub/library/node:20')],
    ['percona/percona-server:8.0', ecr('docker-hub/percona/percona-server:8.0')],
    [`node:20@${D}`, ecr(`docker-hub/library/node:20@${D}`)],
    [`alpine@${D}`, ecr(`docker-hub/library/alpine@${D}`)],
    ['quay.io/prometheus/node-exporter:v1.8.0', ecr('quay/prometheus/node-exporter:v1.8.0')],
    ['ghcr.io/actions/actions-runner:2.320.0', ecr('github/actions/actions-runner:2.320.0')],
    ['public.ecr.aws/docker/library/busybox:1.36', ecr('ecr-public/docker/library/busybox:1.36')],
    ['registry.k8s.io/pause:3.10', ecr('k8s/pause:3.10')],
  ])('%s → %s', (image, uri) => {
    const m = mapImage(image, TARGET);
    expect(m).toMatchObject({ kind: 'mapped', uri });
  });

  test('a reference already in the target registry is left as it is', () => {
    const uri = ecr('docker-hub/library/node:20');
    expect(mapImage(uri, TARGET)).toMatchObject({ kind: 'cached', uri });
  });

  test('a reference under another name of the same registry (an alias) is left as it is', () => {
    const target = { ...TARGET, registry: '127.0.0.1:5000', aliases: [REGISTRY] };
    expect(mapImage(ecr('docker-hub/library/node:20'), target)).toMatchObject({ kind: 'cached' });
    expect(mapImage('node:20', target)).toMatchObject({ uri: '127.0.0.1:5000/docker-hub/library/node:20' });
  });

  test('a registry with no rule is left alone with a reason', () => {
    expect(mapImage('mcr.microsoft.com/dotnet/sdk:8.0', TARGET)).toMatchObject({
      kind: 'unmapped',
      reason: 'no pull-through rule for mcr.microsoft.com',
    });
  });

  test('invalid references come back as invalid with the rule broken', () => {
    expect(mapImage('Node:20', TARGET)).toMatchObject({
      kind: 'invalid',
      error: expect.stringContaining('lowercase'),
    });
  });

  test('ROOT prefix maps to the bare upstream path', () => {
    const target = {
      registry: REGISTRY,
      rules: [{ ecrRepositoryPrefix: 'ROOT', upstreamRegistryUrl: 'quay.io' }],
    };
    expect(mapImage('quay.io/a/b:1', target)).toMatchObject({ uri: ecr('a/b:1') });
  });

  test('ECR-to-ECR rules with an upstream repository prefix map only paths under it, replacing it', () => {
    const up = '444455556666.dkr.ecr.us-west-2.amazonaws.com';
    const target = {
      registry: REGISTRY,
      rules: [
        { ecrRepositoryPrefix: 'prod', upstreamRegistryUrl: up, upstreamRepositoryPrefix: 'team-a' },
        { ecrRepositoryPrefix: 'mirror', upstreamRegistryUrl: up },
      ],
    };
    expect(mapImage(`${up}/team-a/app:1`, target)).toMatchObject({ uri: ecr('prod/app:1') });
    expect(mapImage(`${up}/team-b/app:1`, target)).toMatchObject({ uri: ecr('mirror/team-b/app:1') });
    const only = { registry: REGISTRY, rules: [target.rules[0]!] };
    expect(mapImage(`${up}/team-b/app:1`, only)).toMatchObject({
      kind: 'unmapped',
      reason: expect.stringContaining('team-b/app'),
    });
  });

  test('Azure and other hosts match by host name, case-insensitively', () => {
    const target = { registry: REGISTRY, rules: [parseRuleSpec('azure=https://MyReg.azurecr.io/')] };
    expect(mapImage('myreg.azurecr.io/team/app:1', target)).toMatchObject({ uri: ecr('azure/team/app:1') });
  });

  test('library/ is never added to a multi-part name', () => {
    const m = mapImage('grafana/grafana:11', TARGET);
    expect(m).toMatchObject({ uri: ecr('docker-hub/grafana/grafana:11') });
  });
});

describe('parseRuleSpec', () => {
  test.each([
    [
      'docker-hub=registry-1.docker.io',
      { ecrRepositoryPrefix: 'docker-hub', upstreamRegistryUrl: 'registry-1.docker.io' },
    ],
    ['quay=https://quay.io/', { ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'quay.io' }],
    [
      'prod=444455556666.dkr.ecr.us-west-2.amazonaws.com/team-a',
      {
        ecrRepositoryPrefix: 'prod',
        upstreamRegistryUrl: '444455556666.dkr.ecr.us-west-2.amazonaws.com',
        upstreamRepositoryPrefix: 'team-a',
      },
    ],
    ['ROOT=quay.io', { ecrRepositoryPrefix: 'ROOT', upstreamRegistryUrl: 'quay.io' }],
    ['team/hub=docker.io', { ecrRepositoryPrefix: 'team/hub', upstreamRegistryUrl: 'docker.io' }],
  ])('%s', (spec, rule) => {
    expect(parseRuleSpec(spec)).toEqual(rule);
  });

  test.each([
    'docker-hub',
    '=quay.io',
    'quay=',
    'Quay=quay.io',
    'x=quay.io',
    'a=not a host',
    // names that would leave a folder, break a line or start a flag where rules are written out
    '../../x=quay.io',
    'a\nb=quay.io',
    'up=../../escaped',
    'up=..',
    'up=-x.example',
    'nl=evil.example\n::warning::pwned',
    'flag=k.example\n--insecure-pull',
    'team\n--skip-tls-verify=mcr.microsoft.com',
    'sub=444455556666.dkr.ecr.us-west-2.amazonaws.com/../x',
    'sub=444455556666.dkr.ecr.us-west-2.amazonaws.com/Team',
  ])('rejects %j', (spec) => {
    expect(() => parseRuleSpec(spec)).toThrow(/invalid rule/);
  });

  test('the message names the rule escaped, on one line', () => {
    expect(() => parseRuleSpec('a\nb=quay.io')).toThrow(
      'invalid rule "a\\nb=quay.io": prefix "a\\nb" must be ROOT or 2-30 lowercase letters',
    );
    expect(() => parseRuleSpec('nl=evil.example\n::warning::pwned')).toThrow(
      'invalid rule "nl=evil.example\\n::warning::pwned": "evil.example\\n::warning::pwned" is not a registry host',
    );
  });
});

describe('checkRule: a rule as an object (DescribePullThroughCacheRules, the library) is checked as --rule is', () => {
  test('a usable rule comes back as it is, without a scheme', () => {
    expect(
      checkRule({ ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'https://quay.io' }, 'rule'),
    ).toEqual({
      ecrRepositoryPrefix: 'quay',
      upstreamRegistryUrl: 'quay.io',
    });
    const ecr = {
      ecrRepositoryPrefix: 'prod',
      upstreamRegistryUrl: '444455556666.dkr.ecr.us-west-2.amazonaws.com',
      upstreamRepositoryPrefix: 'team-a',
    };
    expect(checkRule(ecr, 'rule')).toEqual(ecr);
  });

  test.each([
    [{ ecrRepositoryPrefix: '../../x', upstreamRegistryUrl: 'quay.io' }, 'prefix "../../x"'],
    [{ ecrRepositoryPrefix: 'a\nb', upstreamRegistryUrl: 'quay.io' }, 'prefix "a\\nb"'],
    [
      { ecrRepositoryPrefix: 'up', upstreamRegistryUrl: '../../escaped' },
      '"../../escaped" is not a registry host',
    ],
    [{ ecrRepositoryPrefix: 'up', upstreamRegistryUrl: 'quay.io/x' }, '"quay.io/x" is not a registry host'],
    [
      { ecrRepositoryPrefix: 'sub', upstreamRegistryUrl: 'quay.io', upstreamRepositoryPrefix: '../x\ny' },
      'upstream repository prefix "../x\\ny"',
    ],
  ])('%j is refused: %s', (rule, message) => {
    expect(() => checkRule(rule, 'pull-through rule')).toThrow(`invalid pull-through rule: ${message}`);
  });
});

describe('parseRegistryEntry', () => {
  test.each([
    ['111122223333', '111122223333.dkr.ecr.eu-west-1.amazonaws.com', 'eu-west-1'],
    [
      'https://444455556666.dkr.ecr.us-east-1.amazonaws.com/',
      '444455556666.dkr.ecr.us-east-1.amazonaws.com',
      'us-east-1',
    ],
    [
      '555566667777.dkr.ecr.cn-north-1.amazonaws.com.cn',
      '555566667777.dkr.ecr.cn-north-1.amazonaws.com.cn',
      'cn-north-1',
    ],
  ])('%s', (entry, host, region) => {
    expect(parseRegistryEntry(entry, () => 'eu-west-1')).toMatchObject({ host, region });
  });

  test('the default region is asked for only for an account id; other names are not registries', () => {
    const noRegion = () => {
      throw new Error('no region');
    };
    expect(parseRegistryEntry('444455556666.dkr.ecr.us-east-1.amazonaws.com', noRegion)?.account).toBe(
      '444455556666',
    );
    expect(parseRegistryEntry('docker.io', noRegion)).toBeUndefined();
    expect(() => parseRegistryEntry('111122223333', noRegion)).toThrow('no region');
  });
});
