// dist/ is committed and must be what the sources build to; each bundle is one self-contained file
// whose chunks (the AWS SDK, the use cases that call AWS) are compiled only when a command needs them.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type Emulator, startEmulator } from '../emulator/index.js';

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ept-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { stdio: 'pipe' });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('dist/ matches a fresh build of the sources', () => {
  expect(files('dist')).toEqual(files(out));
  const stale = files(out).filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join('dist', f))));
  expect(stale).toEqual([]);
});

describe('load only what runs', () => {
  let em: Emulator;
  let dir: string;
  let watch: string;
  beforeAll(async () => {
    em = await startEmulator({ upstream: 'memory' });
    dir = mkdtempSync(join(tmpdir(), 'ept-lazy-'));
    // Preloaded: reports each chunk the bundle compiles (they are named ecr-pull-through/chunk-N.js).
    watch = join(dir, 'watch-chunks.mjs');
    writeFileSync(
      watch,
      `import vm from 'node:vm';
import { syncBuiltinESMExports } from 'node:module';
const run = vm.runInThisContext;
vm.runInThisContext = (code, options) => {
  if (String(options?.filename).startsWith('ecr-pull-through/'))
    process.stderr.write('compiled ' + options.filename + (code.includes('aws-sdk-js') ? ' (AWS SDK)' : '') + (code.includes('YAMLParseError') ? ' (yaml)' : '') + '\\n');
  return run(code, options);
};
syncBuiltinESMExports();
`,
    );
  });
  afterAll(async () => {
    await em.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The chunks a bundle compiled for `args` (spawned asynchronously: the stand-in serves from this process). */
  const compiled = (args: string[], bundle = 'cli.js', extra: NodeJS.ProcessEnv = {}) =>
    new Promise<string[]>((resolve, reject) => {
      const env = {
        PATH: process.env.PATH,
        HOME: dir,
        DOCKER_CONFIG: join(dir, 'docker'),
        ...em.env(),
        ...extra,
      };
      const child = spawn(process.execPath, ['--import', watch, join(out, bundle), ...args], { env });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) reject(new Error(`exit ${code}: ${stderr}`));
        else resolve(stderr.split('\n').filter((l) => l.startsWith('compiled ')));
      });
    });
  const TARGET = [
    '--registry',
    '111122223333.dkr.ecr.us-east-1.amazonaws.com',
    '--rule',
    'docker-hub=registry-1.docker.io',
  ];

  test('the bundles are single files; the AWS SDK is in their embedded chunks, not in what loads at start', () => {
    expect(files(out).filter((f) => !f.startsWith('lib/types/'))).toEqual([
      'cli.js',
      'index.js',
      'lib/index.d.ts',
      'lib/index.js',
    ]);
    for (const f of ['cli.js', 'index.js', 'lib/index.js']) {
      const code = readFileSync(join(out, f), 'utf8');
      const start = code.indexOf('function __eptChunkSources()');
      expect(start).toBeGreaterThan(0);
      // The SDK's own user agent prefix: present in the bundle, only among the chunks.
      expect(code.slice(start)).toContain('aws-sdk-js');
      expect(code.slice(0, start)).not.toContain('aws-sdk-js');
    }
  });

  const withSdk = (chunks: string[]) => chunks.filter((c) => c.endsWith('(AWS SDK)'));

  test('map and rewrite with --rule and --registry, and --version, compile no chunk of the SDK', async () => {
    const dockerfile = join(dir, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM node:20\n');
    expect(withSdk(await compiled(['map', ...TARGET, 'node:20']))).toEqual([]);
    expect(withSdk(await compiled(['rewrite', '--stdout', ...TARGET, dockerfile]))).toEqual([]);
    expect(await compiled(['--version'])).toEqual([]);
    // logout runs the engine or edits a file: no token, so no SDK.
    expect(withSdk(await compiled(['logout']))).toEqual([]);
  });

  test('login compiles the chunks it needs, the SDK among them, once each', async () => {
    const chunks = await compiled(['login', '--method', 'config']);
    expect(withSdk(chunks).length).toBeGreaterThan(0);
    expect(new Set(chunks).size).toBe(chunks.length);
  });

  test("the action's login-only step compiles the SDK, and nothing of the rewrite engine (the yaml parser)", async () => {
    const step: NodeJS.ProcessEnv = {
      GITHUB_WORKSPACE: dir,
      'INPUT_LOGIN-METHOD': 'config',
      INPUT_WARM: 'false',
    };
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
      step[f] = join(dir, f);
      writeFileSync(join(dir, f), '');
    }
    const loginOnly = await compiled([], 'index.js', step);
    expect(withSdk(loginOnly).length).toBeGreaterThan(0);
    expect(loginOnly.filter((c) => c.endsWith('(yaml)'))).toEqual([]);
    // The same step with a file to rewrite compiles what login only went without.
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
    const rewriting = await compiled([], 'index.js', {
      ...step,
      INPUT_FILES: 'compose.yaml',
      INPUT_RULES: 'docker-hub=registry-1.docker.io',
    });
    expect(rewriting.filter((c) => !loginOnly.includes(c)).length).toBeGreaterThan(0);
  });
});
