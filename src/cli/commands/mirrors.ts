import { displayName } from '../../core/display.js';
import { isMirrorFormat, MIRROR_FORMAT_USES } from '../../core/mirrors/index.js';
import { MIRROR_FORMATS, mirrors } from '../../index.js';
import {
  type Command,
  EXIT,
  TARGET_HELP,
  TARGET_OPTIONS,
  targetOptions,
  timeoutHelp,
  UsageError,
} from '../command.js';

const FORMATS_HELP = MIRROR_FORMATS.map((f) => `  ${f.padEnd(16)} ${MIRROR_FORMAT_USES[f]}`).join('\n');

export const mirrorsCommand: Command = {
  name: 'mirrors',
  summary: 'builder and engine configuration that sends pulls to the cache (no file edited)',
  options: {
    ...TARGET_OPTIONS,
    format: { type: 'string' },
    out: { type: 'string' },
  },
  help: `Usage: ecr-pull-through mirrors --format FORMAT [--out PATH]

Prints (or writes) the configuration that makes a builder or engine pull through the cache while
the Dockerfiles and manifests keep their image names. Only upstreams that have a rule are
redirected. Notes (which versions honour it, how credentials reach the builder) and warnings
(where a setup silently falls back to the upstream) go to stderr. Still run 'warm' before the
build: a builder falls back to the upstream on a 404, and layers of an image still importing
come from the upstream's CDN.

Formats:
${FORMATS_HELP}

Credentials: no format carries a secret; the builder reads the cache's credentials from the
docker config written by 'ecr-pull-through login', or from a credential helper (ecr-login).
Docker Engine's docker pull and containerd on Kubernetes nodes do not: the notes say why and
what to do.

Options:
  --format FORMAT         one of the formats above (required)
  --out PATH              write there instead of printing: a directory for containerd (one
                          UPSTREAM/hosts.toml each; required), otherwise a file, or a directory
                          to hold the file under its default name; a file there is replaced
                          atomically (mode and owner kept) and must be a regular file
${TARGET_HELP}
${timeoutHelp()}`,

  async run(v, positionals, io) {
    const format = v.format as string | undefined;
    if (format === undefined) throw new UsageError(`mirrors needs --format (${MIRROR_FORMATS.join(', ')})`);
    if (!isMirrorFormat(format)) {
      throw new UsageError(`unknown --format "${format}": expected one of ${MIRROR_FORMATS.join(', ')}`);
    }
    if (positionals.length > 0) throw new UsageError(`mirrors takes no arguments, got "${positionals[0]}"`);
    const out = v.out as string | undefined;
    const report = await mirrors({ ...targetOptions(v, io), format, ...(out !== undefined && { out }) });
    if (out === undefined) {
      const file = report.files[0];
      io.out(file ? file.text : report.args.map((a) => `${a}\n`).join(''));
    } else {
      for (const path of report.written) io.err(`wrote ${displayName(path)}`);
    }
    for (const note of report.notes) io.err(`note: ${note}`);
    for (const warning of report.warnings) io.err(`warning: ${warning}`);
    return EXIT.ok;
  },
};
