// Straight from their modules, not the facade: map loads nothing else (no YAML, no SDK).
import { BUILDKIT_BUILDER_IMAGE } from '../../core/buildkit.js';
import { mapImage } from '../../core/image/rules.js';
import { uncacheableHint } from '../../core/image/upstreams.js';
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

/** Images with where they came from: an argument, or `stdin:N` for `-` (blanks and # comments skipped). */
export function sourcedImages(
  positionals: string[],
  io: Pick<CommandIo, 'stdin'>,
): { image: string; where: string }[] {
  if (positionals.length === 1 && positionals[0] === '-') {
    return io
      .stdin()
      .split(/\r?\n/)
      .map((l, i) => ({ image: l.trim(), where: `stdin:${i + 1}` }))
      .filter((l) => l.image !== '' && !l.image.startsWith('#'));
  }
  return positionals.map((image, i) => ({ image, where: `argument ${i + 1}` }));
}

export function imagesFrom(positionals: string[], io: Pick<CommandIo, 'stdin'>): string[] {
  return sourcedImages(positionals, io).map((s) => s.image);
}

export const mapCommand: Command = {
  name: 'map',
  summary: 'print the pull-through cache URI of each image (- reads stdin)',
  options: {
    ...TARGET_OPTIONS,
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
    buildkit: { type: 'boolean' },
  },
  help: `Usage: ecr-pull-through map IMAGE... | map -

Prints the pull-through cache URI of each image on its own line, in order. An image no rule
covers is printed unchanged (with a note on stderr). '-' reads images from stdin, one per line.

Options:
${TARGET_HELP}
${timeoutHelp()}
  --buildkit              also print the cache URI of the BuildKit builder image
                          (${BUILDKIT_BUILDER_IMAGE}), for setup-buildx-action's
                          driver-opts: image=URI
  --strict                an image with no rule makes the exit status 1
  --json                  print [{"image","uri","status","reason"}] on stdout`,

  async run(v, positionals, io) {
    const sourced = sourcedImages(positionals, io);
    if (v.buildkit) sourced.push({ image: BUILDKIT_BUILDER_IMAGE, where: '--buildkit' });
    if (sourced.length === 0) throw new UsageError('map needs at least one IMAGE, or - to read stdin');
    const target = await resolveTarget(targetOptions(v, io));
    const results = sourced.map((s) => mapImage(s.image, target));
    let invalid = false;
    results.forEach((r, i) => {
      if (r.kind !== 'invalid') return;
      io.error(`${sourced[i]!.where}: error: ${r.error}`);
      invalid = true;
    });
    if (invalid) return EXIT.usage;
    const rows = results.map((r) => {
      if (r.kind === 'invalid') throw new Error('unreachable');
      const image = r.ref.original;
      if (r.kind === 'unmapped') return { image, uri: image, status: r.kind, reason: r.reason };
      return { image, uri: r.uri, status: r.kind };
    });
    for (const r of results) {
      if (r.kind !== 'unmapped') continue;
      io.err(`note: ${r.ref.original}: ${r.reason}; printed unchanged`);
      const hint = uncacheableHint(r.ref.registry);
      if (hint) io.err(`hint: ${hint}`);
    }
    io.out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.uri}\n`).join(''));
    return v.strict && rows.some((r) => r.status === 'unmapped') ? EXIT.failed : EXIT.ok;
  },
};
