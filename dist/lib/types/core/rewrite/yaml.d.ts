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
/**
 * Which reader reads a YAML text: the subset reader, falling back to the yaml library for anything
 * outside its subset (the default), or the library alone (the reference the subset is tested against).
 */
export type YamlReader = 'subset' | 'library';
/**
 * The longest document (in characters) the library reads in a file met in a directory walk. The
 * library needs about 100 times a document's size while it reads it (a 12 MB data file took 1.4 GB;
 * one of 48 MB ended the process), and up to 2 s a MB. So a longer document that the subset reader
 * cannot take is not judged: it is left alone with a note, and the documents after it and the walk
 * go on. A walk then peaks at Node's own ~45 MB plus about 6 times its largest file (122 MB for a
 * 12 MB data file; see bench/big-files.ts). A file the user chose is read whatever its size.
 */
export declare const WALKED_DOCUMENT_LIMIT: number;
/** `image:` values in YAML documents (compose files, Kubernetes manifests of any kind), decided per document. */
export declare function scanYaml(source: string, origin?: YamlOrigin, reader?: YamlReader): {
    candidates: Candidate[];
    errors: Finding[];
    notes: Finding[];
};
export declare function rewriteYaml(source: string, target: RegistryTarget, origin?: YamlOrigin, reader?: YamlReader): Rewrite;
