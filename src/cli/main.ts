// The npx entry: parse arguments, call the library facade, print, exit.
// Human output goes to stderr, machine output (--json, --stdout, map results) to stdout.

import { readFileSync } from 'node:fs';
import {
  type FileKind,
  InputError,
  InvalidRuleError,
  mapImage,
  resolveTarget,
  rewriteFiles,
  TargetError,
} from '../index.js';
import { VERSION } from '../version.js';
import { COMMANDS, type CommandName, EXIT, HELP, parseCommand, UsageError } from './args.js';

const out = (s: string | Buffer) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(`${s}\n`);

function targetOptions(v: { registry?: string; rule?: string[]; region?: string }) {
  return { registry: v.registry, rules: v.rule, region: v.region };
}

async function rewrite(argv: string[]): Promise<number> {
  const { values: v, positionals } = parseCommand('rewrite', argv);
  if (v.type !== undefined && !['dockerfile', 'list', 'yaml'].includes(v.type)) {
    throw new UsageError(`--type must be dockerfile, list or yaml, not "${v.type}"`);
  }
  const paths = positionals.length ? positionals : ['.'];
  const preview = Boolean(v.stdout || v.check || v.diff);
  const target = await resolveTarget(targetOptions(v));
  const report = await rewriteFiles({
    paths,
    target,
    include: v.include,
    kind: v.type as FileKind | undefined,
    dryRun: preview,
    strict: v.strict,
  });
  if (v.stdout && report.files.length !== 1) {
    throw new UsageError(`--stdout takes exactly one file; ${paths.join(' ')} gave ${report.files.length}`);
  }
  for (const f of report.files) {
    for (const e of f.errors) err(`${f.path}:${e.line}: error: ${e.message}`);
    for (const n of f.notes)
      err(`${f.path}:${n.line}: ${v.strict && n.unmapped ? 'error' : 'note'}: ${n.message}`);
    if (!v.json && !v.stdout) {
      for (const c of f.changes) err(`${f.path}:${c.line}: ${c.from} -> ${c.to}`);
    }
  }
  if (report.errors > 0) {
    err(`${report.errors} error(s); no file was changed`);
    return EXIT.usage;
  }
  const changed = report.files.filter((f) => f.changed);
  if (v.json) {
    const files = report.files.map(({ path, kind, changed, changes, notes, errors }) => ({
      path,
      kind,
      changed,
      changes,
      notes,
      errors,
    }));
    out(`${JSON.stringify({ files, written: report.written, unmapped: report.unmapped }, null, 2)}\n`);
  } else if (v.stdout) out(report.files[0]!.output);
  else if (v.diff) out(Buffer.from(changed.map((f) => f.diff()).join(''), 'latin1'));
  if (v.strict && report.unmapped > 0) {
    err(`${report.unmapped} reference(s) have no pull-through rule; no file was changed (--strict)`);
    return EXIT.failed;
  }
  const verb = preview ? 'would rewrite' : 'rewrote';
  err(`${verb} ${changed.length} of ${report.files.length} file(s)`);
  return v.check && changed.length > 0 ? EXIT.failed : EXIT.ok;
}

async function map(argv: string[]): Promise<number> {
  const { values: v, positionals } = parseCommand('map', argv);
  let images = positionals;
  if (positionals.length === 1 && positionals[0] === '-') {
    images = readFileSync(0, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  }
  if (images.length === 0) throw new UsageError('map needs at least one IMAGE, or - to read stdin');
  const target = await resolveTarget(targetOptions(v));
  const results = images.map((image) => mapImage(image, target));
  const invalid = results.filter((r) => r.kind === 'invalid');
  if (invalid.length > 0) {
    for (const r of invalid) err(`error: ${r.error}`);
    return EXIT.usage;
  }
  const rows = results.map((r) =>
    r.kind === 'mapped'
      ? { image: r.ref.original, uri: r.uri, status: 'mapped' }
      : r.kind === 'cached'
        ? { image: r.ref.original, uri: r.uri, status: 'cached' }
        : r.kind === 'unmapped'
          ? { image: r.ref.original, uri: r.ref.original, status: 'unmapped', reason: r.reason }
          : { image: r.text, uri: r.text, status: 'invalid' },
  );
  for (const r of rows) if (r.reason) err(`note: ${r.image}: ${r.reason}; printed unchanged`);
  out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.uri}\n`).join(''));
  return v.strict && rows.some((r) => r.status === 'unmapped') ? EXIT.failed : EXIT.ok;
}

const handlers: Record<CommandName, (argv: string[]) => Promise<number>> = { rewrite, map };

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      err(HELP.main);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-V') {
      out(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (!(command in COMMANDS)) throw new UsageError(`unknown command "${command}"`);
    const name = command as CommandName;
    if (rest.includes('--help') || rest.includes('-h')) {
      err(HELP[name]);
      return EXIT.ok;
    }
    return await handlers[name](rest);
  } catch (e) {
    if (e instanceof UsageError) {
      err(
        `ecr-pull-through: ${e.message}\nRun 'ecr-pull-through ${command && command in COMMANDS ? `${command} ` : ''}--help' for usage.`,
      );
      return EXIT.usage;
    }
    if (e instanceof InputError || e instanceof InvalidRuleError || e instanceof TargetError) {
      err(`ecr-pull-through: ${e.message}`);
      return EXIT.usage;
    }
    err(`ecr-pull-through: ${(e as Error).message}`);
    return EXIT.failed;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
