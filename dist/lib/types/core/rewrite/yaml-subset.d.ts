import { type ScalarStyle } from './yaml-nodes.js';
/** A string scalar that is the value of an `image:` key, with its source range as the library gives it. */
export interface ImageValue {
    readonly value: string;
    readonly style: ScalarStyle;
    /** Source range of the scalar, quotes included. */
    readonly start: number;
    readonly end: number;
    readonly line: number;
    /** The map holding the pair also has a `build:` key (it names the image a service builds). */
    readonly build: boolean;
    /** An anchored value that is also read at this line, not as an image (see yaml-library.ts). */
    readonly sharedWith?: number;
}
/** What a document's top-level map says about it (see isManifestRoot in yaml.ts). */
export interface ManifestSigns {
    /** The first `services` key's value is a map. */
    readonly servicesMap: boolean;
    /** The first `apiVersion` and `kind` keys' values are string scalars. */
    readonly apiVersionString: boolean;
    readonly kindString: boolean;
}
export interface SubsetDocument {
    readonly values: readonly ImageValue[];
    readonly signs: ManifestSigns;
}
/** The documents of a YAML text in the plain subset, or undefined when the library must read it. */
export declare function readYamlSubset(source: string): SubsetDocument[] | undefined;
