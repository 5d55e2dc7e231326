// One entry per file kind: rewrite a file's text, or list the images it makes a build or deployment
// pull, by its kind (Dockerfile, image list, YAML). Finding the spans is dockerfile/scan.ts, list.ts
// and yaml.ts; turning spans into edits on the original text is edits.ts. (src/use-cases/rewrite.ts loads
// yaml.ts only when it meets a YAML file.)

import { scanDockerfile } from '../dockerfile/scan.js';
import type { RegistryTarget } from '../image/rules.js';
import { rewriteDockerfile } from './dockerfile.js';
import { byLine, candidateImages, type Finding, type Rewrite } from './edits.js';
import { rewriteImageList, scanImageList } from './list.js';
import { rewriteYaml, scanYaml } from './yaml.js';
import type { YamlOrigin } from './yaml-origin.js';

export { rewriteDockerfile } from './dockerfile.js';
export type { Change, Finding, Rewrite } from './edits.js';
export type { YamlOrigin } from './yaml-origin.js';

export type FileKind = 'dockerfile' | 'list' | 'yaml';

/** Rewrite a file's text by its kind; `origin` tells which YAML documents hold references (default: all). */
export function rewriteText(
  source: string,
  kind: FileKind,
  target: RegistryTarget,
  origin?: YamlOrigin,
): Rewrite {
  if (kind === 'dockerfile') return rewriteDockerfile(source, target);
  if (kind === 'list') return rewriteImageList(source, target);
  return rewriteYaml(source, target, origin);
}

/** Images a file makes a build or deployment pull (for warm), without mapping them. */
export function extractImages(
  source: string,
  kind: FileKind,
  origin?: YamlOrigin,
): { images: Rewrite['images']; notes: readonly Finding[]; errors: readonly Finding[] } {
  if (kind === 'dockerfile') {
    const scan = scanDockerfile(source);
    return { images: scan.images, notes: [...scan.skipped, ...scan.notes].sort(byLine), errors: [] };
  }
  const scan = kind === 'list' ? scanImageList(source) : scanYaml(source, origin);
  return { images: candidateImages(source, scan.candidates), notes: scan.notes, errors: scan.errors };
}
