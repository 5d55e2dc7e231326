// `setup`, in-process: the flag and file mistakes it refuses before asking AWS anything (exit 2).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { runMain } from '../../helpers/run-main.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-cli-setup-'));
  writeFileSync(join(dir, 'broken.yaml'), 'rules: [\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const USAGE = "Run 'ecr-pull-through setup --help' for usage.";

test.each([
  [[], 'setup needs --config FILE, or --rule / --expire-after-days flags'],
  [['extra'], 'unexpected argument "extra"'],
  [['--config', 'setup.yaml', '--rule', 'quay=quay.io'], '--config cannot be combined with --rule'],
  [['--expire-after-days', '0'], '--expire-after-days must be a whole number of at least 1, not "0"'],
  [['--rule', 'quay=quay.io', '--timeout', 'eventually'], '--timeout must be a duration'],
])('setup %j is a usage error (exit 2)', async (args, message) => {
  const r = await runMain(['setup', ...args]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toContain(USAGE);
  expect(r.stdout).toBe('');
});

test.each([
  ['an unreadable file', () => ['--config', join(dir, 'missing.yaml')], 'cannot read'],
  ['a file that is not YAML', () => ['--config', join(dir, 'broken.yaml')], 'not valid YAML'],
  [
    'credentials for no rule',
    () => ['--credentials', 'hub=HUB_USER:HUB_TOKEN'],
    'no --rule hub=... to use them',
  ],
])('%s is an input error (exit 2)', async (_, args, message) => {
  const r = await runMain(['setup', ...args()]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toContain(USAGE);
  expect(r.stdout).toBe('');
});
