// One row per host fact: what each ECR registry host means, and that the table builds it back.
import { describe, expect, test } from '@jest/globals';
import { layerBucketHost } from '../../../src/core/addresses.js';
import {
  ecrHostFor,
  parseEcrHost,
  parseRegistryEntry,
  partitionOf,
  REGION_NAME,
  registryHostIn,
} from '../../../src/core/image/ecr-host.js';
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

// The registry host follows the same FIPS and dual-stack settings as the API endpoint: an account id
// is built in the asked form, and the standard host a token's proxyEndpoint names is moved to it.
describe('registry hosts in the endpoint variant the settings ask for', () => {
  const none = {};
  const fips = { fips: true };
  const dual = { dualStack: true };
  const both = { fips: true, dualStack: true };
  test.each([
    ['amazonaws.com', 'us-east-1', none, `${A}.dkr.ecr.us-east-1.amazonaws.com`],
    ['amazonaws.com, FIPS', 'us-east-1', fips, `${A}.dkr.ecr-fips.us-east-1.amazonaws.com`],
    ['on.aws dual-stack', 'eu-west-1', dual, `${A}.dkr-ecr.eu-west-1.on.aws`],
    ['on.aws dual-stack FIPS', 'us-east-2', both, `${A}.dkr-ecr-fips.us-east-2.on.aws`],
    ['GovCloud FIPS', 'us-gov-west-1', fips, `${A}.dkr.ecr-fips.us-gov-west-1.amazonaws.com`],
    ['.com.cn', 'cn-north-1', none, `${A}.dkr.ecr.cn-north-1.amazonaws.com.cn`],
    ['.com.cn dual-stack', 'cn-north-1', dual, `${A}.dkr-ecr.cn-north-1.on.amazonwebservices.com.cn`],
    ['amazonaws.eu', 'eusc-de-east-1', none, `${A}.dkr.ecr.eusc-de-east-1.amazonaws.eu`],
    [
      'amazonaws.eu dual-stack',
      'eusc-de-east-1',
      dual,
      `${A}.dkr-ecr.eusc-de-east-1.on.amazonwebservices.eu`,
    ],
  ])('%s: an account id in %s', (_, region, variant, host) => {
    const entry = parseRegistryEntry(A, () => region, variant);
    expect(entry?.host).toBe(host);
    // What the host says is what it is: parsing it back gives the same facts.
    expect(parseEcrHost(host)).toEqual(entry);
    expect(registryHostIn(ecrHostFor(A, region), variant)).toBe(host);
  });

  test.each([
    ['already FIPS', `${A}.dkr.ecr-fips.us-east-1.amazonaws.com`],
    ['already dual-stack', `${A}.dkr-ecr.us-east-1.on.aws`],
    ['a local stand-in (no ECR host)', '127.0.0.1:5000'],
  ])('kept as it is: %s', (_, host) => {
    expect(registryHostIn(host, both)).toBe(host);
  });

  test('a host the user names is used as written, whatever the settings', () => {
    const host = `${A}.dkr.ecr.us-east-1.amazonaws.com`;
    expect(parseRegistryEntry(host, () => 'eu-west-1', both)?.host).toBe(host);
  });
});
