export type AddressKind = 'private' | 'loopback' | 'public';
export declare function classifyAddress(address: string): AddressKind;
/** The S3 host ECR redirects layer downloads to (its regional layer bucket). */
export declare function layerBucketHost(region: string): string;
