// Rules DescribePullThroughCacheRules answers with are checked as --rule is (core/image/rules.ts
// checkRule): a misconfigured or hostile endpoint once made `mirrors --format containerd --out DIR`
// write outside DIR and create names with line breaks, and put flag lines of its own into kaniko's
// flags. Through the CLI bundle, with the local stand-in answering rules ECR itself would refuse.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';

/** Rules no ECR could hold, each beside the stand-in's usual ones (docker-hub, quay, github, ecr-public, k8s). */
const HOSTILE = [
  { ecrRepositoryPrefix: '../../x', upstreamRegistryUrl: 'registry.gitlab.com' },
  { ecrRepositoryPrefix: 'a\nb', upstreamRegistryUrl: 'cgr.dev' },
  { ecrRepositoryPrefix: 'up', upstreamRegistryUrl: '../../escaped' },
  { ecrRepositoryPrefix: 'nl', upstreamRegistryUrl: 'evil.example\n::warning::pwned' },
  { ecrRepositoryPrefix: 'flag', upstreamRegistryUrl: 'k.example\n--insecure-pull' },
  { ecrRepositoryPrefix: 'team\n--skip-tls-verify', upstreamRegistryUrl: 'mcr.microsoft.com' },
  { ecrRepositoryPrefix: 'sub', upstreamRegistryUrl: 'quay2.example', upstreamRepositoryPrefix: '../x\ny' },
];
/** How the warning for each names it: a JSON string, one line. */
const SHOWN = ['"../../x"', '"a\\nb"', '"up"', '"nl"', '"flag"', '"team\\n--skip-tls-verify"', '"sub"'];
const GOOD_UPSTREAMS = ['docker.io', 'ghcr.io', 'public.ecr.aws', 'quay.io', 'registry.k8s.io'];

/** Output lines as the runner reads them: split at LF, CR and CRLF. */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/);

/** Every path under `dir`, relative to it. */
function tree(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? [rel, ...tree(dir, rel)] : [rel];
  });
}

let em: Emulator;
let dir: string;
beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', uncheckedRules: HOSTILE });
  dir = mkdtempSync(join(tmpdir(), 'ept-rules-'));
});
afterAll(async () => {
  await em.stop();
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ PATH: process.env.PATH, HOME: '/nonexistent', ...em.env() });

function expectEachLeftOut(stderr: string): void {
  for (const shown of SHOWN)
    expect(stderr).toContain(`warning: DescribePullThroughCacheRules: invalid pull-through rule ${shown}: `);
  expect(stderr.match(/; the rule is left out\n/g)).toHaveLength(HOSTILE.length);
  expect(runnerLines(stderr).filter((l) => l.startsWith('::') || l.startsWith('--'))).toEqual([]);
}

describe('mirrors --format containerd --out DIR', () => {
  test('writes the usable rules’ hosts.toml under DIR and nothing else, and names each rule left out', async () => {
    const work = mkdtempSync(join(dir, 'containerd-'));
    mkdirSync(join(work, 'a', 'b'), { recursive: true });
    const out = join(work, 'a', 'b', 'hosts');
    const r = await runCli(['mirrors', '--format', 'containerd', '--out', out], { env: env() });
    expect(r.code).toBe(0);
    expectEachLeftOut(r.stderr);
    expect(tree(work).sort()).toEqual(
      [
        'a',
        'a/b',
        'a/b/hosts',
        ...GOOD_UPSTREAMS.flatMap((u) => [`a/b/hosts/${u}`, `a/b/hosts/${u}/hosts.toml`]),
      ].sort(),
    );
    const prefixes: Record<string, string> = {
      'docker.io': 'docker-hub',
      'ghcr.io': 'github',
      'public.ecr.aws': 'ecr-public',
      'quay.io': 'quay',
      'registry.k8s.io': 'k8s',
    };
    for (const u of GOOD_UPSTREAMS)
      expect(readFileSync(join(out, u, 'hosts.toml'), 'utf8')).toContain(
        `\n\n[host."http://${em.registryHost}/v2/${prefixes[u]}"]\n  capabilities = ["pull", "resolve"]\n  override_path = true\n`,
      );
    expect(existsSync(join(work, 'hosts.toml'))).toBe(false);
  });
});

describe('mirrors --format kaniko', () => {
  test('prints one --registry-map per usable rule and no flag of the endpoint’s', async () => {
    const r = await runCli(['mirrors', '--format', 'kaniko'], { env: env() });
    expect(r.code).toBe(0);
    expectEachLeftOut(r.stderr);
    const flags = r.stdout.split('\n').filter((l) => l !== '');
    const host = em.registryHost;
    expect(flags.sort()).toEqual([
      `--insecure-registry=${host}`,
      `--registry-map=ghcr.io=${host}/github`,
      `--registry-map=index.docker.io=${host}/docker-hub`,
      `--registry-map=public.ecr.aws=${host}/ecr-public`,
      `--registry-map=quay.io=${host}/quay`,
      `--registry-map=registry.k8s.io=${host}/k8s`,
    ]);
    expect(r.stdout).not.toMatch(/insecure-pull|skip-tls-verify|\.\./);
  });
});

describe('a registry endpoint that names no registry host', () => {
  let bad: Emulator;
  beforeAll(async () => {
    bad = await startEmulator({ upstream: 'memory', proxyEndpoint: 'https://r.example\n--insecure-pull' });
  });
  afterAll(() => bad.stop());

  test('mirrors fails naming the answer, and prints no configuration', async () => {
    const r = await runCli(['mirrors', '--format', 'kaniko'], {
      env: { PATH: process.env.PATH, HOME: '/nonexistent', ...bad.env() },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'GetAuthorizationToken named "https://r.example\\n--insecure-pull", which is no registry host',
    );
    expect(r.stdout).toBe('');
  });
});
