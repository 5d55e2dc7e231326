// The ECR API endpoint the SDK will call: a configured one (AWS_ENDPOINT_URL_ECR, a profile's
// endpoint_url) or the SDK's own rules for the region, FIPS and dual-stack settings.

import type { ECRClient } from '@aws-sdk/client-ecr';

export interface ApiEndpoint {
  readonly url: URL;
  readonly fips: boolean;
  /** True when the endpoint comes from configuration rather than the region's default. */
  readonly configured: boolean;
}

export async function ecrApiEndpoint(ecr: ECRClient, region: string): Promise<ApiEndpoint> {
  const fips = await ecr.config.useFipsEndpoint();
  // serviceConfiguredEndpoint is how the SDK reads AWS_ENDPOINT_URL_<SERVICE> and profiles.
  const configured = await ecr.config.serviceConfiguredEndpoint?.();
  if (configured) return { url: new URL(configured), fips, configured: true };
  const { url } = ecr.config.endpointProvider({
    Region: region,
    UseFIPS: fips,
    UseDualStack: await ecr.config.useDualstackEndpoint(),
  });
  return { url, fips, configured: false };
}
