import { type Document } from 'yaml';
import type { RegistryTarget } from '../image/rules.js';
import { type Candidate, type Finding, type Rewrite } from './edits.js';
import { type ManifestSigns } from './yaml-subset.js';
/**
 * What the user said about a YAML file, which decides the documents whose `image:` values are
 * image references. A key named `image` is everywhere in YAML (site configs, front matter, API
 * examples), so a file met in a directory walk is read only where it is a container manifest.
 */
export interface YamlOrigin {
    /**
     * The user chose the file (named it, or picked it by `--include` or `--type`): every document's
     * string `image:` values are references, Helm values included. Default true: a caller that hands
     * over a text has chosen it.
     */
    readonly chosen?: boolean;
    /** A GitHub Actions workflow, whose job `container:` and `services:` images the runner pulls first. */
    readonly workflow?: boolean;
}
/** Compose files (a top-level `services:` map) and Kubernetes objects (`apiVersion` and `kind`, any kind). */
export declare function isManifestRoot(signs: ManifestSigns): boolean;
/** What a document parsed by the yaml library says about being a container manifest. */
export declare function isContainerManifest(doc: Document): boolean;
/**
 * Which reader reads a YAML text: the subset reader, falling back to the yaml library for anything
 * outside its subset (the default), or the library alone (the reference the subset is tested against).
 */
export type YamlReader = 'subset' | 'library';
/** `image:` values in YAML documents (compose files, Kubernetes manifests of any kind), decided per document. */
export declare function scanYaml(source: string, origin?: YamlOrigin, reader?: YamlReader): {
    candidates: Candidate[];
    errors: Finding[];
    notes: Finding[];
};
export declare function rewriteYaml(source: string, target: RegistryTarget, origin?: YamlOrigin, reader?: YamlReader): Rewrite;
