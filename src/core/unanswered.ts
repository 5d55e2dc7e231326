// An endpoint that did not answer before the run's deadline, said in the user's terms: which
// service it is, how long we waited, and which piece of a private subnet is usually missing.
// In a VPC without the right endpoint a connection is rarely refused: it hangs (DNS gives a public
// address with no route, or a security group drops 443), so this is the message users meet there.

import { partitionOf } from './image/ecr-host.js';

/**
 * The name of the VPC endpoint service for `service` in `region`. Interface endpoints in the China
 * regions are named under `cn.com.amazonaws`; gateway endpoints (S3) are `com.amazonaws` everywhere.
 */
export function vpcEndpointService(region: string, service: string, kind: 'interface' | 'gateway'): string {
  const prefix =
    kind === 'interface' && partitionOf(region) === 'aws-cn' ? 'cn.com.amazonaws' : 'com.amazonaws';
  return `${prefix}.${region}.${service}`;
}

/** What an endpoint is, as far as the fix is concerned. */
export type EndpointService =
  | 'ecr.api'
  | 'ecr.dkr'
  | 's3'
  | 'sts'
  | 'secretsmanager'
  | 'upstream'
  | 'credentials';

export interface UnansweredRequest {
  readonly service: EndpointService;
  /** host[:port] */
  readonly host: string;
  /** The API operation or the registry request, e.g. GetAuthorizationToken, GET manifest. */
  readonly operation?: string;
}

const SERVICE_NAMES: Record<EndpointService, string> = {
  'ecr.api': 'the ECR API',
  'ecr.dkr': 'the ECR registry',
  s3: 'Amazon S3 (image layers)',
  sts: 'AWS STS',
  secretsmanager: 'AWS Secrets Manager',
  upstream: 'an upstream registry outside AWS',
  credentials: 'the AWS credential provider',
};

export function serviceName(service: EndpointService): string {
  return SERVICE_NAMES[service];
}

/** Whole seconds (or tenths under ten seconds): "20 s", "2.5 s". */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? Math.round(s * 10) / 10 : Math.round(s)} s`;
}

/** What did not answer, e.g. `no answer from the ECR API (api.ecr.us-east-1.amazonaws.com, GetAuthorizationToken) within 20 s`. */
export function unansweredMessage(request: UnansweredRequest | undefined, waitedMs: number): string {
  if (!request) return `the run did not finish within ${formatSeconds(waitedMs)}`;
  if (request.service === 'credentials')
    return `no AWS credentials within ${formatSeconds(waitedMs)}: the SDK's credential chain did not finish`;
  const what = [request.host, request.operation].filter(Boolean).join(', ');
  return `no answer from ${serviceName(request.service)} (${what}) within ${formatSeconds(waitedMs)}`;
}

const isAddress = (host: string) => /^[\d.]+$|:/.test(host);

const interfaceEndpoint = (name: string, region: string, host: string) =>
  `in a private subnet, create the interface VPC endpoint ${vpcEndpointService(region, name, 'interface')} with private DNS enabled, ` +
  `and let its security group accept HTTPS (443) from this runner` +
  (host && !isAddress(host) ? `; ${host} should then resolve to a private address` : '');

/** The likely fix, per service. */
export function unansweredHint(request: UnansweredRequest | undefined, region: string | undefined): string {
  const r = region ?? 'REGION';
  const host = request?.host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '') ?? '';
  switch (request?.service) {
    case 'ecr.api':
      return interfaceEndpoint('ecr.api', r, host);
    case 'ecr.dkr':
      return interfaceEndpoint('ecr.dkr', r, host);
    case 'secretsmanager':
      return `only setup and doctor read upstream credentials: ${interfaceEndpoint('secretsmanager', r, host)}`;
    case 'sts':
      return `only doctor asks STS who the caller is; ${interfaceEndpoint('sts', r, host)}, or ignore this finding`;
    case 's3':
      return `ECR serves layers from S3: add the S3 gateway endpoint (${vpcEndpointService(r, 's3', 'gateway')}) to the route table of this subnet`;
    case 'upstream':
      return `this network cannot reach ${host}; ECR sends clients to the upstream only while it imports an image: warm the image, then retry`;
    case 'credentials':
      return `web identity credentials need the sts endpoint (${vpcEndpointService(r, 'sts', 'interface')}); container and instance credentials need their metadata endpoints; or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY`;
    default:
      return 'every request was answered, but the work took longer than allowed: allow more time';
  }
}

/** Who serves a registry request: the registry itself, S3 (layers), or an upstream during an import. */
export function registryService(url: string, registryOrigin: string): EndpointService {
  const u = new URL(url);
  if (u.origin === registryOrigin) return 'ecr.dkr';
  return /(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com(\.cn)?$/.test(u.hostname) ? 's3' : 'upstream';
}
