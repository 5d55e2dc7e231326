// `mirrors`, in-process: the configuration on stdout (or written atomically under --out), notes and
// warnings on stderr, usage and refusals exit 2. With --registry and --rule no AWS call is made: the
// AWS endpoints point at a black hole for the whole file, where a call would be counted, and a run
// without rules ends on its --timeout naming the endpoint, as map does.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { MIRROR_FORMATS } from '../../../src/index.js';
import { type BlackHole, startBlackHole } from '../../helpers/black-hole.js';
import { runMain } from '../../helpers/run-main.js';

const HOST = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const TARGET = ['--registry', HOST, '--rule', 'docker-hub=registry-1.docker.io', '--rule', 'quay=quay.io'];

let hole: BlackHole;
let work = '';
const saved = { ...process.env };

beforeAll(async () => {
  hole = await startBlackHole();
  work = mkdtempSync(join(tmpdir(), 'ept-mirrors-'));
  // The SDK reads the process's environment (the library does not take io's).
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_ENDPOINT_URL_ECR: hole.url,
    AWS_ENDPOINT_URL_STS: hole.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '1',
  });
});

afterAll(async () => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  await hole.close();
  rmSync(work, { recursive: true, force: true });
});

describe('with --registry and --rule (no AWS call)', () => {
  test('source-policy: the policy JSON on stdout; versions, credentials and fallback on stderr', async () => {
    const r = await runMain(['mirrors', '--format', 'source-policy', ...TARGET]);
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.stdout).rules.map((x: { updates: { identifier: string } }) => x.updates.identifier),
    ).toEqual([`docker-image://${HOST}/docker-hub/\${1}`, `docker-image://${HOST}/quay/\${1}`]);
    expect(r.stderr).toContain('note: honoured by BuildKit >= 0.12');
    expect(r.stderr).toContain(
      `note: credentials for ${HOST} come from the docker config (written by 'ecr-pull-through login')`,
    );
    expect(r.stderr).toContain(
      'warning: an older BuildKit or buildx ignores EXPERIMENTAL_BUILDKIT_SOURCE_POLICY',
    );
    expect(hole.connections()).toBe(0);
  });

  test('kaniko: one flag a line on stdout', async () => {
    const r = await runMain(['mirrors', '--format', 'kaniko', ...TARGET]);
    expect([r.code, r.stdout]).toEqual([
      0,
      `--registry-map=index.docker.io=${HOST}/docker-hub\n--registry-map=quay.io=${HOST}/quay\n`,
    ]);
  });

  test('--out FILE writes the file (replacing one there) and prints nothing on stdout', async () => {
    const out = join(work, 'buildkitd.toml');
    writeFileSync(out, 'old\n');
    const r = await runMain(['mirrors', '--format', 'buildkitd', '--out', out, ...TARGET]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toContain(`wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toContain(`[registry."docker.io"]\n  mirrors = ["${HOST}/docker-hub"]`);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('--out DIR (existing) holds the file under its default name', async () => {
    const dir = join(work, 'conf');
    mkdirSync(dir);
    const r = await runMain(['mirrors', '--format', 'registries-conf', '--out', dir, ...TARGET]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['registries.conf']);
  });

  test('containerd: one UPSTREAM/hosts.toml per upstream under --out DIR', async () => {
    const dir = join(work, 'certs.d');
    const r = await runMain(['mirrors', '--format', 'containerd', '--out', dir, ...TARGET]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['docker.io', 'quay.io']);
    expect(readFileSync(join(dir, 'docker.io', 'hosts.toml'), 'utf8')).toContain(
      `[host."https://${HOST}/v2/docker-hub"]`,
    );
  });

  test('containerd without --out is a usage error: it writes a directory', async () => {
    const r = await runMain(['mirrors', '--format', 'containerd', ...TARGET]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('give a directory with --out DIR');
  });

  test('daemon-json with a prefixed Docker Hub rule is refused with why and what to do', async () => {
    const r = await runMain(['mirrors', '--format', 'daemon-json', ...TARGET]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/Docker Engine asks a mirror for \/v2\/library\/\.\.\. at its root/);
    expect(r.stderr).toMatch(/hint: create a pull-through rule with the prefix ROOT/);
  });

  test.each([
    [[], 'mirrors needs --format'],
    [['--format', 'podman'], 'unknown --format "podman": expected one of source-policy, buildkitd'],
    [['--format', 'kaniko', 'extra'], 'mirrors takes no arguments'],
  ])('usage error: %j', async (args, message) => {
    const r = await runMain(['mirrors', ...args, ...TARGET]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  test('--help lists every format with what it is for, and how credentials arrive', async () => {
    const r = await runMain(['mirrors', '--help']);
    expect(r.code).toBe(0);
    for (const f of MIRROR_FORMATS) expect(r.stdout).toMatch(new RegExp(`^  ${f} +\\S`, 'm'));
    expect(r.stdout).toContain("docker config written by 'ecr-pull-through login'");
    expect(r.stdout).toContain("Docker Engine's docker pull and containerd on Kubernetes nodes do not");
  });
});

describe('notes, warnings and refusals say only what is true', () => {
  const ROOT_HUB = ['--registry', HOST, '--rule', 'ROOT=registry-1.docker.io'];

  test('daemon-json: docker pull sends the mirror the Docker Hub entry; BuildKit builds use the cache host entry', async () => {
    const r = await runMain(['mirrors', '--format', 'daemon-json', ...ROOT_HUB]);
    expect(r.code).toBe(0);
    const credentials = r.stderr.split('\n').filter((l) => l.startsWith('note: credentials'));
    expect(credentials).toHaveLength(1);
    expect(credentials[0]).toContain(
      'docker pull and the classic builder send the mirror the docker config entry for Docker Hub (https://index.docker.io/v1/), not the one for',
    );
    expect(credentials[0]).toContain(
      `docker build with BuildKit sends the entry for ${HOST} ('ecr-pull-through login' writes it)`,
    );
    expect(r.stderr).not.toMatch(/never those stored for the cache host/);
    expect(hole.connections()).toBe(0);
  });

  test('daemon-json refusal: an engine >= 25 takes a mirror path but puts it before /v2; containerd on Engine >= 28 instead', async () => {
    const r = await runMain(['mirrors', '--format', 'daemon-json', ...TARGET]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(
      `Docker Engine asks a mirror for /v2/library/... at its root (Engine >= 25 accepts a mirror path but puts it before /v2: ${HOST}/docker-hub/v2/library/...), while the cache serves this rule under /v2/docker-hub/`,
    );
    expect(r.stderr).toContain(
      'or, for docker build on Docker Engine >= 28, the containerd format in /etc/docker/certs.d/',
    );
    expect(r.stderr).not.toMatch(/refuses a path/);
  });

  test('buildkitd: BuildKit < 0.12 puts the mirror path before /v2 and falls back, it does not drop the path', async () => {
    const r = await runMain(['mirrors', '--format', 'buildkitd', ...TARGET]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'every prefixed rule on a BuildKit older than 0.12, which puts the mirror path before /v2 (HOST/PREFIX/v2/...), where the cache serves nothing',
    );
    expect(r.stdout).toContain('older than 0.12, which puts the mirror path before /v2');
    expect(r.stderr + r.stdout).not.toMatch(/drops the mirror path/);
  });

  test("containerd: the kubelet's ECR provider gives docker.io names nothing; the CRI auth for the cache host does; Engine >= 28 reads these files", async () => {
    const dir = join(work, 'notes-certs.d');
    const r = await runMain(['mirrors', '--format', 'containerd', '--out', dir, ...TARGET]);
    expect(r.code).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => l.startsWith('note: '));
    expect(notes).toContainEqual(
      `note: credentials for ${HOST} on Kubernetes nodes: the kubelet's ECR credential provider matches only ECR image names, so a docker.io/... image gets none; set [plugins."io.containerd.grpc.v1.cri".registry.configs."${HOST}".auth] (used for the host contacted when the kubelet passes no credentials; read at containerd's start, so rewrite it and restart containerd within 12 h), or name cache URIs in pod specs`,
    );
    expect(notes).toContainEqual(expect.stringContaining('ctr image pull --user AWS:TOKEN'));
    expect(notes).toContainEqual(
      `note: Docker Engine >= 28 reads these files from /etc/docker/certs.d/: docker build (BuildKit) pulls through the cache with the docker config entry for ${HOST}; docker pull sends the cache no credentials (containerd image store) or ignores the files`,
    );
    expect(r.stderr).not.toMatch(/Kubernetes nodes use the kubelet's ECR credential provider/);
    expect(readFileSync(join(dir, 'docker.io', 'hosts.toml'), 'utf8')).toContain(
      '# Docker Engine >= 28 reads it from /etc/docker/certs.d/docker.io/',
    );
  });

  test('registries-conf: podman reads CONTAINERS_REGISTRIES_CONF; on its own the file has no search list, so short names fail', async () => {
    const r = await runMain(['mirrors', '--format', 'registries-conf', ...TARGET]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'note: honoured by containers/image v5 (registries.conf version 2): Podman, Buildah, Skopeo, CRI-O; install it as /etc/containers/registries.conf.d/ecr-pull-through.conf, or give it alone with CONTAINERS_REGISTRIES_CONF (podman) or --registries-conf (skopeo, buildah)',
    );
    const shortNames =
      "given alone, it replaces the system's registries.conf and has no unqualified-search-registries: a short name with no alias (nginx:1.27) fails; as a drop-in in /etc/containers/registries.conf.d/ it keeps the system's search list and aliases";
    expect(r.stderr).toContain(`note: ${shortNames}`);
    expect(r.stdout).toContain("# Given alone, it replaces the system's registries.conf");
    expect(r.stdout).not.toMatch(/^unqualified-search-registries/m);
  });
});

test('without rules, a silent ECR API ends the run on its --timeout: exit 1, the endpoint named', async () => {
  // What the run loads before its first request is loaded first: on a loaded machine, loading it
  // inside the deadline could outlast it before any request was sent (then nothing is named).
  await Promise.all([
    import('../../../src/use-cases/run.js'),
    import('../../../src/aws/discovery.js'),
    import('@aws-sdk/client-ecr'),
  ]);
  const r = await runMain(['mirrors', '--format', 'source-policy', '--registry', HOST, '--timeout', '3s']);
  expect([r.code, r.stdout]).toEqual([1, '']);
  expect(r.stderr).toMatch(new RegExp(`no answer from the ECR API \\(${hole.host}`));
});
