// `login` and `logout`, in-process: the choices login refuses (exit 2), and logout on a docker config
// the io's environment names.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { runMain } from '../../helpers/run-main.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-cli-login-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  [['--method', 'keychain'], '--method must be auto, docker or config, not "keychain"'],
  [['--engine', 'rocket'], '--engine must be docker, podman, nerdctl, finch or a path, not "rocket"'],
  [['--timeout', 'later'], '--timeout must be a duration'],
])('login %j is a usage error (exit 2)', async (flags, message) => {
  const r = await runMain(['login', ...flags], { env: { DOCKER_CONFIG: dir } });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toContain("Run 'ecr-pull-through login --help' for usage.");
  expect(r.stdout).toBe('');
});

test('logout with nothing recorded says so and exits 0', async () => {
  const r = await runMain(['logout'], { env: { DOCKER_CONFIG: dir } });
  expect(r).toEqual({ code: 0, stdout: '', stderr: 'nothing to log out of\n' });
});
