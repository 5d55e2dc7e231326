/** Where the CA bundle is, and who said so (for the error when it cannot be read). */
export interface CaBundleSource {
    readonly path: string;
    readonly from: string;
}
/** The PEM text of the bundle, or undefined for Node's own roots; an InputError when it cannot be read. */
export declare function readCaBundle(source: CaBundleSource | undefined): string | undefined;
