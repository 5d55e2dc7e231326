// Span edits: the spans of a text that hold image references become edits by the rules of a target,
// and the edits are spliced into the original text. Nothing else is re-serialized, so every other
// byte survives. Every file kind goes through here; this is the one place mapping meets text.

import { mapImage, type RegistryTarget } from '../image/rules.js';

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
export function unmappedNote(
  line: number,
  text: string,
  m: { reason: string; ref: { registry: string } },
): Finding {
  return { line, message: `${text}: ${m.reason}; left alone`, unmapped: true, registry: m.ref.registry };
}

export interface Rewrite {
  readonly output: string;
  readonly changes: readonly Change[];
  /** References left alone, and why (no rule, a variable, templating). */
  readonly notes: readonly Finding[];
  /** Invalid references or unparsable input: the file must not be written. */
  readonly errors: readonly Finding[];
  /** Images the file makes a build or deployment pull, as written or with ARG defaults expanded. */
  readonly images: readonly { readonly image: string; readonly line: number }[];
}

/** A span of the source that holds an image reference (or only its repository). */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly nameOnly?: boolean;
}

export const byLine = (a: Finding, b: Finding) => a.line - b.line;

/** A value made for a template engine or a shell (`{{ }}`, `$`): not an image reference yet. */
export function isTemplated(value: string): boolean {
  return /\{\{|\$/.test(value);
}

/** Apply non-overlapping edits to a source text. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  // Edits usually come in order (candidates are found front to back): then there is nothing to sort.
  const inOrder = edits.every((e, i) => i === 0 || edits[i - 1]!.start <= e.start);
  const sorted = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start);
  // Pieces joined once: a string built by += over 200,000 edits is a tree flattened at the end.
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < sorted.length; k++) {
    const e = sorted[k]!;
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    parts.push(source.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/** A reference's text (one string kept for every place it occurs) and its mapping. */
type Mapped = { readonly text: string; readonly m: ReturnType<typeof mapImage> };
/** How many mappings a target keeps (a file of 200,000 distinct images must not keep them all). */
const MAPPED_KEPT = 4096;
/** Mappings by target, across files: a checkout names the same few images in file after file. */
const mappedByTarget = new WeakMap<RegistryTarget, Map<string, Mapped>>();

/** mapImage, remembered per target (it depends on nothing else); a big file keeps each text once. */
function mapped(target: RegistryTarget): (text: string) => Mapped {
  const cache = mappedByTarget.get(target) ?? new Map<string, Mapped>();
  mappedByTarget.set(target, cache);
  return (text) => {
    let m = cache.get(text);
    if (m === undefined) {
      if (cache.size >= MAPPED_KEPT) cache.clear();
      // A copy, not a slice: a slice would keep the whole text of the file it came from alive.
      const own = JSON.parse(JSON.stringify(text)) as string;
      m = { text: own, m: mapImage(own, target) };
      cache.set(own, m);
    }
    return m;
  };
}

/** Turn candidate spans into edits with the rules of `target`, and apply them. */
export function rewriteCandidates(
  source: string,
  candidates: readonly Candidate[],
  target: RegistryTarget,
): Pick<Rewrite, 'output' | 'changes' | 'notes' | 'errors'> {
  const edits: Edit[] = [];
  const changes: Change[] = [];
  const notes: Finding[] = [];
  const errors: Finding[] = [];
  const map = mapped(target);
  // An index loop: for-of allocates a step object per candidate until this code is optimized.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const { text, m } = map(source.slice(c.start, c.end));
    if (m.kind === 'invalid') errors.push({ line: c.line, message: m.error });
    else if (m.kind === 'unmapped') notes.push(unmappedNote(c.line, text, m));
    else if (m.kind === 'mapped') {
      edits.push({ start: c.start, end: c.end, text: m.uri });
      changes.push({ line: c.line, from: text, to: m.uri });
    }
  }
  return { output: edits.length ? applyEdits(source, edits) : source, changes, notes, errors };
}

/** The images of candidate spans, as written: what a list or a YAML file makes a deployment pull. */
export function candidateImages(source: string, candidates: readonly Candidate[]): Rewrite['images'] {
  return candidates.map((c) => ({ image: source.slice(c.start, c.end), line: c.line }));
}
