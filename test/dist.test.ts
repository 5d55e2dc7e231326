// dist/ is committed and must be what the sources build to; each bundle is one self-contained file
// whose chunks (the AWS SDK, the use cases that call AWS) are compiled only when a command needs them,
// and whose start loads no Node module that --version and map do not use.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

/**
 * A bundle's embedded chunks, decoded as the bundle's loader decodes them; and the text before them.
 * Records are lines `ID\tJSON` in a comment (the scripts) or `function __eptC<ID>(){return JSON}` (the library).
 */
function embedded(code: string): { entry: string; chunks: { id: string; encoding: string; code: string }[] } {
  const start = code.indexOf('\nfunction __eptChunkRecord(');
  const comment = code.indexOf('\nfunction __eptRecords(){/*\n');
  const records =
    comment === -1
      ? [...code.slice(start).matchAll(/^function __eptC(\w+)\(\)\{return(.*)\}$/gm)]
      : [...code.slice(comment).matchAll(/^(\w+)\t(.*)$/gm)];
  const chunks = records.map((m) => {
    const [encoding, text] = JSON.parse(m[2]!) as [string, string, string];
    const bytes = () => Buffer.from(text, 'base64');
    const decoded =
      encoding === 'raw'
        ? text
        : (encoding === 'gzip' ? gunzipSync(bytes()) : brotliDecompressSync(bytes())).toString();
    return { id: m[1]!, encoding, code: decoded };
  });
  return { entry: start === -1 ? code : code.slice(0, start), chunks };
}

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
const said = (code, options) =>
  String(options?.filename).startsWith('ecr-pull-through/') &&
  process.stderr.write('compiled ' + options.filename + (code.includes('aws-sdk-js') ? ' (AWS SDK)' : '') + (code.includes('YAMLParseError') ? ' (yaml)' : '') + '\\n');
const run = vm.runInThisContext;
vm.runInThisContext = (code, options) => {
  said(code, options);
  return run(code, options);
};
// Through the compile cache (src/host/compile-cache.ts): also whether cached code was given and taken.
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (said(code, options))
      process.stderr.write('cache ' + options.filename + ' ' + (!options.cachedData ? 'none' : this.cachedDataRejected ? 'rejected' : 'taken') + '\\n');
  }
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
  const compiled = async (args: string[], bundle = 'cli.js', extra: NodeJS.ProcessEnv = {}) =>
    (await watched(args, bundle, extra)).filter((l) => l.startsWith('compiled '));
  /** The watch preload's lines for a run: `compiled <chunk>` and, through the compile cache, `cache <chunk> none|taken|rejected`. */
  const watched = (args: string[], bundle = 'cli.js', extra: NodeJS.ProcessEnv = {}) =>
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
        else resolve(stderr.split('\n').filter((l) => /^(compiled|cache) /.test(l)));
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
      'lib/package.json',
      'package.json',
    ]);
    for (const f of ['cli.js', 'index.js', 'lib/index.js']) {
      const { entry, chunks } = embedded(readFileSync(join(out, f), 'utf8'));
      expect(chunks.length).toBeGreaterThan(1);
      // The SDK's own user agent prefix: present in the bundle, only among the chunks.
      expect(chunks.filter((c) => c.code.includes('aws-sdk-js')).length).toBeGreaterThan(0);
      expect(entry).not.toContain('aws-sdk-js');
      // Big chunks are stored compressed (the SDK among them), small ones as they are.
      for (const c of chunks)
        expect([c.id, c.encoding]).toEqual([c.id, c.code.length >= 32 * 1024 ? 'brotli' : 'raw']);
    }
  });

  /** The Node modules (internal ones included) a bundle loads for `args`, beyond what an empty module loads. */
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
    const unused = /^(crypto|stream|net|tty|perf_hooks|diagnostics_channel|zlib)$/;
    const version = nodeModulesLoaded(['--version']);
    expect(version.filter((m) => unused.test(m) || m === 'vm')).toEqual([]);
    const map = nodeModulesLoaded(['map', ...TARGET, 'node:20']);
    expect(map).toContain('vm'); // the map command is a chunk of its own
    expect(map.filter((m) => unused.test(m))).toEqual([]);
  });

  test('with stderr on /dev/null (a character device, not a terminal) no tty or stream module loads', () => {
    const dockerfile = join(dir, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM node:20\n');
    const loaded = nodeModulesLoaded(['rewrite', '--stdout', ...TARGET, dockerfile], { stderr: 'null' });
    expect(loaded.filter((m) => /^(tty|net|stream)$/.test(m))).toEqual([]);
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

  describe('the compile cache', () => {
    const dockerfile = () => {
      const f = join(dir, 'Dockerfile');
      writeFileSync(f, 'FROM node:20\n');
      return f;
    };
    /** chunk -> none | taken | rejected, for one run. */
    const states = (lines: string[]) =>
      Object.fromEntries(lines.filter((l) => l.startsWith('cache ')).map((l) => l.split(' ').slice(1)));
    const keptIn = (cache: string) => {
      const base = join(cache, 'ecr-pull-through');
      const [v8] = readdirSync(base);
      return { dir: join(base, v8!), files: readdirSync(join(base, v8!)).sort() };
    };

    test('a command run again compiles its chunks from the code its first run kept (0600 files, 0700 directory)', async () => {
      const cache = mkdtempSync(join(dir, 'cache-'));
      const args = ['rewrite', '--stdout', ...TARGET, dockerfile()];
      const first = states(await watched(args, 'cli.js', { XDG_CACHE_HOME: cache }));
      expect(Object.keys(first).length).toBeGreaterThan(0);
      expect(new Set(Object.values(first))).toEqual(new Set(['none']));
      const kept = keptIn(cache);
      expect(kept.files.length).toBe(Object.keys(first).length);
      expect(kept.files.every((f) => /^[0-9a-f]{32}\.bin$/.test(f))).toBe(true);
      expect(statSync(kept.dir).mode & 0o777).toBe(0o700);
      for (const f of kept.files) expect(statSync(join(kept.dir, f)).mode & 0o777).toBe(0o600);
      const again = states(await watched(args, 'cli.js', { XDG_CACHE_HOME: cache }));
      expect(again).toEqual(Object.fromEntries(Object.keys(first).map((c) => [c, 'taken'])));
    });

    test("a kept file spoilt (even at the same length), or not the user's alone, is compiled afresh and replaced; a directory others may write to, a cache directory that does not exist, or NODE_DISABLE_COMPILE_CACHE keeps nothing", async () => {
      const cache = mkdtempSync(join(dir, 'cache-'));
      const args = ['rewrite', '--stdout', ...TARGET, dockerfile()];
      const run = async (env: NodeJS.ProcessEnv = { XDG_CACHE_HOME: cache }) =>
        Object.values(states(await watched(args, 'cli.js', env))).sort();
      await run();
      const kept = keptIn(cache);
      const all = (state: string) => kept.files.map(() => state);
      const oneMissed = [...Array(kept.files.length - 1).fill('taken'), 'none'].sort();
      const spoilt = join(kept.dir, kept.files[0]!);
      // Bits flipped in the code, the length kept: V8 checks only its header, so this must be caught here.
      const flipped = Buffer.from(readFileSync(spoilt));
      for (let i = 64; i < flipped.length; i += 97) flipped[i]! ^= 0x10;
      for (const bad of [Buffer.from('not code'), flipped]) {
        writeFileSync(spoilt, bad);
        expect(await run()).toEqual(oneMissed);
        expect(readFileSync(spoilt).equals(bad)).toBe(false);
        expect(await run()).toEqual(all('taken'));
      }
      if (process.getuid?.() === 0) {
        chownSync(spoilt, 65534, 65534); // another user's file in the user's folder
        expect(await run()).toEqual(oneMissed);
        expect(statSync(spoilt).uid).toBe(0);
      }

      // No such cache directory (it is not made), or one where mkdir says ENOENT though it exists.
      const missing = join(dir, 'no-cache-here');
      expect(await run({ XDG_CACHE_HOME: missing })).toEqual(all('none'));
      expect(existsSync(missing)).toBe(false);
      expect(await run({ XDG_CACHE_HOME: '/proc/ept-none' })).toEqual(all('none'));

      rmSync(kept.dir, { recursive: true });
      mkdirSync(kept.dir);
      chmodSync(kept.dir, 0o777);
      const open = states(await watched(args, 'cli.js', { XDG_CACHE_HOME: cache }));
      expect(new Set(Object.values(open))).toEqual(new Set(['none']));
      expect(readdirSync(kept.dir)).toEqual([]);

      const off = mkdtempSync(join(dir, 'cache-'));
      const disabled = await watched(args, 'cli.js', {
        XDG_CACHE_HOME: off,
        NODE_DISABLE_COMPILE_CACHE: '1',
      });
      expect(disabled.filter((l) => l.startsWith('compiled ')).length).toBeGreaterThan(0);
      expect(states(disabled)).toEqual({});
      expect(readdirSync(off)).toEqual([]);
    });
  });

  test('login compiles the chunks it needs once each; a command that asks the API through the SDK compiles it, from its compressed record', async () => {
    const login = await compiled(['login', '--method', 'config']);
    expect(login.length).toBeGreaterThan(0);
    expect(new Set(login).size).toBe(login.length);
    // No --rule: the rules come from DescribePullThroughCacheRules.
    const discovery = await compiled(['map', '--registry', '111122223333', 'node:20']);
    expect(withSdk(discovery).length).toBeGreaterThan(0);
    expect(new Set(discovery).size).toBe(discovery.length);
  });

  test("the action's login-only step compiles nothing of the rewrite engine (the yaml parser)", async () => {
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
    expect(loginOnly.length).toBeGreaterThan(0);
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
