// `doctor`, in-process: the mistakes it refuses before asking AWS anything (exit 2).

import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { runMain } from '../../helpers/run-main.js';

test('an unreadable --config is an input error (exit 2)', async () => {
  const missing = join('/nonexistent', 'setup.yaml');
  const r = await runMain(['doctor', '--config', missing]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`ecr-pull-through: cannot read ${missing}`);
  expect(r.stdout).toBe('');
});

test('an invalid --timeout is a usage error (exit 2)', async () => {
  const r = await runMain(['doctor', '--timeout', 'never']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--timeout must be a duration');
  expect(r.stderr).toContain("Run 'ecr-pull-through doctor --help' for usage.");
});
