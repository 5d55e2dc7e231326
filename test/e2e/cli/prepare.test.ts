// prepare as a buildspec runs it: the bundled CLI in a shell, against the local ECR stand-in. The
// rewrite mode edits the files and warms; the transparent mode's stdout is evaluated by the shell,
// which then holds EXPERIMENTAL_BUILDKIT_SOURCE_POLICY for the build; logout undoes the login.

import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { CLI, runCli } from '../../helpers/cli.js';

let em: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 300 });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-e2e-prepare-'));
  writeFileSync(join(dir, 'Dockerfile'), '# syntax=docker/dockerfile:1\nFROM node:20\nRUN echo hi\n');
  env = { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), TMPDIR: dir, ...em.env() };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A buildspec command: sh -c, in the checkout. */
function sh(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script], {
      cwd: dir,
      env: { ...env, CLI },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('rewrite: the Dockerfile names cache URIs (the # syntax frontend too), both images warmed; logout undoes the login', async () => {
  const r = await runCli(
    ['prepare', '--dockerfiles', 'Dockerfile', '--method', 'config', '--timeout', '60s'],
    {
      cwd: dir,
      env,
    },
  );
  expect(r.stderr).not.toContain('error');
  expect(r.code).toBe(0);
  expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(
    `# syntax=${em.registryHost}/docker-hub/docker/dockerfile:1\nFROM ${em.registryHost}/docker-hub/library/node:20\nRUN echo hi\n`,
  );
  expect(r.stderr).toContain('ready   node:20');
  expect(r.stderr).toContain('ready   docker/dockerfile:1');
  const config = () => JSON.parse(readFileSync(join(dir, 'docker', 'config.json'), 'utf8'));
  expect(Object.keys(config().auths)).toEqual([em.registryHost]);
  expect((await runCli(['logout'], { cwd: dir, env })).code).toBe(0);
  // The config was login's own: nothing left in it, it goes.
  expect(existsSync(join(dir, 'docker', 'config.json'))).toBe(false);
}, 60_000);

test('transparent: eval "$(prepare --mode transparent)" leaves the Dockerfile alone and exports the policy path', async () => {
  const before = readFileSync(join(dir, 'Dockerfile'), 'utf8');
  const r = await sh(
    'eval "$(node "$CLI" prepare --mode transparent --dockerfiles Dockerfile --method config --timeout 60s)" && printf %s "$EXPERIMENTAL_BUILDKIT_SOURCE_POLICY"',
  );
  expect(r.code).toBe(0);
  // In a folder of its own made for this run, in the temp folder (TMPDIR).
  expect(basename(r.stdout)).toBe('source-policy.json');
  expectPrivate(r.stdout);
  expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(before);
  const rules = JSON.parse(readFileSync(r.stdout, 'utf8')).rules as { updates: { identifier: string } }[];
  expect(rules.map((x) => x.updates.identifier)).toContain(
    `docker-image://${em.registryHost}/docker-hub/\${1}`,
  );
  expect(r.stderr).toContain('ready   node:20');
}, 60_000);

test.each([['transparent'], ['both']])(
  '%s: a failed prepare (an image not ready) prints no export line, and `out=$(prepare) && eval "$out"` fails the line',
  async (mode) => {
    const prepare = `node "$CLI" prepare --mode ${mode} --images nobody/missing:1 --method config --timeout 60s`;
    const alone = await sh(`${prepare}`);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toBe('');
    expect(alone.stderr).toContain('failed  nobody/missing:1');
    // The README's buildspec line: its status is prepare's, and nothing was exported.
    const line = await sh(
      `out=$(${prepare}) && eval "$out"; echo "status=$? policy=\${EXPERIMENTAL_BUILDKIT_SOURCE_POLICY-unset}"`,
    );
    expect(line.stdout).toBe('status=1 policy=unset\n');
  },
  60_000,
);

test('a registry ECR cannot cache: one hint per registry after the notes, for files and --images alike', async () => {
  writeFileSync(join(dir, 'Dockerfile'), 'FROM gcr.io/distroless/static\nFROM node:20\n');
  const r = await runCli(
    [
      'prepare',
      '--dockerfiles',
      'Dockerfile',
      '--no-login',
      '--no-warm',
      '--images',
      'gcr.io/distroless/base',
    ],
    { cwd: dir, env },
  );
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(
    'Dockerfile:1: note: gcr.io/distroless/static: no pull-through rule for gcr.io; left alone',
  );
  const hints = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('hint: ECR pull-through cache cannot cache gcr.io ('));
  expect(hints).toHaveLength(1);
  expect(hints[0]).toContain(
    'mirror the images you need into an ECR repository yourself, or let gcr.io through a NAT',
  );
});

/** `prepare --mode transparent` with no login or warm: the policy's path from the --json report. */
async function transparent(): Promise<string> {
  const r = await runCli(
    ['prepare', '--mode', 'transparent', '--no-login', '--no-warm', '--images', 'node:20', '--json'],
    { cwd: dir, env: { ...env, ...em.env() } },
  );
  expect(r.stderr).not.toContain('error');
  expect(r.code).toBe(0);
  const { sourcePolicy, env: exported } = JSON.parse(r.stdout) as {
    sourcePolicy: string;
    env: Record<string, string>;
  };
  expect(exported).toEqual({ EXPERIMENTAL_BUILDKIT_SOURCE_POLICY: sourcePolicy });
  return sourcePolicy;
}

/** The policy is in a new folder of the temp folder that only we can enter, and a real file there. */
function expectPrivate(policy: string): void {
  const folder = dirname(policy);
  expect(dirname(folder)).toBe(dir);
  expect(folder).not.toBe(join(dir, 'ecr-pull-through'));
  expect(lstatSync(folder).isDirectory()).toBe(true);
  expect(lstatSync(folder).mode & 0o777).toBe(0o700);
  expect(lstatSync(policy).isFile()).toBe(true);
  expect(JSON.parse(readFileSync(policy, 'utf8')).rules.length).toBeGreaterThan(0);
}

describe('the source policy in a shared temp folder (TMPDIR)', () => {
  test('a link planted at the old fixed path is never followed: the file it names is unchanged', async () => {
    const ours = join(dir, 'precious');
    writeFileSync(ours, 'do not touch\n');
    mkdirSync(join(dir, 'ecr-pull-through'));
    symlinkSync(ours, join(dir, 'ecr-pull-through', 'source-policy.json'));
    const policy = await transparent();
    expect(readFileSync(ours, 'utf8')).toBe('do not touch\n');
    expect(readlinkSync(join(dir, 'ecr-pull-through', 'source-policy.json'))).toBe(ours);
    expectPrivate(policy);
  }, 60_000);

  test('a directory planted at the old fixed path is left as it is', async () => {
    mkdirSync(join(dir, 'ecr-pull-through', 'source-policy.json'), { recursive: true });
    const policy = await transparent();
    expect(readdirSync(join(dir, 'ecr-pull-through', 'source-policy.json'))).toEqual([]);
    expectPrivate(policy);
  }, 60_000);

  test('a link planted in place of the old folder is never followed; each run gets a folder of its own', async () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(dir, 'ecr-pull-through'));
    const [first, second] = [await transparent(), await transparent()];
    expect(readdirSync(elsewhere)).toEqual([]);
    expectPrivate(first);
    expectPrivate(second);
    expect(dirname(first)).not.toBe(dirname(second));
  }, 60_000);

  test('--source-policy PATH: the file asked for; a link to a regular file is written through, as any file we replace', async () => {
    const real = join(dir, 'real-policy.json');
    writeFileSync(real, '{}\n');
    const chosen = join(dir, 'policy.json');
    symlinkSync(real, chosen);
    const r = await runCli(
      [
        'prepare',
        '--mode',
        'transparent',
        '--no-login',
        '--no-warm',
        '--images',
        'node:20',
        '--source-policy',
        chosen,
      ],
      { cwd: dir, env },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`EXPERIMENTAL_BUILDKIT_SOURCE_POLICY=${chosen}`);
    expect(lstatSync(chosen).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).rules.length).toBeGreaterThan(0);
  }, 60_000);
});
