// The action writes the request lines --debug prints as core.debug lines: shown when the run logs
// debug lines (RUNNER_DEBUG=1), never otherwise, and never with a value the action masked.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runAction, runnerFiles } from '../../helpers/runner.js';

let em: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 200 });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-action-debug-'));
  mkdirSync(join(dir, 'workspace'));
  env = {
    PATH: '/usr/bin:/bin',
    HOME: dir,
    DOCKER_CONFIG: join(dir, 'docker'),
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    ...em.env(),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const inputs = { images: 'alpine:3.20', 'login-method': 'config', 'warm-timeout': '30s' };

test('RUNNER_DEBUG=1: a ::debug:: line per request, none with a masked value', async () => {
  const r = await runAction({
    inputs,
    files: runnerFiles(dir),
    env: { ...env, RUNNER_DEBUG: '1' },
    cwd: dir,
  });
  expect(r.code).toBe(0);
  const lines = r.stdout.split('\n');
  const debug = lines.filter((l) => /^::debug::(GET|HEAD|POST) /.test(l));
  expect(debug).toContainEqual(
    expect.stringMatching(/^::debug::POST \S+\/ GetAuthorizationToken 200 \d+ms$/),
  );
  expect(debug).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^::debug::GET ${em.registryHost}/v2/docker-hub/library/alpine/manifests/3\\.20 200 \\d+ms$`,
      ),
    ),
  );
  const masked = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
  expect(masked.length).toBeGreaterThan(0);
  for (const secret of masked) expect(debug.join('\n')).not.toContain(secret);
}, 30_000);

test('without debug logging, no request lines', async () => {
  const r = await runAction({ inputs, files: runnerFiles(dir), env, cwd: dir });
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(/^::debug::(GET|HEAD|POST) /m);
}, 30_000);
