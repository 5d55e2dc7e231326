// Transparent mode: render a builder's or engine's mirror configuration from the cache's rules
// (resolved as rewrite and map resolve them) and, when asked, write it under `out`.

import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { type MirrorConfig, type MirrorFormat, renderMirrors } from '../core/mirrors/index.js';
import { writeFileAtomic } from '../host/atomic-write.js';
import { refuseNonRegular } from '../host/files.js';
import { resolveTarget, type TargetOptions } from './target.js';

export interface MirrorsOptions extends TargetOptions {
  readonly format: MirrorFormat;
  /**
   * Where to write: a directory for containerd (one `<upstream>/hosts.toml` each); for the other
   * formats a file path, or an existing directory to hold the file under its default name (kaniko:
   * its flags, one a line). Nothing is written when absent.
   */
  readonly out?: string;
}

export interface MirrorsReport extends MirrorConfig {
  /** The cache's registry host the configuration redirects to. */
  readonly registry: string;
  /** Absolute paths of the files written (none without `out`). */
  readonly written: string[];
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Where each file of `config` goes for `out`, with its text. */
function placements(config: MirrorConfig, out: string): { path: string; text: string }[] {
  const base = resolve(out);
  if (config.format === 'containerd')
    return config.files.map((f) => ({ path: join(base, f.path), text: f.text }));
  const file = config.files[0] ?? {
    path: `${config.format}.args`,
    text: config.args.map((a) => `${a}\n`).join(''),
  };
  return [{ path: isDirectory(base) ? join(base, file.path) : base, text: file.text }];
}

/** Render `format` for the target registry and write it under `out` when given (atomically, file by file). */
export async function mirrors(options: MirrorsOptions): Promise<MirrorsReport> {
  if (options.format === 'containerd' && options.out === undefined) {
    throw new InputError(
      'the containerd format writes one hosts.toml per upstream: give a directory with --out DIR',
    );
  }
  const target = await resolveTarget(options);
  const config = renderMirrors(options.format, { registry: target.registry, rules: target.rules });
  const written: string[] = [];
  if (options.out !== undefined) {
    const places = placements(config, options.out);
    // Every target is checked before the first write: one that is not a regular file changes nothing.
    for (const p of places) refuseNonRegular(p.path);
    for (const p of places) {
      mkdirSync(dirname(p.path), { recursive: true });
      writeFileAtomic(p.path, p.text);
      written.push(p.path);
    }
  }
  return { ...config, registry: target.registry, written };
}
