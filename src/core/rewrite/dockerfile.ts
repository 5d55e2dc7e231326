// Dockerfiles: the sites dockerfile/scan.ts finds become edits. Apart from rewrite.ts so that a
// caller that meets only Dockerfiles and lists loads no YAML code (the yaml library is ~110 KB).

import { scanDockerfile } from '../dockerfile/scan.js';
import type { RegistryTarget } from '../image/rules.js';
import { byLine, type Rewrite, rewriteCandidates } from './edits.js';

export function rewriteDockerfile(source: string, target: RegistryTarget): Rewrite {
  const scan = scanDockerfile(source);
  const result = rewriteCandidates(source, scan.sites, target);
  const notes = scan.notes.length === 0 ? result.notes : [...scan.notes, ...result.notes].sort(byLine);
  // Named fields, not a spread: a spread of a fresh object is a slow copy until the code is optimized.
  const { output, changes, errors } = result;
  return { output, changes, notes, errors, images: scan.images };
}
