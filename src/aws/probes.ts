// Permission probes: harmless calls whose answer says whether the caller may make them. IAM is
// evaluated before existence, so a call on a repository no one creates answers "not found" when
// allowed and AccessDenied when not, and changes nothing either way. BatchGetImage is not one of
// them: on a pull-through path it is a pull, which may create the repository and import from the
// upstream, so its permission is left to IAM's policy simulator (doctor-permissions.ts).

import {
  DescribeImagesCommand,
  type ECRClient,
  GetAuthorizationTokenCommand,
  GetDownloadUrlForLayerCommand,
} from '@aws-sdk/client-ecr';
import { isAwsFailure } from '../core/doctor/findings.js';
import { type PermissionProbe, probeOutcome } from '../core/doctor/permissions.js';
import { ROOT } from '../core/image/rules.js';
import { attempt } from './calls.js';

const PROBE_REPOSITORY = 'ecr-pull-through-doctor-probe';
const PROBE_DIGEST = `sha256:${'0'.repeat(64)}`;

/** Under each rule's prefix, since IAM policies are often scoped to `repository/<prefix>/*`. */
function probeRepository(prefix: string | undefined): string {
  return prefix === undefined || prefix === ROOT ? PROBE_REPOSITORY : `${prefix}/${PROBE_REPOSITORY}`;
}

export interface ProbeResults {
  readonly probes: PermissionProbe[];
  /** The registry URL the token names, when the token call was allowed. */
  readonly proxyEndpoint?: string;
}

async function probe(
  action: string,
  prefix: string | undefined,
  call: () => Promise<unknown>,
  region: string,
): Promise<PermissionProbe> {
  const result = await attempt(call, region);
  const outcome = probeOutcome(isAwsFailure(result) ? result.name : undefined);
  return {
    action,
    ...(prefix !== undefined && { prefix }),
    outcome,
    ...(isAwsFailure(result) && outcome === 'failed' && { detail: result.message }),
  };
}

/** What pulling needs that a harmless call can show: a token, layers (and DescribeImages for warm) per prefix. */
export async function probePermissions(
  ecr: ECRClient,
  region: string,
  prefixes: readonly (string | undefined)[],
): Promise<ProbeResults> {
  const token = await attempt(() => ecr.send(new GetAuthorizationTokenCommand({})), region);
  const probes: PermissionProbe[] = [
    {
      action: 'ecr:GetAuthorizationToken',
      outcome: probeOutcome(isAwsFailure(token) ? token.name : undefined),
      ...(isAwsFailure(token) && { detail: token.message }),
    },
  ];
  // One prefix after another: Describe* calls have low rate limits.
  for (const prefix of prefixes) {
    const repositoryName = probeRepository(prefix);
    probes.push(
      await probe(
        'ecr:GetDownloadUrlForLayer',
        prefix,
        () => ecr.send(new GetDownloadUrlForLayerCommand({ repositoryName, layerDigest: PROBE_DIGEST })),
        region,
      ),
      await probe(
        'ecr:DescribeImages',
        prefix,
        () => ecr.send(new DescribeImagesCommand({ repositoryName })),
        region,
      ),
    );
  }
  const proxyEndpoint = isAwsFailure(token) ? undefined : token.authorizationData?.[0]?.proxyEndpoint;
  return { probes, ...(proxyEndpoint && { proxyEndpoint }) };
}
