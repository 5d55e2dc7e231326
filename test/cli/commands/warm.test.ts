// `warm`, in-process: what it refuses before it asks AWS anything (exit 2), usage errors with the way
// to the help, input errors without it.
import { describe, expect, test } from '@jest/globals';
import { runMain } from '../../helpers/run-main.js';

const TARGET = [
  '--registry',
  '111122223333.dkr.ecr.us-east-1.amazonaws.com',
  '--rule',
  'docker-hub=registry-1.docker.io',
];
const USAGE = "Run 'ecr-pull-through warm --help' for usage.";

describe('usage errors exit 2 with the way to the help', () => {
  test.each([
    [
      ['--timeout=soon'],
      '--timeout must be a duration such as 90s, 10m, 1h or a number of seconds, not "soon"',
    ],
    [['--poll-base', '1 second'], '--poll-base must be a duration'],
    [['--poll-cap', '15x'], '--poll-cap must be a duration'],
    [['--concurrency', '0'], '--concurrency must be a whole number of at least 1, not "0"'],
    [['--rate', '2.5'], '--rate must be a whole number of at least 1, not "2.5"'],
  ])('%j', async (flags, message) => {
    const r = await runMain(['warm', 'node:20', ...TARGET, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(USAGE);
    expect(r.stdout).toBe('');
  });
});

describe('input errors exit 2', () => {
  test.each([
    [[...TARGET], 'nothing to warm: name images, or files to take them from (--from)'],
    [['node:20', ...TARGET, '--timeout', '0'], 'the timeout must be positive'],
    [
      ['node:20', ...TARGET, '--poll-base', '20s', '--poll-cap', '1s'],
      'the poll schedule needs 0 < base <= cap',
    ],
    [['node:20', ...TARGET, '--platform', 'linux'], 'invalid platform "linux"'],
  ])('%j', async (args, message) => {
    const r = await runMain(['warm', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ecr-pull-through: ${message}`);
    expect(r.stderr).not.toContain(USAGE);
    expect(r.stdout).toBe('');
  });
});
