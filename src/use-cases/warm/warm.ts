// The warm use case: pull every image once through the cache's registry endpoint, which makes ECR
// start importing it, then watch DescribeImages until ECR really holds the image (and each child of
// an index), so that a build's pulls are served from ECR instead of being sent to the upstream's CDN.
//
// Every image is watched at once (image-warmer.ts). Calls share a concurrency limit, API calls also a
// rate limit, and the whole run one deadline that cuts short every wait and every call in flight
// (scheduler.ts). Readiness checks follow the poll schedule (core/warm/poll-schedule.ts); transient
// failures are retried with full-jitter backoff; permanent ones end that image at once, with a
// diagnosis (core/warm/diagnosis.ts). This module checks the options, sets the run up (region, token,
// rules, clients) and gathers the results.

import { singleAttemptEcr } from '../../aws/images.js';
import { createClients, RegionError, regionInUse } from '../../aws/sdk/clients.js';
import { type RegistryCredentials, registryCredentials } from '../../aws/token.js';
import { DEFAULT_CONCURRENCY } from '../../core/defaults.js';
import { InputError, OperationError } from '../../core/errors.js';
import { type EcrHost, parseEcrHost } from '../../core/image/ecr-host.js';
import { mapImage, type RegistryTarget } from '../../core/image/rules.js';
import * as retry from '../../core/retry.js';
import * as timeouts from '../../core/timeouts.js';
import { type Platform, parsePlatform } from '../../core/warm/manifest.js';
import { DEFAULT_POLL, type PollSchedule } from '../../core/warm/poll-schedule.js';
import { DEFAULT_RATE_LIMIT } from '../../core/warm/rate-limit.js';
import { RegistryClient } from '../../registry/client.js';
import type { Run } from '../../run/run.js';
import { openRun } from '../run.js';
import { targetIn } from '../target.js';
import { failedUnmapped, ImageWarmer, type StartCall, type WarmRun } from './image-warmer.js';
import { collectReferences, registryOf } from './references.js';
import { RepositoryWatches } from './repository-watch.js';
import { Calls } from './scheduler.js';
import type { WarmImageResult, WarmOptions, WarmRequest, WarmResult } from './types.js';

function schedule(options: WarmRequest): PollSchedule {
  const s = { ...DEFAULT_POLL, ...options.poll };
  if (!(s.baseMs > 0 && s.capMs >= s.baseMs && s.ratio > 0)) {
    throw new InputError('the poll schedule needs 0 < base <= cap and a positive ratio');
  }
  return s;
}

function platformsOf(options: WarmRequest): Platform[] {
  return (options.platforms ?? []).map((text) => {
    const p = parsePlatform(text);
    if (!p) throw new InputError(`invalid platform "${text}": expected OS/ARCH[/VARIANT], e.g. linux/arm64`);
    return p;
  });
}

/**
 * Canonical ECR hosts among the references that name this same registry (same account and region)
 * under another name than the endpoint we talk to, e.g. files rewritten by `rewrite` (which names the
 * registry by account and region) warmed through a VPC, dual-stack or local endpoint.
 */
function registryAliases(
  target: RegistryTarget,
  credentials: RegistryCredentials,
  texts: readonly string[],
): string[] {
  const { registry } = target;
  // The account as ECR said it (host, token or rules); never STS, which a private subnet may lack.
  const account = parseEcrHost(registry)?.account ?? credentials.account ?? target.account;
  if (account === undefined) return [];
  const others = new Set<string>();
  for (const text of texts) {
    const host = registryOf(text);
    const ecrHost = host ? parseEcrHost(host) : undefined;
    if (ecrHost && ecrHost.region === credentials.region && ecrHost.account === account && host !== registry)
      others.add(host!);
  }
  return [...others];
}

/**
 * The region to work in: that of the registry when --registry names an ECR host (its token and API
 * are there, whatever else is set); else --region or the environment; else, with neither, the one
 * region of the ECR hosts the references name (cache URIs).
 */
async function regionOf(
  options: WarmRequest,
  profile: string | undefined,
  ecrHost: EcrHost | undefined,
  texts: readonly string[],
): Promise<string> {
  if (ecrHost) return ecrHost.region;
  try {
    return await regionInUse(options.region, { profile });
  } catch (e) {
    if (!(e instanceof RegionError)) throw e;
    const named = new Set<string>();
    for (const text of texts) {
      const host = registryOf(text);
      const region = host ? parseEcrHost(host)?.region : undefined;
      if (region) named.add(region);
    }
    if (named.size === 1) return [...named][0]!;
    throw e;
  }
}

/** Make every image ready in the pull-through cache; resolves when all are ready or failed. */
export async function warm(options: WarmOptions): Promise<WarmResult> {
  const timeoutMs = options.timeoutMs ?? timeouts.DEFAULT_WARM_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new InputError('the timeout must be positive');
  // One deadline for the whole run: the token and discovery too, not only the waiting.
  const { run, end } = openRun({ ...options, timeoutMs });
  try {
    return await warmIn(run, options);
  } finally {
    end();
  }
}

/** Warm within `run` (prepare's, or warm's own), whose deadline bounds it all. */
export async function warmIn(run: Run, options: WarmRequest): Promise<WarmResult> {
  const startedAt = Date.now();
  const { deadline } = run;
  if (!deadline) throw new Error('warm runs within a deadline');
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!(Number.isInteger(concurrency) && concurrency >= 1))
    throw new InputError('concurrency must be at least 1');
  const poll = schedule(options);
  const platforms = platformsOf(options);
  const { texts, notes } = collectReferences(options);
  if (texts.length === 0)
    throw new InputError('nothing to warm: name images, or files to take them from (--from)');

  const ecrHost = options.registry ? parseEcrHost(options.registry) : undefined;
  const region = await regionOf(options, run.profile, ecrHost, texts);
  deadline.inRegion(region);
  // Timed, so that a slow start is named when the images run out of time (they get what is left).
  const startCalls: StartCall[] = [];
  const timed = async <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    const at = Date.now();
    const result = await work();
    startCalls.push({ operation, ms: Date.now() - at });
    return result;
  };
  const { credentials, resolved } = await deadline.run(async () => {
    const [credentials] = options.credentials
      ? [options.credentials]
      : await timed('GetAuthorizationToken', () =>
          registryCredentials(run, { region, registries: ecrHost ? [ecrHost.host] : [] }),
        );
    if (!credentials) throw new OperationError('GetAuthorizationToken returned no registry endpoint');
    // With rules given, resolveTarget asks nothing (warm always knows the registry by now).
    const resolved = await timed('DescribePullThroughCacheRules', () =>
      targetIn(run, {
        registry: options.registry ?? credentials.registry,
        rules: options.rules,
        region: credentials.region,
      }),
    );
    return { credentials, resolved };
  });
  const before = startCalls.reduce<StartCall | undefined>((a, b) => (a && a.ms >= b.ms ? a : b), undefined);

  const { signal } = deadline;
  const clients = createClients(credentials.region, run);
  const ecr = singleAttemptEcr(clients);
  try {
    const target = {
      ...resolved,
      aliases: registryAliases(resolved, credentials, texts),
    };
    const calls = new Calls(signal, { ...retry.WARM_BACKOFF, ...options.retry }, concurrency, {
      ...DEFAULT_RATE_LIMIT,
      ...options.rateLimit,
    });
    const registryId = ecrHost?.account;
    const warmRun: WarmRun = {
      target,
      region: credentials.region,
      ...(registryId && { registryId }),
      registry: new RegistryClient(run, credentials),
      ecr,
      calls,
      watches: new RepositoryWatches({ calls, ecr, poll, ...(registryId && { registryId }) }),
      deadline,
      cancelled: () => options.signal?.aborted === true,
      poll,
      platforms,
      verifyLayers: options.verifyLayers === true,
      startedAt,
      ...(before && { before }),
      ...(options.onEvent && { onEvent: options.onEvent }),
    };
    // Each image once, by its cache URI: `node:20` and `docker.io/library/node:20` are one image.
    const seen = new Set<string>();
    const jobs: (() => Promise<WarmImageResult>)[] = [];
    for (const text of texts) {
      const m = mapImage(text, target);
      if (m.kind === 'invalid') throw new InputError(m.error);
      const key = m.kind === 'unmapped' ? text : m.uri;
      if (seen.has(key)) continue;
      seen.add(key);
      if (m.kind === 'unmapped') jobs.push(async () => failedUnmapped(text, m.ref.registry, m.reason));
      else jobs.push(() => new ImageWarmer(warmRun, text, m.uri, m.ref).warm());
    }
    options.onEvent?.({
      type: 'started',
      registry: target.registry,
      total: jobs.length,
      timeoutMs: deadline.timeoutMs,
      notes,
    });
    let ready = 0;
    let failed = 0;
    const images = await Promise.all(
      jobs.map(async (job) => {
        const result = await job();
        if (result.status === 'ready') ready++;
        else failed++;
        options.onEvent?.({ type: 'finished', result, ready, failed, total: jobs.length });
        return result;
      }),
    );
    return {
      images,
      notes,
      registry: target.registry,
      ok: failed === 0,
      seconds: Math.round((Date.now() - startedAt) / 100) / 10,
    };
  } finally {
    ecr.destroy();
    clients.destroy();
  }
}
