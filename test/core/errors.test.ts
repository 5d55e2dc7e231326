// Errors grouped by what they mean to the user: every kind carries its exit status; the run's one
// timeout (DeadlineError) is never retried, while a single request's timeout ('TimeoutError') is.
import { describe, expect, test } from '@jest/globals';
import { RegionError } from '../../src/aws/region.js';
import { UsageError } from '../../src/cli/command.js';
import {
  DeadlineError,
  EXIT,
  ExitError,
  failureOf,
  InputError,
  OperationError,
} from '../../src/core/errors.js';
import { InvalidReferenceError } from '../../src/core/image/reference.js';
import { InvalidRuleError } from '../../src/core/image/rules.js';
import { isNoAnswer, isRetryable } from '../../src/core/retry.js';
import { FileInputError } from '../../src/host/files.js';
import { HttpTimeoutError } from '../../src/net/http.js';
import { RegistryError } from '../../src/registry/client.js';
import { Deadline } from '../../src/run/deadline.js';
import { TargetError } from '../../src/use-cases/target.js';
import { CallTimeoutError } from '../../src/use-cases/warm/scheduler.js';

const deadlineError = () =>
  new DeadlineError(
    'no answer from the ECR API (api.ecr.us-east-1.amazonaws.com) within 2 s',
    'add a VPC endpoint',
    undefined,
    2000,
  );

describe('each kind carries its exit status', () => {
  test.each([
    ['InputError', () => new InputError('bad'), EXIT.usage],
    ['UsageError', () => new UsageError('unknown option'), EXIT.usage],
    ['InvalidReferenceError', () => new InvalidReferenceError('Node', 'must be lowercase'), EXIT.usage],
    ['InvalidRuleError', () => new InvalidRuleError('conflicting rules'), EXIT.usage],
    ['TargetError', () => new TargetError('invalid registry'), EXIT.usage],
    ['RegionError', () => new RegionError(), EXIT.usage],
    ['FileInputError', () => new FileInputError('Dockerfile', 'binary file'), EXIT.usage],
    ['OperationError', () => new OperationError('failed', 'fix it'), EXIT.failed],
    ['DeadlineError', deadlineError, EXIT.failed],
    ['RegistryError', () => new RegistryError(404, 'MANIFEST_UNKNOWN', 'manifest unknown'), EXIT.failed],
    ['CallTimeoutError', () => new CallTimeoutError(), EXIT.failed],
    ['HttpTimeoutError', () => new HttpTimeoutError('https://example.com/v2/', 100), EXIT.failed],
  ])('%s', (_, make, exitCode) => {
    const e = make();
    expect(e).toBeInstanceOf(ExitError);
    expect(e.exitCode).toBe(exitCode);
    expect(failureOf(e).exitCode).toBe(exitCode);
  });

  test('anything else is a failed job, without a hint', () => {
    expect(failureOf(new Error('boom'))).toEqual({ exitCode: EXIT.failed, message: 'boom' });
    expect(failureOf('a string')).toEqual({ exitCode: EXIT.failed, message: 'a string' });
  });

  test('the hint travels with the failure', () => {
    expect(failureOf(new OperationError('failed', 'fix it'))).toEqual({
      exitCode: EXIT.failed,
      message: 'failed',
      hint: 'fix it',
    });
    expect(failureOf(new InputError('bad'))).toEqual({ exitCode: EXIT.usage, message: 'bad' });
  });
});

describe('timeouts: the run’s is final, a request’s is retried', () => {
  test('a DeadlineError is neither retryable nor a silent request', () => {
    expect(deadlineError().name).toBe('DeadlineError');
    expect(isRetryable(deadlineError())).toBe(false);
    expect(isNoAnswer(deadlineError())).toBe(false);
  });

  test('the deadline of a real run rejects with a DeadlineError that is not retried', async () => {
    const deadline = new Deadline(20);
    try {
      const e = await deadline.run(() => new Promise<never>(() => {})).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DeadlineError);
      expect(isRetryable(e)).toBe(false);
      expect(failureOf(e)).toMatchObject({ exitCode: EXIT.failed, hint: expect.any(String) });
    } finally {
      deadline.dispose();
    }
  });

  test.each([
    ['CallTimeoutError', () => new CallTimeoutError()],
    ['HttpTimeoutError', () => new HttpTimeoutError('https://example.com/v2/', 100)],
  ])('a %s (one request) is retryable and a request that got no answer', (_, make) => {
    expect(make().name).toBe('TimeoutError');
    expect(isRetryable(make())).toBe(true);
    expect(isNoAnswer(make())).toBe(true);
  });
});
