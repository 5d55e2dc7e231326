// prepare as a buildspec runs it: the bundled CLI in a shell, against the local ECR stand-in. The
// rewrite mode edits the files and warms; the transparent mode's stdout is evaluated by the shell,
// which then holds EXPERIMENTAL_BUILDKIT_SOURCE_POLICY for the build; logout undoes the login.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from '@jest/globals';
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
  expect(config().auths).toEqual({});
}, 60_000);

test('transparent: eval "$(prepare --mode transparent)" leaves the Dockerfile alone and exports the policy path', async () => {
  const before = readFileSync(join(dir, 'Dockerfile'), 'utf8');
  const r = await sh(
    'eval "$(node "$CLI" prepare --mode transparent --dockerfiles Dockerfile --method config --timeout 60s)" && printf %s "$EXPERIMENTAL_BUILDKIT_SOURCE_POLICY"',
  );
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(join(dir, 'ecr-pull-through', 'source-policy.json'));
  expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(before);
  const rules = JSON.parse(readFileSync(r.stdout, 'utf8')).rules as { updates: { identifier: string } }[];
  expect(rules.map((x) => x.updates.identifier)).toContain(
    `docker-image://${em.registryHost}/docker-hub/\${1}`,
  );
  expect(r.stderr).toContain('ready   node:20');
}, 60_000);
