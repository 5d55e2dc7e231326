// ECR registry host names: `<account>.dkr.ecr.<region>.amazonaws.com` and its FIPS, China and
// dual-stack spellings. One place for the pattern, used by rules, login and doctor.

const ECR_HOST_RE =
  /^(\d{12})\.dkr(?:\.ecr(-fips)?|-ecr(-fips)?)\.([a-z]{2}(?:-[a-z]+)+-\d+)\.(amazonaws\.com(?:\.cn)?|on\.aws|api\.aws)$/;

export interface EcrHost {
  readonly account: string;
  readonly region: string;
  readonly fips: boolean;
  readonly host: string;
}

/** A registry address as users write it, without `http(s)://` and trailing slashes. */
export function withoutScheme(address: string): string {
  return address
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '');
}

/** Parse an ECR registry host (a `https://` prefix and trailing `/` are tolerated); undefined if it is not one. */
export function parseEcrHost(text: string): EcrHost | undefined {
  const host = withoutScheme(text).toLowerCase();
  const m = ECR_HOST_RE.exec(host);
  if (!m) return undefined;
  return { account: m[1]!, region: m[4]!, fips: Boolean(m[2] ?? m[3]), host };
}

/**
 * A registry named by a 12-digit account id (in the default region, asked for only then) or by its
 * ECR host; undefined for anything else.
 */
export function parseRegistryEntry(entry: string, defaultRegion: () => string): EcrHost | undefined {
  const text = entry.trim();
  if (!/^\d{12}$/.test(text)) return parseEcrHost(text);
  const region = defaultRegion();
  return { account: text, region, fips: false, host: ecrHostFor(text, region) };
}

/** The standard registry host for an account in a region (China regions use `.amazonaws.com.cn`). */
export function ecrHostFor(account: string, region: string): string {
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `${account}.dkr.ecr.${region}.${suffix}`;
}

/** Host (and port) part of a registry URL such as a token's `proxyEndpoint`. */
export function hostOf(endpoint: string): string {
  return endpoint.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '');
}
