export declare const PRODUCT = "ecr-pull-through";
/** `ecr-pull-through/0.1.0`, the User-Agent of registry requests. */
export declare const USER_AGENT = "ecr-pull-through/0.1.0";
/** The same, as the SDK's `customUserAgent` takes it (appended to its own user agent). */
export declare const SDK_USER_AGENT: [string, string][];
