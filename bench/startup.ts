// bench/startup: time from process start to the first API request reaching the local ECR stand-in,
// for dist/cli.js (login) and dist/index.js (the action, run as the runner runs it), against a
// bare `node -e` that makes one HTTP request to the same endpoint. Also prints the bundle sizes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';

const RUNS = 9;
const em = await startEmulator({ upstream: 'memory' });
const dir = mkdtempSync(join(tmpdir(), 'ept-bench-start-'));
const base = { ...process.env, ...em.env(), HOME: dir, DOCKER_CONFIG: join(dir, 'docker') };

/** Spawn, and resolve with ms from spawn to the first API request the stand-in logs. */
function firstRequestMs(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  em.log.clear();
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
    child.on('close', () => {
      const first = em.log.entries.find((e) => e.endpoint === 'api');
      if (!first) reject(new Error(`${args.join(' ')}: no API request`));
      else resolve(first.at - start);
    });
  });
}

const files = { output: join(dir, 'out'), state: join(dir, 'state'), summary: join(dir, 'summary') };
for (const f of Object.values(files)) writeFileSync(f, '');
const actionEnv = {
  ...base,
  GITHUB_OUTPUT: files.output,
  GITHUB_STATE: files.state,
  GITHUB_STEP_SUMMARY: files.summary,
  GITHUB_WORKSPACE: dir,
  'INPUT_LOGIN-METHOD': 'config',
  INPUT_WARM: 'false',
};
const bare = `require('node:http').request(process.env.AWS_ENDPOINT_URL_ECR, { method: 'POST' }, (r) => r.resume()).end()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<string, number[]> = { bare: [], cli: [], action: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    results.bare!.push(await firstRequestMs(['-e', bare], base));
    results.cli!.push(await firstRequestMs(['dist/cli.js', 'login', '--method', 'config'], base));
    results.action!.push(await firstRequestMs(['dist/index.js'], actionEnv));
  }
} finally {
  await em.stop();
  rmSync(dir, { recursive: true, force: true });
}
const kb = (f: string) => `${(statSync(f).size / 1024).toFixed(0)} KiB`;
console.log(`bench/startup: process start to first API request, median of ${RUNS}`);
console.log(`  bare node -e (one request): ${median(results.bare!)} ms`);
console.log(
  `  dist/cli.js login:          ${median(results.cli!)} ms (${(median(results.cli!) / median(results.bare!)).toFixed(2)}x bare)`,
);
console.log(
  `  dist/index.js (action):     ${median(results.action!)} ms (${(median(results.action!) / median(results.bare!)).toFixed(2)}x bare)`,
);
console.log(
  `  bundle sizes: dist/index.js ${kb('dist/index.js')} (1 file), dist/cli.js ${kb('dist/cli.js')}, dist/lib/index.js ${kb('dist/lib/index.js')}`,
);
