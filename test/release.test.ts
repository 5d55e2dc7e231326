// The release promises: CI runs the project's own CI script, dist/ is checked against a rebuild, and a
// vX.Y.Z tag tests, then publishes by npm trusted publishing with provenance from a package.json
// stamped with the repository it runs in, moves vX and attaches the CLI archive (npm run
// build:asset) with the CHANGELOG's section as its notes. Workflows and examples pass actionlint
// and use actions that run on Node 24; the README and examples name the released major.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  'runs-on': string | string[];
  strategy?: { matrix: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow =>
  parse(readFileSync(`.github/workflows/${name}.yml`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (w: Workflow) => steps(w).map((s) => s.run ?? '');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = pkg.version as string;
/** npm with no way off loopback: the registry is a closed port, the update check off. */
const NPM_LOOPBACK = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false' };

test('ci runs .ci/run beside the conformance data, on pushes and pull requests', () => {
  const ci = workflow('ci');
  expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
  expect(runs(ci).some((r) => /bash \.ci\/run$/.test(r))).toBe(true);
  expect(steps(ci).map((s) => s.with?.path)).toEqual(expect.arrayContaining(['main', 'shared']));
  expect(existsSync('.ci/run')).toBe(true);
});

test('check-dist rebuilds dist/ and fails on a difference', () => {
  const script = runs(workflow('check-dist')).join('\n');
  expect(script.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
  expect(script.indexOf('npm run build')).toBeGreaterThan(script.indexOf('npm ci'));
  expect(script).toMatch(/git status --porcelain -- dist[\s\S]*exit 1/);
});

describe('release', () => {
  const release = workflow('release');
  const tests = release.jobs.test!;
  const publish = release.jobs.publish!;
  const at = (job: Job, re: RegExp) => job.steps.findIndex((s) => re.test(s.run ?? ''));

  it('is tag-triggered; tests with a read-only token, then publishes from a job of its own', () => {
    expect((release.on.push as { tags: string[] }).tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(tests.permissions).toBeUndefined();
    expect(at(tests, /release-check\.mjs "\$GITHUB_REF_NAME"$/)).toBeGreaterThanOrEqual(0);
    expect(at(tests, /bash \.ci\/run$/)).toBeGreaterThan(at(tests, /release-check\.mjs/));
    expect(at(tests, /npm run build && git diff --exit-code -- dist/)).toBeGreaterThan(
      at(tests, /\.ci\/run/),
    );
    expect(publish.needs).toBe('test');
    expect(publish.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  it('publish runs no dependency: no install, and package.json has no script npm publish would run', () => {
    expect(publish.steps.filter((s) => /npm (ci|install|i)\b|npx /.test(s.run ?? ''))).toEqual([]);
    for (const hook of ['prepublishOnly', 'prepack', 'prepare', 'postpack', 'publish', 'postpublish']) {
      expect(pkg.scripts[hook]).toBeUndefined();
    }
  });

  it('publishes by trusted publishing: Node >= 22.14 and npm >= 11.5.1 checked, a token only as the fallback', () => {
    const node = publish.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(Number(node.with?.['node-version'])).toBeGreaterThanOrEqual(24); // npm 11.6 and later
    expect(node.with?.['registry-url']).toBe('https://registry.npmjs.org');
    expect(node.with?.['package-manager-cache']).toBe(false);
    const check = at(publish, /release-check\.mjs "\$GITHUB_REF_NAME" --publish$/);
    const npmPublish = at(publish, /^npm publish --provenance --access public$/);
    expect(check).toBeGreaterThanOrEqual(0);
    expect(npmPublish).toBeGreaterThan(check);
    // The only secret: NPM_TOKEN, the documented fallback (CONTRIBUTING.md), for npm publish alone.
    expect(publish.steps[npmPublish]!.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
    const text = readFileSync('.github/workflows/release.yml', 'utf8');
    expect(text.match(/secrets\.\w+/g)).toEqual(['secrets.NPM_TOKEN']);
    const guide = readFileSync('CONTRIBUTING.md', 'utf8');
    expect(guide).toMatch(/Trusted Publisher/);
    expect(guide).toMatch(/workflow filename `release\.yml`/);
    expect(guide).toMatch(/NPM_TOKEN/);
  });

  it('stamps repository, homepage and bugs from github.repository before npm publish', () => {
    const stamp = at(publish, /npm pkg set /);
    expect(stamp).toBeGreaterThanOrEqual(0);
    expect(stamp).toBeLessThan(at(publish, /npm publish/));
    expect(publish.steps[stamp]!.run).toContain('$GITHUB_REPOSITORY');
    // Nothing guessed in the committed file.
    expect([pkg.repository, pkg.homepage, pkg.bugs]).toEqual([undefined, undefined, undefined]);
  });

  it('moves the major tag after publishing, then attaches the CLI archive with the CHANGELOG section', () => {
    expect(at(publish, /git push -f origin "refs\/tags\/\$major"/)).toBeGreaterThan(
      at(publish, /npm publish/),
    );
    const asset = publish.steps[at(publish, /gh release create/)]!.run!;
    expect(asset).toMatch(/npm run build:asset -- asset\n/);
    expect(asset).toMatch(/gh release create "\$GITHUB_REF_NAME" asset\/ecr-pull-through\.tgz /);
    expect(asset).toMatch(/changelog-section\.mjs "\$GITHUB_REF_NAME"/);
    expect(pkg.scripts['build:asset']).toBe('node scripts/build-asset.mjs');
  });

  it('pins every action by commit, with the version beside it', () => {
    const text = readFileSync('.github/workflows/release.yml', 'utf8');
    const uses = [...text.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const [line, ref, rest] of uses) {
      expect({ line, pinned: /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(ref!) }).toEqual({ line, pinned: true });
      expect({ line, comment: /^ # v\d+\.\d+\.\d+$/.test(rest!) }).toEqual({ line, comment: true });
    }
  });
});

describe('the stamped package', () => {
  let tree: string;
  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'ept-stamp-'));
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist'])
      cpSync(f, join(tree, f), { recursive: true });
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('carries the repository the release ran in: the workflow step run on a copy, then npm pack', () => {
    const step = workflow('release').jobs.publish!.steps.find((s) => /npm pkg set /.test(s.run ?? ''))!;
    execFileSync('bash', ['-euo', 'pipefail', '-c', step.run!], {
      cwd: tree,
      env: {
        ...process.env,
        ...NPM_LOOPBACK,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'octo-org/ecr-pull-through',
      },
      stdio: 'pipe',
    });
    const name = execFileSync('npm', ['pack', '--pack-destination', tree], {
      cwd: tree,
      encoding: 'utf8',
      env: { ...process.env, ...NPM_LOOPBACK },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
      .trim()
      .split('\n')
      .pop()!;
    const packed = JSON.parse(
      execFileSync('tar', ['-xzOf', join(tree, name), 'package/package.json'], { encoding: 'utf8' }),
    );
    expect(packed.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/octo-org/ecr-pull-through.git',
    });
    expect(packed.homepage).toBe('https://github.com/octo-org/ecr-pull-through#readme');
    expect(packed.bugs).toEqual({ url: 'https://github.com/octo-org/ecr-pull-through/issues' });
    expect(packed.version).toBe(version);
  }, 60_000);
});

describe('release-check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ept-release-check-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const check = (files: { version: string; changelog: string }, ...args: string[]) => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: files.version }));
    writeFileSync(join(dir, 'CHANGELOG.md'), files.changelog);
    return spawnSync(process.execPath, [join(process.cwd(), 'scripts/release-check.mjs'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...NPM_LOOPBACK },
    });
  };
  const ready = '# Changelog\n\n## Unreleased\n\n<!-- notes -->\n\n## 2.1.0\n\n- a change\n';

  it('passes a tag that names the version, described in CHANGELOG.md, with nothing left unreleased', () => {
    const r = check({ version: '2.1.0', changelog: ready }, 'v2.1.0');
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('names every problem at once: the wrong tag, no section, entries left under Unreleased', () => {
    const r = check(
      { version: '2.1.0', changelog: '## Unreleased\n\n- pending\n\n## 2.0.0\n\n- old\n' },
      'v2.0.0',
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the tag v2.0.0 does not name package.json's version 2.1.0");
    expect(r.stderr).toContain('CHANGELOG.md has no section "## 2.1.0"');
    expect(r.stderr).toContain('still has entries under "## Unreleased"');
  });

  it('--publish: this Node and npm must be able to publish by OIDC (Node >= 22.14.0, npm >= 11.5.1)', () => {
    const r = check({ version: '2.1.0', changelog: ready }, 'v2.1.0', '--publish');
    const npm = execFileSync('npm', ['--version'], {
      encoding: 'utf8',
      env: { ...process.env, ...NPM_LOOPBACK },
    });
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    const nodeOk = major > 22 || (major === 22 && minor >= 14);
    const [nm, nn, np] = npm.trim().split('.').map(Number) as [number, number, number];
    const npmOk = nm > 11 || (nm === 11 && (nn > 5 || (nn === 5 && np >= 1)));
    expect(r.stderr.includes('needs Node 22.14.0 or later')).toBe(!nodeOk);
    expect(r.stderr.includes('needs npm 11.5.1 or later')).toBe(!npmOk);
    expect(r.status).toBe(nodeOk && npmOk ? 0 : 1);
  });
});

test('the CHANGELOG has a section for the package version; a missing one stops the release', () => {
  const notes = execFileSync(process.execPath, ['scripts/changelog-section.mjs', `v${version}`], {
    encoding: 'utf8',
  });
  expect(notes).toMatch(/\S/);
  expect(notes).not.toMatch(/^## /m);
  const missing = spawnSync(process.execPath, ['scripts/changelog-section.mjs', 'v999.0.0'], {
    encoding: 'utf8',
  });
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('## 999.0.0');
});

/** Every `uses:` in the README's snippets, the examples and the workflows, with where it is. */
function usesLines(): { file: string; action: string; ref: string; comment: string }[] {
  const files = [
    'README.md',
    ...readdirSync('examples')
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `examples/${f}`),
    ...readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`),
  ];
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/uses: ([\w.-]+\/[\w.-]+)@(\S+)(.*)$/gm)].map((m) => ({
      file,
      action: m[1]!,
      ref: m[2]!,
      comment: m[3]!,
    })),
  );
}

test("the README and the examples name the major that package.json's version is", () => {
  const ours = usesLines().filter((u) => u.action.endsWith('/ecr-pull-through'));
  // The README's three snippets and the private-subnet workflow, at least.
  expect(ours.filter((u) => u.file === 'README.md').length).toBeGreaterThanOrEqual(3);
  expect(ours.some((u) => u.file.startsWith('examples/'))).toBe(true);
  const major = `v${version.split('.')[0]}`;
  expect(ours.filter((u) => u.ref !== major)).toEqual([]);
});

test('every action used runs on Node 24: no major that still runs on Node 20 or older', () => {
  // The last major of each action whose action.yml says node20 (or older); read from each action's
  // own repository at its tags.
  const lastOnNode20: Record<string, number> = {
    'actions/checkout': 4,
    'actions/setup-node': 4,
    'actions/upload-artifact': 5,
    'aws-actions/configure-aws-credentials': 5,
    'docker/setup-buildx-action': 3,
  };
  const used = usesLines().filter((u) => !u.action.endsWith('/ecr-pull-through'));
  // An action not in the table is one nobody has checked yet: add it, with its last Node 20 major.
  expect(used.filter((u) => !(u.action in lastOnNode20))).toEqual([]);
  const old = used.filter((u) => {
    const major = Number(
      /^v(\d+)/.exec(/^[0-9a-f]{40}$/.test(u.ref) ? u.comment.trim().slice(2) : u.ref)?.[1],
    );
    return !(major > lastOnNode20[u.action]!);
  });
  expect(old).toEqual([]);
});

test('actionlint passes on the workflows and the example workflows', () => {
  const r = spawnSync(process.execPath, ['scripts/actionlint.mjs'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/^actionlint: [4-9] workflow file\(s\), 0 finding\(s\)$/m);
  expect(r.status).toBe(0);
}, 60_000);

test('actionlint finds what is wrong in a workflow, and reads the runner labels of .github/actionlint.yaml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ept-actionlint-'));
  try {
    const file = join(dir, 'bad.yml');
    writeFileSync(
      file,
      'on: push\njobs:\n  a:\n    runs-on: [self-hosted, private-subnet, nowhere]\n    steps:\n      - run: echo ${{ github.nope }}\n',
    );
    const r = spawnSync(process.execPath, ['scripts/actionlint.mjs', file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('property "nope" is not defined');
    expect(r.stderr).toContain('label "nowhere" is unknown');
    expect(r.stderr).not.toContain('label "private-subnet"');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

describe('.ci/run on a GitHub Ubuntu runner and on Debian', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ept-ci-run-'));
    mkdirSync(join(root, '.ci'));
    cpSync('.ci/run', join(root, '.ci/run'));
    mkdirSync(join(root, 'bin'));
    symlinkSync(
      execFileSync('bash', ['-c', 'command -v dirname'], { encoding: 'utf8' }).trim(),
      join(root, 'bin/dirname'),
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** Runs .ci/run with only stand-ins on PATH: `present` commands, apt knowing all but `unknown`. */
  const ciRun = (present: string[], options: { unknown?: string[]; dockerPackages?: boolean } = {}) => {
    const log = join(root, 'log');
    const stub = (name: string, body: string) => {
      writeFileSync(join(root, 'bin', name), `#!/bin/bash\n${body}\n`);
      chmodSync(join(root, 'bin', name), 0o755);
    };
    for (const c of present) stub(c, 'exit 0');
    stub('apt-get', `echo "apt-get $*" >> ${log}`);
    stub('apt-cache', `case " ${(options.unknown ?? []).join(' ')} " in *" $2 "*) exit 100;; esac`);
    stub('dpkg', options.dockerPackages ? 'exit 0' : 'exit 1');
    stub('npm', `echo "npm $*" >> ${log}`);
    const r = spawnSync('/bin/bash', [join(root, '.ci/run')], {
      encoding: 'utf8',
      env: { PATH: join(root, 'bin') },
    });
    return { ...r, log: existsSync(log) ? readFileSync(log, 'utf8') : '' };
  };

  it('a hosted runner (Docker’s docker-ce, skopeo, podman): installs docker-registry alone', () => {
    const r = ciRun(['dockerd', 'skopeo', 'podman']);
    expect(r.status).toBe(0);
    expect(r.log).toBe(
      'apt-get update -qq\napt-get install -y -qq --no-install-recommends docker-registry\nnpm ci --no-audit --no-fund\nnpm test\n',
    );
  });

  it('never docker.io beside Docker’s own containerd.io, even without dockerd', () => {
    const r = ciRun(['skopeo', 'podman', 'docker-registry'], { dockerPackages: true });
    expect(r.log).not.toContain('apt-get');
  });

  it('a bare Debian: installs all four; a package the distribution lacks is named, the rest installed', () => {
    expect(ciRun([]).log).toContain('--no-install-recommends docker-registry skopeo docker.io podman\n');
    const r = ciRun([], { unknown: ['docker-registry'] });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('.ci/run: no package docker-registry here');
    expect(r.log).toContain('--no-install-recommends skopeo docker.io podman\nnpm ci');
  });
});
