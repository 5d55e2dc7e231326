export interface AwsCredentials {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
}
export interface SignedJsonRequest {
    readonly url: URL;
    /** Headers to send and sign besides those signing adds. */
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
    readonly region: string;
    /** The signing name: `ecr` for the ECR API. */
    readonly service: string;
    readonly credentials: AwsCredentials;
    /** The signing time (default: now). */
    readonly at?: Date;
}
/**
 * Headers sent but never signed, as the SDK leaves them out: hop-by-hop ones and those a proxy may
 * change (user-agent among them; x-amz-user-agent is signed).
 */
export declare const UNSIGNED_HEADERS: ReadonlySet<string>;
/**
 * A header value in the canonical request: CR and LF count as spaces, each run of spaces and tabs
 * becomes one space, and one space at either end goes. Only those: other white space (NBSP, U+FEFF,
 * VT, FF) stays as sent, as the SDK keeps it (String.prototype.trim would remove it).
 */
export declare function canonicalHeaderValue(value: string): string;
/**
 * The canonical path of every service but S3: empty and `.` segments dropped, `..` taken back, each
 * segment encoded again (the URL's path is already encoded once), a trailing slash kept.
 */
export declare function canonicalPath(pathname: string): string;
/** The headers to send: the given ones plus host, date, payload hash, session token and authorization. */
export declare function signJsonRequest(r: SignedJsonRequest): Record<string, string>;
