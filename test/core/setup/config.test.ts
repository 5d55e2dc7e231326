import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../../src/core/errors.js';
import { canonicalUpstreamUrl, secretNameOfArn, upstreamOf } from '../../../src/core/image/upstreams.js';
import { parseSetupConfig, setupConfigFromFlags } from '../../../src/core/setup/config.js';

describe('parseSetupConfig', () => {
  test('the example file parses, with defaults filled in', () => {
    const config = parseSetupConfig(readFileSync('examples/setup.yaml', 'utf8'), 'examples/setup.yaml');
    expect(config.rules.find((r) => r.ecrRepositoryPrefix === 'docker-hub')).toEqual({
      ecrRepositoryPrefix: 'docker-hub',
      upstreamRegistryUrl: 'registry-1.docker.io',
      credentials: {
        secret: 'ecr-pullthroughcache/docker-hub',
        usernameEnv: 'DOCKERHUB_USERNAME',
        accessTokenEnv: 'DOCKERHUB_TOKEN',
      },
    });
    expect(config.template).toMatchObject({
      prefix: 'ROOT',
      expireAfterDays: 30,
      imageTagMutability: 'MUTABLE',
    });
  });

  test('Docker Hub aliases become registry-1.docker.io; a secret defaults to ecr-pullthroughcache/PREFIX', () => {
    const config = parseSetupConfig(
      'rules:\n  - prefix: hub\n    upstream: https://docker.io/\n    credentials: {usernameEnv: U, accessTokenEnv: T}\n',
    );
    expect(config.rules[0]).toEqual({
      ecrRepositoryPrefix: 'hub',
      upstreamRegistryUrl: 'registry-1.docker.io',
      credentials: { secret: 'ecr-pullthroughcache/hub', usernameEnv: 'U', accessTokenEnv: 'T' },
    });
  });

  test('an ECR-to-ECR rule takes an upstream prefix and a role', () => {
    const config = parseSetupConfig(`rules:
  - prefix: team
    upstream: 444455556666.dkr.ecr.us-west-2.amazonaws.com
    upstreamRepositoryPrefix: team
    roleArn: arn:aws:iam::111122223333:role/ptc
`);
    expect(config.rules[0]).toEqual({
      ecrRepositoryPrefix: 'team',
      upstreamRegistryUrl: '444455556666.dkr.ecr.us-west-2.amazonaws.com',
      upstreamRepositoryPrefix: 'team',
      customRoleArn: 'arn:aws:iam::111122223333:role/ptc',
    });
  });

  test.each([
    ['rules: [1', /not valid YAML/],
    ['- a\n- b', /expected a mapping/],
    ['rules: {}', /rules: expected a list/],
    ['rulez: []', /unknown key "rulez"/],
    ['{}', /nothing to set up/],
    ['rules:\n  - upstream: quay.io', /rules\[0\]: prefix is required/],
    ['rules:\n  - prefix: q\n    upstream: quay.io', /prefix "q" must be ROOT or 2-30/],
    ['rules:\n  - prefix: mcr\n    upstream: mcr.microsoft.com', /does not support "mcr.microsoft.com"/],
    [
      'rules:\n  - prefix: hub\n    upstream: registry-1.docker.io',
      /Docker Hub needs credentials.*ecr-pullthroughcache\/hub/,
    ],
    [
      'rules:\n  - prefix: quay\n    upstream: quay.io\n    credentials: {secret: ecr-pullthroughcache/q}',
      /Quay takes no credentials/,
    ],
    [
      'rules:\n  - prefix: gh\n    upstream: ghcr.io\n    credentials: {secret: gh-token}',
      /only reads secrets named ecr-pullthroughcache\//,
    ],
    [
      'rules:\n  - prefix: gh\n    upstream: ghcr.io\n    credentials: {usernameEnv: U}',
      /both usernameEnv and accessTokenEnv/,
    ],
    [
      'rules:\n  - prefix: gh\n    upstream: ghcr.io\n    credentials: {usernameEnv: 1X, accessTokenEnv: T}',
      /not an environment variable name/,
    ],
    [
      'rules:\n  - prefix: quay\n    upstream: quay.io\n    upstreamRepositoryPrefix: x',
      /only ECR-to-ECR rules have an upstream repository prefix/,
    ],
    [
      'rules:\n  - prefix: quay\n    upstream: quay.io\n  - prefix: quay\n    upstream: quay.io',
      /prefix "quay" is given twice/,
    ],
    [
      'rules:\n  - prefix: a1\n    upstream: ghcr.io\n    credentials: {secret: ecr-pullthroughcache/x, usernameEnv: A, accessTokenEnv: B}\n  - prefix: a2\n    upstream: ghcr.io\n    credentials: {secret: ecr-pullthroughcache/x, usernameEnv: C, accessTokenEnv: D}',
      /filled from different variables/,
    ],
    ['template: {expireAfterDays: 0}', /whole number of days/],
    ['template: {imageTagMutability: SOMETIMES}', /MUTABLE or IMMUTABLE/],
    ['registryPolicy: {organizationId: acme}', /not an organization id/],
    ['region: mars', /not a region/],
  ])('%j is refused: %s', (text, message) => {
    expect(() => parseSetupConfig(text, 'setup.yaml')).toThrow(InputError);
    expect(() => parseSetupConfig(text, 'setup.yaml')).toThrow(message);
  });
});

describe('setupConfigFromFlags', () => {
  test('rules, the three credential forms, a ROOT template and an organization', () => {
    const config = setupConfigFromFlags({
      rules: ['docker-hub=docker.io', 'github=ghcr.io', 'gitlab=registry.gitlab.com', 'quay=quay.io'],
      credentials: [
        'docker-hub=HUB_USER:HUB_TOKEN',
        'github=ecr-pullthroughcache/gh',
        'gitlab=ecr-pullthroughcache/gl:GL_USER:GL_TOKEN',
      ],
      expireAfterDays: 14,
      organizationId: 'o-abcdef1234',
    });
    expect(config.rules.map((r) => [r.ecrRepositoryPrefix, r.upstreamRegistryUrl, r.credentials])).toEqual([
      [
        'docker-hub',
        'registry-1.docker.io',
        { secret: 'ecr-pullthroughcache/docker-hub', usernameEnv: 'HUB_USER', accessTokenEnv: 'HUB_TOKEN' },
      ],
      ['github', 'ghcr.io', { secret: 'ecr-pullthroughcache/gh' }],
      [
        'gitlab',
        'registry.gitlab.com',
        { secret: 'ecr-pullthroughcache/gl', usernameEnv: 'GL_USER', accessTokenEnv: 'GL_TOKEN' },
      ],
      ['quay', 'quay.io', undefined],
    ]);
    expect(config.template).toMatchObject({ prefix: 'ROOT', expireAfterDays: 14 });
    expect(config.organizationId).toBe('o-abcdef1234');
  });

  test.each([
    [{ rules: ['hub=docker.io'], credentials: ['hub'] }, /invalid --credentials "hub"/],
    [{ rules: ['hub=docker.io'], credentials: ['hub=a:b:c:d'] }, /invalid --credentials/],
    [{ rules: ['quay=quay.io'], credentials: ['hub=U:T'] }, /no --rule hub=/],
    [{ rules: ['hub=docker.io'] }, /Docker Hub needs credentials/],
  ])('%j is refused', (flags, message) => {
    expect(() => setupConfigFromFlags(flags)).toThrow(message);
  });
});

describe('upstreams', () => {
  test.each([
    ['docker.io', 'registry-1.docker.io', 'secret'],
    ['index.docker.io', 'registry-1.docker.io', 'secret'],
    ['HTTPS://Quay.io/', 'quay.io', 'none'],
    ['public.ecr.aws', 'public.ecr.aws', 'none'],
    ['myreg.azurecr.io', 'myreg.azurecr.io', 'secret'],
    ['cgr.dev', 'cgr.dev', 'secret'],
    [
      '444455556666.dkr.ecr.eu-west-1.amazonaws.com',
      '444455556666.dkr.ecr.eu-west-1.amazonaws.com',
      'iam-role',
    ],
  ])('%s → %s (%s)', (url, canonical, auth) => {
    expect(canonicalUpstreamUrl(url)).toBe(canonical);
    expect(upstreamOf(url)?.auth).toBe(auth);
  });

  test('an unsupported registry has no upstream; secret names come out of ARNs without the suffix', () => {
    expect(upstreamOf('mcr.microsoft.com')).toBeUndefined();
    expect(secretNameOfArn('arn:aws:secretsmanager:us-east-1:1:secret:ecr-pullthroughcache/hub-AbCdEf')).toBe(
      'ecr-pullthroughcache/hub',
    );
    expect(secretNameOfArn('ecr-pullthroughcache/hub')).toBeUndefined();
  });
});

test('a region of any partition is a region (the European Sovereign Cloud too)', () => {
  const config = 'rules:\n  - {prefix: quay, upstream: quay.io}\n';
  expect(parseSetupConfig(`region: eusc-de-east-1\n${config}`).region).toBe('eusc-de-east-1');
  expect(parseSetupConfig(`region: cn-north-1\n${config}`).region).toBe('cn-north-1');
});
