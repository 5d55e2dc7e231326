// The Run each entry makes (src/use-cases/run.ts): what it carries, whose deadline it runs on, and
// which bundle its agents trust.
import { describe, expect, test } from '@jest/globals';
import { Deadline, DeadlineError } from '../../src/run/deadline.js';
import { openRun, withRun } from '../../src/use-cases/run.js';

describe('a run made from options', () => {
  test('carries the profile, the environment and the callbacks it was given', () => {
    const warnings: string[] = [];
    const env = { PATH: '/bin' };
    const { run, end } = openRun({ profile: 'ci', env, onWarning: (m) => warnings.push(m) }, 60_000);
    try {
      run.onWarning('careful');
      run.onSecret('not shown anywhere');
      expect(warnings).toEqual(['careful']);
      expect(run.profile).toBe('ci');
      expect(run.env).toBe(env);
      expect(run.deadline?.timeoutMs).toBe(60_000);
    } finally {
      end();
    }
  });

  test('without a deadline or a length, it has none (a library call the caller left unbounded)', () => {
    const { run, end } = openRun({});
    expect(run.deadline).toBeUndefined();
    expect(run.env).toBe(process.env);
    end();
  });

  test("a shared deadline is the run's (the caller's, who stops it), whatever length is asked", () => {
    const deadline = new Deadline(60_000);
    try {
      const { run, end } = openRun({ deadline, timeoutMs: 5 }, 1_000);
      expect(run.deadline).toBe(deadline);
      end();
    } finally {
      deadline.dispose();
    }
  });

  test('work that outlives the deadline ends with a DeadlineError', async () => {
    const failure = await withRun({ timeoutMs: 20 }, undefined, () => new Promise<never>(() => {})).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(DeadlineError);
  });

  test('a CA bundle that cannot be read fails the first request with an input error naming it', async () => {
    const saved = process.env.AWS_CA_BUNDLE;
    process.env.AWS_CA_BUNDLE = '/nonexistent/ca.pem';
    try {
      const { run, end } = openRun({});
      try {
        await expect(run.agents.for('https://127.0.0.1:1/')).rejects.toThrow(
          'cannot read the CA bundle /nonexistent/ca.pem (AWS_CA_BUNDLE)',
        );
      } finally {
        end();
      }
    } finally {
      if (saved === undefined) delete process.env.AWS_CA_BUNDLE;
      else process.env.AWS_CA_BUNDLE = saved;
    }
  });
});
