// Where an address points: a private network (a VPC interface endpoint answers there), this host,
// or the internet. And the host names a pull reaches besides the ECR API.

import { partitionFor } from './image/ecr-host.js';

export type AddressKind = 'private' | 'loopback' | 'public';

function ipv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const n = parts.map(Number);
  return n.every((x, i) => Number.isInteger(x) && x >= 0 && x <= 255 && parts[i] !== '') ? n : undefined;
}

export function classifyAddress(address: string): AddressKind {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const v4 = ipv4(mapped ?? address);
  if (v4) {
    const [a = 0, b = 0] = v4;
    if (a === 127) return 'loopback';
    // RFC 1918, carrier-grade NAT (VPCs may use 100.64.0.0/10) and link-local.
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
    if ((a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254)) return 'private';
    return 'public';
  }
  const v6 = address.toLowerCase();
  if (v6 === '::1') return 'loopback';
  // Unique local (fc00::/7) and link-local (fe80::/10).
  if (/^f[cd][0-9a-f]{2}:/.test(v6) || /^fe[89ab][0-9a-f]:/.test(v6)) return 'private';
  return 'public';
}

/** The S3 host ECR redirects layer downloads to (its regional layer bucket). */
export function layerBucketHost(region: string): string {
  return `prod-${region}-starport-layer-bucket.s3.${region}.${partitionFor(region).dnsSuffix}`;
}
