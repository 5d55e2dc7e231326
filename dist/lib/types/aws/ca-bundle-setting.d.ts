import { type CaBundleSource } from '../net/ca-bundle.js';
/** Where the CA bundle is for `profile` (default: AWS_PROFILE, else `default`), and who said so. */
export declare function caBundleSource(env: NodeJS.ProcessEnv, profile?: string): Promise<CaBundleSource | undefined>;
/** The PEM text of the configured CA bundle, or undefined for Node's own roots. */
export declare function caBundle(env: NodeJS.ProcessEnv, profile?: string): Promise<string | undefined>;
