// Transparent mode: instead of rewriting files, a BuildKit source policy that redirects the pulls
// to the cache, written in a folder only this user can enter, and buildkitd.toml mirrors.

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { OperationError } from '../../core/errors.js';
import type { RegistryTarget } from '../../core/image/rules.js';
import type { PrepareOptions } from './types.js';

/** The variable BuildKit (≥ 0.12, with buildx ≥ 0.11) reads the source policy's path from. */
export const SOURCE_POLICY_VARIABLE = 'EXPERIMENTAL_BUILDKIT_SOURCE_POLICY';

/**
 * A new folder only this user can enter (mkdtemp: mode 0700, a name no one chose before), for a file
 * other users must not plant, follow or swap: in a shared temp folder a fixed name could be a link
 * another user left there. It outlives the run: later build steps read the policy.
 */
function privateFolder(parent: string): string {
  return mkdtempSync(join(parent, 'ecr-pull-through-'));
}

/**
 * Transparent mode: the BuildKit source policy, written where the caller said (atomically), the
 * variable that points BuildKit at it, and buildkitd.toml mirrors for a builder that is set up apart.
 */
export async function writeTransparentConfig(
  options: Pick<PrepareOptions, 'sourcePolicyPath' | 'tempDir'>,
  target: RegistryTarget,
) {
  const [{ renderMirrors }, { writeFileAtomic }] = await Promise.all([
    import('../../core/mirrors/index.js'),
    import('../../host/atomic-write.js'),
  ]);
  const input = { registry: target.registry, rules: target.rules };
  const [policy] = renderMirrors('source-policy', input).files;
  const [buildkitd] = renderMirrors('buildkitd', input).files;
  if (!policy || !buildkitd)
    throw new OperationError('transparent mode: nothing was rendered for these rules');
  // The renderers' caveats (an older BuildKit falls back silently) are the mirrors command's to
  // explain; here the README says which versions honour the policy.
  const path = options.sourcePolicyPath ?? join(privateFolder(options.tempDir ?? tmpdir()), policy.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, policy.text);
  return { sourcePolicy: path, env: { [SOURCE_POLICY_VARIABLE]: path }, buildkitdConfig: buildkitd.text };
}
