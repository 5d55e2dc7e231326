// How use cases call AWS: retried on throttling and transient failures; for doctor, a failure
// becomes data (name, message, hint) so one denied call never stops the other checks.

import { awsHint } from '../core/aws-failure.js';
import type { AwsFailure } from '../core/doctor/findings.js';
import * as retry from '../core/retry.js';
import * as loop from '../retry-loop.js';

/** One AWS call, retried on throttling and transient failures until the signal (a run's deadline) aborts. */
export function retrying<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  return loop.retry(fn, {
    policy: retry.DEFAULT_BACKOFF,
    isRetryable: retry.isRetryable,
    ...(signal && { signal }),
  });
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
    return { name: error.name ?? 'Error', message: error.message ?? String(e), ...(hint && { hint }) };
  }
}
