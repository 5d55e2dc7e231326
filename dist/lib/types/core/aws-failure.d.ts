/** The likely fix for an AWS failure, in the user's terms (undefined when we have nothing useful to add). */
export declare function awsHint(error: unknown, region: string): string | undefined;
/** Whether an AWS call failed without an answer from the service: its host unresolved or unreached. */
export declare function isUnreached(error: unknown): boolean;
/**
 * An AWS error message fit to show: the quoted canonical request and string to sign cut off, and
 * every secret given (the session token) replaced. The one shaper of both token paths' messages.
 */
export declare function shownAwsMessage(message: string, secrets?: readonly (string | undefined)[]): string;
