// `npm run demo`: the main job on a built-in default, against the local ECR pull-through cache
// stand-in. Rewrites an example Dockerfile with the CLI bundle, logs in, and warms every image while
// the stand-in injects faults and takes its time importing, so the retries are visible.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const say = (s: string) => process.stdout.write(`\n\x1b[1m== ${s}\x1b[0m\n`);

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  process.stdout.write(`$ ecr-pull-through ${args.join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', resolve);
  });
}

// The first line comes before anything slow: the stand-in's modules load (and it starts) after it.
say('npm run demo: starting the local ECR stand-in, then rewrite, login and warm with the CLI (dist/cli.js)');

// dist/ is committed and kept current by the tests; build it only when it is missing, and say so.
if (!existsSync(CLI)) {
  say('building dist/ first (about a minute; dist/cli.js is missing)');
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build.mjs')], {
    stdio: 'inherit',
  });
}

const { startEmulator } = await import('../emulator/index.js');
const em = await startEmulator({
  importTime: ({ bytes }) => 1500 + (bytes % 2500), // each import takes 1.5-4 s
  faults: {
    api: { rate: 0.15, kinds: ['throttle', '5xx'] },
    registry: { rate: 0.15, kinds: ['5xx', 'reset'] },
  },
  seed: 7,
});
const work = mkdtempSync(join(tmpdir(), 'ept-demo-'));
try {
  cpSync(join(import.meta.dirname, 'Dockerfile'), join(work, 'Dockerfile'));
  const env = { ...process.env, ...em.env(), DOCKER_CONFIG: join(work, 'docker'), HOME: work };
  say(`local ECR stand-in: API ${em.apiUrl}, registry ${em.registryUrl}, upstream: ${em.upstream.kind}`);
  process.stdout.write(
    `The stand-in plays the registry at ${em.registryHost}: rewrite writes that host (ECR's proxyEndpoint), as it writes ACCOUNT.dkr.ecr.REGION.amazonaws.com in AWS.\n`,
  );

  say('1. rewrite the Dockerfile to pull-through cache URIs (rules discovered from the registry)');
  let code = await cli(['rewrite', '--diff', work], env);
  code ||= await cli(['rewrite', work], env);

  say('2. log in (token on stdin or straight into the docker config; never in argv)');
  code ||= await cli(['login', '--method', 'config'], env);

  say('3. warm: trigger every import and wait until ECR really holds each image (15% injected faults)');
  code ||= await cli(['warm', '--from', join(work, 'Dockerfile'), '--timeout', '2m'], env);

  say('what happened');
  const ops = em.log.countByOperation();
  console.log(`imports completed: ${em.imports.filter((i) => i.completedAt).length}`);
  console.log(`requests by operation: ${JSON.stringify(ops)}`);
  console.log(`faults injected (and survived): ${em.log.count((e) => e.fault !== undefined)}`);
  console.log(`\nthe Dockerfile now:\n${readFileSync(join(work, 'Dockerfile'), 'utf8')}`);
  process.exitCode = code ?? 1;
} finally {
  await em.stop();
  rmSync(work, { recursive: true, force: true });
}
