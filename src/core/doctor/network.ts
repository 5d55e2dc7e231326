// Findings about the network around the runner: whether the ECR API, registry and S3 endpoints
// are private (VPC endpoints) or public and reachable, and whether first pulls have egress.

import { type AddressKind, classifyAddress } from '../addresses.js';
import { vpcEndpointService } from '../unanswered.js';
import { type DoctorFinding, finding, WARM_FIX } from './findings.js';

export type EndpointRole = 'api' | 'registry' | 'layers';

export interface EndpointCheck {
  readonly role: EndpointRole;
  readonly host: string;
  /** The port connected to (default 443). */
  readonly port?: number;
  readonly addresses?: readonly string[];
  readonly resolveError?: string;
  /** A TCP connection opened (to the host, or to `via`). */
  readonly reachable?: boolean;
  /** The proxy the connection goes through (host:port), when the environment names one. */
  readonly via?: string;
}

const ENDPOINT_NAME: Record<EndpointRole, string> = {
  api: 'ECR API endpoint',
  registry: 'registry endpoint',
  layers: 'layer storage (S3)',
};

function kindOf(addresses: readonly string[]): AddressKind {
  const kinds = addresses.map(classifyAddress);
  if (kinds.every((k) => k === 'loopback')) return 'loopback';
  return kinds.every((k) => k !== 'public') ? 'private' : 'public';
}

/** The VPC endpoint service that makes an ECR endpoint private. */
function endpointService(role: EndpointRole, region: string): string {
  return vpcEndpointService(region, role === 'api' ? 'ecr.api' : 'ecr.dkr', 'interface');
}

export function endpointFindings(checks: readonly EndpointCheck[], region: string): DoctorFinding[] {
  return checks.map((c) => {
    const subject = ENDPOINT_NAME[c.role];
    if (c.via !== undefined) {
      return c.reachable
        ? finding('endpoint-proxy', 'ok', subject, `${c.host} goes through the proxy ${c.via}, which answers`)
        : finding(
            'endpoint-unreachable',
            'error',
            subject,
            `${c.host} goes through the proxy ${c.via}, which does not answer`,
            `check the proxy, or add ${c.host} to NO_PROXY if the VPC reaches it directly`,
          );
    }
    if (c.resolveError !== undefined || !c.addresses || c.addresses.length === 0) {
      return finding(
        'endpoint-unresolved',
        'error',
        subject,
        `${c.host} does not resolve${c.resolveError ? ` (${c.resolveError})` : ''}`,
        c.role === 'layers'
          ? "check the VPC's DNS (enableDnsSupport); S3 names resolve through the Route 53 Resolver even with a gateway endpoint"
          : `check the VPC's DNS (enableDnsSupport, enableDnsHostnames) and that the interface endpoint ${endpointService(c.role, region)} has private DNS enabled`,
      );
    }
    const kind = kindOf(c.addresses);
    const at = c.addresses.slice(0, 3).join(', ');
    const name =
      c.addresses.length === 1 && c.addresses[0] === c.host ? c.host : `${c.host} resolves to ${at} and`;
    if (kind !== 'public') {
      const what =
        kind === 'loopback'
          ? 'a local endpoint'
          : c.role === 'layers'
            ? 'an S3 interface endpoint'
            : 'a VPC interface endpoint';
      return c.reachable
        ? finding('endpoint-private', 'ok', subject, `${name} answers (${what})`)
        : finding(
            'endpoint-unreachable',
            'error',
            subject,
            `${name} does not answer on port ${c.port ?? 443} (${what}): the connection is refused or filtered`,
            kind === 'loopback'
              ? `start the service behind ${c.host}:${c.port ?? 443}, or unset the endpoint override (AWS_ENDPOINT_URL_ECR)`
              : `allow HTTPS (${c.port ?? 443}) from the runner's subnet in the endpoint's security group`,
          );
    }
    if (c.role === 'layers') {
      return c.reachable
        ? finding(
            'layers-public',
            'note',
            subject,
            `${c.host} resolves to public addresses (${at}) and answers: through an S3 gateway endpoint or NAT; a gateway endpoint keeps public DNS, so doctor cannot tell which`,
            `to keep layer downloads off NAT, check that the subnet's route table has the gateway endpoint ${vpcEndpointService(region, 's3', 'gateway')}`,
          )
        : finding(
            'layers-unreachable',
            'error',
            subject,
            `${c.host} (public addresses ${at}) does not answer: every layer download times out`,
            `add the S3 gateway endpoint ${vpcEndpointService(region, 's3', 'gateway')} to the route table of the runner's subnet (ECR keeps layers in S3)`,
          );
    }
    return c.reachable
      ? finding(
          'endpoint-public',
          'note',
          subject,
          `${c.host} resolves to public addresses (${at}) and answers: ECR traffic leaves the VPC (NAT or internet gateway)`,
          `optional: the interface VPC endpoint ${endpointService(c.role, region)} with private DNS keeps it in the VPC`,
        )
      : finding(
          'endpoint-unreachable',
          'error',
          subject,
          `${c.host} resolves to public addresses (${at}) and does not answer: no VPC endpoint and no egress`,
          `create the interface VPC endpoint ${endpointService(c.role, region)} with private DNS enabled in the runner's VPC, or give the subnet a NAT route`,
        );
  });
}

export interface EgressCheck {
  /** The upstream host probed (the registry itself; its CDN hosts vary). */
  readonly host: string;
  /** The rule prefixes whose first pulls go there. */
  readonly prefixes: readonly string[];
  readonly reachable: boolean;
  readonly via?: string;
}

/** One finding for the upstreams first pulls can reach, one for those they cannot. */
export function egressFindings(checks: readonly EgressCheck[]): DoctorFinding[] {
  const out: DoctorFinding[] = [];
  const list = (cs: readonly EgressCheck[]) =>
    cs.map((c) => `${c.host}${c.via ? ` (through the proxy ${c.via})` : ''}`).join(', ');
  const rules = (cs: readonly EgressCheck[]) => cs.flatMap((c) => c.prefixes).join(', ');
  const blocked = checks.filter((c) => !c.reachable);
  const open = checks.filter((c) => c.reachable);
  if (blocked.length > 0) {
    out.push(
      finding(
        'first-pull-no-egress',
        'warning',
        'first pulls',
        `no egress to ${list(blocked)}: until ECR has imported an image, its layers may be redirected to the upstream's CDN, so a first pull through ${rules(blocked)} may time out`,
        WARM_FIX,
      ),
    );
  }
  if (open.length > 0) {
    out.push(
      finding(
        'first-pull-egress',
        'ok',
        'first pulls',
        `egress to ${list(open)}: first pulls through ${rules(open)} can fetch layers from the upstream while ECR imports`,
      ),
    );
  }
  return out;
}

export function networkSkipped(): DoctorFinding {
  return finding(
    'network-skipped',
    'note',
    'network',
    'DNS and reachability of the ECR, S3 and upstream endpoints were not checked (--skip-network)',
    'run doctor from the CI subnet without --skip-network',
  );
}

/** STS's host did not resolve or refused the connection: a note, and the other checks go on. */
export function stsUnreachedFinding(message: string, hint: string | undefined): DoctorFinding {
  return finding(
    'sts-unreachable',
    'note',
    'caller',
    `STS could not be reached (${message}): the caller is unknown; no command needs STS, the other checks go on`,
    hint,
  );
}

/**
 * STS did not answer. The main job never needs it (the registry comes from ECR), so this is a warning:
 * only doctor's own "who is the caller" is lost.
 */
export function stsUnansweredFinding(message: string, hint: string): DoctorFinding {
  return finding('sts-unreachable', 'warning', 'caller', `${message}; the caller is unknown`, hint);
}
