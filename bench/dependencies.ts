// bench/dependencies: the price of each library that a hand-written module of ours stands in for
// (DEPENDENCIES.md), side by side with that module. Each is bundled alone from a one-line entry that
// imports it (esbuild --bundle --minify --platform=node, ESM), then weighed (KB) and started
// (`node entry.mjs`, over a bundle that imports nothing; `node -e 0` shown too), all contenders
// alternating round after round, medians: wall ms, and CPU ms (user + system, which a busy machine
// disturbs much less). The YAML reader's price is not start-up (the library is loaded for any YAML
// file anyway) but reading time on a big compose file, measured in this process.
//
//   npm run bench -- dependencies
//   EPT_DEPS_NODE_MODULES=DIR  also resolve libraries from DIR (a node_modules folder): those the
//                              project does not install (dockerfile-ast, proxy-from-env) are
//                              skipped with a row saying so otherwise.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parseAllDocuments } from 'yaml';
import { readYamlSubset } from '../src/core/rewrite/yaml-subset.js';
import { alternate, median, ms, NODE, type Row, report, type Spawned } from './lib/measure.js';

const ROUNDS = 11;

interface Pair {
  readonly what: string;
  /** The library: the package to import, and the entry's one line. */
  readonly library: { readonly name: string; readonly entry: string };
  /** Our module: the paths it may have (the first that exists), and the entry's one line (`M` is its path). */
  readonly ours?: { readonly paths: readonly string[]; readonly entry: string };
}

// Each entry keeps what it imports (globalThis.k = ...), so the bundler cannot drop it.
const PAIRS: Pair[] = [
  {
    what: 'runner protocol',
    library: { name: '@actions/core', entry: "import * as m from '@actions/core'; globalThis.k = m;" },
    ours: { paths: ['src/action/runner.ts'], entry: "import * as m from 'M'; globalThis.k = m;" },
  },
  {
    what: 'engine spawn',
    library: {
      name: '@actions/exec',
      entry: "import { getExecOutput } from '@actions/exec'; globalThis.k = getExecOutput;",
    },
    ours: {
      paths: ['src/host/engine-login.ts'],
      entry: "import { engineLogin, engineLogout } from 'M'; globalThis.k = [engineLogin, engineLogout];",
    },
  },
  {
    what: 'SigV4 signer',
    library: {
      name: '@smithy/signature-v4',
      entry:
        "import { SignatureV4 } from '@smithy/signature-v4'; import { Sha256 } from '@smithy/core/checksum'; globalThis.k = [SignatureV4, Sha256];",
    },
    ours: {
      paths: ['src/aws/direct/sigv4.ts'],
      entry: "import { signJsonRequest } from 'M'; globalThis.k = signJsonRequest;",
    },
  },
  {
    what: 'token call (signed path)',
    library: {
      name: '@aws-sdk/client-ecr',
      entry:
        "import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'; globalThis.k = [ECRClient, GetAuthorizationTokenCommand];",
    },
    ours: {
      paths: ['src/aws/direct/token-call.ts'],
      entry: "import * as m from 'M'; globalThis.k = m;",
    },
  },
  {
    what: 'container credentials',
    library: {
      name: '@aws-sdk/credential-provider-http',
      entry: "import { fromHttp } from '@aws-sdk/credential-provider-http'; globalThis.k = fromHttp;",
    },
    ours: {
      paths: ['src/aws/direct/container-credentials.ts'],
      entry: "import { containerCredentials } from 'M'; globalThis.k = containerCredentials;",
    },
  },
  {
    what: 'shared-config detection',
    library: {
      name: '@smithy/core/config',
      entry:
        "import { loadSharedConfigFiles } from '@smithy/core/config'; globalThis.k = loadSharedConfigFiles;",
    },
    ours: {
      paths: ['src/aws/direct/shared-config.ts'],
      entry: "import { hasSharedConfig } from 'M'; globalThis.k = hasSharedConfig;",
    },
  },
  {
    what: 'YAML subset reader',
    library: {
      name: 'yaml',
      entry: "import { parseAllDocuments } from 'yaml'; globalThis.k = parseAllDocuments;",
    },
    ours: {
      paths: ['src/core/rewrite/yaml-subset.ts'],
      entry: "import { readYamlSubset } from 'M'; globalThis.k = readYamlSubset;",
    },
  },
  {
    what: 'Dockerfile lexer',
    library: {
      name: 'dockerfile-ast',
      entry: "import { DockerfileParser } from 'dockerfile-ast'; globalThis.k = DockerfileParser;",
    },
    ours: {
      paths: ['src/core/dockerfile/lexer.ts'],
      entry: "import { lexDockerfile } from 'M'; globalThis.k = lexDockerfile;",
    },
  },
  {
    what: 'proxy / NO_PROXY',
    library: {
      name: 'proxy-from-env',
      entry: "import { getProxyForUrl } from 'proxy-from-env'; globalThis.k = getProxyForUrl;",
    },
    ours: { paths: ['src/core/proxy.ts'], entry: "import { proxyFor } from 'M'; globalThis.k = proxyFor;" },
  },
  {
    what: 'atomic file replace',
    library: {
      name: 'write-file-atomic',
      entry: "import writeFileAtomic from 'write-file-atomic'; globalThis.k = writeFileAtomic.sync;",
    },
    ours: {
      paths: ['src/host/atomic-write.ts'],
      entry: "import { writeFileAtomic } from 'M'; globalThis.k = writeFileAtomic;",
    },
  },
  {
    what: 'CLI output',
    library: { name: '(node) process.stdout', entry: 'globalThis.k = process.stdout;' },
    ours: {
      paths: ['src/cli/stdio.ts'],
      entry:
        "import { descriptorWriter } from 'M'; globalThis.k = descriptorWriter(1, () => process.stdout);",
    },
  },
];

const root = process.cwd();
const extra = process.env.EPT_DEPS_NODE_MODULES;
const nodePaths = [join(root, 'node_modules'), ...(extra ? [resolve(extra)] : [])];
/** The package a specifier names (`@scope/name/sub` → `@scope/name`) is somewhere we resolve from. */
const installed = (specifier: string) =>
  specifier.startsWith('(') ||
  nodePaths.some((p) =>
    existsSync(join(p, ...specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1))),
  );

const dir = mkdtempSync(join(tmpdir(), 'ept-bench-deps-'));
// Loaded first by every contender (the bare node too): the process's CPU time at its end, on stderr.
const cpuProbe = join(dir, 'cpu.mjs');
writeFileSync(
  cpuProbe,
  "import { writeSync } from 'node:fs';\n" +
    "process.on('exit', () => { const u = process.cpuUsage(); writeSync(2, `\\ncpu ${(u.user + u.system) / 1000}\\n`); });\n",
);
const cpu: Record<string, number[]> = {};

/** Run node to its end with stdout a pipe, as the runner and a CI log give it (timed() gives /dev/null). */
function piped(args: readonly string[]): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(NODE, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stderr }));
  });
}

/** Start `args` with the probe; the wall time goes to alternate(), the CPU time to cpu[name]. */
const contender = (name: string, args: readonly string[]) => async () => {
  const run = await piped(['--import', pathToFileURL(cpuProbe).href, ...args]);
  const m = /\ncpu ([\d.]+)\n$/.exec(run.stderr);
  if (m) cpu[name] = [...(cpu[name] ?? []), Number(m[1])];
  return run;
};

/** Bundle one entry; its path and size in KB. */
async function bundle(name: string, source: string): Promise<{ file: string; kb: number }> {
  const entry = join(dir, `${name}.entry.mjs`);
  const file = join(dir, `${name}.mjs`);
  writeFileSync(entry, source);
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    nodePaths,
    logLevel: 'error',
    // CommonJS packages inside an ES module bundle still require Node's own modules.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return { file, kb: statSync(file).size / 1024 };
}

const rows: Row[] = [];
try {
  const contenders: Record<string, () => Promise<Spawned>> = {
    bare: contender('bare', ['-e', '0']),
  };
  // A bundle that imports nothing: loading any file (and the banner) costs this much; prices are over it.
  const empty = await bundle('empty', 'globalThis.k = 0;');
  contenders.empty = contender('empty', [empty.file]);
  const sizes: Record<string, number> = {};
  const measured: { pair: Pair; lib: string; ours?: string; oursPath?: string }[] = [];
  for (const [i, pair] of PAIRS.entries()) {
    if (!installed(pair.library.name)) {
      rows.push({
        what: `${pair.what}: ${pair.library.name}`,
        value: 'not installed (set EPT_DEPS_NODE_MODULES)',
      });
      continue;
    }
    const lib = `lib${i}`;
    const built = await bundle(lib, pair.library.entry);
    contenders[lib] = contender(lib, [built.file]);
    sizes[lib] = built.kb;
    const oursPath = pair.ours?.paths.find((p) => existsSync(join(root, p)));
    let ours: string | undefined;
    if (pair.ours && oursPath) {
      ours = `ours${i}`;
      const b = await bundle(ours, pair.ours.entry.replace("'M'", JSON.stringify(join(root, oursPath))));
      contenders[ours] = contender(ours, [b.file]);
      sizes[ours] = b.kb;
    }
    measured.push({ pair, lib, ...(ours && { ours, oursPath }) });
  }

  const started = await alternate(ROUNDS, contenders);
  // The first round is a warm-up in alternate(): its CPU time is left out here too.
  const cpuMs = (k: string) => median(cpu[k]!.slice(1));
  const over = (a: number, b: number) => `${a - b >= 0 ? '+' : ''}${(a - b).toFixed(0)}`;
  const price = (k: string) =>
    `${over(started[k]!, started.empty!)} ms (CPU ${over(cpuMs(k), cpuMs('empty'))} ms), ${sizes[k]!.toFixed(1)} KB`;
  rows.push(
    { what: 'node -e 0', value: `${ms(started.bare!)} (CPU ${ms(cpuMs('bare'))})` },
    {
      what: 'node EMPTY.mjs (a bundle that imports nothing: what each price is over)',
      value: `${ms(started.empty!)} (CPU ${ms(cpuMs('empty'))})`,
    },
  );
  for (const m of measured) {
    rows.push({
      what: `${m.pair.what}: ${m.pair.library.name}${m.oursPath ? ` vs ${m.oursPath}` : ''}`,
      value: price(m.lib),
      ...(m.ours && { baseline: price(m.ours) }),
    });
  }

  // The YAML reader is there for reading time: a 2000-service compose file (bench/big-files' shape).
  const parts = ['services:\n'];
  for (let i = 0; i < 2000; i++)
    parts.push(`  svc${i}:\n    image: node:${i % 20}\n    environment:\n      - NAME=service-${i}\n`);
  const compose = parts.join('');
  const times = { library: [] as number[], subset: [] as number[] };
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [k, read] of [
      ['library', () => parseAllDocuments(compose)],
      ['subset', () => readYamlSubset(compose)],
    ] as const) {
      const start = process.hrtime.bigint();
      read();
      if (round > 0) times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  rows.push({
    what: 'YAML reading, 2000-service compose file: yaml vs the subset reader',
    value: `${median(times.library).toFixed(1)} ms`,
    baseline: `${median(times.subset).toFixed(1)} ms`,
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

report(`Libraries and the modules that stand in for them (medians of ${ROUNDS} alternating rounds)`, rows);
