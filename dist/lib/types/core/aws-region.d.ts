/** True when `region` is one host label, as the SDK requires. */
export declare function isValidRegion(region: string): boolean;
/** The region itself, or an InputError naming it (exit status 2). */
export declare function validRegion(region: string): string;
