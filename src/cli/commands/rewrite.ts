import { type FileKind, resolveTarget, rewriteFiles } from '../../index.js';
import {
  type Command,
  EXIT,
  err,
  out,
  TARGET_HELP,
  TARGET_OPTIONS,
  targetOptions,
  timeoutHelp,
  UsageError,
} from '../command.js';

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
pull-through cache URIs. Nothing else in a file changes; files are replaced atomically. Directories
are searched for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile, *.yaml, *.yml, *.images and
images.txt. Default PATH: the current directory.

Options:
${TARGET_HELP}
${timeoutHelp('2m')}
  --stdout                print the rewritten file instead of writing it (one file)
  --check                 write nothing; exit 1 if a file would change
  --diff                  print a unified diff; write nothing
  --include GLOB          choose files in directories by glob (repeat)
  --type KIND             treat every file as dockerfile, list or yaml
  --strict                a reference with no rule is an error (exit 1, nothing written)
  --json                  print a JSON report on stdout`,

  async run(v, positionals) {
    if (v.type !== undefined && !['dockerfile', 'list', 'yaml'].includes(v.type as string)) {
      throw new UsageError(`--type must be dockerfile, list or yaml, not "${v.type}"`);
    }
    const paths = positionals.length ? positionals : ['.'];
    const preview = Boolean(v.stdout || v.check || v.diff);
    const target = await resolveTarget(targetOptions(v));
    const report = await rewriteFiles({
      paths,
      target,
      include: v.include as string[] | undefined,
      kind: v.type as FileKind | undefined,
      dryRun: preview,
      strict: Boolean(v.strict),
    });
    if (v.stdout && report.files.length !== 1) {
      throw new UsageError(`--stdout takes exactly one file; ${paths.join(' ')} gave ${report.files.length}`);
    }
    for (const f of report.files) {
      for (const e of f.errors) err(`${f.path}:${e.line}: error: ${e.message}`);
      for (const n of f.notes)
        err(`${f.path}:${n.line}: ${v.strict && n.unmapped ? 'error' : 'note'}: ${n.message}`);
      if (!v.json && !v.stdout) for (const c of f.changes) err(`${f.path}:${c.line}: ${c.from} -> ${c.to}`);
    }
    const changed = report.files.filter((f) => f.changed);
    if (v.json) {
      // The report comes out even when a file has errors, so scripts see which and where.
      const files = report.files.map(({ path, kind, changed, changes, notes, errors }) => ({
        path,
        kind,
        changed,
        changes,
        notes,
        errors,
      }));
      const summary = { files, written: report.written, errors: report.errors, unmapped: report.unmapped };
      out(`${JSON.stringify(summary, null, 2)}\n`);
    }
    if (report.errors > 0) {
      err(`${report.errors} error(s); no file was changed`);
      return EXIT.usage;
    }
    if (v.stdout && !v.json) out(report.files[0]!.output);
    else if (v.diff && !v.json) out(Buffer.concat(changed.map((f) => f.diff())));
    if (v.strict && report.unmapped > 0) {
      err(`${report.unmapped} reference(s) have no pull-through rule; no file was changed (--strict)`);
      return EXIT.failed;
    }
    err(`${preview ? 'would rewrite' : 'rewrote'} ${changed.length} of ${report.files.length} file(s)`);
    return v.check && changed.length > 0 ? EXIT.failed : EXIT.ok;
  },
};
