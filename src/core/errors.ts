// Failures grouped by what they mean to the user, each kind with the exit status it ends a run with:
//   InputError     (2) bad input: an argument, a reference, a rule, a file; fix the input and run again
//   OperationError (1) the job failed: what failed, and the likely fix (`hint`)
//   DeadlineError  (1) the run ran out of time (--timeout): the one timeout a user sees, naming the
//                      endpoint that did not answer. Never retried: per-request timeouts are named
//                      'TimeoutError' (retryable by that name, see retry.ts); this one is not.
// Every error of the project extends one of these; the CLI and the action read `exitCode` and `hint`
// through `failureOf` and never test names.

import type { UnansweredRequest } from './unanswered.js';

/** Exit statuses of the command line: success, the job failed (or --check found work), usage or input error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** A failure whose meaning to the user is known: its kind carries the exit status and the likely fix. */
export abstract class ExitError extends Error {
  /** The exit status a run that ends with this failure exits with. */
  abstract readonly exitCode: ExitStatus;
  /** The likely fix, when we know one. */
  readonly hint?: string;

  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    if (hint !== undefined) this.hint = hint;
  }
}

/** Bad input: an unreadable file, an invalid reference, rule or argument (exit status 2). */
export class InputError extends ExitError {
  override readonly exitCode = EXIT.usage;

  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, hint, options);
    this.name = 'InputError';
  }
}

/** A use case failed: what failed, and the likely fix (exit status 1). */
export class OperationError extends ExitError {
  override readonly exitCode = EXIT.failed;

  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, hint, options);
    this.name = 'OperationError';
  }
}

/**
 * The run took longer than allowed (exit status 1): says what did not answer and the likely fix.
 * Its name stays 'DeadlineError': a name containing 'TimeoutError' would make it retryable (and a
 * silent request, see deadline.ts), and the end of a run must end it.
 */
export class DeadlineError extends OperationError {
  constructor(
    message: string,
    hint: string,
    /** The request that kept the run waiting, when one did. */
    readonly unanswered: UnansweredRequest | undefined,
    readonly waitedMs: number,
  ) {
    super(message, hint);
    this.name = 'DeadlineError';
  }
}

/** What a failure means to the user: how the run exits, what to say, and the likely fix. */
export interface Failure {
  readonly exitCode: ExitStatus;
  readonly message: string;
  readonly hint?: string;
}

/** Any thrown value as a Failure: an ExitError says its own; anything else is a failed job (exit 1). */
export function failureOf(e: unknown): Failure {
  if (e instanceof ExitError)
    return { exitCode: e.exitCode, message: e.message, ...(e.hint && { hint: e.hint }) };
  return { exitCode: EXIT.failed, message: e instanceof Error ? e.message : String(e) };
}
