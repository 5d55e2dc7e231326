// The whole job of the action, for any runner: log in, find the rules, rewrite Dockerfiles and other
// files (or, in transparent mode, write a BuildKit source policy that redirects the pulls instead),
// map the listed images, and warm every image the build will pull. The GitHub Action and the CLI's
// `prepare` are glue around this; a buildspec script calls it and gets exactly the same behaviour.

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { caBundle } from '../aws/ca-bundle-setting.js';
import type { ProfileOption } from '../aws/region.js';
import { BUILDKIT_BUILDER_IMAGE } from '../core/buildkit.js';
import type { RegistryCredentials } from '../core/credentials.js';
import { DEFAULTS } from '../core/defaults.js';
import { InputError, OperationError } from '../core/errors.js';
import { mapImage, type RegistryTarget } from '../core/image/rules.js';
import { leavesRoot } from '../core/patterns.js';
import { type PrepareMode, prepareMode } from '../core/prepare-mode.js';
import type { Finding } from '../core/rewrite/rewrite.js';
import { DEFAULT_WARM_TIMEOUT_MS } from '../core/timeouts.js';
import { Agents, shareAgents } from '../net/agents.js';
import { Deadline } from '../run/deadline.js';
import { type LoginMethod, login, type SessionEntry } from './login.js';
import type { FileRewrite } from './rewrite.js';
import { resolveTarget } from './target.js';
import type { WarmEvent, WarmResult } from './warm/types.js';

export { DEFAULT_PREPARE_MODE, PREPARE_MODES, type PrepareMode, prepareMode } from '../core/prepare-mode.js';

/** The variable BuildKit (≥ 0.12, with buildx ≥ 0.11) reads the source policy's path from. */
export const SOURCE_POLICY_VARIABLE = 'EXPERIMENTAL_BUILDKIT_SOURCE_POLICY';

/** Runs one phase of the job; the action shows each as a collapsible group in the log. */
export type PhaseRunner = <T>(title: string, run: () => Promise<T>) => Promise<T>;

export interface PrepareOptions extends ProfileOption {
  readonly region?: string;
  /** Account ids or registry hosts to log in to (default: the caller's registry). */
  readonly registries?: readonly string[];
  /** `PREFIX=UPSTREAM_URL` rules (default: DescribePullThroughCacheRules). */
  readonly rules?: readonly string[];
  /** Folder the globs are relative to (default: the current directory). */
  readonly root?: string;
  /** Globs of Dockerfiles to rewrite. */
  readonly dockerfiles?: readonly string[];
  /** Globs of image lists, compose files and Kubernetes YAML to rewrite. */
  readonly files?: readonly string[];
  /** Images to map and warm besides those in the files. */
  readonly images?: readonly string[];
  readonly login?: boolean;
  readonly loginMethod?: LoginMethod;
  /** Also write the containers auth.json (Podman, Buildah, Skopeo). */
  readonly containersAuth?: boolean;
  /** The environment login reads (PATH, DOCKER_CONFIG, REGISTRY_AUTH_FILE; default: the process's). */
  readonly env?: NodeJS.ProcessEnv;
  /** rewrite (default), transparent or both. */
  readonly mode?: PrepareMode;
  /**
   * Where transparent mode writes the BuildKit source policy: a file the caller chose (replaced as
   * any file we write). Default: source-policy.json in a fresh private folder (see `tempDir`).
   */
  readonly sourcePolicyPath?: string;
  /**
   * The folder in which transparent mode makes a fresh private folder (mkdtemp, mode 0700) for the
   * source policy when sourcePolicyPath is not given (default: the temp folder; the action: RUNNER_TEMP).
   */
  readonly tempDir?: string;
  readonly warm?: boolean;
  readonly warmTimeoutMs?: number;
  readonly concurrency?: number;
  readonly platforms?: readonly string[];
  /** A reference no rule covers fails the job (nothing is written). */
  readonly failOnUnmapped?: boolean;
  /** Also warm the BuildKit builder image (BUILDKIT_BUILDER_IMAGE) that setup-buildx-action runs. */
  readonly warmBuildkit?: boolean;
  readonly onSecret?: (secret: string) => void;
  /**
   * Called once with the registry credentials login got (the password in clear: the action's
   * credential-outputs hands them on, masked). Never print them.
   */
  readonly onCredentials?: (credentials: readonly RegistryCredentials[]) => void;
  readonly phase?: PhaseRunner;
  readonly onWarning?: (message: string) => void;
  readonly onWarmEvent?: (event: WarmEvent) => void;
  /** Called as each login happens with all that logout must undo so far (a later one may fail). */
  readonly onSession?: (session: readonly SessionEntry[]) => void;
}

export interface FileNote extends Finding {
  readonly file: string;
}

export interface PrepareReport {
  readonly registry: string;
  readonly session: readonly SessionEntry[];
  /** Original reference → cache URI, for every mapped image. */
  readonly images: Readonly<Record<string, string>>;
  readonly rewrittenFiles: readonly string[];
  /** References left alone, with file and line. */
  readonly notes: readonly FileNote[];
  readonly warmed?: WarmResult;
  /** The cache URI of the BuildKit builder image, when a rule covers Docker Hub (for setup-buildx-action). */
  readonly buildkitImage?: string;
  /** Transparent mode: the source policy written, and the variable that points BuildKit at it. */
  readonly sourcePolicy?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Transparent mode: buildkitd.toml mirrors (setup-buildx-action's buildkitd-config-inline). */
  readonly buildkitdConfig?: string;
  /** Why the job failed, if it did. */
  readonly failures: readonly string[];
}

const PATTERN_INPUTS = [
  { input: 'dockerfiles', kind: 'dockerfile' as const },
  { input: 'files', kind: undefined },
] as const;

/**
 * The files the patterns choose, rewritten in memory. A pattern outside the root is an input error;
 * one that matches nothing is said (a warning, or a failure with failOnUnmapped): its images would
 * silently be pulled from the upstream, which is what this tool exists to prevent.
 */
async function rewriteGroups(
  options: PrepareOptions,
  target: Awaited<ReturnType<typeof resolveTarget>>,
  failures: string[],
) {
  const root = options.root ?? '.';
  const files: FileRewrite[] = [];
  for (const { input, kind } of PATTERN_INPUTS) {
    const include = options[input] ?? [];
    if (include.length === 0) continue;
    const [{ discoverFiles }, { globMatcher, globMatchers }, { rewriteFiles }] = await Promise.all([
      import('../host/discovery.js'),
      import('../host/globs.js'),
      import('./rewrite.js'),
    ]);
    const outside = include.find(leavesRoot);
    if (outside !== undefined)
      throw new InputError(`${input}: "${outside}" points outside ${root}; patterns are relative to it`);
    // One walk for the group; each pattern is then matched against what it found.
    const found = discoverFiles([root], globMatchers(include)).map((path) => relative(root, path));
    for (const pattern of include) {
      const matches = globMatcher(pattern);
      // One argument only: picomatch's matcher takes a second (returnObject), which some() would pass.
      if (found.some((path) => matches(path))) continue;
      const message = `${input}: "${pattern}" matches no file under ${root}; its images are neither rewritten nor warmed, so the build would pull them from the upstream`;
      if (options.failOnUnmapped) failures.push(message);
      else options.onWarning?.(message);
    }
    const report = await rewriteFiles({ paths: [root], include, kind, target, dryRun: true });
    files.push(...report.files);
  }
  return files;
}

/** Files to rewrite or read for images. */
const hasPatterns = (options: PrepareOptions) =>
  PATTERN_INPUTS.some(({ input }) => (options[input]?.length ?? 0) > 0);

/** Whether the job needs the cache rules: anything to map, rewrite, warm or redirect besides login. */
function needsRules(options: PrepareOptions, mode: PrepareMode): boolean {
  return (
    hasPatterns(options) || (options.images?.length ?? 0) > 0 || !!options.warmBuildkit || mode !== 'rewrite'
  );
}

export async function prepare(options: PrepareOptions = {}): Promise<PrepareReport> {
  // warmTimeoutMs bounds the whole job: login and discovery wait on silent endpoints too.
  const deadline = new Deadline(options.warmTimeoutMs ?? DEFAULT_WARM_TIMEOUT_MS);
  // One set of agents for the run: the connection that brought the token serves warm's calls too.
  const agents = new Agents(process.env, { ca: caBundle(process.env) });
  shareAgents(deadline, agents);
  try {
    return await prepareWithin(options, deadline);
  } finally {
    agents.destroy();
    deadline.dispose();
  }
}

const runDirectly: PhaseRunner = (_title, run) => run();

async function prepareWithin(options: PrepareOptions, deadline: Deadline): Promise<PrepareReport> {
  const phase = options.phase ?? runDirectly;
  const mode = prepareMode(options.mode);
  const failures: string[] = [];
  let credentials: readonly RegistryCredentials[] | undefined;
  let session: readonly SessionEntry[] = [];
  if (options.login ?? DEFAULTS.login) {
    const result = await phase('Log in to ECR', () =>
      login({
        region: options.region,
        registries: options.registries,
        method: options.loginMethod,
        containersAuth: options.containersAuth,
        profile: options.profile,
        ...(options.env && { env: options.env }),
        onSecret: options.onSecret,
        onWarning: options.onWarning,
        deadline,
        // Each login as it happens: when a later registry fails, logout still undoes the ones done.
        onSessionEntry: (entry) => {
          session = [...session, entry];
          options.onSession?.(session);
        },
      }),
    );
    credentials = result.credentials;
    options.onCredentials?.(credentials);
  }
  // Login only: the token's registry is the whole answer; no rules are looked up (one AWS call, and
  // nothing loaded that only mapping needs). Rules given as options cost no call and still apply.
  const loginOnly = credentials?.[0] && !options.rules?.length && !needsRules(options, mode);
  const target: RegistryTarget = loginOnly
    ? { registry: credentials![0]!.registry, rules: [] }
    : await phase('Pull-through cache rules', () =>
        resolveTarget({
          registry: credentials?.[0]?.registry ?? options.registries?.[0],
          rules: options.rules?.length ? options.rules : undefined,
          region: options.region,
          ...(options.profile && { profile: options.profile }),
          deadline,
        }),
      );

  // Transparent mode reads the files for their images and leaves them as they are.
  const rewrites = mode !== 'transparent';
  const files = hasPatterns(options)
    ? await phase(rewrites ? 'Rewrite image references' : 'Find images', async () => {
        const found = await rewriteGroups(options, target, failures);
        const errors = found.flatMap((f) => f.errors.map((e) => `${f.path}:${e.line}: ${e.message}`));
        failures.push(...errors);
        return found;
      })
    : [];
  const notes: FileNote[] = files.flatMap((f) => f.notes.map((n) => ({ ...n, file: f.path })));
  const unmapped = notes.filter((n) => n.unmapped);
  if (options.failOnUnmapped) failures.push(...unmapped.map((n) => `${n.file}:${n.line}: ${n.message}`));
  if (failures.length === 0 && rewrites && files.length > 0)
    (await import('./rewrite.js')).commitRewrites(files);

  const images: Record<string, string> = {};
  for (const f of files) for (const c of f.changes) images[c.from] = c.to;
  for (const text of options.images ?? []) {
    const m = mapImage(text.trim(), target);
    if (m.kind === 'mapped' || m.kind === 'cached') images[text.trim()] = m.uri;
    else if (m.kind === 'invalid') failures.push(m.error);
    else if (options.failOnUnmapped) failures.push(`${text}: ${m.reason}`);
    else
      notes.push({
        file: '(images input)',
        line: 0,
        message: `${text}: ${m.reason}; left alone`,
        unmapped: true,
      });
  }

  const transparent = mode === 'rewrite' ? undefined : await writeTransparentConfig(options, target);

  let warmed: WarmResult | undefined;
  if ((options.warm ?? DEFAULTS.warm) && failures.length === 0) {
    // Warm what the build will pull: the images of the files (as written before the rewrite) and the inputs.
    // Images no rule covers do not go through the cache: nothing to warm (they were noted above).
    const all = [
      ...files.flatMap((f) => f.images.map((i) => i.image)),
      ...(options.images ?? []).map((i) => i.trim()),
      ...(options.warmBuildkit ? [BUILDKIT_BUILDER_IMAGE] : []),
    ];
    const toWarm = [...new Set(all)].filter((i) => ['mapped', 'cached'].includes(mapImage(i, target).kind));
    if (toWarm.length > 0) {
      const { warm } = await import('./warm/warm.js');
      warmed = await phase(`Warm ${toWarm.length} image(s)`, () =>
        warm({
          images: toWarm,
          registry: target.registry,
          rules: target.rules,
          region: credentials?.[0]?.region ?? options.region,
          ...(options.profile && { profile: options.profile }),
          ...(credentials?.[0] && { credentials: credentials[0] }),
          deadline,
          concurrency: options.concurrency,
          platforms: options.platforms,
          onSecret: options.onSecret,
          onEvent: options.onWarmEvent,
        }),
      );
      for (const r of warmed.images) {
        if (r.status !== 'ready')
          failures.push(`${r.image}: ${r.error ?? 'not ready'}${r.hint ? ` (${r.hint})` : ''}`);
      }
    }
  }
  const builder = mapImage(BUILDKIT_BUILDER_IMAGE, target);
  if (options.warmBuildkit && builder.kind === 'unmapped')
    notes.push({
      file: '(warm-buildkit)',
      line: 0,
      message: `${BUILDKIT_BUILDER_IMAGE}: ${builder.reason}; not warmed`,
      unmapped: true,
    });
  return {
    registry: target.registry,
    ...(builder.kind === 'mapped' && { buildkitImage: builder.uri }),
    session,
    images,
    rewrittenFiles:
      failures.length === 0 && rewrites ? files.filter((f) => f.changed).map((f) => f.path) : [],
    notes,
    ...transparent,
    ...(warmed && { warmed }),
    failures,
  };
}

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
async function writeTransparentConfig(options: PrepareOptions, target: RegistryTarget) {
  const [{ renderMirrors }, { writeFileAtomic }] = await Promise.all([
    import('../core/mirrors/index.js'),
    import('../host/atomic-write.js'),
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
