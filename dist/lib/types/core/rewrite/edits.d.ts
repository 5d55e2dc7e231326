import { type RegistryTarget } from '../image/rules.js';
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
    /** The registry of that reference, for the hint when ECR cannot cache it at all. */
    readonly registry?: string;
}
/** The note for a reference no rule covers: left alone, and which registry it names (for hints). */
export declare function unmappedNote(line: number, text: string, m: {
    reason: string;
    ref: {
        registry: string;
    };
}): Finding;
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
export declare const byLine: (a: Finding, b: Finding) => number;
/** A value made for a template engine or a shell (`{{ }}`, `$`): not an image reference yet. */
export declare function isTemplated(value: string): boolean;
/** Apply non-overlapping edits to a source text. */
export declare function applyEdits(source: string, edits: readonly Edit[]): string;
/** Turn candidate spans into edits with the rules of `target`, and apply them. */
export declare function rewriteCandidates(source: string, candidates: readonly Candidate[], target: RegistryTarget): Pick<Rewrite, 'output' | 'changes' | 'notes' | 'errors'>;
/** The images of candidate spans, as written: what a list or a YAML file makes a deployment pull. */
export declare function candidateImages(source: string, candidates: readonly Candidate[]): Rewrite['images'];
