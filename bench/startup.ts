// bench/startup: what a command costs before it does its work.
//   - map and rewrite with --rule and --registry (no AWS call) against a bare `node -e 0`: the SDK
//     is in chunk files they never load (scripts/build.mjs). Target: at most 1.25x. Where the
//     environment sets NODE_EXTRA_CA_CERTS, measured again without it (see below).
//   - process start to the first API request reaching the local ECR stand-in, for `login` (CLI)
//     and the action's main step, against a bare node that makes one request to the same endpoint.
//   - the bundles' sizes: each entry with its chunk files (amazon-ecr-login ships ~2.85 MB in 15).
//
//   npm run bench:startup     (EPT_DIST=DIR for another build, EPT_BENCH_NODE=PATH for another node)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.js';
import { alternate, DIST, median, ms, NODE, type Row, ratioRow, report, timed } from './lib/measure.js';

const ROUNDS = 15;
const CLI = join(DIST, 'cli.js');
const ACTION = join(DIST, 'index.js');

const dir = mkdtempSync(join(tmpdir(), 'ept-bench-start-'));
const em = await startEmulator({ upstream: 'memory' });
const env = { ...process.env, ...em.env(), HOME: dir, DOCKER_CONFIG: join(dir, 'docker') };
const TARGET = [
  '--registry',
  '111122223333.dkr.ecr.us-east-1.amazonaws.com',
  '--rule',
  'docker-hub=registry-1.docker.io',
];
const dockerfile = join(dir, 'Dockerfile');
writeFileSync(
  dockerfile,
  'FROM node:20 AS build\nRUN npm ci\nFROM gcr.io/distroless/nodejs20\nCOPY --from=build /app /app\n',
);

/** Spawn; resolves with ms from spawn to the first API request the stand-in saw. */
function firstRequestMs(args: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  em.log.clear();
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const child = spawn(NODE, args, { env: childEnv, stdio: 'ignore' });
    child.on('close', () => {
      const first = em.log.entries.find((e) => e.endpoint === 'api');
      if (!first) reject(new Error(`${args.join(' ')}: no API request`));
      else resolve(first.at - start);
    });
  });
}

const rows: Row[] = [];
try {
  const node = (args: string[]) => () => timed(NODE, args, { env, cwd: dir });
  const started = await alternate(ROUNDS, {
    bare: node(['-e', '0']),
    map: node([CLI, 'map', ...TARGET, 'node:20']),
    rewrite: node([CLI, 'rewrite', '--stdout', ...TARGET, dockerfile]),
    version: node([CLI, '--version']),
  });
  rows.push(ratioRow('map with --rule/--registry vs node -e 0', started.map, started.bare, 1.25));
  rows.push(ratioRow('rewrite --stdout (one Dockerfile) vs node -e 0', started.rewrite, started.bare, 1.25));
  rows.push(ratioRow('--version vs node -e 0', started.version, started.bare, 1.25));
  // NODE_EXTRA_CA_CERTS makes every node read and parse a CA bundle before the script starts (tens
  // of ms): a constant that pads every ratio. GitHub's runners do not set it; measure without it too.
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const plainEnv: NodeJS.ProcessEnv = { ...env };
    delete plainEnv.NODE_EXTRA_CA_CERTS;
    const plain = (args: string[]) => () => timed(NODE, args, { env: plainEnv, cwd: dir });
    const without = await alternate(ROUNDS, {
      bare: plain(['-e', '0']),
      map: plain([CLI, 'map', ...TARGET, 'node:20']),
      rewrite: plain([CLI, 'rewrite', '--stdout', ...TARGET, dockerfile]),
      version: plain([CLI, '--version']),
    });
    const note = ' (without NODE_EXTRA_CA_CERTS)';
    rows.push(ratioRow(`map vs node -e 0${note}`, without.map, without.bare, 1.25));
    rows.push(ratioRow(`rewrite --stdout vs node -e 0${note}`, without.rewrite, without.bare, 1.25));
    rows.push(ratioRow(`--version vs node -e 0${note}`, without.version, without.bare, 1.25));
  }

  const files = { output: join(dir, 'out'), state: join(dir, 'state'), summary: join(dir, 'summary') };
  mkdirSync(join(dir, 'workspace'));
  const actionEnv = {
    ...env,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    'INPUT_LOGIN-METHOD': 'config',
    INPUT_WARM: 'false',
    INPUT_RULES: 'docker-hub=registry-1.docker.io',
  };
  const bare = `require('node:http').request(process.env.AWS_ENDPOINT_URL_ECR, { method: 'POST' }, (r) => r.resume()).end()`;
  const first = { bare: [] as number[], cli: [] as number[], action: [] as number[] };
  for (let i = 0; i <= ROUNDS; i++) {
    for (const f of Object.values(files)) writeFileSync(f, '');
    const b = await firstRequestMs(['-e', bare], env);
    const c = await firstRequestMs([CLI, 'login', '--method', 'config'], env);
    const a = await firstRequestMs([ACTION], actionEnv);
    if (i === 0) continue;
    first.bare.push(b);
    first.cli.push(c);
    first.action.push(a);
  }
  const bareFirst = median(first.bare);
  for (const [what, xs] of [
    ['login (CLI): start to first API request', first.cli],
    ['action main step: start to first API request', first.action],
  ] as const) {
    const value = median(xs);
    rows.push({
      what,
      value: ms(value),
      baseline: ms(bareFirst),
      ratio: Math.round((value / bareFirst) * 100) / 100,
    });
  }
} finally {
  await em.stop();
  rmSync(dir, { recursive: true, force: true });
}
/** The .js files of one entry's folder (the entry and its chunks) and any extra files: total size. */
const size = (folder: string, extra: string[] = []) => {
  if (!existsSync(join(DIST, folder))) return 'not built';
  const files = [
    ...readdirSync(join(DIST, folder))
      .filter((f) => f.endsWith('.js') && !(folder === '' && f === 'cli.js'))
      .map((f) => join(DIST, folder, f)),
    ...extra.map((f) => join(DIST, f)),
  ];
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  return `${(bytes / 1e6).toFixed(2)} MB in ${files.length} files`;
};
rows.push({
  what: 'bundle sizes',
  value: `action ${size('')}, CLI ${size('cli', ['cli.js'])}, library ${size('lib')} (and its .d.ts)`,
});
const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
report(`bench/startup: medians of ${ROUNDS} alternating rounds, node ${nodeVersion}`, rows);
