// Image lists: one reference per line; blank lines and `#` comments are kept.

import type { RegistryTarget } from '../image/rules.js';
import {
  byLine,
  type Candidate,
  candidateImages,
  type Finding,
  isTemplated,
  type Rewrite,
  rewriteCandidates,
} from './edits.js';

/** The reference on each line of an image list, or why a line is not one. */
export function scanImageList(source: string): {
  candidates: Candidate[];
  errors: Finding[];
  notes: Finding[];
} {
  const candidates: Candidate[] = [];
  const errors: Finding[] = [];
  const notes: Finding[] = [];
  let line = 0;
  for (let start = 0; start <= source.length; ) {
    line++;
    let nl = source.indexOf('\n', start);
    if (nl === -1) nl = source.length;
    const m = /^[ \t]*([^\s#]\S*)?[ \t\r]*(#.*)?\r?$/.exec(source.slice(start, nl));
    if (!m) {
      errors.push({
        line,
        message: 'expected one image reference per line (a trailing `# comment` is allowed)',
      });
    } else if (m[1] !== undefined) {
      const tokenStart = start + source.slice(start, nl).indexOf(m[1]);
      if (isTemplated(m[1])) notes.push({ line, message: `${m[1]}: templated value; left alone` });
      else candidates.push({ start: tokenStart, end: tokenStart + m[1].length, line });
    }
    start = nl + 1;
  }
  return { candidates, errors, notes };
}

export function rewriteImageList(source: string, target: RegistryTarget): Rewrite {
  const scan = scanImageList(source);
  const result = rewriteCandidates(source, scan.candidates, target);
  return {
    ...result,
    notes: [...scan.notes, ...result.notes].sort(byLine),
    errors: [...scan.errors, ...result.errors].sort(byLine),
    images: candidateImages(source, scan.candidates),
  };
}
