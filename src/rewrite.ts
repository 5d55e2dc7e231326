// The rewrite use case: find files, rewrite each in memory, and write nothing unless every file is
// valid and every changed one can be replaced; then replace them atomically, one by one, and say
// which were written if the batch stops part way.

import { isAbsolute } from 'node:path';
import { structuredPatch } from 'diff';
import { InputError, OperationError } from './core/errors.js';
import type { RegistryTarget } from './core/image/rules.js';
import {
  type Change,
  type FileKind,
  type Finding,
  type Rewrite,
  rewriteText,
  type YamlOrigin,
} from './core/rewrite/rewrite.js';
import { type BatchOutcome, cannotReplace, writeBatch, writeFileAtomic } from './host/atomic-write.js';
import { discoverSources, type FileProblem, type FoundFile, originOf } from './host/discovery.js';
import { encodeSource, FileInputError, readSource, type SourceFile } from './host/files.js';

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
  const [a, b] = isAbsolute(path) ? [path, path] : [`a/${path}`, `b/${path}`];
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

function rewriteFile(found: FoundFile, options: RewriteOptions, named: ReadonlySet<string>): FileRewrite {
  const path = found.path;
  const source = readSource(path, options.kind);
  let r = rewriteText(source.text, source.kind, options.target, yamlOrigin(found, options));
  // Not the user's input error; a file named on the command line must parse.
  if (source.kind === 'yaml' && r.errors.length > 0 && !named.has(path)) r = skippedYaml(source, r);
  const changed = r.output !== source.text;
  const output = encodeSource(source, r.output);
  return {
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
            encodeSource(source, diffHunks(source.text, output.toString(source.encoding))),
          ])
        : Buffer.alloc(0),
  };
}

/** The changed files that cannot be replaced, checked before the first write so a batch is not left half done. */
function unwritable(files: readonly FileRewrite[]): FileProblem[] {
  return files.flatMap((f) => {
    const why = f.changed ? cannotReplace(f.path) : undefined;
    return why ? [{ path: f.path, message: why }] : [];
  });
}

/** Paths a rewrite could not take (see `report.problems`): nothing was written. */
export class RewriteInputError extends InputError {
  constructor(readonly report: RewriteReport) {
    super(report.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

/** Writing stopped part way (a failed write, SIGINT or SIGTERM): `report.files[].written` says which were written. */
export class RewriteStoppedError extends OperationError {
  constructor(readonly report: RewriteReport & { readonly stopped: NonNullable<RewriteReport['stopped']> }) {
    const { path, reason } = report.stopped;
    const changed = report.files.filter((f) => f.changed);
    super(
      `${path ? `${path}: ` : ''}${reason}\n${writtenLines(
        changed.filter((f) => f.written).map((f) => f.path),
        changed.filter((f) => !f.written).map((f) => f.path),
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
  const found = discoverSources(options.paths, options.include);
  const named = new Set(options.paths);
  const problems = [...found.problems];
  const files: FileRewrite[] = [];
  for (const f of found.files) {
    try {
      files.push(rewriteFile(f, options, named));
    } catch (e) {
      if (!(e instanceof FileInputError)) throw e;
      problems.push({ path: e.path, message: e.reason });
    }
  }
  const errors = files.reduce((n, f) => n + f.errors.length, 0);
  const unmapped = files.reduce((n, f) => n + f.notes.filter((x) => x.unmapped).length, 0);
  const blocked = options.dryRun || errors > 0 || (options.strict === true && unmapped > 0);
  if (!blocked) problems.push(...unwritable(files));
  const report = { files, written: false, errors: errors + problems.length, unmapped, problems };
  if (problems.length > 0) throw new RewriteInputError(report);
  if (blocked) return report;
  const outcome = await writeBatch(
    files.filter((f) => f.changed).map((f) => ({ path: f.path, data: f.output })),
  );
  const written = new Set(outcome.written);
  const done = { ...report, files: files.map((f) => (written.has(f.path) ? { ...f, written: true } : f)) };
  if (outcome.stopped) throw new RewriteStoppedError({ ...done, stopped: outcome.stopped });
  return { ...done, written: true };
}

/**
 * Replace every changed file atomically (after a dry run found no errors). Every target is checked
 * first; a write that still fails is thrown with the files written and not written.
 */
export function commitRewrites(files: readonly FileRewrite[]): void {
  const changed = files.filter((f) => f.changed);
  const blocked = unwritable(changed);
  if (blocked.length > 0) throw new InputError(blocked.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const written: string[] = [];
  for (const f of changed) {
    try {
      writeFileAtomic(f.path, f.output);
    } catch (e) {
      const rest = changed.slice(written.length).map((x) => x.path);
      throw new OperationError(`${(e as Error).message}\n${writtenLines(written, rest)}`, undefined, {
        cause: e,
      });
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
