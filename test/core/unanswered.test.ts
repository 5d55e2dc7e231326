import { unansweredHint, vpcEndpointService } from '../../src/core/unanswered.js';

test.each([
  ['us-east-1', 'ecr.api', 'interface', 'com.amazonaws.us-east-1.ecr.api'],
  ['us-gov-west-1', 'ecr.dkr', 'interface', 'com.amazonaws.us-gov-west-1.ecr.dkr'],
  ['cn-north-1', 'ecr.api', 'interface', 'cn.com.amazonaws.cn-north-1.ecr.api'],
  ['cn-northwest-1', 'sts', 'interface', 'cn.com.amazonaws.cn-northwest-1.sts'],
  ['cn-north-1', 's3', 'gateway', 'com.amazonaws.cn-north-1.s3'],
  ['eu-west-1', 's3', 'gateway', 'com.amazonaws.eu-west-1.s3'],
] as const)('the %s %s endpoint (%s) is %s', (region, service, kind, name) => {
  expect(vpcEndpointService(region, service, kind)).toBe(name);
});

test("a silent endpoint's hint names the endpoint service of the run's partition", () => {
  const api = {
    service: 'ecr.api',
    host: 'api.ecr.cn-north-1.amazonaws.com.cn',
    operation: 'GetAuthorizationToken',
  } as const;
  expect(unansweredHint(api, 'cn-north-1')).toContain(
    'the interface VPC endpoint cn.com.amazonaws.cn-north-1.ecr.api with',
  );
  expect(unansweredHint({ service: 's3', host: 'b.s3.cn-north-1.amazonaws.com.cn' }, 'cn-north-1')).toContain(
    '(com.amazonaws.cn-north-1.s3)',
  );
  expect(unansweredHint({ service: 'credentials', host: '' }, 'eu-west-1')).toContain(
    '(com.amazonaws.eu-west-1.sts)',
  );
});
