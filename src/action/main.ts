// The GitHub Action: one bundle for main and post (the post phase is told apart by saved state).
// Glue only: inputs → prepare() → outputs, summary, annotations; logout in the post phase.

import { displayLine } from '../core/display.js';
import { failureOf, InputError } from '../core/errors.js';
import { heartbeatMs } from '../core/warm/progress.js';
import { nodeDebugRefusal } from '../host/node-debug.js';
import { formatRequest, onRequest } from '../net/request-log.js';
import { progressLog } from '../run/progress-log.js';
import type { SessionEntry } from '../use-cases/login.js';
import { setCredentialOutputs } from './credential-outputs.js';
import { readInputs } from './inputs.js';
import * as runner from './runner.js';
import { annotate, writeSummary } from './summary.js';

async function main(): Promise<void> {
  runner.saveState('isPost', 'true');
  // Node's own debug output prints secrets, some before they could be masked and some never ours
  // to know (host/node-debug.ts): such a step does not start. Every secret of ours goes to onSecret.
  const refused = nodeDebugRefusal(process.env, 'the step debug log (ACTIONS_STEP_DEBUG)');
  if (refused) throw new InputError(refused);
  const inputs = readInputs();
  runner.saveState('skipLogout', String(inputs.skipLogout));
  if (inputs.httpProxy) {
    process.env.HTTPS_PROXY = inputs.httpProxy;
    process.env.HTTP_PROXY = inputs.httpProxy;
  }
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // The use case itself, not the facade (which carries rewrite, mirrors and setup): the step
  // compiles what it runs, and a login-only step no more than login needs.
  const { prepare } = await import('../use-cases/prepare/prepare.js');
  // A CI log: a line when an import starts, and a heartbeat while images import.
  const shown = progressLog(runner.info, heartbeatMs(process.env));
  const report = await prepare({
    region: inputs.region,
    registries: inputs.registries,
    rules: inputs.rules,
    root,
    dockerfiles: inputs.dockerfiles,
    files: inputs.files,
    images: inputs.images,
    login: inputs.login,
    loginMethod: inputs.loginMethod,
    warm: inputs.warm,
    warmTimeoutMs: inputs.warmTimeoutMs,
    concurrency: inputs.concurrency,
    platforms: inputs.platforms,
    failOnUnmapped: inputs.failOnUnmapped,
    warmBuildkit: inputs.warmBuildkit,
    mode: inputs.mode,
    // RUNNER_TEMP is the job's own and emptied after it: the policy's private folder is made there.
    ...(process.env.RUNNER_TEMP && { tempDir: process.env.RUNNER_TEMP }),
    // Each group ends with what its phase did: the registries, the rules, the files, the warm summary.
    phase: (title, run, said) =>
      runner.group(title, async () => {
        const result = await run();
        for (const line of said?.(result) ?? []) runner.info(line);
        return result;
      }),
    ...(inputs.credentialOutputs && { onCredentials: setCredentialOutputs }),
    // Always masked: mask-password is accepted for compatibility with amazon-ecr-login.
    onSecret: (s) => runner.setSecret(s),
    onWarning: (m) => runner.warning(m),
    onSession: (session) => runner.saveState('session', JSON.stringify(session)),
    onWarmEvent: (e) => {
      if (e.type === 'started') runner.info(`warming ${e.total} image(s) in ${e.registry}`);
      if (e.type === 'finished') {
        const r = e.result;
        runner.info(
          `[${e.ready + e.failed}/${e.total}] ${r.image}: ${r.status} in ${r.seconds.toFixed(1)}s${r.error ? ` (${displayLine(r.error)})` : ''}`,
        );
      }
      shown.onEvent(e);
    },
  }).finally(() => shown.stop());
  runner.setOutput('registry', report.registry);
  runner.setOutput('images', JSON.stringify(report.images));
  runner.setOutput('rewritten-files', JSON.stringify(report.rewrittenFiles));
  runner.setOutput('buildkit-image', report.buildkitImage ?? '');
  runner.setOutput('source-policy', report.sourcePolicy ?? '');
  runner.setOutput('buildkitd-config', report.buildkitdConfig ?? '');
  // Transparent mode: later steps' builds read the policy through the environment.
  for (const [name, value] of Object.entries(report.env ?? {})) runner.exportVariable(name, value);
  runner.setOutput('warmed', JSON.stringify({ images: report.warmed?.images ?? [] }));
  annotate(report, root);
  writeSummary(report, root);
  if (report.failures.length) runner.setFailed(report.failures.join('\n'));
}

async function post(): Promise<void> {
  if (runner.getState('skipLogout') === 'true') return runner.info('skip-logout: credentials kept');
  const session = JSON.parse(runner.getState('session') || '[]') as SessionEntry[];
  const { logout } = await import('../use-cases/login.js');
  const { removed, warnings } = await logout(session);
  for (const w of warnings) runner.warning(w);
  for (const r of removed) runner.info(`logged out of ${r}`);
  if (removed.length === 0 && warnings.length === 0) runner.info('nothing to log out of');
}

// Each request (method, host, path, status, time; never a secret) when the run logs debug lines.
if (runner.isDebug()) onRequest((r) => runner.debug(formatRequest(r)));

const phase = runner.getState('isPost') === 'true' ? post : main;
phase().catch((e: unknown) => {
  // What the failure means (core/errors.ts) says what to print; the step fails with exit status 1
  // whatever its kind (the runner tells only success from failure).
  const failure = failureOf(e);
  runner.setFailed(`${failure.message}${failure.hint ? `\nhint: ${failure.hint}` : ''}`);
});
