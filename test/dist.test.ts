// dist/ is committed and must be what the sources build to: ncc's output for each entry, in its own
// folder with ncc's own chunk files, and nothing of ours that compiles or caches code. A command
// loads a chunk only when it runs what is in it: --version, map and rewrite never load the AWS SDK.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** The chunk files of one entry's folder whose code holds `marker`. */
const chunksWith = (folder: string, marker: string) =>
  readdirSync(folder).filter(
    (f) => /^\d+\.index\.js$/.test(f) && readFileSync(join(folder, f), 'utf8').includes(marker),
  );

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ept-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { stdio: 'pipe' });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('dist/ matches a fresh build of the sources', () => {
  const built = files(out);
  expect(files('dist')).toEqual(built);
  const stale = built.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join('dist', f))));
  expect(stale).toEqual([]);
});

test('each entry is ncc output in its own folder: an ES module, its chunks beside it, the AWS SDK only in chunks', () => {
  for (const folder of [out, join(out, 'cli'), join(out, 'lib')]) {
    const names = readdirSync(folder).filter((f) => f.endsWith('.js') && f !== 'cli.js');
    expect(names).toContain('index.js');
    expect(names.filter((f) => f !== 'index.js').every((f) => /^\d+\.index\.js$/.test(f))).toBe(true);
    expect(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    // The SDK's own user agent prefix: in a chunk, not in the entry.
    expect(chunksWith(folder, 'aws-sdk-js').length).toBeGreaterThan(0);
    expect(readFileSync(join(folder, 'index.js'), 'utf8')).not.toContain('aws-sdk-js');
  }
  // The package's bin starts the CLI's folder.
  expect(readFileSync(join(out, 'cli.js'), 'utf8')).toBe("#!/usr/bin/env node\nimport './cli/index.js';\n");
  expect(statSync(join(out, 'cli.js')).mode & 0o777).toBe(0o755);
});

test('no bundle compiles or caches code itself (no node:vm, no V8 code cache)', () => {
  const js = files(out).filter((f) => f.endsWith('.js'));
  const own = js.filter((f) =>
    /\b(cachedData|produceCachedData|runInThisContext|compileFunction)\b/.test(
      readFileSync(join(out, f), 'utf8'),
    ),
  );
  expect(own).toEqual([]);
});

describe('load only what runs', () => {
  let em: Emulator;
  let dir: string;
  let bare: string;
  beforeAll(async () => {
    em = await startEmulator({ upstream: 'memory' });
    dir = mkdtempSync(join(tmpdir(), 'ept-lazy-'));
    // The build with the SDK's chunks taken out of the CLI, and the yaml parser's out of the action:
    // a command that loads one fails with "Cannot find module".
    bare = join(dir, 'dist');
    cpSync(out, bare, { recursive: true });
    for (const f of chunksWith(join(bare, 'cli'), 'aws-sdk-js')) rmSync(join(bare, 'cli', f));
    for (const f of chunksWith(bare, 'YAMLParseError')) rmSync(join(bare, f));
  });
  afterAll(async () => {
    await em.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A run of the stripped build (spawned asynchronously: the stand-in serves from this process). */
  const run = (script: string, args: string[], extra: NodeJS.ProcessEnv = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const env = {
        PATH: process.env.PATH,
        HOME: dir,
        DOCKER_CONFIG: join(dir, 'docker'),
        ...em.env(),
        ...extra,
      };
      const child = spawn(process.execPath, [join(bare, script), ...args], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  const TARGET = [
    '--registry',
    '111122223333.dkr.ecr.us-east-1.amazonaws.com',
    '--rule',
    'docker-hub=registry-1.docker.io',
  ];

  test('--version, map and rewrite with --rule and --registry, and logout, run without the SDK', async () => {
    const dockerfile = join(dir, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM node:20\n');
    const version = await run('cli.js', ['--version']);
    expect([version.code, version.stderr]).toEqual([0, '']);
    const map = await run('cli.js', ['map', ...TARGET, 'node:20']);
    expect([map.code, map.stdout]).toEqual([
      0,
      '111122223333.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/node:20\n',
    ]);
    const rewrite = await run('cli.js', ['rewrite', '--stdout', ...TARGET, dockerfile]);
    expect([rewrite.code, rewrite.stdout]).toEqual([
      0,
      'FROM 111122223333.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/node:20\n',
    ]);
    // logout runs the engine or edits a file: no token, so no SDK.
    expect((await run('cli.js', ['logout'])).code).toBe(0);
    // Without --rule, the rules come from DescribePullThroughCacheRules: that needs the SDK.
    const discovery = await run('cli.js', ['map', '--registry', '111122223333', 'node:20']);
    expect(discovery.code).not.toBe(0);
    expect(discovery.stderr).toMatch(/Cannot find module .*\d+\.index\.js/);
  }, 60_000);

  test("the action's login-only step runs without the rewrite engine (the yaml parser)", async () => {
    const step: NodeJS.ProcessEnv = {
      GITHUB_WORKSPACE: dir,
      'INPUT_LOGIN-METHOD': 'config',
      INPUT_WARM: 'false',
    };
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
      step[f] = join(dir, f);
      writeFileSync(join(dir, f), '');
    }
    const loginOnly = await run('index.js', [], step);
    expect([loginOnly.code, loginOnly.stdout]).toEqual([0, expect.not.stringContaining('::error::')]);
    // The same step with a file to rewrite needs what login went without.
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
    const rewriting = await run('index.js', [], {
      ...step,
      INPUT_FILES: 'compose.yaml',
      INPUT_RULES: 'docker-hub=registry-1.docker.io',
    });
    expect(rewriting.code).not.toBe(0);
    expect(rewriting.stdout).toMatch(/Cannot find module .*\d+\.index\.js/);
  }, 60_000);

  /** The Node modules (internal ones included) the CLI loads for `args`, beyond what an empty module loads. */
  const nodeModulesLoaded = (args: string[], { stderr = 'pipe' }: { stderr?: 'pipe' | 'null' } = {}) => {
    const listFile = join(dir, 'modules.txt');
    const preload = join(dir, 'modules.cjs');
    writeFileSync(
      preload,
      `const before = new Set(process.moduleLoadList);
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(listFile)}, process.moduleLoadList.filter((m) => !before.has(m)).join('\\n')));\n`,
    );
    const empty = join(dir, 'empty.mjs');
    writeFileSync(empty, '');
    // stdout and stderr are pipes, as under a CI runner or `| cat`.
    const load = (file: string, a: string[]) => {
      execFileSync(process.execPath, ['-r', preload, file, ...a], {
        stdio: ['pipe', 'pipe', stderr === 'null' ? 'ignore' : 'pipe'],
        env: { PATH: process.env.PATH, HOME: dir },
      });
      return readFileSync(listFile, 'utf8').split('\n');
    };
    const base = new Set(load(empty, []));
    return load(join(out, 'cli.js'), args)
      .filter((m) => !base.has(m))
      .map((m) => m.replace(/^NativeModule /, ''));
  };

  test('--version and map with --rule and --registry load no Node module they do not use', () => {
    // Neither hashing, streams, sockets, performance timing, diagnostics channels nor compression:
    // what the docker config, process.stdout/stderr and a --debug run would need.
    const unused = /^(crypto|stream|net|tty|perf_hooks|diagnostics_channel|zlib|vm)$/;
    expect(nodeModulesLoaded(['--version']).filter((m) => unused.test(m))).toEqual([]);
    expect(nodeModulesLoaded(['map', ...TARGET, 'node:20']).filter((m) => unused.test(m))).toEqual([]);
  });

  test('with stderr on /dev/null (a character device, not a terminal) no tty or stream module loads', () => {
    const dockerfile = join(dir, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM node:20\n');
    const loaded = nodeModulesLoaded(['rewrite', '--stdout', ...TARGET, dockerfile], { stderr: 'null' });
    expect(loaded.filter((m) => /^(tty|net|stream)$/.test(m))).toEqual([]);
  });
});
