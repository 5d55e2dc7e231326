// The warm use case: pull every image once through the cache's registry endpoint, which makes ECR
// start importing it, then watch DescribeImages until ECR really holds the image (and each child of
// an index), so that a build's pulls are served from ECR instead of being sent to the upstream's CDN.
//
// Every image is watched at once. Calls share a concurrency limit, API calls also a rate limit, and
// the whole run one deadline that cuts short every wait and every call in flight. Readiness checks
// follow the poll schedule (core/poll-schedule.ts); transient failures are retried with full-jitter
// backoff; permanent ones end that image at once, with a diagnosis.

import type { ECRClient } from '@aws-sdk/client-ecr';
import { createClients, resolveRegion } from '../aws/clients.js';
import {
  describeManifests,
  MAX_IDS_PER_CALL,
  singleAttemptEcr,
  storedImageStatus,
  unavailableLayers,
} from '../aws/images.js';
import { getRegistryCredentials, type RegistryCredentials } from '../aws/token.js';
import { InputError, OperationError } from '../core/errors.js';
import {
  type CachedImageContext,
  type Diagnosis,
  mayBeArchived,
  type StoredImage,
  warmDiagnosis,
} from '../core/failure.js';
import { type EcrHost, parseEcrHost } from '../core/image/ecr-host.js';
import { type ImageRef, isDigestOnly, parseImageRef, refSuffix } from '../core/image/reference.js';
import { type CacheRule, cacheRepository, mapImage, type RegistryTarget } from '../core/image/rules.js';
import { extractImages } from '../core/rewrite/rewrite.js';
import * as timeouts from '../core/timeouts.js';
import type { EndpointService } from '../core/unanswered.js';
import { type Platform, parseManifest, parsePlatform } from '../core/warm/manifest.js';
import { DEFAULT_POLL, nextPoll, type PollSchedule } from '../core/warm/poll-schedule.js';
import { DEFAULT_RATE_LIMIT, type RateLimitPolicy } from '../core/warm/rate-limit.js';
import { cachedImageContext, type Readiness, readiness } from '../core/warm/readiness.js';
import { Deadline, type DeadlineOptions } from '../deadline.js';
import { discoverFound, originOf, readSource } from '../host/files.js';
import { RegistryClient, RegistryError } from '../registry/client.js';
import type { BackoffPolicy } from '../retry-loop.js';
import { resolveTarget } from '../target.js';
import { CALL_TIMEOUT_MS, type CallOperation, Calls, countsOf, newTally, pause } from './calls.js';

export { DEFAULT_WARM_TIMEOUT_MS } from '../core/timeouts.js';
export type { PollSchedule } from '../core/warm/poll-schedule.js';
export type { RateLimitPolicy } from '../core/warm/rate-limit.js';

export interface WarmOptions extends DeadlineOptions {
  /** References: upstream (`node:20`) or already cache URIs. */
  readonly images?: readonly string[];
  /** Dockerfiles, image lists, compose or Kubernetes YAML (or directories of them) to take images from. */
  readonly from?: readonly string[];
  /** The cache's registry host (default: the registry of the caller's account in the region). */
  readonly registry?: string;
  /** Rules as objects or `PREFIX=UPSTREAM_URL` strings (default: DescribePullThroughCacheRules). */
  readonly rules?: readonly (CacheRule | string)[];
  readonly region?: string;
  /** Of an index, only these children must be ready, e.g. `linux/amd64` (default: every child). */
  readonly platforms?: readonly string[];
  /** Also require every layer AVAILABLE (BatchCheckLayerAvailability). */
  readonly verifyLayers?: boolean;
  /** For the whole run (default 10 minutes). */
  readonly timeoutMs?: number;
  /** Requests in flight at once (default 8). */
  readonly concurrency?: number;
  /** When to look again while an import runs (default: 1 s, a tenth of the time waited, 15 s at most). */
  readonly poll?: Partial<PollSchedule>;
  /** Retries of transient failures: full jitter between 0 and min(cap, base × 2^n) (default 250 ms, 5 s). */
  readonly retry?: Pick<BackoffPolicy, 'baseMs' | 'capMs'>;
  /** The limit shared by every API call (default 20 per second, bursts of 40). */
  readonly rateLimit?: Partial<RateLimitPolicy>;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: WarmEvent) => void;
  /** Credentials already fetched (by login): no second GetAuthorizationToken. */
  readonly credentials?: RegistryCredentials;
  /** Called with the registry password the moment it exists (the action masks it). */
  readonly onSecret?: (secret: string) => void;
}

export type WarmStatus = 'ready' | 'failed';

/** One image's outcome; `--json` prints these as they are. */
export interface WarmImageResult {
  /** The reference as given. */
  readonly image: string;
  /** Its cache URI (the reference itself when no rule covers it). */
  readonly uri: string;
  readonly status: WarmStatus;
  /** The digest ECR holds: of the index for a multi-platform image. */
  readonly digest: string | null;
  /** The platforms of the children checked, for an index. */
  readonly platforms: readonly string[];
  /** Requests made for this image: the pull, the checks and every retry. */
  readonly attempts: number;
  /** From the start of the run to ready (or failed). */
  readonly seconds: number;
  readonly error: string | null;
  readonly hint: string | null;
}

export interface WarmResult {
  readonly images: readonly WarmImageResult[];
  /** Why some references in --from files were skipped (stages, variables). */
  readonly notes: readonly string[];
  /** The registry host of the cache URIs. */
  readonly registry: string;
  /** Every image ready. */
  readonly ok: boolean;
  readonly seconds: number;
}

export type WarmEvent =
  | {
      readonly type: 'started';
      readonly registry: string;
      readonly total: number;
      readonly timeoutMs: number;
      /** Why some references in --from files are skipped. */
      readonly notes: readonly string[];
    }
  | { readonly type: 'triggered'; readonly image: string; readonly uri: string; readonly digest: string }
  | {
      readonly type: 'finished';
      readonly result: WarmImageResult;
      readonly ready: number;
      readonly failed: number;
      readonly total: number;
    };

const DEFAULT_CONCURRENCY = 8;
const DEFAULT_RETRY: BackoffPolicy = { baseMs: 250, capMs: 5_000 };

/** The references to warm, from the arguments and the files, each once. */
function collectReferences(options: WarmOptions): { texts: string[]; notes: string[] } {
  const texts: string[] = [];
  const notes: string[] = [];
  for (const raw of options.images ?? []) {
    const text = raw.trim();
    try {
      parseImageRef(text);
    } catch (e) {
      throw new InputError((e as Error).message);
    }
    texts.push(text);
  }
  // The same files and YAML documents rewrite would take: a walk skips YAML that is no manifest.
  for (const file of discoverFound(options.from ?? [])) {
    const { path } = file;
    const source = readSource(path);
    const found = extractImages(source.text, source.kind, originOf(file));
    const [firstError] = found.errors;
    if (firstError) throw new InputError(`${path}:${firstError.line}: ${firstError.message}`);
    const notedLines = new Set(found.notes.map((n) => n.line));
    for (const n of found.notes)
      notes.push(`${path}:${n.line}: ${n.message.replace(/; left alone$/, '; skipped')}`);
    for (const { image, line } of found.images) {
      try {
        parseImageRef(image);
        texts.push(image);
      } catch (e) {
        // A variable with no value leaves a broken reference behind; its note already says why.
        if (!notedLines.has(line)) throw new InputError(`${path}:${line}: ${(e as Error).message}`);
      }
    }
  }
  return { texts, notes };
}

/** A failure that ends one image, with what it means. */
class ImageFailure extends Error {
  constructor(readonly diagnosis: Diagnosis) {
    super(diagnosis.error);
  }
}

/** The requests warm makes for an image, by the names its diagnoses use. */
const PULL: CallOperation = { kind: 'registry', name: 'GET manifest' };
const DESCRIBE_IMAGES: CallOperation = { kind: 'api', name: 'DescribeImages' };
const CHECK_LAYERS: CallOperation = { kind: 'api', name: 'BatchCheckLayerAvailability' };

/** A call made before any image's first pull, and how long it took. */
interface StartCall {
  readonly operation: string;
  readonly ms: number;
}

interface Run {
  readonly target: RegistryTarget;
  readonly region: string;
  readonly registryId?: string;
  readonly registry: RegistryClient;
  readonly ecr: ECRClient;
  readonly calls: Calls;
  readonly signal: AbortSignal;
  readonly deadline: Deadline;
  readonly cancelled: () => boolean;
  readonly poll: PollSchedule;
  readonly platforms: readonly Platform[];
  readonly verifyLayers: boolean;
  readonly startedAt: number;
  readonly timeoutMs: number;
  /** The slowest call before the first pull (token, discovery): its time was not the images'. */
  readonly before?: StartCall;
  readonly onEvent?: (event: WarmEvent) => void;
}

function chunked<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += MAX_IDS_PER_CALL) out.push(items.slice(i, i + MAX_IDS_PER_CALL));
  return out;
}

/** Watches one image from its first pull until ECR holds it. */
class ImageWarmer {
  readonly #tally = newTally();
  /** When this image's turn came (warmers are made as their turn comes): the start's calls are not its time. */
  readonly #begunAt = Date.now();
  #triggeredAt?: number;
  #layersPending?: readonly string[];
  #expected?: Readiness;

  constructor(
    private readonly run: Run,
    private readonly image: string,
    private readonly uri: string,
    private readonly ref: ImageRef,
  ) {}

  async warm(): Promise<WarmImageResult> {
    const { run } = this;
    const repository = cacheRepository(this.uri);
    const context = cachedImageContext(
      run.target.registry,
      repository,
      refSuffix(this.ref),
      run.target.rules,
    );
    try {
      const pulled = await this.#trigger(repository);
      const expected = readiness(this.ref, pulled, run.platforms);
      if ('failure' in expected) throw new ImageFailure(warmDiagnosis(expected.failure));
      this.#expected = expected;
      await this.#waitReady(repository, expected);
      return this.#result('ready', this.#expected);
    } catch (e) {
      return this.#result('failed', this.#expected, await this.#diagnose(e, context));
    }
  }

  /** The pull that starts the import: by tag when there is one (ECR cannot import by digest). */
  async #trigger(repository: string) {
    const { run, ref } = this;
    const reference = ref.tag ?? ref.digest ?? 'latest';
    const pulled = await run.calls.run(PULL, this.#tally, (signal) =>
      run.registry.manifest(repository, reference, { signal }),
    );
    this.#triggeredAt = Date.now();
    run.onEvent?.({ type: 'triggered', image: this.image, uri: this.uri, digest: pulled.digest });
    return pulled;
  }

  /** Look on the poll schedule until every expected manifest (and layer, if asked) is in the cache. */
  async #waitReady(repository: string, expected: Readiness): Promise<void> {
    const origin = this.#triggeredAt ?? Date.now();
    let planned = 0;
    let actual = 0;
    for (;;) {
      planned = nextPoll(planned, actual, this.run.poll);
      await pause(origin + planned - Date.now(), this.run.signal);
      const ready = await this.#check(repository, expected);
      actual = this.#tally.sentAt - origin;
      if (ready) return;
    }
  }

  async #check(repository: string, expected: Readiness): Promise<boolean> {
    const { run } = this;
    const query = { repositoryName: repository, ...(run.registryId && { registryId: run.registryId }) };
    if (this.#layersPending === undefined) {
      for (const part of chunked(expected.manifests)) {
        const found = await run.calls.run(DESCRIBE_IMAGES, this.#tally, (signal) =>
          describeManifests(run.ecr, query, part, signal),
        );
        if (!found) return false;
        if (expected.tag !== undefined && part.includes(expected.digest)) {
          if (!found.get(expected.digest)?.includes(expected.tag)) return false;
        }
      }
      if (!run.verifyLayers) return true;
      this.#layersPending = await this.#layersOf(repository, expected);
    }
    const pending: string[] = [];
    for (const part of chunked(this.#layersPending)) {
      pending.push(
        ...(await run.calls.run(CHECK_LAYERS, this.#tally, (signal) =>
          unavailableLayers(run.ecr, query, part, signal),
        )),
      );
    }
    this.#layersPending = pending;
    return pending.length === 0;
  }

  /** The configs and layers of every image manifest that counts (children are read from the cache). */
  async #layersOf(repository: string, expected: Readiness): Promise<string[]> {
    const blobs = new Set<string>();
    for (const image of expected.images) {
      const body =
        image.body ??
        (
          await this.run.calls.run(PULL, this.#tally, (signal) =>
            this.run.registry.manifest(repository, image.digest, { signal }),
          )
        ).body;
      const parsed = parseManifest(body);
      if (parsed.kind === 'image') for (const b of parsed.blobs) blobs.add(b);
    }
    return [...blobs];
  }

  async #diagnose(e: unknown, context: CachedImageContext): Promise<Diagnosis> {
    const { run } = this;
    if (e instanceof ImageFailure) return e.diagnosis;
    if (run.signal.aborted) {
      if (run.cancelled()) return { error: 'cancelled' };
      const since = this.#triggeredAt ?? this.#begunAt;
      const triggered = this.#triggeredAt !== undefined;
      // The checks of the phase the image was in: manifests, then (with --verify-layers) layers.
      const check = this.#layersPending === undefined ? DESCRIBE_IMAGES : CHECK_LAYERS;
      const counts = countsOf(this.#tally, check.name);
      return warmDiagnosis({
        kind: 'deadline',
        waitedMs: Date.now() - since,
        timeoutMs: run.timeoutMs,
        triggered,
        region: run.region,
        ...(this.#tally.lastError !== undefined && { lastError: this.#tally.lastError }),
        ...(this.#layersPending?.length && { layersPending: this.#layersPending.length }),
        ...this.#unanswered(),
        ...(run.before && { before: run.before }),
        ...(triggered
          ? {
              checks: {
                operation: check.name,
                counts,
                ...(counts.lastOkAt !== undefined && { sinceAnsweredMs: Date.now() - counts.lastOkAt }),
              },
            }
          : { pulls: countsOf(this.#tally, PULL.name) }),
      });
    }
    if (e instanceof RegistryError) {
      const first = this.#triggeredAt === undefined;
      // An archived image 404s like a missing one: one DescribeImages (any status) tells them apart,
      // made only here, once, and never retried. The reference is the one #trigger pulled.
      let stored: StoredImage | undefined;
      if (first && mayBeArchived(e.status, e.code)) {
        const reference = this.ref.tag ?? this.ref.digest ?? 'latest';
        const query = {
          repositoryName: context.repository,
          ...(run.registryId && { registryId: run.registryId }),
        };
        const status = await run.calls
          .run(DESCRIBE_IMAGES, this.#tally, (signal) =>
            storedImageStatus(run.ecr, query, reference, signal).catch(() => undefined),
          )
          .catch(() => undefined);
        if (status !== undefined) stored = { reference, status };
      }
      return warmDiagnosis({
        kind: 'registry',
        status: e.status,
        ...(e.code !== undefined && { code: e.code }),
        detail: e.detail,
        image: context,
        // Only the first pull can fail for want of a tag.
        digestOnly: first && isDigestOnly(this.ref),
        ...(stored && { stored }),
      });
    }
    if ((e as { $metadata?: unknown })?.$metadata !== undefined) {
      const operation = this.#layersPending === undefined ? 'DescribeImages' : 'BatchCheckLayerAvailability';
      return warmDiagnosis({ kind: 'api', operation, error: e, region: run.region });
    }
    return warmDiagnosis({ kind: 'other', error: e });
  }

  /** The request of this image that time ran out on, if it was waiting for one, and for how long. */
  #unanswered() {
    const waiting = this.#tally.waitingOn;
    if (!waiting) return {};
    const services: EndpointService[] = waiting.kind === 'api' ? ['ecr.api'] : ['ecr.dkr', 's3', 'upstream'];
    const unanswered = this.run.deadline.pendingOf(services);
    return {
      inFlightMs: Date.now() - this.#tally.sentAt,
      ...(unanswered && { unanswered }),
    };
  }

  #result(status: WarmStatus, expected?: Readiness, diagnosis?: Diagnosis): WarmImageResult {
    return {
      image: this.image,
      uri: this.uri,
      status,
      digest: expected?.digest ?? this.ref.digest ?? null,
      platforms: expected?.platforms ?? [],
      attempts: this.#tally.attempts,
      seconds: Math.round((Date.now() - this.run.startedAt) / 100) / 10,
      error: diagnosis?.error ?? null,
      hint: diagnosis?.hint ?? null,
    };
  }
}

function failedUnmapped(image: string, registry: string, reason: string): WarmImageResult {
  const d = warmDiagnosis({ kind: 'unmapped', registry, reason });
  return {
    image,
    uri: image,
    status: 'failed',
    digest: null,
    platforms: [],
    attempts: 0,
    seconds: 0,
    error: d.error,
    hint: d.hint ?? null,
  };
}

function schedule(options: WarmOptions): PollSchedule {
  const s = { ...DEFAULT_POLL, ...options.poll };
  if (!(s.baseMs > 0 && s.capMs >= s.baseMs && s.ratio > 0)) {
    throw new InputError('the poll schedule needs 0 < base <= cap and a positive ratio');
  }
  return s;
}

function platformsOf(options: WarmOptions): Platform[] {
  return (options.platforms ?? []).map((text) => {
    const p = parsePlatform(text);
    if (!p) throw new InputError(`invalid platform "${text}": expected OS/ARCH[/VARIANT], e.g. linux/arm64`);
    return p;
  });
}

/** Make every image ready in the pull-through cache; resolves when all are ready or failed. */
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
    const host = safeRegistryOf(text);
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
function regionOf(options: WarmOptions, ecrHost: EcrHost | undefined, texts: readonly string[]): string {
  if (ecrHost) return ecrHost.region;
  try {
    return resolveRegion(options.region);
  } catch (e) {
    const named = new Set<string>();
    for (const text of texts) {
      const host = safeRegistryOf(text);
      const region = host ? parseEcrHost(host)?.region : undefined;
      if (region) named.add(region);
    }
    if (named.size === 1) return [...named][0]!;
    throw e;
  }
}

function safeRegistryOf(text: string): string | undefined {
  try {
    return parseImageRef(text).registry;
  } catch {
    return undefined;
  }
}

export async function warm(options: WarmOptions): Promise<WarmResult> {
  const startedAt = Date.now();
  const timeoutMs = options.timeoutMs ?? timeouts.DEFAULT_WARM_TIMEOUT_MS;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!(timeoutMs > 0)) throw new InputError('the timeout must be positive');
  if (!(Number.isInteger(concurrency) && concurrency >= 1))
    throw new InputError('concurrency must be at least 1');
  const poll = schedule(options);
  const platforms = platformsOf(options);
  const { texts, notes } = collectReferences(options);
  if (texts.length === 0)
    throw new InputError('nothing to warm: name images, or files to take them from (--from)');

  const ecrHost = options.registry ? parseEcrHost(options.registry) : undefined;
  const region = regionOf(options, ecrHost, texts);
  // One deadline for the whole run: the token and discovery too, not only the waiting.
  const deadline = options.deadline ?? new Deadline(timeoutMs, options.signal);
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
          getRegistryCredentials({
            region,
            registries: ecrHost ? [ecrHost.host] : [],
            ...(options.onSecret && { onSecret: options.onSecret }),
            deadline,
          }),
        );
    if (!credentials) throw new OperationError('GetAuthorizationToken returned no registry endpoint');
    // With rules given, resolveTarget asks nothing (warm always knows the registry by now).
    const resolved = await timed('DescribePullThroughCacheRules', () =>
      resolveTarget({
        registry: options.registry ?? credentials.registry,
        ...(options.rules && { rules: options.rules }),
        region: credentials.region,
        deadline,
      }),
    );
    return { credentials, resolved };
  });
  const before = startCalls.reduce<StartCall | undefined>((a, b) => (a && a.ms >= b.ms ? a : b), undefined);

  const { signal } = deadline;
  const clients = createClients(credentials.region, { deadline });
  const ecr = singleAttemptEcr(clients);
  try {
    const target = {
      ...resolved,
      aliases: registryAliases(resolved, credentials, texts),
    };
    const run: Run = {
      target,
      region: credentials.region,
      ...(ecrHost && { registryId: ecrHost.account }),
      registry: new RegistryClient({
        ...credentials,
        agents: clients.agents,
        timeoutMs: CALL_TIMEOUT_MS,
        deadline,
      }),
      ecr,
      calls: new Calls(signal, { ...DEFAULT_RETRY, ...options.retry }, concurrency, {
        ...DEFAULT_RATE_LIMIT,
        ...options.rateLimit,
      }),
      signal,
      deadline,
      cancelled: () => options.signal?.aborted === true,
      poll,
      platforms,
      verifyLayers: options.verifyLayers === true,
      startedAt,
      timeoutMs: deadline.timeoutMs,
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
      else jobs.push(() => new ImageWarmer(run, text, m.uri, m.ref).warm());
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
    if (!options.deadline) deadline.dispose();
    ecr.destroy();
    clients.destroy();
  }
}
