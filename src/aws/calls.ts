// How use cases call AWS: retried on throttling and transient failures (our loop is the only one:
// every SDK client makes a single attempt), the message shaped so that no session token or canonical
// request shows; for doctor, a failure becomes data (name, message, hint) so one denied call never
// stops the other checks.

import { awsHint, isUnreached, shownAwsMessage } from '../core/aws-failure.js';
import type { AwsFailure } from '../core/doctor/findings.js';
import * as retry from '../core/retry.js';
import * as loop from '../run/retry-loop.js';

/** The failure of an AWS call with its message fit to show (the session tokens given are cut). */
export function shapedAwsError(error: unknown, secrets: readonly (string | undefined)[] = []): unknown {
  if (!(error instanceof Error)) return error;
  const shown = shownAwsMessage(error.message, [process.env.AWS_SESSION_TOKEN, ...secrets]);
  if (shown !== error.message) error.message = shown;
  return error;
}

/**
 * One AWS call, retried on throttling and transient failures until AWS_MAX_ATTEMPTS attempts (5 by
 * default) are made or the signal (a run's deadline) aborts.
 */
export async function retrying<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  const policy = { ...retry.DEFAULT_BACKOFF, maxAttempts: retry.awsAttempts(process.env.AWS_MAX_ATTEMPTS) };
  try {
    return await loop.retry(fn, { policy, isRetryable: retry.isRetryable, ...(signal && { signal }) });
  } catch (e) {
    throw shapedAwsError(e);
  }
}

/** One AWS call, retried; its failure is returned, never thrown. */
export async function attempt<T>(
  fn: () => Promise<T>,
  region: string,
  signal?: AbortSignal,
): Promise<T | AwsFailure> {
  try {
    return await retrying(fn, signal);
  } catch (e) {
    const error = e as Error;
    const hint = awsHint(e, region);
    return {
      name: error.name ?? 'Error',
      message: error.message ?? String(e),
      ...(hint && { hint }),
      ...(isUnreached(e) && { unreached: true }),
    };
  }
}
