// AWS partitions and ECR registry host names, from one table: which regions a partition has, the
// DNS suffix its registries use (`.amazonaws.com`, `.amazonaws.com.cn`, `.amazonaws.eu`, dual-stack
// `.on.aws`...) and its ARN partition. Hosts are parsed and built from it, and nowhere else.

export interface Partition {
  /** The ARN partition: `arn:<id>:ecr:...`. */
  readonly id: string;
  /** Its region names start with this (the commercial partition, last in the table, takes the rest). */
  readonly regionPrefix: string;
  /** Registry hosts: `<account>.dkr.ecr[-fips].<region>.<dnsSuffix>`; S3 and other endpoints alike. */
  readonly dnsSuffix: string;
  /** Dual-stack (IPv4 and IPv6) registry hosts: `<account>.dkr-ecr[-fips].<region>.<dualStackSuffix>`. */
  readonly dualStackSuffix: string;
}

/** Every partition this tool knows, the commercial one last (it takes every other region name). */
// biome-ignore format: a table reads best as one.
export const PARTITIONS: readonly Partition[] = [
  { id: 'aws-cn',     regionPrefix: 'cn-',     dnsSuffix: 'amazonaws.com.cn', dualStackSuffix: 'on.amazonwebservices.com.cn' },
  { id: 'aws-us-gov', regionPrefix: 'us-gov-', dnsSuffix: 'amazonaws.com',    dualStackSuffix: 'on.aws' },
  // The AWS European Sovereign Cloud (regions such as eusc-de-east-1).
  { id: 'aws-eusc',   regionPrefix: 'eusc-',   dnsSuffix: 'amazonaws.eu',     dualStackSuffix: 'on.amazonwebservices.eu' },
  { id: 'aws',        regionPrefix: '',        dnsSuffix: 'amazonaws.com',    dualStackSuffix: 'on.aws' },
];

/** A name shaped like an AWS region, in any partition: `us-east-1`, `cn-north-1`, `eusc-de-east-1`. */
export const REGION_NAME = /^[a-z]+(?:-[a-z]+)+-\d+$/;

/** The partition a region belongs to. */
export function partitionFor(region: string): Partition {
  return PARTITIONS.find((p) => region.startsWith(p.regionPrefix))!;
}

/** The ARN partition of a region: `aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`. */
export function partitionOf(region: string): string {
  return partitionFor(region).id;
}

/** The ARN of an ECR repository (or, with a `*`, of repositories): `arn:<partition>:ecr:<region>:...`. */
export function repositoryArn(region: string, account: string, name: string): string {
  return `arn:${partitionOf(region)}:ecr:${region}:${account}:repository/${name}`;
}

export interface EcrHost {
  readonly account: string;
  readonly region: string;
  readonly fips: boolean;
  /** A dual-stack (IPv4 and IPv6) host: `dkr-ecr` instead of `dkr.ecr`. */
  readonly dualStack: boolean;
  /** The ARN partition of the region. */
  readonly partition: string;
  readonly host: string;
}

const SUFFIXES = [...new Set(PARTITIONS.flatMap((p) => [p.dnsSuffix, p.dualStackSuffix]))].map((s) =>
  s.replaceAll('.', '\\.'),
);
/** `<account>.dkr.ecr[-fips].<region>.<suffix>`, or `dkr-ecr` for dual-stack; the table checks the rest. */
const ECR_HOST_RE = new RegExp(`^(\\d{12})\\.dkr([.-])ecr(-fips)?\\.([a-z0-9-]+)\\.(${SUFFIXES.join('|')})$`);

/** A registry address as users write it, without `http(s)://` and trailing slashes. */
export function withoutScheme(address: string): string {
  return address
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '');
}

/**
 * Parse an ECR registry host (a `https://` prefix and trailing `/` are tolerated); undefined if it is
 * not one, or if its suffix is not its region's partition's.
 */
export function parseEcrHost(text: string): EcrHost | undefined {
  const host = withoutScheme(text).toLowerCase();
  const m = ECR_HOST_RE.exec(host);
  if (!m) return undefined;
  const [, account = '', separator, fips, region = '', suffix] = m;
  if (!REGION_NAME.test(region)) return undefined;
  const dualStack = separator === '-';
  const partition = partitionFor(region);
  if (suffix !== (dualStack ? partition.dualStackSuffix : partition.dnsSuffix)) return undefined;
  return { account, region, fips: Boolean(fips), dualStack, partition: partition.id, host };
}

/** Which form of an ECR endpoint to use: the settings the SDK reads for the API endpoint. */
export interface EndpointVariant {
  readonly fips?: boolean;
  readonly dualStack?: boolean;
}

/**
 * A registry named by a 12-digit account id (in the default region, asked for only then; in the
 * form `variant` asks for) or by its ECR host (as written); undefined for anything else.
 */
export function parseRegistryEntry(
  entry: string,
  defaultRegion: () => string,
  variant: EndpointVariant = {},
): EcrHost | undefined {
  const text = entry.trim();
  if (!/^\d{12}$/.test(text)) return parseEcrHost(text);
  const region = defaultRegion();
  return {
    account: text,
    region,
    fips: variant.fips === true,
    dualStack: variant.dualStack === true,
    partition: partitionOf(region),
    host: ecrHostFor(text, region, variant),
  };
}

/** The registry host for an account in a region: standard unless FIPS or dual-stack is asked for. */
export function ecrHostFor(account: string, region: string, options: EndpointVariant = {}): string {
  const p = partitionFor(region);
  const service = `${options.dualStack ? 'dkr-ecr' : 'dkr.ecr'}${options.fips ? '-fips' : ''}`;
  return `${account}.${service}.${region}.${options.dualStack ? p.dualStackSuffix : p.dnsSuffix}`;
}

/**
 * A standard ECR host (as a token's proxyEndpoint names it) in the form `variant` asks for; a host
 * already FIPS or dual-stack, or no ECR host at all (a stand-in's 127.0.0.1:PORT), is kept.
 */
export function registryHostIn(host: string, variant: EndpointVariant): string {
  const ecr = parseEcrHost(host);
  if (!ecr || ecr.fips || ecr.dualStack || !(variant.fips || variant.dualStack)) return host;
  return ecrHostFor(ecr.account, ecr.region, variant);
}

/** Host (and port) part of a registry URL such as a token's `proxyEndpoint`. */
export function hostOf(endpoint: string): string {
  return endpoint.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '');
}

// distribution/reference's domain: DNS labels or an IPv6 address in brackets, an optional port.
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainHost = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_RE = new RegExp(`^${domainHost}(?::[0-9]+)?$`);

/**
 * A registry address as references and rules write it (distribution's domain rule, which the
 * reference parser uses too): a host name or IP, with an optional port; `..`, `-x` or a name with a
 * line break is none.
 */
export function isRegistryHost(text: string): boolean {
  return DOMAIN_RE.test(text);
}
