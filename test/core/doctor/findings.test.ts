import { describe, expect, test } from '@jest/globals';
import { classifyAddress, layerBucketHost } from '../../../src/core/addresses.js';
import { type DoctorFinding, formatFindings, regionFindings } from '../../../src/core/doctor/findings.js';
import { egressFindings, endpointFindings } from '../../../src/core/doctor/network.js';
import { permissionFindings, principalArnOf, probeOutcome } from '../../../src/core/doctor/permissions.js';
import { ruleFindings } from '../../../src/core/doctor/rules.js';
import { templateFindings, templateFor } from '../../../src/core/doctor/templates.js';
import type { ExistingTemplate } from '../../../src/core/setup/state.js';

const codes = (fs: readonly DoctorFinding[]) => fs.map((f) => `${f.severity}:${f.code}`);
const DENIED = { name: 'AccessDeniedException', message: 'not authorized' };
const HUB = { ecrRepositoryPrefix: 'docker-hub', upstreamRegistryUrl: 'registry-1.docker.io' };
const HUB_ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:ecr-pullthroughcache/docker-hub-AbCdEf';

describe('addresses', () => {
  test.each([
    ['10.0.3.7', 'private'],
    ['172.16.0.1', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.10', 'private'],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['fd12:3456::1', 'private'],
    ['::ffff:10.1.2.3', 'private'],
    ['52.216.10.1', 'public'],
    ['2600:1f18::1', 'public'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  test('the layer bucket of a region', () => {
    expect(layerBucketHost('eu-west-1')).toBe(
      'prod-eu-west-1-starport-layer-bucket.s3.eu-west-1.amazonaws.com',
    );
    expect(layerBucketHost('cn-north-1')).toMatch(/\.amazonaws\.com\.cn$/);
  });
});

describe('rules', () => {
  test.each<[string, Parameters<typeof ruleFindings>[0], string[]]>([
    ['no rules at all', [], ['error:no-rules']],
    ['rules not readable', DENIED, ['warning:rules-unreadable']],
    ['a valid rule', [{ rule: HUB, validation: { isValid: true } }], ['ok:rule-ok']],
    [
      'a rule whose secret is gone: one finding, the specific one',
      [
        {
          rule: { ...HUB, credentialArn: HUB_ARN },
          validation: { isValid: false, failure: 'Unable to access the secret' },
          secret: 'missing',
        },
      ],
      ['error:secret-missing'],
    ],
    [
      'a secret without the keys ECR wants',
      [
        {
          rule: { ...HUB, credentialArn: HUB_ARN },
          validation: { isValid: false, failure: 'bad keys' },
          secret: 'found',
        },
      ],
      ['error:rule-invalid'],
    ],
    [
      'a Hub rule with no credential at all',
      [{ rule: HUB, validation: { isValid: false } }],
      ['error:secret-missing'],
    ],
    [
      'validation denied: noted once for all rules',
      [
        { rule: HUB, validation: DENIED },
        { rule: { ecrRepositoryPrefix: 'quay', upstreamRegistryUrl: 'quay.io' }, validation: DENIED },
      ],
      ['note:rule-unvalidated'],
    ],
  ])('%s', (_, input, expected) => {
    expect(codes(ruleFindings(input))).toEqual(expected);
  });

  test('the invalid-secret fix names the secret and its keys', () => {
    const [f] = ruleFindings([
      {
        rule: { ...HUB, credentialArn: HUB_ARN },
        validation: { isValid: false, failure: 'x' },
        secret: 'found',
      },
    ]);
    expect(f?.fix).toContain('ecr-pullthroughcache/docker-hub');
    expect(f?.fix).toContain('"username"');
    expect(f?.fix).toContain('"accessToken"');
  });
});

describe('permissions', () => {
  test.each([
    [undefined, 'allowed'],
    ['RepositoryNotFoundException', 'allowed'],
    ['LayersNotFoundException', 'allowed'],
    ['AccessDeniedException', 'denied'],
    ['ThrottlingException', 'failed'],
  ])('a probe answered %s means %s', (name, outcome) => {
    expect(probeOutcome(name)).toBe(outcome);
  });

  test('assumed roles map to their role', () => {
    expect(principalArnOf('arn:aws:sts::111122223333:assumed-role/ci/session')).toBe(
      'arn:aws:iam::111122223333:role/ci',
    );
    expect(principalArnOf('arn:aws:iam::111122223333:user/bob')).toBe('arn:aws:iam::111122223333:user/bob');
  });

  test('a denied pull permission is an error naming the prefixes, the resources and the role; BatchGetImage and the import permissions are noted as unchecked', () => {
    const findings = permissionFindings(
      [
        { action: 'ecr:GetAuthorizationToken', outcome: 'allowed' },
        { action: 'ecr:GetDownloadUrlForLayer', prefix: 'docker-hub', outcome: 'denied' },
        { action: 'ecr:GetDownloadUrlForLayer', prefix: 'quay', outcome: 'allowed' },
        { action: 'ecr:DescribeImages', prefix: 'quay', outcome: 'denied' },
        { action: 'ecr:ListImages', prefix: 'quay', outcome: 'failed', detail: 'Rate exceeded' },
      ],
      {
        region: 'us-east-1',
        account: '111122223333',
        callerArn: 'arn:aws:sts::111122223333:assumed-role/ci/s',
        prefixes: ['docker-hub', 'quay'],
      },
    );
    expect(codes(findings)).toEqual([
      'ok:permission-ok',
      'error:permission-missing',
      'warning:permission-missing',
      'warning:permission-unknown',
      'note:permission-unchecked',
    ]);
    expect(findings[1]).toMatchObject({
      subject: 'ecr:GetDownloadUrlForLayer',
      message: expect.stringContaining('docker-hub/*'),
      fix: 'allow ecr:GetDownloadUrlForLayer on arn:aws:ecr:us-east-1:111122223333:repository/docker-hub/* in the policy of arn:aws:iam::111122223333:role/ci',
    });
    // BatchGetImage on a pull-through path is a pull (it may create the repository and import):
    // no probe, but IAM's policy simulator in the fix.
    expect(findings[4]).toMatchObject({
      subject: 'ecr:BatchGetImage, ecr:BatchImportUpstreamImage, ecr:CreateRepository',
      message: expect.stringContaining('BatchGetImage is itself a pull'),
    });
    expect(findings[4]?.fix).toMatch(
      /^aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::111122223333:role\/ci --action-names ecr:BatchGetImage ecr:BatchImportUpstreamImage ecr:CreateRepository --resource-arns arn:aws:ecr:us-east-1:111122223333:repository\/docker-hub\/\* arn:aws:ecr:us-east-1:111122223333:repository\/quay\/\*/,
    );
  });
});

describe('templates', () => {
  const root: ExistingTemplate = {
    prefix: 'ROOT',
    appliedFor: ['PULL_THROUGH_CACHE'],
    imageTagMutability: 'MUTABLE',
    lifecyclePolicy: '{}',
  };

  test('the most specific template applied for pull-through cache wins', () => {
    const hub = { ...root, prefix: 'docker-hub' };
    const replication = { ...root, prefix: 'quay', appliedFor: ['REPLICATION'] };
    expect(templateFor([root, hub, replication], 'docker-hub')?.prefix).toBe('docker-hub');
    expect(templateFor([root, hub, replication], 'quay')?.prefix).toBe('ROOT');
    expect(templateFor([replication], 'quay')).toBeUndefined();
  });

  test.each<[string, Parameters<typeof templateFindings>[0], string[]]>([
    ['none', [], ['warning:template-missing']],
    ['a good one', [root], ['ok:template-ok']],
    ['immutable tags', [{ ...root, imageTagMutability: 'IMMUTABLE' }], ['warning:tag-immutability']],
    ['no lifecycle policy', [{ ...root, lifecyclePolicy: undefined }], ['note:template-no-lifecycle']],
    ['resource tags without a role', [{ ...root, resourceTags: 2 }], ['warning:template-needs-role']],
    [
      'resource tags with a role',
      [{ ...root, resourceTags: 2, customRoleArn: 'arn:aws:iam::1:role/r' }],
      ['ok:template-ok'],
    ],
    ['unreadable', DENIED, ['warning:templates-unreadable']],
  ])('%s', (_, templates, expected) => {
    expect(codes(templateFindings(templates, [HUB]))).toEqual(expected);
  });

  test('existing cache repositories with immutable tags', () => {
    const names = Array.from({ length: 7 }, (_, i) => `docker-hub/library/x${i}`);
    const [, f] = templateFindings([root], [HUB], names);
    expect(f).toMatchObject({ code: 'tag-immutability', message: expect.stringContaining('and 2 more') });
  });
});

describe('network', () => {
  test.each<[string, Parameters<typeof endpointFindings>[0][number], string]>([
    [
      'interface endpoint',
      { role: 'api', host: 'api.ecr.us-east-1.amazonaws.com', addresses: ['10.0.1.5'], reachable: true },
      'ok:endpoint-private',
    ],
    [
      'interface endpoint behind a closed security group',
      { role: 'registry', host: 'r', addresses: ['10.0.1.5'], reachable: false },
      'error:endpoint-unreachable',
    ],
    [
      'public and reachable (NAT)',
      { role: 'api', host: 'a', addresses: ['52.1.2.3'], reachable: true },
      'note:endpoint-public',
    ],
    [
      'public without egress',
      { role: 'registry', host: 'r', addresses: ['52.1.2.3'], reachable: false },
      'error:endpoint-unreachable',
    ],
    ['unresolvable', { role: 'api', host: 'a', resolveError: 'ENOTFOUND' }, 'error:endpoint-unresolved'],
    [
      'S3 through a gateway endpoint or NAT',
      { role: 'layers', host: 's3', addresses: ['52.1.2.3'], reachable: true },
      'note:layers-public',
    ],
    [
      'S3 without a gateway endpoint',
      { role: 'layers', host: 's3', addresses: ['52.1.2.3'], reachable: false },
      'error:layers-unreachable',
    ],
    ['through a proxy', { role: 'api', host: 'a', via: 'proxy:3128', reachable: true }, 'ok:endpoint-proxy'],
  ])('%s', (_, check, expected) => {
    expect(codes(endpointFindings([check], 'us-east-1'))).toEqual([expected]);
  });

  test('the fixes name the VPC endpoint services', () => {
    const [api, layers] = endpointFindings(
      [
        { role: 'api', host: 'a', addresses: ['52.1.2.3'], reachable: false },
        { role: 'layers', host: 's3', addresses: ['52.1.2.3'], reachable: false },
      ],
      'eu-central-1',
    );
    expect(api?.fix).toContain('com.amazonaws.eu-central-1.ecr.api');
    expect(layers?.fix).toContain('S3 gateway endpoint com.amazonaws.eu-central-1.s3');
  });

  test('in the China regions interface endpoints are cn.com.amazonaws, the S3 gateway is not', () => {
    const [api, registry, layers] = endpointFindings(
      [
        { role: 'api', host: 'a', addresses: ['52.1.2.3'], reachable: false },
        { role: 'registry', host: 'r', resolveError: 'ENOTFOUND', reachable: false },
        { role: 'layers', host: 's3', addresses: ['52.1.2.3'], reachable: false },
      ],
      'cn-north-1',
    );
    expect(api?.fix).toContain('endpoint cn.com.amazonaws.cn-north-1.ecr.api');
    expect(registry?.fix).toContain('endpoint cn.com.amazonaws.cn-north-1.ecr.dkr');
    expect(layers?.fix).toContain('S3 gateway endpoint com.amazonaws.cn-north-1.s3');
  });

  test('first pulls without egress: one warning with the fix, one ok for what is reachable', () => {
    const findings = egressFindings([
      { host: 'registry-1.docker.io', prefixes: ['docker-hub'], reachable: false },
      { host: 'quay.io', prefixes: ['quay'], reachable: false },
      { host: 'public.ecr.aws', prefixes: ['ecr-public'], reachable: true, via: 'proxy:3128' },
    ]);
    expect(codes(findings)).toEqual(['warning:first-pull-no-egress', 'ok:first-pull-egress']);
    expect(findings[0]?.fix).toBe(
      'warm the cache first (ecr-pull-through warm) or give the subnet a NAT route during imports',
    );
    expect(findings[0]?.message).toContain('registry-1.docker.io, quay.io');
  });
});

describe('region and report', () => {
  test('FIPS endpoints and regions without pull-through cache', () => {
    expect(codes(regionFindings('us-east-1', true, true))).toEqual(['warning:fips-first-pull']);
    expect(codes(regionFindings('us-gov-west-1', false, false))).toEqual(['warning:region-without-ptc']);
    expect(regionFindings('us-gov-west-1', false, true)).toEqual([]);
  });

  test('each finding on a line, its fix under it, a summary last', () => {
    const lines = formatFindings([
      { code: 'a', severity: 'ok', subject: 's', message: 'fine', fix: 'not shown' },
      { code: 'b', severity: 'error', subject: 't', message: 'broken', fix: 'do this' },
    ]);
    expect(lines).toEqual([
      'ok    s: fine',
      'ERROR t: broken',
      '      fix: do this',
      '1 error, 0 warnings: pulls through the cache would fail',
    ]);
  });
});
