// Time ran out on an image: say what the calls of this image saw, not what they might have seen. A
// silent endpoint, a throttling storm, a slow start (token, discovery) and a long import each read
// differently, and each has its own fix.

import { unansweredHint, unansweredMessage } from '../unanswered.js';
import type { CallCounts, Diagnosis, WarmFailure } from './failure.js';
import { moreTime, seconds, setting } from './settings.js';

/** A call before the first pull that took this share of the run is named: it left the images too little time. */
const SLOW_START_SHARE = 0.25;

const heard = (c: CallCounts) => c.ok + c.throttled + c.failed;
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
/** Mostly refused for the rate: more time would not help, fewer calls would. */
const mostlyThrottled = (c: CallCounts) => c.throttled > 0 && c.throttled >= c.failed + c.silent;

/** What the failed requests saw, e.g. `was throttled 25 times (last: Rate exceeded)`. */
function failures(c: CallCounts): string {
  const parts = [
    ...(c.throttled ? [`was throttled ${times(c.throttled)}`] : []),
    ...(c.failed ? [`failed ${times(c.failed)}`] : []),
    ...(c.silent ? [`got no answer ${times(c.silent)}`] : []),
  ];
  return `${parts.join(', ')}${c.lastError ? ` (last: ${c.lastError})` : ''}`;
}

function slowStartHint(before: { operation: string; ms: number }, timeoutMs: number): string {
  const skip =
    before.operation === 'DescribePullThroughCacheRules'
      ? `name the rules (${setting('rule', ' PREFIX=UPSTREAM_URL')}) so that warm need not ask for them, or `
      : '';
  return `ECR's API was slow to answer ${before.operation}, which left the images little of the time: ${skip}${moreTime(timeoutMs)}`;
}

const THROTTLED_HINT = `ECR limits API calls per account and region, for every job there together, and more time does not help while they are refused: lower the concurrency (${setting('concurrency')}) or the call rate (${setting('rate')}), or warm fewer images at once`;

/** Time ran out on an image, read from what its calls saw. */
export function deadlineDiagnosis(f: Extract<WarmFailure, { kind: 'deadline' }>): Diagnosis {
  const slow = f.before && f.before.ms >= SLOW_START_SHARE * f.timeoutMs ? f.before : undefined;
  const start = slow
    ? `; ${slow.operation} took ${seconds(slow.ms)} of the ${seconds(f.timeoutMs)} before the first pull`
    : '';
  const hint = (otherwise: string) => (slow ? slowStartHint(slow, f.timeoutMs) : otherwise);
  const waited = seconds(f.waitedMs);
  const counts = f.triggered ? f.checks?.counts : f.pulls;
  // The request in flight is to blame only when its endpoint said nothing to this image, and earlier
  // requests went unanswered too or this one waited most of the time; else it was merely unlucky.
  // After a slow start the image's own time is short, so a wait alone says nothing of the endpoint.
  const waitedLong = !slow && (f.inFlightMs ?? f.waitedMs) >= f.waitedMs / 2;
  if (f.unanswered && (!counts || (heard(counts) === 0 && (counts.silent > 0 || waitedLong)))) {
    return {
      error: `${unansweredMessage(f.unanswered, f.waitedMs)}${start}`,
      hint: unansweredHint(f.unanswered, f.region),
    };
  }
  if (!f.triggered) {
    if (counts?.sent === 0) {
      return {
        error: `the import was not started: its first pull was still waiting for a free request slot when time ran out (after ${waited})${start}`,
        hint: hint(
          `the other images' requests held every slot: ${moreTime(f.timeoutMs)}, or raise the concurrency (${setting('concurrency')})`,
        ),
      };
    }
    if (counts && counts.throttled + counts.failed + counts.silent === 0) {
      return {
        error: `the import was not started: the first pull ${f.inFlightMs === undefined ? 'was' : `was sent ${seconds(f.inFlightMs)} before the deadline and`} not answered yet${start}`,
        hint: hint(
          `ECR answers a first pull once it has the manifest from the upstream, which can take seconds: ${moreTime(f.timeoutMs)}`,
        ),
      };
    }
    const said = counts ? `: the pull ${failures(counts)}` : f.lastError ? `: ${f.lastError}` : '';
    return {
      error: `the registry did not let warm start the import before the deadline (${waited})${said}${start}`,
      hint: hint(
        counts && mostlyThrottled(counts)
          ? `the registry refused the pulls for their rate: lower the concurrency (${setting('concurrency')}), or warm fewer images at once`
          : 'warm retried until the timeout: check the network path to the registry (HTTPS_PROXY, NO_PROXY, VPC endpoints)',
      ),
    };
  }
  const checks = f.checks;
  if (checks && checks.counts.ok === 0 && checks.counts.failingStreak === 0) {
    return {
      error: `not confirmed ready after ${waited}: the import was started, but time ran out before a check was answered${start}`,
      hint: hint(moreTime(f.timeoutMs)),
    };
  }
  // ECR's last word is stale when the checks failed for most of the wait (or never got one).
  const stale =
    checks !== undefined &&
    checks.counts.failingStreak > 0 &&
    (checks.sinceAnsweredMs === undefined || checks.sinceAnsweredMs >= f.waitedMs / 2);
  if (checks && stale) {
    const c = checks.counts;
    return {
      error: `not confirmed ready after ${waited}: ${checks.operation} ${failures(c)}, ${c.ok} of ${c.sent} checks answered; ECR may have finished importing${start}`,
      hint: mostlyThrottled(c)
        ? THROTTLED_HINT
        : `the ECR API kept failing: check the network path (HTTPS_PROXY, NO_PROXY, the ecr.api VPC endpoint) and the AWS Health Dashboard for ECR${f.region ? ` in ${f.region}` : ''}, then warm again`,
    };
  }
  return {
    error: `not ready after ${waited}: ECR is still importing it${f.layersPending ? ` (${f.layersPending} layer(s) not available yet)` : ''}${start}`,
    hint: hint(
      `the first import of a large image can take minutes: ${moreTime(f.timeoutMs)}, or start warm earlier in the pipeline`,
    ),
  };
}
