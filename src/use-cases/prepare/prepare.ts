// The whole job of the action, for any runner: log in, find the rules, rewrite Dockerfiles and other
// files (or, in transparent mode, write a BuildKit source policy that redirects the pulls instead),
// map the listed images, and warm every image the build will pull. The GitHub Action and the CLI's
// `prepare` are glue around this; a buildspec script calls it and gets exactly the same behaviour.
// One Run for the whole job: its phases share the deadline and the connections (the one that brought
// the token serves warm's calls too). What files are read is files.ts; transparent mode's writing is
// transparent.ts: each loaded when the job comes to it, as the use cases it calls are.

import { BUILDKIT_BUILDER_IMAGE } from '../../core/buildkit.js';
import type { RegistryCredentials } from '../../core/credentials.js';
import { DEFAULTS } from '../../core/defaults.js';
import { displayName } from '../../core/display.js';
import { mapImage, type RegistryTarget, upstreamOfRule } from '../../core/image/rules.js';
import { fileLines, loggedInLine, ruleLines, warmLine } from '../../core/job-lines.js';
import { prepareMode } from '../../core/prepare-mode.js';
import { unmappedNote } from '../../core/rewrite/edits.js';
import { DEFAULT_WARM_TIMEOUT_MS } from '../../core/timeouts.js';
import type { Run } from '../../run/run.js';
import { logIn, type SessionEntry } from '../login.js';
import { openRun } from '../run.js';
import { targetIn } from '../target.js';
import type { WarmResult } from '../warm/types.js';
import type { FileNote, PhaseRunner, PrepareOptions, PrepareReport } from './types.js';

export {
  DEFAULT_PREPARE_MODE,
  PREPARE_MODES,
  type PrepareMode,
  prepareMode,
} from '../../core/prepare-mode.js';
export type * from './types.js';

export async function prepare(options: PrepareOptions = {}): Promise<PrepareReport> {
  // warmTimeoutMs bounds the whole job: login and discovery wait on silent endpoints too.
  const { run, end } = openRun({ ...options, timeoutMs: options.warmTimeoutMs ?? DEFAULT_WARM_TIMEOUT_MS });
  try {
    return await prepareIn(run, options);
  } finally {
    end();
  }
}

const runDirectly: PhaseRunner = (_title, run) => run();

async function prepareIn(run: Run, options: PrepareOptions): Promise<PrepareReport> {
  const phase = options.phase ?? runDirectly;
  const mode = prepareMode(options.mode);
  const failures: string[] = [];
  let credentials: readonly RegistryCredentials[] | undefined;
  let session: readonly SessionEntry[] = [];
  if (options.login ?? DEFAULTS.login) {
    const result = await phase(
      'Log in to ECR',
      () =>
        logIn(run, {
          region: options.region,
          registries: options.registries,
          method: options.loginMethod,
          containersAuth: options.containersAuth,
          // Each login as it happens: when a later registry fails, logout still undoes the ones done.
          onSessionEntry: (entry) => {
            session = [...session, entry];
            options.onSession?.(session);
          },
        }),
      (r) => r.registries.map(loggedInLine),
    );
    credentials = result.credentials;
    options.onCredentials?.(credentials);
  }
  const { hasPatterns, needsRules, rewriteGroups } = await import('./files.js');
  // Login only: the token's registry is the whole answer; no rules are looked up (one AWS call, and
  // nothing loaded that only mapping needs). Rules given as options cost no call and still apply.
  const loginOnly = credentials?.[0] && !options.rules?.length && !needsRules(options, mode);
  const target: RegistryTarget = loginOnly
    ? { registry: credentials![0]!.registry, rules: [] }
    : await phase(
        'Pull-through cache rules',
        () =>
          targetIn(run, {
            registry: credentials?.[0]?.registry ?? options.registries?.[0],
            rules: options.rules?.length ? options.rules : undefined,
            region: options.region,
          }),
        (t) =>
          ruleLines(
            t.registry,
            t.rules.map((r) => ({ prefix: r.ecrRepositoryPrefix, upstream: upstreamOfRule(r) })),
          ),
      );

  // Transparent mode reads the files for their images and leaves them as they are.
  const rewrites = mode !== 'transparent';
  const notesOf = (found: Awaited<ReturnType<typeof rewriteGroups>>) =>
    found.flatMap((f) => f.notes.map((n): FileNote => ({ ...n, file: f.path })));
  // The files are written within their phase, so its group can say which were.
  const files = hasPatterns(options)
    ? await phase(
        rewrites ? 'Rewrite image references' : 'Find images',
        async () => {
          const found = await rewriteGroups(run, options, target, failures);
          const errors = found.flatMap((f) =>
            f.errors.map((e) => `${displayName(f.path)}:${e.line}: ${e.message}`),
          );
          failures.push(...errors);
          if (options.failOnUnmapped)
            for (const n of notesOf(found).filter((n) => n.unmapped))
              failures.push(`${displayName(n.file)}:${n.line}: ${n.message}`);
          if (failures.length === 0 && rewrites && found.length > 0)
            (await import('../rewrite.js')).commitRewrites(found);
          return found;
        },
        (found) =>
          rewrites
            ? fileLines(
                failures.length === 0 ? found.filter((f) => f.changed).map((f) => f.path) : [],
                found.length,
              )
            : [
                `read ${found.length} file(s): ${new Set(found.flatMap((f) => f.images.map((i) => i.image))).size} image reference(s)`,
              ],
      )
    : [];
  const notes = notesOf(files);

  const images: Record<string, string> = {};
  for (const f of files) for (const c of f.changes) images[c.from] = c.to;
  for (const text of options.images ?? []) {
    const m = mapImage(text.trim(), target);
    if (m.kind === 'mapped' || m.kind === 'cached') images[text.trim()] = m.uri;
    else if (m.kind === 'invalid') failures.push(m.error);
    else if (options.failOnUnmapped) failures.push(`${text}: ${m.reason}`);
    else notes.push({ file: '(images input)', ...unmappedNote(0, text, m) });
  }

  const transparent =
    mode === 'rewrite'
      ? undefined
      : await (await import('./transparent.js')).writeTransparentConfig(options, target);

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
      const { warmIn } = await import('../warm/warm.js');
      warmed = await phase(
        `Warm ${toWarm.length} image(s)`,
        () =>
          warmIn(run, {
            images: toWarm,
            registry: target.registry,
            rules: target.rules,
            region: credentials?.[0]?.region ?? options.region,
            credentials: credentials?.[0],
            concurrency: options.concurrency,
            platforms: options.platforms,
            onEvent: options.onWarmEvent,
          }),
        (w) => [warmLine(w.images, w.seconds)],
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
