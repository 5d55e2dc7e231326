// bench/login: `ecr-pull-through login --method docker` against the buildspec one-liner
// `aws ecr get-login-password | docker login --username AWS --password-stdin`, both against the
// local ECR stand-in and both ending in the real docker CLI's login, alternating. Target: 0.30x.
// Skipped (said so) where the aws or the docker CLI is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import { alternate, DIST, NODE, type Row, ratioRow, report, timed } from './lib/measure.js';

const ROUNDS = 9;
const missing = ['aws', 'docker'].filter((c) => spawnSync(c, ['--version']).status !== 0);
if (missing.length) {
  report('bench/login', [
    { what: 'login vs aws CLI pipe', value: `skipped: ${missing.join(', ')} not installed` },
  ]);
  process.exit(0);
}

const em = await startEmulator({ upstream: 'memory' });
const home = mkdtempSync(join(tmpdir(), 'ept-bench-login-'));
const env = { ...process.env, ...em.env(), HOME: home, DOCKER_CONFIG: join(home, 'docker') };
const oneLiner = `aws ecr get-login-password --region ${em.region} --endpoint-url ${em.apiUrl} | docker login --username AWS --password-stdin ${em.registryHost}`;
const rows: Row[] = [];
try {
  const t = await alternate(ROUNDS, {
    pipe: () => timed('sh', ['-c', oneLiner], { env }),
    ours: () => timed(NODE, [join(DIST, 'cli.js'), 'login', '--method', 'docker'], { env }),
    config: () => timed(NODE, [join(DIST, 'cli.js'), 'login', '--method', 'config'], { env }),
  });
  rows.push(
    ratioRow(
      'login --method docker vs aws ecr get-login-password piped to docker login',
      t.ours,
      t.pipe,
      0.3,
    ),
  );
  rows.push(ratioRow('login --method config vs the same pipe', t.config, t.pipe, 0.3));
} finally {
  await em.stop();
  rmSync(home, { recursive: true, force: true });
}
report(`bench/login: medians of ${ROUNDS} alternating rounds against the local ECR stand-in`, rows);
