import { displayLine, displayName } from '../../core/display.js';
import { uncacheableHints } from '../../core/image/upstreams.js';
import { signalStatus } from '../../host/atomic-write.js';
import type { FileKind } from '../../index.js';
// Straight from their modules, not the facade: rewrite loads nothing else (no SDK, no login).
import { type FileRewrite, type RewriteReport, rewriteFiles, writtenLines } from '../../use-cases/rewrite.js';
import { resolveTarget } from '../../use-cases/target.js';
import {
  type Command,
  type CommandIo,
  EXIT,
  TARGET_HELP,
  TARGET_OPTIONS,
  targetOptions,
  timeoutHelp,
  UsageError,
} from '../command.js';

/** How much change text is gathered before it is written (a pipe takes 64 KiB at once). */
const CHANGE_CHUNK = 64 * 1024;

export const rewriteCommand: Command = {
  name: 'rewrite',
  summary: 'rewrite image references in Dockerfiles, image lists, compose and Kubernetes YAML',
  options: {
    ...TARGET_OPTIONS,
    stdout: { type: 'boolean' },
    check: { type: 'boolean' },
    diff: { type: 'boolean' },
    include: { type: 'string', multiple: true },
    type: { type: 'string' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  help: `Usage: ecr-pull-through rewrite [PATH...] [options]

Rewrites FROM images (and COPY --from, RUN --mount from=, global ARG defaults used by FROM),
image lists (*.images, images.txt), and image: values in compose and Kubernetes YAML to
pull-through cache URIs. Nothing else in a file changes; files are replaced atomically, and only
when every file is valid and every target writable. Directories are searched for Dockerfile,
*.Dockerfile, Dockerfile.*, Containerfile, *.yaml, *.yml, *.images and images.txt. Default PATH:
the current directory.

YAML found in a directory is rewritten per document, only in compose files (a top-level services:
map) and Kubernetes objects (apiVersion and kind, any kind); image: values elsewhere (site
configs, front matter, OpenAPI examples, Helm values) are left alone with a note. A YAML file named
on the command line, chosen by --include, or read with --type yaml is rewritten whatever it holds.
Workflows under .github/workflows are left alone in a walk: the runner pulls their container: and
services: images before any step, so rewriting them in the job does not help.

Options:
${TARGET_HELP}
${timeoutHelp()}
  --stdout                print the rewritten file instead of writing it (one file)
  --check                 write nothing; exit 1 if a file would change
  --diff                  print a unified diff; write nothing
  --include GLOB          choose files in directories by glob (repeat)
  --type KIND             treat every file as dockerfile, list or yaml
  --strict                a reference with no rule is an error (exit 1, nothing written)
  --json                  print a JSON report on stdout`,

  async run(v, positionals, io) {
    if (v.type !== undefined && !['dockerfile', 'list', 'yaml'].includes(v.type as string)) {
      throw new UsageError(`--type must be dockerfile, list or yaml, not "${v.type}"`);
    }
    const paths = positionals.length ? positionals : ['.'];
    const preview = Boolean(v.stdout || v.check || v.diff);
    const target = await resolveTarget(targetOptions(v, io));
    const report = await rewriteFiles({
      paths,
      target,
      include: v.include as string[] | undefined,
      kind: v.type as FileKind | undefined,
      dryRun: preview,
      strict: Boolean(v.strict),
    }).catch(reportOf);
    if (v.stdout && report.problems.length === 0 && report.files.length !== 1) {
      throw new UsageError(
        `--stdout takes exactly one file; ${paths.map(displayName).join(' ')} gave ${report.files.length}`,
      );
    }
    // Change lines say what was done, or in a preview what would be; nothing when the run writes nothing.
    const carriedOut = report.errors === 0 && !(v.strict && report.unmapped > 0);
    const changeLines = !v.json && !v.stdout && carriedOut;
    for (const p of report.problems) io.error(`${displayName(p.path)}: error: ${displayLine(p.message)}`);
    // Change lines go out in chunks of many files: a write per file is a system call per file.
    let lines: string[] = [];
    let size = 0;
    const flush = () => {
      if (lines.length > 0) io.errRaw(lines.join(''));
      lines = [];
      size = 0;
    };
    for (const f of report.files) {
      const path = displayName(f.path);
      if (f.errors.length > 0 || f.notes.length > 0) flush(); // in order with the change lines before
      for (const e of f.errors) io.error(`${path}:${e.line}: error: ${displayLine(e.message)}`);
      for (const n of f.notes)
        if (v.strict && n.unmapped) io.error(`${path}:${n.line}: error: ${displayLine(n.message)}`);
        else io.err(`${path}:${n.line}: note: ${displayLine(n.message)}`);
      if (changeLines && (preview || f.written) && f.changes.length > 0) {
        const verb = preview ? 'would rewrite ' : '';
        for (const c of f.changes) {
          const line = `${path}:${c.line}: ${verb}${c.from} -> ${c.to}\n`;
          lines.push(line);
          size += line.length;
        }
        if (size >= CHANGE_CHUNK) flush();
      }
    }
    flush();
    for (const hint of uncacheableHints(report.files.flatMap((f) => f.notes.map((n) => n.registry))))
      io.err(`hint: ${hint}`);
    const changed = report.files.filter((f) => f.changed);
    if (v.json) io.out(`${JSON.stringify(jsonReport(report), null, 2)}\n`);
    if (report.errors > 0) {
      io.error(`${report.errors} error(s); no file was changed`);
      return EXIT.usage;
    }
    if (report.stopped) return stoppedStatus(report.stopped, changed, io);
    if (v.stdout && !v.json) io.out(report.files[0]!.output);
    else if (v.diff && !v.json) io.out(Buffer.concat(changed.map((f) => f.diff())));
    if (v.strict && report.unmapped > 0) {
      io.error(`${report.unmapped} reference(s) have no pull-through rule; no file was changed (--strict)`);
      return EXIT.failed;
    }
    io.err(`${preview ? 'would rewrite' : 'rewrote'} ${changed.length} of ${report.files.length} file(s)`);
    return v.check && changed.length > 0 ? EXIT.failed : EXIT.ok;
  },
};

/** The report a rewrite that threw carries (paths it could not take, a batch stopped part way). */
function reportOf(e: unknown): RewriteReport {
  const report = (e as { report?: RewriteReport } | undefined)?.report;
  if (report === undefined) throw e;
  return report;
}

/** The --json report; it comes out even when a file has errors, so scripts see which and where. */
function jsonReport(report: RewriteReport) {
  const files = report.files.map(({ path, kind, changed, written, changes, notes, errors }) => ({
    path,
    kind,
    changed,
    written,
    changes,
    notes,
    errors,
  }));
  const { written, errors, unmapped, problems, stopped } = report;
  return { files, written, errors, unmapped, problems, ...(stopped ? { stopped } : {}) };
}

/** Say where a stopped batch got to; exit 1 for a failed write, 128 + the signal's number for a signal. */
function stoppedStatus(
  stopped: NonNullable<RewriteReport['stopped']>,
  changed: readonly FileRewrite[],
  io: CommandIo,
): number {
  io.error(`${stopped.path ? `${displayName(stopped.path)}: error: ` : ''}${stopped.reason}`);
  const written = changed.filter((f) => f.written);
  const paths = (files: readonly FileRewrite[]) => files.map((f) => displayName(f.path));
  io.error(writtenLines(paths(written), paths(changed.filter((f) => !f.written))));
  io.error(`rewrote ${written.length} of ${changed.length} changed file(s); the others were not written`);
  return stopped.signal ? signalStatus(stopped.signal) : EXIT.failed;
}
