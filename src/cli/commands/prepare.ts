// prepare: the action's whole job in one command for a buildspec (one token, one discovery), through
// the same use case the action calls. Human lines on stderr; on stdout the --json report, or in
// transparent mode the `export` line a shell evaluates.

// The use case itself, not the facade: what prepare does not run is not compiled.
import { BUILDKIT_BUILDER_IMAGE } from '../../core/buildkit.js';
import { DEFAULT_CONCURRENCY } from '../../core/defaults.js';
import { displayLine, displayName } from '../../core/display.js';
import { uncacheableHints } from '../../core/image/upstreams.js';
import { DEFAULT_PREPARE_MODE, PREPARE_MODES } from '../../core/prepare-mode.js';
import { DEFAULT_WARM_TIMEOUT_MS } from '../../core/timeouts.js';
import { finishedLine, heartbeatMs } from '../../core/warm/progress.js';
import { dockerConfigDir, LOGIN_METHODS } from '../../host/docker-config.js';
import { saveSession } from '../../host/session.js';
import { progressLog } from '../../run/progress-log.js';
import { type PrepareReport, prepare } from '../../use-cases/prepare/prepare.js';
import {
  type Command,
  type CommandIo,
  EXIT,
  flagOneOf,
  formatDuration,
  PROFILE_OPTION,
  parseCount,
  profileOption,
  TIMEOUT_OPTION,
  timeoutOption,
  UsageError,
} from '../command.js';

/** Repeated flags, each of which may hold several values separated by commas or white space. */
const values = (v: unknown): string[] =>
  ((v as string[] | undefined) ?? []).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);

/** A value as a POSIX shell reads it back: single-quoted when it holds anything but safe characters. */
const shellWord = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`);

export const prepareCommand: Command = {
  name: 'prepare',
  summary: "the action's whole job for a buildspec: login, rewrite (or transparent), warm",
  options: {
    ...TIMEOUT_OPTION,
    ...PROFILE_OPTION,
    registry: { type: 'string', multiple: true },
    rule: { type: 'string', multiple: true },
    region: { type: 'string' },
    dockerfiles: { type: 'string', multiple: true },
    files: { type: 'string', multiple: true },
    images: { type: 'string', multiple: true },
    root: { type: 'string' },
    mode: { type: 'string' },
    'source-policy': { type: 'string' },
    method: { type: 'string' },
    'containers-auth': { type: 'boolean' },
    'no-login': { type: 'boolean' },
    'no-warm': { type: 'boolean' },
    buildkit: { type: 'boolean' },
    concurrency: { type: 'string' },
    platform: { type: 'string', multiple: true },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  help: `Usage: ecr-pull-through prepare [--dockerfiles GLOB]... [--files GLOB]... [--images IMAGE]...
                                [--mode rewrite|transparent|both] [options]

What the GitHub Action does, in one command for a CodeBuild buildspec or any script: one token
for login and warm, one discovery of the rules; then the Dockerfiles and other files are rewritten
to pull-through cache URIs (or, in transparent mode, left alone while a BuildKit source policy
redirects the pulls), and every image they name or --images lists is warmed. 'ecr-pull-through
logout' removes what the login added.

Options:
  --dockerfiles GLOB      Dockerfiles to rewrite, relative to --root (repeat)
  --files GLOB            image lists, compose files, Kubernetes YAML to rewrite (repeat)
  --images IMAGE          more images to map and warm (repeat, or comma separated)
  --root DIR              the folder the globs are relative to (default: the current directory)
  --mode M                rewrite (default): the files name cache URIs;
                          transparent: the files stay as they are; a BuildKit source policy is
                          written and stdout says 'export EXPERIMENTAL_BUILDKIT_SOURCE_POLICY=PATH'
                          (BuildKit >= 0.12 with buildx >= 0.11) when the run succeeds, for
                          out=$(npx ecr-pull-through prepare ...) && eval "$out";
                          both: rewrite and the policy
  --source-policy PATH    where transparent mode writes the policy (a regular file, replaced;
                          default: source-policy.json in a new private folder, mode 0700,
                          made in the temp folder for this run)
  --registry X            an account id or registry host to log in to (repeat; the first is the
                          cache; default: the caller's registry in the region, as ECR names it)
  --rule PREFIX=URL       a pull-through cache rule (repeat; default: DescribePullThroughCacheRules)
  --region REGION         AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)
  --method M              login: ${LOGIN_METHODS.join(', ')} (see 'login --help')
  --containers-auth       login: also write the containers auth.json (Podman, Buildah, Skopeo)
  --no-login              do not log in (warm still gets a token)
  --no-warm               do not warm
  --buildkit              also warm the BuildKit builder image (${BUILDKIT_BUILDER_IMAGE})
  --concurrency N         images warmed at once (default ${DEFAULT_CONCURRENCY})
  --platform OS/ARCH      of a multi-platform image, wait only for this child (repeat)
  --strict                a reference with no rule fails the job (nothing is written)
  --json                  print the report on stdout: registry, images, rewrittenFiles, notes,
                          warmed, buildkitImage, sourcePolicy, env, buildkitdConfig, failures
  --timeout DURATION      for the whole run: login, discovery and warm (default ${formatDuration(DEFAULT_WARM_TIMEOUT_MS)});
                          a silent endpoint is named when time runs out

Exit status: 0 done, 1 the job failed (an image not ready, a file not written), 2 input error.`,

  async run(v, positionals, io) {
    if (positionals.length > 0)
      throw new UsageError(
        `prepare takes no arguments ("${positionals[0]}"); name files with --dockerfiles or --files and images with --images`,
      );
    const method = flagOneOf(LOGIN_METHODS, v.method, '--method');
    const mode = flagOneOf(PREPARE_MODES, v.mode, '--mode') ?? DEFAULT_PREPARE_MODE;
    if (v['source-policy'] !== undefined && mode === 'rewrite')
      throw new UsageError('--source-policy is for --mode transparent or both');
    const images = values(v.images);
    const dockerfiles = (v.dockerfiles as string[] | undefined) ?? [];
    const files = (v.files as string[] | undefined) ?? [];
    if (dockerfiles.length + files.length + images.length === 0 && !v.buildkit && v['no-login'])
      throw new UsageError('nothing to do: name --dockerfiles, --files or --images');
    const { timeoutMs } = timeoutOption(v);
    const shown = progressLog((l) => io.err(l), heartbeatMs(io.env));
    const report = await prepare({
      registries: values(v.registry),
      rules: v.rule as string[] | undefined,
      region: v.region as string | undefined,
      ...profileOption(v),
      root: (v.root as string | undefined) ?? '.',
      dockerfiles,
      files,
      images,
      mode,
      ...(v['source-policy'] !== undefined && { sourcePolicyPath: v['source-policy'] as string }),
      login: !v['no-login'],
      loginMethod: method,
      containersAuth: Boolean(v['containers-auth']),
      env: io.env,
      warm: !v['no-warm'],
      ...(timeoutMs !== undefined && { warmTimeoutMs: timeoutMs }),
      ...(v.concurrency !== undefined && {
        concurrency: parseCount(v.concurrency as string, '--concurrency'),
      }),
      platforms: (v.platform as string[] | undefined)?.flatMap((p) => p.split(',')),
      failOnUnmapped: Boolean(v.strict),
      warmBuildkit: Boolean(v.buildkit),
      onWarning: (m) => io.err(`warning: ${m}`),
      // Saved as each login happens, so `ecr-pull-through logout` undoes them even after a failure.
      // The docker config folder is looked up only then: a run with no login needs no home directory.
      onSession: (session) => saveSession(dockerConfigDir(io.env), session),
      onWarmEvent: (e) => {
        if (e.type === 'started') io.err(`warming ${e.total} image(s) in ${e.registry}`);
        if (e.type === 'finished') io.err(finishedLine(e.result));
        shown.onEvent(e);
      },
    }).finally(() => shown.stop());
    say(report, io);
    const ok = report.failures.length === 0;
    if (v.json) io.out(`${JSON.stringify(jsonReport(report), null, 2)}\n`);
    // Only a run that succeeded prints its exports: `eval` of a failed run's output sets nothing.
    else if (ok)
      for (const [k, value] of Object.entries(report.env ?? {})) io.out(`export ${k}=${shellWord(value)}\n`);
    return ok ? EXIT.ok : EXIT.failed;
  },
};

/** The human account of the run, on stderr (--quiet: the failures only). */
function say(report: PrepareReport, io: CommandIo): void {
  const err = (line: string) => io.err(line);
  for (const s of report.session)
    err(`logged in to ${s.registry} (${s.method}${s.authFile ? `, ${displayName(s.authFile)}` : ''})`);
  for (const n of report.notes)
    err(`${displayName(n.file)}${n.line ? `:${n.line}` : ''}: note: ${displayLine(n.message)}`);
  for (const hint of uncacheableHints(report.notes.map((n) => n.registry))) err(`hint: ${hint}`);
  for (const f of report.rewrittenFiles) err(`rewrote ${displayName(f)}`);
  if (report.sourcePolicy) err(`wrote the BuildKit source policy ${displayName(report.sourcePolicy)}`);
  for (const f of report.failures) io.error(`error: ${displayLine(f)}`);
  const warmed = report.warmed?.images ?? [];
  const ready = warmed.filter((w) => w.status === 'ready').length;
  err(
    report.failures.length === 0
      ? `ready: ${report.registry}; ${report.rewrittenFiles.length} file(s) rewritten, ${ready} image(s) warmed`
      : `${report.failures.length} problem(s); see above`,
  );
}

/** The --json report: what a script needs, never a session's details beyond the hosts. */
function jsonReport(report: PrepareReport) {
  const { registry, images, rewrittenFiles, notes, warmed, buildkitImage, sourcePolicy, env } = report;
  return {
    registry,
    images,
    rewrittenFiles,
    notes,
    warmed: { images: warmed?.images ?? [] },
    ...(buildkitImage && { buildkitImage }),
    ...(sourcePolicy && { sourcePolicy, env, buildkitdConfig: report.buildkitdConfig }),
    failures: report.failures,
  };
}
