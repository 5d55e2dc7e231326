// The whole job of the action, for any runner: log in, find the rules, rewrite Dockerfiles and other
// files, map the listed images, and warm every image the build will pull. The GitHub Action is glue
// around this; a buildspec script calls it and gets exactly the same behaviour.

import { relative } from 'node:path';
import type { RegistryCredentials } from './aws/token.js';
import { BUILDKIT_BUILDER_IMAGE } from './core/buildkit.js';
import { DEFAULTS } from './core/defaults.js';
import { InputError } from './core/errors.js';
import { mapImage } from './core/image/rules.js';
import { leavesRoot } from './core/patterns.js';
import type { Finding } from './core/rewrite/rewrite.js';
import { DEFAULT_WARM_TIMEOUT_MS } from './core/timeouts.js';
import { Deadline } from './deadline.js';
import { discoverFiles, globMatcher } from './host/discovery.js';
import { type LoginMethod, login, type SessionEntry } from './login.js';
import { commitRewrites, type FileRewrite, rewriteFiles } from './rewrite.js';
import { registryHost, resolveTarget } from './target.js';
import type { WarmEvent, WarmResult } from './warm/types.js';
import { warm } from './warm/warm.js';

export interface PrepareOptions {
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
  readonly warm?: boolean;
  readonly warmTimeoutMs?: number;
  readonly concurrency?: number;
  readonly platforms?: readonly string[];
  /** A reference no rule covers fails the job (nothing is written). */
  readonly failOnUnmapped?: boolean;
  /** Also warm the BuildKit builder image (BUILDKIT_BUILDER_IMAGE) that setup-buildx-action runs. */
  readonly warmBuildkit?: boolean;
  readonly onSecret?: (secret: string) => void;
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
    const outside = include.find(leavesRoot);
    if (outside !== undefined)
      throw new InputError(`${input}: "${outside}" points outside ${root}; patterns are relative to it`);
    // One walk for the group; each pattern is then matched against what it found.
    const found = discoverFiles([root], include).map((path) => relative(root, path));
    for (const pattern of include) {
      const matches = globMatcher(pattern);
      if (found.some(matches)) continue;
      const message = `${input}: "${pattern}" matches no file under ${root}; its images are neither rewritten nor warmed, so the build would pull them from the upstream`;
      if (options.failOnUnmapped) failures.push(message);
      else options.onWarning?.(message);
    }
    const report = await rewriteFiles({ paths: [root], include, kind, target, dryRun: true });
    files.push(...report.files);
  }
  return files;
}

export async function prepare(options: PrepareOptions = {}): Promise<PrepareReport> {
  // warmTimeoutMs bounds the whole job: login and discovery wait on silent endpoints too.
  const deadline = new Deadline(options.warmTimeoutMs ?? DEFAULT_WARM_TIMEOUT_MS);
  try {
    return await prepareWithin(options, deadline);
  } finally {
    deadline.dispose();
  }
}

async function prepareWithin(options: PrepareOptions, deadline: Deadline): Promise<PrepareReport> {
  const failures: string[] = [];
  let credentials: readonly RegistryCredentials[] | undefined;
  let session: readonly SessionEntry[] = [];
  if (options.login ?? DEFAULTS.login) {
    const result = await login({
      region: options.region,
      registries: options.registries,
      method: options.loginMethod,
      onSecret: options.onSecret,
      onWarning: options.onWarning,
      deadline,
      // Each login as it happens: when a later registry fails, logout still undoes the ones done.
      onSessionEntry: (entry) => {
        session = [...session, entry];
        options.onSession?.(session);
      },
    });
    credentials = result.credentials;
  }
  const target = await resolveTarget({
    registry:
      credentials?.[0]?.registry ??
      (options.registries?.[0] ? registryHost(options.registries[0], options.region) : undefined),
    rules: options.rules?.length ? options.rules : undefined,
    region: options.region,
    deadline,
  });

  const files = await rewriteGroups(options, target, failures);
  const notes: FileNote[] = files.flatMap((f) => f.notes.map((n) => ({ ...n, file: f.path })));
  const errors = files.flatMap((f) => f.errors.map((e) => `${f.path}:${e.line}: ${e.message}`));
  const unmapped = notes.filter((n) => n.unmapped);
  failures.push(...errors);
  if (options.failOnUnmapped) failures.push(...unmapped.map((n) => `${n.file}:${n.line}: ${n.message}`));
  if (failures.length === 0) commitRewrites(files);

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
      warmed = await warm({
        images: toWarm,
        registry: target.registry,
        rules: target.rules,
        region: credentials?.[0]?.region ?? options.region,
        ...(credentials?.[0] && { credentials: credentials[0] }),
        deadline,
        concurrency: options.concurrency,
        platforms: options.platforms,
        onSecret: options.onSecret,
        onEvent: options.onWarmEvent,
      });
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
    rewrittenFiles: failures.length === 0 ? files.filter((f) => f.changed).map((f) => f.path) : [],
    notes,
    ...(warmed && { warmed }),
    failures,
  };
}
