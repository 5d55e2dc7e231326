// The rewrite use case: find files, rewrite each in memory, and write nothing unless every file is
// valid and every changed one can be replaced; then replace them atomically, one by one, and say
// which were written if the batch stops part way.

import { isAbsolute } from 'node:path';
import { structuredPatch } from 'diff';
import { displayName } from '../core/display.js';
import { InputError, OperationError } from '../core/errors.js';
import type { RegistryTarget } from '../core/image/rules.js';
import { leavesRoot } from '../core/patterns.js';
import { rewriteDockerfile } from '../core/rewrite/dockerfile.js';
import { rewriteImageList } from '../core/rewrite/list.js';
import type { Change, FileKind, Finding, Rewrite, YamlOrigin } from '../core/rewrite/rewrite.js';
import {
  type BatchOutcome,
  cannotReplace,
  type Replacement,
  writeBatch,
  writeFileAtomic,
} from '../host/atomic-write.js';
import { discoverSources, type FileProblem, type FoundFile, originOf } from '../host/discovery.js';
import { encodeSource, FileInputError, readSource, type SourceFile } from '../host/files.js';

export interface RewriteOptions {
  readonly paths: readonly string[];
  readonly target: RegistryTarget;
  /** Globs that choose files inside directories (default: Dockerfiles, compose/YAML, image lists). */
  readonly include?: readonly string[];
  /** Treat every file as this kind instead of guessing from its name. */
  readonly kind?: FileKind;
  /** Compute only; write nothing. */
  readonly dryRun?: boolean;
  /** References with no rule are errors; nothing is written. */
  readonly strict?: boolean;
}

export interface FileRewrite {
  readonly path: string;
  readonly kind: FileKind;
  readonly changed: boolean;
  /** Whether this run replaced the file. */
  readonly written: boolean;
  readonly changes: readonly Change[];
  readonly notes: readonly Finding[];
  readonly errors: readonly Finding[];
  readonly images: readonly { readonly image: string; readonly line: number }[];
  /** The new content, as bytes in the file's own encoding. */
  readonly output: Buffer;
  /** A unified diff of the change (empty when unchanged): paths in UTF-8, lines in the file's own encoding. */
  diff(): Buffer;
}

export interface RewriteReport {
  readonly files: readonly FileRewrite[];
  /**
   * Whether every changed file was written (not on a dry run, nor when there are errors or, strict,
   * unmapped references, nor when writing stopped part way).
   */
  readonly written: boolean;
  /** Errors in files, and problems. */
  readonly errors: number;
  readonly unmapped: number;
  /** Paths that could not be taken: unreadable, not a regular file or directory, binary, or not writable. */
  readonly problems: readonly FileProblem[];
  /** Set when writing stopped part way (a write failed, or SIGINT or SIGTERM came); `files[].written` says which were. */
  readonly stopped?: BatchOutcome['stopped'];
}

/** The `---`/`+++` lines of a diff; paths are UTF-8 whatever the encoding of the file. */
function diffHeader(path: string): string {
  const [a, b] = (isAbsolute(path) ? [path, path] : [`a/${path}`, `b/${path}`]).map(displayName);
  return `--- ${a}\n+++ ${b}\n`;
}

/** The hunks of a unified diff of two texts. */
function diffHunks(before: string, after: string): string {
  const patch = structuredPatch('a', 'b', before, after, '', '', { context: 3 });
  const lines: string[] = [];
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Unified diff of two texts, with the file path as both names. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return diffHeader(path) + diffHunks(before, after);
}

/** A record this module fills in before it hands it out. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** How the user reached a YAML file, which decides the documents rewritten in it. */
function yamlOrigin(found: FoundFile, options: RewriteOptions): YamlOrigin {
  const origin = originOf(found);
  return { ...origin, chosen: origin.chosen || options.kind !== undefined };
}

/** A YAML file met while walking a directory that does not parse (a Helm template, say) is noted and skipped. */
function skippedYaml(source: SourceFile, r: Rewrite): Rewrite {
  const first = r.errors[0]!;
  const message = `not valid YAML (${first.message}); skipped${source.text.includes('{{') ? ' (a template?)' : ''}`;
  return {
    ...r,
    output: source.text,
    changes: [],
    errors: [],
    images: [],
    notes: [{ line: first.line, message }],
  };
}

type YamlRewriter = typeof import('../core/rewrite/yaml.js');
/** The YAML code (the yaml library is ~110 KB), loaded when the first YAML file is met. */
let yamlRewriter: Promise<YamlRewriter> | undefined;
const loadYaml = () => (yamlRewriter ??= import('../core/rewrite/yaml.js'));

/** What a replace of each file needs from its read (its mode and owner; whether it is a link), so it needs no stat. */
const readOf = new WeakMap<FileRewrite, Pick<SourceFile, 'kept' | 'link'>>();

/** core/rewrite/rewrite.ts's rewriteText, with the YAML code handed in (loaded for YAML files only). */
function rewriteByKind(
  source: SourceFile,
  options: RewriteOptions,
  found: FoundFile,
  yaml: YamlRewriter | undefined,
): Rewrite {
  if (source.kind === 'dockerfile') return rewriteDockerfile(source.text, options.target);
  if (source.kind === 'list') return rewriteImageList(source.text, options.target);
  return yaml!.rewriteYaml(source.text, options.target, yamlOrigin(found, options));
}

function rewriteFile(
  found: FoundFile,
  source: SourceFile,
  options: RewriteOptions,
  named: ReadonlySet<string>,
  yaml: YamlRewriter | undefined,
): FileRewrite {
  const path = found.path;
  let r = rewriteByKind(source, options, found, yaml);
  // Not the user's input error; a file named on the command line must parse.
  if (source.kind === 'yaml' && r.errors.length > 0 && !named.has(path)) r = skippedYaml(source, r);
  const changed = r.output !== source.text;
  // The text in its own encoding gives back the bytes read, so the bytes need not be kept (a big
  // file's bytes held beside its text and output weighed one more time its size); an unchanged
  // file is never written.
  const output = encodeSource(source, r.output);
  // The diff needs the text read and its encoding, not the bytes (a big file's bytes kept twice).
  const { text: before, encoding } = source;
  const file: FileRewrite = {
    path,
    kind: source.kind,
    changed,
    written: false,
    changes: r.changes,
    notes: r.notes,
    errors: r.errors,
    images: r.images,
    output,
    // The new text is kept once, as bytes (a big file's text and bytes together weighed twice its size).
    diff: () =>
      changed
        ? Buffer.concat([
            Buffer.from(diffHeader(path)),
            encodeSource({ encoding }, diffHunks(before, output.toString(encoding))),
          ])
        : Buffer.alloc(0),
  };
  readOf.set(file, { kept: source.kept, link: source.link });
  return file;
}

/** The changed files that cannot be replaced, checked before the first write so a batch is not left half done. */
function unwritable(files: readonly FileRewrite[]): FileProblem[] {
  const dirs = new Map<string, string | undefined>(); // each directory checked once
  return files.flatMap((f) => {
    const why = f.changed ? cannotReplace(f.path, { link: readOf.get(f)?.link, dirs }) : undefined;
    return why ? [{ path: f.path, message: why }] : [];
  });
}

/** A changed file as writeBatch takes it: the mode and owner read with it are kept, and a non-link needs no realpath. */
function replacement(f: FileRewrite): Replacement {
  const read = readOf.get(f);
  return { path: f.path, data: f.output, ...(read && { kept: read.kept, link: read.link }) };
}

/** Paths a rewrite could not take (see `report.problems`): nothing was written. */
export class RewriteInputError extends InputError {
  constructor(readonly report: RewriteReport) {
    super(report.problems.map((p) => `${displayName(p.path)}: ${p.message}`).join('\n'));
  }
}

/** Writing stopped part way (a failed write, SIGINT or SIGTERM): `report.files[].written` says which were written. */
export class RewriteStoppedError extends OperationError {
  constructor(readonly report: RewriteReport & { readonly stopped: NonNullable<RewriteReport['stopped']> }) {
    const { path, reason } = report.stopped;
    const changed = report.files.filter((f) => f.changed);
    super(
      `${path ? `${displayName(path)}: ` : ''}${reason}\n${writtenLines(
        changed.filter((f) => f.written).map((f) => displayName(f.path)),
        changed.filter((f) => !f.written).map((f) => displayName(f.path)),
      )}`,
    );
  }
}

/**
 * Rewrite the files under `paths`. Invalid references come back as `errors` (nothing written);
 * paths that cannot be taken throw a RewriteInputError before any write, and a batch that stops
 * part way throws a RewriteStoppedError; both carry the report.
 */
export async function rewriteFiles(options: RewriteOptions): Promise<RewriteReport> {
  const include = options.include ?? [];
  const outside = include.find(leavesRoot);
  if (outside !== undefined)
    throw new InputError(`include: "${outside}" points outside the folder walked; globs are relative to it`);
  const matchers = include.length ? (await import('../host/globs.js')).globMatchers(include) : [];
  const found = discoverSources(options.paths, matchers);
  const named = new Set(options.paths);
  const problems = [...found.problems];
  const files: Mutable<FileRewrite>[] = [];
  for (const f of found.files) {
    let source: SourceFile;
    try {
      source = readSource(f.path, options.kind);
    } catch (e) {
      if (!(e instanceof FileInputError)) throw e;
      problems.push({ path: e.path, message: e.reason });
      continue;
    }
    const yaml = source.kind === 'yaml' ? await loadYaml() : undefined;
    files.push(rewriteFile(f, source, options, named, yaml));
  }
  const errors = files.reduce((n, f) => n + f.errors.length, 0);
  const unmapped = files.reduce((n, f) => n + f.notes.filter((x) => x.unmapped).length, 0);
  const blocked = options.dryRun || errors > 0 || (options.strict === true && unmapped > 0);
  if (!blocked) problems.push(...unwritable(files));
  const report = { files, written: false, errors: errors + problems.length, unmapped, problems };
  if (problems.length > 0) throw new RewriteInputError(report);
  if (blocked) return report;
  // What the walk saw in each directory spares listing it again before the writes.
  const outcome = await writeBatch(files.filter((f) => f.changed).map(replacement), {
    listings: found.listings,
  });
  // The records are this run's own, not yet returned: marked in place (a copy each cost a thousand
  // object spreads on a big checkout).
  const written = new Set(outcome.written);
  for (const f of files) if (written.has(f.path)) f.written = true;
  if (outcome.stopped) throw new RewriteStoppedError({ ...report, stopped: outcome.stopped });
  return { ...report, written: true };
}

/**
 * Replace every changed file atomically (after a dry run found no errors). Every target is checked
 * first; a write that still fails is thrown with the files written and not written.
 */
export function commitRewrites(files: readonly FileRewrite[]): void {
  const changed = files.filter((f) => f.changed);
  const blocked = unwritable(changed);
  if (blocked.length > 0)
    throw new InputError(blocked.map((p) => `${displayName(p.path)}: ${p.message}`).join('\n'));
  const written: string[] = [];
  for (const f of changed) {
    try {
      writeFileAtomic(f.path, f.output);
    } catch (e) {
      const rest = changed.slice(written.length).map((x) => x.path);
      throw new OperationError(
        `${(e as Error).message}\n${writtenLines(written.map(displayName), rest.map(displayName))}`,
        undefined,
        {
          cause: e,
        },
      );
    }
    written.push(f.path);
  }
}

/** Which files a batch that stopped part way wrote and which it did not, in two lines. */
/** `written: a, b` and `not written: c` lines, for a batch that stopped part way. */
export function writtenLines(written: readonly string[], notWritten: readonly string[]): string {
  const list = (paths: readonly string[]) => (paths.length ? paths.join(', ') : 'none');
  return `written: ${list(written)}\nnot written: ${list(notWritten)}`;
}
