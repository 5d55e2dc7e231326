// One row per host fact: what each ECR registry host means, and that the table builds it back.
import { describe, expect, test } from '@jest/globals';
import { layerBucketHost } from '../../../src/core/addresses.js';
import { ecrHostFor, parseEcrHost, partitionOf, REGION_NAME } from '../../../src/core/image/ecr-host.js';
import { upstreamOf } from '../../../src/core/image/upstreams.js';
import { organizationImportStatement } from '../../../src/core/setup/registry-policies.js';

const A = '111122223333';

describe('registry hosts', () => {
  test.each([
    ['standard', `${A}.dkr.ecr.us-east-1.amazonaws.com`, 'us-east-1', 'aws', false, false],
    ['FIPS', `${A}.dkr.ecr-fips.us-east-1.amazonaws.com`, 'us-east-1', 'aws', true, false],
    ['dual-stack', `${A}.dkr-ecr.eu-west-1.on.aws`, 'eu-west-1', 'aws', false, true],
    ['dual-stack FIPS', `${A}.dkr-ecr-fips.us-east-2.on.aws`, 'us-east-2', 'aws', true, true],
    ['China: .com.cn', `${A}.dkr.ecr.cn-north-1.amazonaws.com.cn`, 'cn-north-1', 'aws-cn', false, false],
    [
      'China dual-stack',
      `${A}.dkr-ecr.cn-northwest-1.on.amazonwebservices.com.cn`,
      'cn-northwest-1',
      'aws-cn',
      false,
      true,
    ],
    [
      'GovCloud FIPS',
      `${A}.dkr.ecr-fips.us-gov-west-1.amazonaws.com`,
      'us-gov-west-1',
      'aws-us-gov',
      true,
      false,
    ],
    [
      'European Sovereign Cloud: amazonaws.eu',
      `${A}.dkr.ecr.eusc-de-east-1.amazonaws.eu`,
      'eusc-de-east-1',
      'aws-eusc',
      false,
      false,
    ],
    [
      'European Sovereign Cloud dual-stack',
      `${A}.dkr-ecr.eusc-de-east-1.on.amazonwebservices.eu`,
      'eusc-de-east-1',
      'aws-eusc',
      false,
      true,
    ],
  ])('%s: %s', (_, host, region, partition, fips, dualStack) => {
    expect(parseEcrHost(host)).toEqual({ account: A, region, partition, fips, dualStack, host });
    expect(parseEcrHost(`https://${host.toUpperCase()}/`)?.host).toBe(host);
    expect(ecrHostFor(A, region, { fips, dualStack })).toBe(host);
  });

  test.each([
    ['a China region on .com', `${A}.dkr.ecr.cn-north-1.amazonaws.com`],
    ['a commercial region on .com.cn', `${A}.dkr.ecr.us-east-1.amazonaws.com.cn`],
    ['a sovereign region on .com', `${A}.dkr.ecr.eusc-de-east-1.amazonaws.com`],
    ['a commercial region on .eu', `${A}.dkr.ecr.us-east-1.amazonaws.eu`],
    ['China dual-stack on on.aws', `${A}.dkr-ecr.cn-north-1.on.aws`],
    ['an 11-digit account', '11112222333.dkr.ecr.us-east-1.amazonaws.com'],
    ['more after the suffix', `${A}.dkr.ecr.us-east-1.amazonaws.com.example.org`],
    ['no region', `${A}.dkr.ecr.amazonaws.com`],
    ['ECR Public', 'public.ecr.aws'],
    ['a local stand-in', '127.0.0.1:5000'],
  ])('not an ECR host: %s', (_, host) => {
    expect(parseEcrHost(host)).toBeUndefined();
  });
});

describe('partitions', () => {
  test.each([
    ['us-east-1', 'aws', 'amazonaws.com'],
    ['cn-north-1', 'aws-cn', 'amazonaws.com.cn'],
    ['us-gov-east-1', 'aws-us-gov', 'amazonaws.com'],
    ['eusc-de-east-1', 'aws-eusc', 'amazonaws.eu'],
  ])('%s: ARNs in %s, endpoints under %s', (region, partition, suffix) => {
    expect(REGION_NAME.test(region)).toBe(true);
    expect(partitionOf(region)).toBe(partition);
    expect(ecrHostFor(A, region)).toBe(`${A}.dkr.ecr.${region}.${suffix}`);
    expect(layerBucketHost(region)).toBe(`prod-${region}-starport-layer-bucket.s3.${region}.${suffix}`);
    expect(JSON.stringify(organizationImportStatement('o-abcdef1234', region, A, ['ROOT']))).toContain(
      `"arn:${partition}:ecr:${region}:${A}:repository/*"`,
    );
  });

  test('an ECR upstream is named by its standard or FIPS host, in any partition, never dual-stack', () => {
    expect(upstreamOf(`${A}.dkr.ecr.eusc-de-east-1.amazonaws.eu`)?.auth).toBe('iam-role');
    expect(upstreamOf(`${A}.dkr.ecr-fips.us-east-1.amazonaws.com`)?.auth).toBe('iam-role');
    expect(upstreamOf(`${A}.dkr-ecr.us-east-1.on.aws`)).toBeUndefined();
  });
});
