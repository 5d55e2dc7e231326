import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { ecr, REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repo(files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
const read = (path: string) => readFileSync(join(dir, path), 'latin1');

describe('rewrite', () => {
  test('--stdout prints the rewritten file byte-exact (CRLF, BOM, latin1 comment) and writes nothing', async () => {
    const src = Buffer.concat([
      Buffer.from('\uFEFF# caf', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from('\r\nFROM node:20 AS b\r\nCOPY --from=quay.io/a/b:1 / /\r\n', 'latin1'),
    ]);
    repo({ Dockerfile: src });
    const r = await runCli(['rewrite', '--stdout', ...FLAGS, join(dir, 'Dockerfile')]);
    expect(r.code).toBe(0);
    const expected = src
      .toString('latin1')
      .replace('node:20', ecr('docker-hub/library/node:20'))
      .replace('quay.io/a/b:1', ecr('quay/a/b:1'));
    expect(r.stdout).toBe(expected);
    expect(readFileSync(join(dir, 'Dockerfile')).equals(src)).toBe(true);
  });

  test('a directory: Dockerfiles, compose, Kubernetes YAML and lists in place, keeping modes; other files untouched', async () => {
    repo({
      Dockerfile: 'FROM node:20\n',
      'svc/api.Dockerfile': 'FROM ghcr.io/o/api:1\n',
      'svc/Dockerfile.dev': 'FROM alpine\n',
      Containerfile: 'FROM registry.k8s.io/pause:3.10\n',
      'compose.yaml': 'services:\n  db:\n    image: postgres:16 # pinned\n',
      'k8s/deploy.yml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: "busybox"\n',
      'base.images': '# images\nnginx:1.27\n',
      'notes.txt': 'FROM node:20\n',
      'node_modules/x/Dockerfile': 'FROM node:20\n',
    });
    chmodSync(join(dir, 'Dockerfile'), 0o640);
    const r = await runCli(['rewrite', ...FLAGS, dir]);
    expect(r.stderr).toContain('rewrote 7 of 7 file(s)');
    expect(r.code).toBe(0);
    expect(read('Dockerfile')).toBe(`FROM ${ecr('docker-hub/library/node:20')}\n`);
    expect(statSync(join(dir, 'Dockerfile')).mode & 0o777).toBe(0o640);
    expect(read('svc/api.Dockerfile')).toBe(`FROM ${ecr('github/o/api:1')}\n`);
    expect(read('svc/Dockerfile.dev')).toBe(`FROM ${ecr('docker-hub/library/alpine')}\n`);
    expect(read('Containerfile')).toBe(`FROM ${ecr('k8s/pause:3.10')}\n`);
    expect(read('compose.yaml')).toBe(
      `services:\n  db:\n    image: ${ecr('docker-hub/library/postgres:16')} # pinned\n`,
    );
    expect(read('k8s/deploy.yml')).toBe(
      `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: "${ecr('docker-hub/library/busybox')}"\n`,
    );
    expect(read('base.images')).toBe(`# images\n${ecr('docker-hub/library/nginx:1.27')}\n`);
    expect(read('notes.txt')).toBe('FROM node:20\n');
    expect(read('node_modules/x/Dockerfile')).toBe('FROM node:20\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // A second run is a no-op.
    const again = await runCli(['rewrite', '--check', ...FLAGS, dir]);
    expect(again.code).toBe(0);
  });

  test('--include chooses files in directories', async () => {
    repo({ 'ci/base.txt': 'node:20\n', Dockerfile: 'FROM node:20\n' });
    const r = await runCli(['rewrite', '--type', 'list', '--include', 'ci/*.txt', ...FLAGS, dir]);
    expect(r.code).toBe(0);
    expect(read('ci/base.txt')).toBe(`${ecr('docker-hub/library/node:20')}\n`);
    expect(read('Dockerfile')).toBe('FROM node:20\n');
  });

  test('--check exits 1 and writes nothing when something would change', async () => {
    repo({ Dockerfile: 'FROM node:20\n' });
    const r = await runCli(['rewrite', '--check', ...FLAGS, dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('would rewrite 1 of 1');
    expect(read('Dockerfile')).toBe('FROM node:20\n');
  });

  test('--diff prints a unified diff on stdout and writes nothing', async () => {
    repo({ Dockerfile: 'FROM node:20\nRUN true\n' });
    const r = await runCli(['rewrite', '--diff', ...FLAGS, 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n-FROM node:20\n+FROM ${ecr('docker-hub/library/node:20')}\n RUN true\n`,
    );
    expect(read('Dockerfile')).toBe('FROM node:20\nRUN true\n');
  });

  test('--json reports changes and notes per file', async () => {
    repo({ Dockerfile: 'FROM node:20\nFROM mcr.microsoft.com/x:1\n' });
    const r = await runCli(['rewrite', '--json', ...FLAGS, dir]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.written).toBe(true);
    expect(report.files[0]).toMatchObject({
      kind: 'dockerfile',
      changed: true,
      changes: [{ line: 1, from: 'node:20', to: ecr('docker-hub/library/node:20') }],
      notes: [{ line: 2, message: expect.stringContaining('no pull-through rule for mcr.microsoft.com') }],
    });
  });

  test('--strict: an unmapped reference fails the job and nothing is written', async () => {
    repo({ Dockerfile: 'FROM node:20\nFROM mcr.microsoft.com/x:1\n' });
    const r = await runCli(['rewrite', '--strict', ...FLAGS, dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Dockerfile:2: error: .*no pull-through rule for mcr\.microsoft\.com/);
    expect(read('Dockerfile')).toBe('FROM node:20\nFROM mcr.microsoft.com/x:1\n');
  });

  test('an invalid reference anywhere: error with file and line, exit 2, no file changed', async () => {
    repo({ 'a/Dockerfile': 'FROM node:20\n', 'b/Dockerfile': 'FROM node\n\nFROM Node:20\n' });
    const r = await runCli(['rewrite', ...FLAGS, dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'b/Dockerfile')}:3: error: invalid image reference "Node:20"`);
    expect(read('a/Dockerfile')).toBe('FROM node:20\n');
  });

  test('a binary file or a missing path: exit 2, nothing changed', async () => {
    repo({ Dockerfile: Buffer.from('FROM node\n\0\0'), 'ok/Dockerfile': 'FROM node\n' });
    const bin = await runCli(['rewrite', ...FLAGS, join(dir, 'ok'), join(dir, 'Dockerfile')]);
    expect(bin.code).toBe(2);
    expect(bin.stderr).toContain('binary file');
    expect(read('ok/Dockerfile')).toBe('FROM node\n');
    const missing = await runCli(['rewrite', ...FLAGS, join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory');
  });

  test('usage errors exit 2 with a hint; --help exits 0', async () => {
    const bad = await runCli(['rewrite', '--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Run 'ecr-pull-through rewrite --help'");
    const rule = await runCli(['map', 'node', '--registry', REGISTRY, '--rule', 'docker-hub']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('expected PREFIX=UPSTREAM_URL');
    const help = await runCli(['rewrite', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--stdout');
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['nope'])).code).toBe(2);
  });
});

describe('rewrite: files as users have them', () => {
  test.each([
    ['a BOM and any name', 'case-01', '\uFEFFFROM alpine:3\r\n'],
    ['a name ending in _Dockerfile', 'svc_Dockerfile', 'FROM alpine:3\n'],
    ['a first instruction other than FROM', 'build.txt', '# base\nARG X=1\nFROM alpine:3\n'],
    ['FROM with a continuation on the first line', 'odd', 'FROM\\\n  alpine:3\n'],
  ])('a Dockerfile with %s is read as one', async (_what, name, content) => {
    repo({ [name]: content });
    const r = await runCli(['rewrite', '--stdout', ...FLAGS, join(dir, name)]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      Buffer.from(content.replace('alpine:3', ecr('docker-hub/library/alpine:3')), 'utf8').toString('latin1'),
    );
  });

  test('a symlink stays a symlink; the file it points to is rewritten, keeping its mode', async () => {
    repo({ 'real.Dockerfile': 'FROM node:20\n' });
    chmodSync(join(dir, 'real.Dockerfile'), 0o640);
    symlinkSync('real.Dockerfile', join(dir, 'Dockerfile'));
    const r = await runCli(['rewrite', ...FLAGS, join(dir, 'Dockerfile')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'Dockerfile')).isSymbolicLink()).toBe(true);
    expect(read('real.Dockerfile')).toBe(`FROM ${ecr('docker-hub/library/node:20')}\n`);
    expect(statSync(join(dir, 'real.Dockerfile')).mode & 0o777).toBe(0o640);
  });

  test('a link to a file elsewhere, and a path through a linked directory: links stay, files are replaced with their modes', async () => {
    repo({
      'real/app.Dockerfile': 'FROM node:20\n',
      'real/Dockerfile': 'FROM quay.io/a/b:1\n',
      'ctx/.keep': '',
    });
    chmodSync(join(dir, 'real/app.Dockerfile'), 0o600);
    chmodSync(join(dir, 'real/Dockerfile'), 0o751);
    symlinkSync('../real/app.Dockerfile', join(dir, 'ctx/Dockerfile'));
    symlinkSync('real', join(dir, 'linked'));
    const r = await runCli([
      'rewrite',
      ...FLAGS,
      join(dir, 'ctx/Dockerfile'),
      join(dir, 'linked/Dockerfile'),
    ]);
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('rewrote 2 of 2 file(s)')]);
    expect(lstatSync(join(dir, 'ctx/Dockerfile')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'linked')).isSymbolicLink()).toBe(true);
    expect(read('real/app.Dockerfile')).toBe(`FROM ${ecr('docker-hub/library/node:20')}\n`);
    expect(read('real/Dockerfile')).toBe(`FROM ${ecr('quay/a/b:1')}\n`);
    expect(statSync(join(dir, 'real/app.Dockerfile')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'real/Dockerfile')).mode & 0o777).toBe(0o751);
    expect(readdirSync(join(dir, 'ctx')).sort()).toEqual(['.keep', 'Dockerfile']);
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['Dockerfile', 'app.Dockerfile']);
  });

  test('--stdout of a file with nothing to change prints its bytes as they are (not UTF-8 either)', async () => {
    const src = Buffer.concat([
      Buffer.from('# \xff\xfe ', 'latin1'),
      Buffer.from('FROM scratch\r\nCOPY a /\n'),
    ]);
    repo({ Dockerfile: src });
    const r = await runCli(['rewrite', '--stdout', ...FLAGS, join(dir, 'Dockerfile')]);
    expect(r.code).toBe(0);
    expect(Buffer.from(r.stdout, 'latin1')).toEqual(src);
  });

  test('a Helm template met in a directory is noted and skipped; named on its own it is an error', async () => {
    repo({
      Dockerfile: 'FROM node:20\n',
      'chart/templates/pod.yaml':
        'spec:\n  containers:\n    - image: {{ .Values.image }}\n{{- if .Values.x }}\n  y: 1\n{{- end }}\n',
    });
    const walk = await runCli(['rewrite', ...FLAGS, dir]);
    expect(walk.code).toBe(0);
    expect(walk.stderr).toMatch(/pod\.yaml:\d+: note: not valid YAML .*skipped \(a template\?\)/);
    expect(read('Dockerfile')).toBe(`FROM ${ecr('docker-hub/library/node:20')}\n`);
    const named = await runCli(['rewrite', ...FLAGS, join(dir, 'chart/templates/pod.yaml')]);
    expect(named.code).toBe(2);
  });

  test('--diff of a UTF-8 YAML file keeps its characters', async () => {
    repo({ 'compose.yaml': '# café ☕\nservices:\n  a:\n    image: nginx:1.27\n' });
    const r = await runCli(['rewrite', '--diff', ...FLAGS, 'compose.yaml'], { cwd: dir });
    expect(Buffer.from(r.stdout, 'latin1').toString('utf8')).toContain(' # café ☕\n');
  });

  test('--json reports the files even when one has an error (exit 2)', async () => {
    repo({ 'a/Dockerfile': 'FROM node\n', 'b/Dockerfile': 'FROM Bad:1\n' });
    const r = await runCli(['rewrite', '--json', ...FLAGS, dir]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.written).toBe(false);
    expect(report.errors).toBe(1);
    expect(
      report.files.find((f: { path: string }) => f.path.endsWith('b/Dockerfile')).errors[0],
    ).toMatchObject({ line: 1 });
  });
});

describe('rewrite: a registry ECR cannot cache', () => {
  test('one hint per such registry after the notes, as map gives; a cacheable one with no rule gets none', async () => {
    repo({
      Dockerfile:
        'FROM gcr.io/distroless/static\nFROM gcr.io/distroless/base\nFROM mcr.microsoft.com/x:1\nFROM registry.gitlab.com/g/app:1\n',
      'compose.yaml': 'services:\n  es:\n    image: docker.elastic.co/elasticsearch/elasticsearch:8\n',
    });
    const r = await runCli(['rewrite', '--check', ...FLAGS, dir]);
    expect(r.code).toBe(0);
    for (const host of ['gcr.io', 'mcr.microsoft.com', 'docker.elastic.co'])
      expect(
        r.stderr
          .split('\n')
          .filter((l) => l.startsWith(`hint: ECR pull-through cache cannot cache ${host} (`)),
      ).toHaveLength(1);
    expect(r.stderr).not.toContain('cannot cache registry.gitlab.com');
    expect(r.stderr).toContain('no pull-through rule for registry.gitlab.com; left alone');
    // After the notes, before the summary line.
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^would rewrite 0 of 2 file\(s\)$/);
    expect(lines.findIndex((l) => l.startsWith('hint:'))).toBeGreaterThan(
      lines.findLastIndex((l) => l.includes(': note: ')),
    );
  });
});

describe('map', () => {
  test('prints each URI on its own line, in order; unmapped printed unchanged with a note', async () => {
    const r = await runCli(['map', ...FLAGS, 'node:20', 'mcr.microsoft.com/x:1', 'quay.io/a/b']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${ecr('docker-hub/library/node:20')}\nmcr.microsoft.com/x:1\n${ecr('quay/a/b')}\n`,
    );
    expect(r.stderr).toContain('no pull-through rule for mcr.microsoft.com');
  });

  test('a registry ECR cannot cache: the hint says so and names the alternatives; a cacheable one gets none', async () => {
    const images = ['gcr.io/distroless/static', 'mcr.microsoft.com/x:1', 'docker.elastic.co/kibana/kibana:8'];
    const r = await runCli(['map', ...FLAGS, ...images, 'registry.gitlab.com/g/app:1']);
    expect(r.code).toBe(0);
    for (const host of ['gcr.io', 'mcr.microsoft.com', 'docker.elastic.co'])
      expect(r.stderr).toContain(
        `hint: ECR pull-through cache cannot cache ${host} (it caches public.ecr.aws, registry.k8s.io, quay.io, registry-1.docker.io, ghcr.io, registry.gitlab.com, cgr.dev, *.azurecr.io and Amazon ECR only), so no rule can cover it: mirror the images you need into an ECR repository yourself, or let ${host} through a NAT\n`,
      );
    expect(r.stderr).not.toContain('create');
    // A registry ECR can cache, with no rule yet: no such hint after its note.
    expect(r.stderr).not.toMatch(/registry\.gitlab\.com; printed unchanged\nhint:/);
    expect(r.stderr).toContain(
      'note: registry.gitlab.com/g/app:1: no pull-through rule for registry.gitlab.com',
    );
  });

  test('--buildkit adds the cache URI of the BuildKit builder image (for setup-buildx-action)', async () => {
    const r = await runCli(['map', ...FLAGS, '--buildkit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${ecr('docker-hub/moby/buildkit:buildx-stable-1')}\n`);
  });

  test('- reads stdin, one per line, skipping blanks and comments', async () => {
    const r = await runCli(['map', ...FLAGS, '-'], { input: '# base\nnode:20\r\n\n  alpine:3.20  \n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${ecr('docker-hub/library/node:20')}\n${ecr('docker-hub/library/alpine:3.20')}\n`);
  });

  test('--json, --strict and invalid input', async () => {
    const j = await runCli(['map', '--json', ...FLAGS, 'node', 'mcr.microsoft.com/x']);
    expect(JSON.parse(j.stdout)).toEqual([
      { image: 'node', uri: ecr('docker-hub/library/node'), status: 'mapped' },
      {
        image: 'mcr.microsoft.com/x',
        uri: 'mcr.microsoft.com/x',
        status: 'unmapped',
        reason: 'no pull-through rule for mcr.microsoft.com',
      },
    ]);
    expect((await runCli(['map', '--strict', ...FLAGS, 'mcr.microsoft.com/x'])).code).toBe(1);
    const bad = await runCli(['map', ...FLAGS, 'node', 'Bad:1']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('argument 2: error: invalid image reference "Bad:1"');
    const stdin = await runCli(['map', ...FLAGS, '-'], { input: 'node\n\n# x\nBad:1\n' });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('stdin:4: error: invalid image reference "Bad:1"');
  });
});
