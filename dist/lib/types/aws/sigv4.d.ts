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
/** The headers to send: the given ones plus host, date, payload hash, session token and authorization. */
export declare function signJsonRequest(r: SignedJsonRequest): Record<string, string>;
