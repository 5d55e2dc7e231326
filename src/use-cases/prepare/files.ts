// The files prepare reads: the Dockerfiles and other files its patterns choose under the root, each
// rewritten in memory (written only once the whole job can go on, by prepare.ts).

import { relative } from 'node:path';
import { displayName } from '../../core/display.js';
import { InputError } from '../../core/errors.js';
import type { RegistryTarget } from '../../core/image/rules.js';
import { leavesRoot } from '../../core/patterns.js';
import type { PrepareMode } from '../../core/prepare-mode.js';
import type { Run } from '../../run/run.js';
import type { FileRewrite } from '../rewrite.js';
import type { PrepareOptions } from './types.js';

const PATTERN_INPUTS = [
  { input: 'dockerfiles', kind: 'dockerfile' as const },
  { input: 'files', kind: undefined },
] as const;

/**
 * The files the patterns choose, rewritten in memory. A pattern outside the root is an input error;
 * one that matches nothing is said (a warning, or a failure with failOnUnmapped): its images would
 * silently be pulled from the upstream, which is what this tool exists to prevent.
 */
export async function rewriteGroups(
  run: Run,
  options: PrepareOptions,
  target: RegistryTarget,
  failures: string[],
) {
  const root = options.root ?? '.';
  const files: FileRewrite[] = [];
  for (const { input, kind } of PATTERN_INPUTS) {
    const include = options[input] ?? [];
    if (include.length === 0) continue;
    const [{ discoverFiles }, { globMatcher, globMatchers }, { rewriteFiles }] = await Promise.all([
      import('../../host/discovery.js'),
      import('../../host/globs.js'),
      import('../rewrite.js'),
    ]);
    const outside = include.find(leavesRoot);
    if (outside !== undefined)
      throw new InputError(
        `${input}: "${outside}" points outside ${displayName(root)}; patterns are relative to it`,
      );
    // One walk for the group; each pattern is then matched against what it found.
    const found = discoverFiles([root], globMatchers(include)).map((path) => relative(root, path));
    for (const pattern of include) {
      const matches = globMatcher(pattern);
      // One argument only: picomatch's matcher takes a second (returnObject), which some() would pass.
      if (found.some((path) => matches(path))) continue;
      const message = `${input}: "${pattern}" matches no file under ${displayName(root)}; its images are neither rewritten nor warmed, so the build would pull them from the upstream`;
      if (options.failOnUnmapped) failures.push(message);
      else run.onWarning(message);
    }
    const report = await rewriteFiles({ paths: [root], include, kind, target, dryRun: true });
    files.push(...report.files);
  }
  return files;
}

/** Files to rewrite or read for images. */
export const hasPatterns = (options: PrepareOptions) =>
  PATTERN_INPUTS.some(({ input }) => (options[input]?.length ?? 0) > 0);

/** Whether the job needs the cache rules: anything to map, rewrite, warm or redirect besides login. */
export function needsRules(options: PrepareOptions, mode: PrepareMode): boolean {
  return (
    hasPatterns(options) || (options.images?.length ?? 0) > 0 || !!options.warmBuildkit || mode !== 'rewrite'
  );
}
