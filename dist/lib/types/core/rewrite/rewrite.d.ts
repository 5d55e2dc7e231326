import { type Document } from 'yaml';
import { type RegistryTarget } from '../image/rules.js';
export type FileKind = 'dockerfile' | 'list' | 'yaml';
/** A replacement of source[start, end) by text. */
export interface Edit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
/** One reference that changed, for reports. */
export interface Change {
    readonly line: number;
    readonly from: string;
    readonly to: string;
}
export interface Finding {
    readonly line: number;
    readonly message: string;
    /** Set when no pull-through rule covers the reference (what `--strict` turns into a failure). */
    readonly unmapped?: boolean;
}
export interface Rewrite {
    readonly output: string;
    readonly changes: readonly Change[];
    /** References left alone, and why (no rule, a variable, templating). */
    readonly notes: readonly Finding[];
    /** Invalid references or unparsable input: the file must not be written. */
    readonly errors: readonly Finding[];
    /** Images the file makes a build or deployment pull, as written or with ARG defaults expanded. */
    readonly images: readonly {
        readonly image: string;
        readonly line: number;
    }[];
}
/** A span of the source that holds an image reference (or only its repository). */
export interface Candidate {
    readonly start: number;
    readonly end: number;
    readonly line: number;
    readonly nameOnly?: boolean;
}
/** Apply non-overlapping edits to a source text. */
export declare function applyEdits(source: string, edits: readonly Edit[]): string;
/** Turn candidate spans into edits with the rules of `target`; the one place mapping meets text. */
export declare function rewriteCandidates(source: string, candidates: readonly Candidate[], target: RegistryTarget): Pick<Rewrite, 'output' | 'changes' | 'notes' | 'errors'>;
export declare function rewriteDockerfile(source: string, target: RegistryTarget): Rewrite;
/** Image lists: one reference per line; blank lines and `#` comments are kept. */
export declare function scanImageList(source: string): {
    candidates: Candidate[];
    errors: Finding[];
    notes: Finding[];
};
export declare function rewriteImageList(source: string, target: RegistryTarget): Rewrite;
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
export declare function isContainerManifest(doc: Document): boolean;
/** `image:` values in YAML documents (compose files, Kubernetes manifests of any kind), decided per document. */
export declare function scanYaml(source: string, origin?: YamlOrigin): {
    candidates: Candidate[];
    errors: Finding[];
    notes: Finding[];
};
export declare function rewriteYaml(source: string, target: RegistryTarget, origin?: YamlOrigin): Rewrite;
/** Rewrite a file's text by its kind; `origin` tells which YAML documents hold references (default: all). */
export declare function rewriteText(source: string, kind: FileKind, target: RegistryTarget, origin?: YamlOrigin): Rewrite;
/** Images a file makes a build or deployment pull (for warm), without mapping them. */
export declare function extractImages(source: string, kind: FileKind, origin?: YamlOrigin): {
    images: Rewrite['images'];
    notes: readonly Finding[];
    errors: readonly Finding[];
};
