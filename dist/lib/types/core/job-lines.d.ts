/** At most this many rewritten files are listed by name; the count is always given. */
export declare const LISTED_FILES = 20;
type Expiry = Date;
/** One registry logged in to: host, region, method and when the token expires. */
export declare function loggedInLine(r: {
    readonly registry: string;
    readonly region: string;
    readonly method: string;
    readonly expiresAt: Expiry;
}): string;
/** The rules found, `prefix → upstream` each; the registry is named either way. */
export declare function ruleLines(registry: string, rules: readonly {
    prefix: string;
    upstream: string;
}[]): string[];
/** How many files were rewritten of those read, and which, up to LISTED_FILES. */
export declare function fileLines(rewritten: readonly string[], read: number): string[];
/** The warm phase's outcome in one line. */
export declare function warmLine(images: readonly {
    readonly status: string;
}[], seconds: number): string;
export {};
