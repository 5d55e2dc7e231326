/** `key` of `[profile NAME]` (or `[default]`) in an AWS shared config file's text. */
export declare function profileSetting(configText: string, profile: string, key: string): string | undefined;
/** Where the CA bundle is, and who said so (for the error when it cannot be read). */
export declare function caBundleSource(env: NodeJS.ProcessEnv, profile?: string): {
    path: string;
    from: string;
} | undefined;
/** The PEM text of the configured CA bundle, or undefined for Node's own roots. */
export declare function caBundle(env: NodeJS.ProcessEnv, profile?: string): string | undefined;
