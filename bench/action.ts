// bench/action: the action's main step, login only, run as the runner runs it (INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, `node dist/index.js`), against
// aws-actions/amazon-ecr-login's published dist with the same environment against the same local
// ECR stand-in; both log in with the real docker CLI. Target: at most 0.75x.
//
// amazon-ecr-login is not on the npm registry: point EPT_BENCH_ECR_LOGIN at a checkout of its
// release (the directory holding dist/index.js); without it, that baseline is skipped, said so.
// EPT_BENCH_NODE=PATH runs both on another node (the runner's is node24).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import { alternate, DIST, ms, NODE, type Row, ratioRow, report, timed } from './lib/measure.js';

const ROUNDS = 9;
const theirs = [process.env.EPT_BENCH_ECR_LOGIN, 'node_modules/amazon-ecr-login']
  .filter((d): d is string => Boolean(d))
  .map((d) => resolve(d, 'dist', 'index.js'))
  .find((f) => existsSync(f));
const docker = spawnSync('docker', ['--version']).status === 0;

const em = await startEmulator({ upstream: 'memory' });
const dir = mkdtempSync(join(tmpdir(), 'ept-bench-action-'));
const workspace = join(dir, 'workspace');
mkdirSync(workspace);

/** The runner's environment for one step: fresh command files, the inputs as INPUT_*. */
function stepEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...em.env(),
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(dir, 'tmp'),
  };
  for (const [k, f] of Object.entries(files)) {
    env[k] = join(dir, f);
    writeFileSync(join(dir, f), '');
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

const ours = () =>
  timed(NODE, [join(DIST, 'index.js')], {
    cwd: workspace,
    // Login only, as amazon-ecr-login is used: nothing to map, so no rules are looked up either.
    env: stepEnv({ 'login-method': docker ? 'docker' : 'config', warm: 'false' }),
  });
const rows: Row[] = [];
try {
  if (theirs && docker) {
    const t = await alternate(ROUNDS, {
      theirs: () =>
        timed(NODE, [theirs], {
          cwd: workspace,
          env: stepEnv({ 'mask-password': 'true', 'skip-logout': 'false', 'registry-type': 'private' }),
        }),
      ours,
    });
    rows.push(ratioRow('action main step (login) vs amazon-ecr-login v2 dist', t.ours, t.theirs, 0.75));
  } else {
    const why = !docker
      ? 'the docker CLI is not installed'
      : 'set EPT_BENCH_ECR_LOGIN to its release checkout';
    const t = await alternate(ROUNDS, { ours });
    rows.push({ what: 'action main step (login)', value: ms(t.ours) });
    rows.push({ what: 'vs amazon-ecr-login', value: `skipped: ${why}` });
  }
} finally {
  await em.stop();
  rmSync(dir, { recursive: true, force: true });
}
report(`bench/action: medians of ${ROUNDS} alternating rounds against the local ECR stand-in`, rows);
