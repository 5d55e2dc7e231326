// The command line's contract, in-process: help, version, usage errors, and the exit status and hint
// each kind of failure ends with (DESIGN §4: 0 success, 1 the job failed, 2 usage or input error).
// resolveTarget is replaced by one that throws what a test says, so every kind can be met without AWS.
import { describe, expect, jest, test } from '@jest/globals';

const thrown: { error?: unknown } = {};
jest.unstable_mockModule('../../src/use-cases/target.js', () => ({
  TargetError: class TargetError extends Error {},
  resolveTarget: async () => {
    throw thrown.error;
  },
  targetIn: async () => {
    throw thrown.error;
  },
}));

const { runMain } = await import('../helpers/run-main.js');
const { DeadlineError, InputError, OperationError } = await import('../../src/core/errors.js');
const { RegionError } = await import('../../src/aws/region.js');
const { InvalidRuleError } = await import('../../src/core/image/rules.js');
const { RegistryError } = await import('../../src/registry/client.js');
const { VERSION } = await import('../../src/version.js');

describe('help and version', () => {
  test('no command: the main help on stderr, exit 2', async () => {
    const r = await runMain([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: ecr-pull-through <command> [options]');
    expect(r.stdout).toBe('');
  });

  test.each([['--help'], ['-h'], ['help']])('%s: the main help on stderr, exit 0', async (flag) => {
    const r = await runMain([flag]);
    expect(r.code).toBe(0);
    for (const c of ['rewrite', 'map', 'login', 'logout', 'warm', 'doctor', 'setup'])
      expect(r.stderr).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    expect(r.stderr).toContain('Exit status: 0 success, 1 the job failed');
    expect(r.stdout).toBe('');
  });

  test.each([['--version'], ['-V']])('%s prints the version on stdout', async (flag) => {
    const r = await runMain([flag]);
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test.each([['rewrite'], ['map'], ['login'], ['logout'], ['warm'], ['doctor'], ['setup']])(
    '%s --help: the command help on stderr, exit 0',
    async (name) => {
      const r = await runMain([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`Usage: ecr-pull-through ${name}`);
      expect(r.stdout).toBe('');
    },
  );
});

describe('usage errors exit 2 with the way to the help', () => {
  test('an unknown command', async () => {
    const r = await runMain(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `ecr-pull-through: unknown command "frobnicate"\nRun 'ecr-pull-through --help' for usage.\n`,
    );
  });

  test('an unknown option names the command whose help to read', async () => {
    const r = await runMain(['map', '--bogus', 'node:20']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--bogus'");
    expect(r.stderr).toContain("Run 'ecr-pull-through map --help' for usage.");
    expect(r.stdout).toBe('');
  });

  test('a usage error found while the command runs', async () => {
    const r = await runMain(['map', '--rule', 'docker-hub=registry-1.docker.io']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('map needs at least one IMAGE, or - to read stdin');
    expect(r.stderr).toContain("Run 'ecr-pull-through map --help' for usage.");
  });
});

describe('each kind of failure carries its exit status; the hint is printed', () => {
  test.each([
    ['an input error', () => new InputError('bad input'), 2, undefined],
    ['an input error with a hint', () => new InputError('bad input', 'write it so'), 2, 'write it so'],
    ['a missing region (RegionError)', () => new RegionError(), 2, undefined],
    ['an invalid rule', () => new InvalidRuleError('conflicting rules for prefix "x"'), 2, undefined],
    [
      'an operation error',
      () =>
        new OperationError('DescribePullThroughCacheRules failed', 'grant ecr:DescribePullThroughCacheRules'),
      1,
      'grant ecr:DescribePullThroughCacheRules',
    ],
    [
      'the run out of time (DeadlineError)',
      () =>
        new DeadlineError(
          'the ECR API (api.ecr.us-east-1.amazonaws.com) did not answer within 2 s',
          'add a VPC endpoint',
          { service: 'ecr.api', host: 'api.ecr.us-east-1.amazonaws.com' },
          2000,
        ),
      1,
      'add a VPC endpoint',
    ],
    ['a registry error', () => new RegistryError(404, 'MANIFEST_UNKNOWN', 'manifest unknown'), 1, undefined],
    ['an unexpected error', () => new Error('boom'), 1, undefined],
  ] as const)('%s', async (_, make, code, hint) => {
    const error = make();
    thrown.error = error;
    const r = await runMain(['map', 'node:20']);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`ecr-pull-through: ${error.message}\n${hint ? `hint: ${hint}\n` : ''}`);
  });
});

test('the environment comes from io: NODE_DEBUG that prints secrets is refused before the command runs (exit 2)', async () => {
  thrown.error = new OperationError('stop here');
  const r = await runMain(['map', 'node:20'], { env: { NODE_DEBUG: 'http' } });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^ecr-pull-through: NODE_DEBUG=http turns on Node's debug output for http, /);
  expect(r.stderr).not.toContain('stop here');
  const ran = await runMain(['map', 'node:20'], { env: {} });
  expect(ran.stderr).toContain('stop here');
});
