import { readFileSync } from 'node:fs';
import { mapImage, resolveTarget } from '../../index.js';
import {
  type Command,
  EXIT,
  err,
  out,
  TARGET_HELP,
  TARGET_OPTIONS,
  targetOptions,
  UsageError,
} from '../command.js';

/** Images from positionals, or from stdin (one per line, blanks and # comments skipped) for `-`. */
export function imagesFrom(positionals: string[]): string[] {
  if (positionals.length === 1 && positionals[0] === '-') {
    return readFileSync(0, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  }
  return positionals;
}

export const mapCommand: Command = {
  name: 'map',
  summary: 'print the pull-through cache URI of each image (- reads stdin)',
  options: { ...TARGET_OPTIONS, strict: { type: 'boolean' }, json: { type: 'boolean' } },
  help: `Usage: ecr-pull-through map IMAGE... | map -

Prints the pull-through cache URI of each image on its own line, in order. An image no rule
covers is printed unchanged (with a note on stderr). '-' reads images from stdin, one per line.

Options:
${TARGET_HELP}
  --strict                an image with no rule makes the exit status 1
  --json                  print [{"image","uri","status","reason"}] on stdout`,

  async run(v, positionals) {
    const images = imagesFrom(positionals);
    if (images.length === 0) throw new UsageError('map needs at least one IMAGE, or - to read stdin');
    const target = await resolveTarget(targetOptions(v));
    const results = images.map((image) => mapImage(image, target));
    let invalid = false;
    for (const r of results) {
      if (r.kind !== 'invalid') continue;
      err(`error: ${r.error}`);
      invalid = true;
    }
    if (invalid) return EXIT.usage;
    const rows = results.map((r) => {
      if (r.kind === 'invalid') throw new Error('unreachable');
      const image = r.ref.original;
      if (r.kind === 'unmapped') return { image, uri: image, status: r.kind, reason: r.reason };
      return { image, uri: r.uri, status: r.kind };
    });
    for (const r of rows) if (r.reason) err(`note: ${r.image}: ${r.reason}; printed unchanged`);
    out(v.json ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.uri}\n`).join(''));
    return v.strict && rows.some((r) => r.status === 'unmapped') ? EXIT.failed : EXIT.ok;
  },
};
