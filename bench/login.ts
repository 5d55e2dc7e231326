// bench/login: `ecr-pull-through login` against the buildspec one-liner
// `aws ecr get-login-password | docker login --username AWS --password-stdin`, both against the
// local ECR stand-in, in one run. Target: at most 0.35x. Both use the real docker CLI.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';

const RUNS = 7;
const em = await startEmulator({ upstream: 'memory' });
const home = mkdtempSync(join(tmpdir(), 'ept-bench-login-'));
const env = { ...process.env, ...em.env(), HOME: home, DOCKER_CONFIG: join(home, 'docker') };

// Async: the stand-in serves from this process, so its event loop must keep running.
function timed(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve(Number(process.hrtime.bigint() - t) / 1e6);
    });
  });
}

const oneLiner = `aws ecr get-login-password --region ${em.region} --endpoint-url ${em.apiUrl} | docker login --username AWS --password-stdin ${em.registryHost}`;
const base: number[] = [];
const ours: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    base.push(await timed('sh', ['-c', oneLiner]));
    ours.push(await timed(process.execPath, ['dist/cli.js', 'login', '--method', 'docker']));
  }
} finally {
  await em.stop();
  rmSync(home, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = median(ours) / median(base);
console.log(`bench/login: median of ${RUNS} runs against the local ECR stand-in`);
console.log(`  aws ecr get-login-password | docker login: ${median(base).toFixed(0)} ms`);
console.log(`  ecr-pull-through login (docker method):    ${median(ours).toFixed(0)} ms`);
console.log(`  ratio: ${ratio.toFixed(2)}x (target <= 0.35x) ${ratio <= 0.35 ? 'OK' : 'OVER TARGET'}`);
