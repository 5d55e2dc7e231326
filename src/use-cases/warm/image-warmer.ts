// One image, from its first pull until ECR holds it: the pull that makes ECR start importing it, then
// readiness checks on the poll schedule (DescribeImages, and BatchCheckLayerAvailability with
// --verify-layers), each call made through the run's scheduler. A failure ends the image with a
// diagnosis: what the registry said, what the API said, or what its calls saw when time ran out.

import type { ECRClient } from '@aws-sdk/client-ecr';
import { MAX_IDS_PER_CALL, storedImageStatus, unavailableLayers } from '../../aws/images.js';
import { type ImageRef, isDigestOnly, refSuffix } from '../../core/image/reference.js';
import { cacheRepository, type RegistryTarget } from '../../core/image/rules.js';
import type { EndpointService } from '../../core/unanswered.js';
import {
  type CachedImageContext,
  type Diagnosis,
  mayBeArchived,
  type StoredImage,
  warmDiagnosis,
} from '../../core/warm/diagnosis.js';
import { type Platform, parseManifest } from '../../core/warm/manifest.js';
import * as poll from '../../core/warm/poll-schedule.js';
import { cachedImageContext, type Readiness, readiness } from '../../core/warm/readiness.js';
import { type RegistryClient, RegistryError } from '../../registry/client.js';
import type { Deadline } from '../../run/deadline.js';
import { DESCRIBE_IMAGES, type RepositoryWatches } from './repository-watch.js';
import { type CallOperation, type Calls, countsOf, newTally } from './scheduler.js';
import type { WarmEvent, WarmImageResult, WarmStatus } from './types.js';

/** A failure that ends one image, with what it means. */
class ImageFailure extends Error {
  constructor(readonly diagnosis: Diagnosis) {
    super(diagnosis.error);
  }
}

/** The requests warm makes for an image, by the names its diagnoses use. */
const PULL: CallOperation = { kind: 'registry', name: 'GET manifest' };
const CHECK_LAYERS: CallOperation = { kind: 'api', name: 'BatchCheckLayerAvailability' };

/** A call made before any image's first pull, and how long it took. */
export interface StartCall {
  readonly operation: string;
  readonly ms: number;
}

/** What every image of a warm run shares: the registry, the clients, the scheduler, the deadline, the settings. */
export interface WarmRun {
  readonly target: RegistryTarget;
  readonly region: string;
  readonly registryId?: string;
  readonly registry: RegistryClient;
  readonly ecr: ECRClient;
  readonly calls: Calls;
  /** The images of one cache repository are looked for together. */
  readonly watches: RepositoryWatches;
  /** The run's deadline: its signal ends every wait and call, its length is the run's timeout. */
  readonly deadline: Deadline;
  readonly cancelled: () => boolean;
  readonly poll: poll.PollSchedule;
  readonly platforms: readonly Platform[];
  readonly verifyLayers: boolean;
  readonly startedAt: number;
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
export class ImageWarmer {
  readonly #tally = newTally();
  /** When this image's turn came (warmers are made as their turn comes): the start's calls are not its time. */
  readonly #begunAt = Date.now();
  #triggeredAt?: number;
  #layersPending?: readonly string[];
  #expected?: Readiness;

  constructor(
    private readonly run: WarmRun,
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

  /**
   * Wait until ECR lists every expected manifest (looked for with the other images of its
   * repository), then, if asked, until every layer is available (looked for on its own schedule).
   */
  async #waitReady(repository: string, expected: Readiness): Promise<void> {
    const { run } = this;
    await run.watches.of(repository).ready(expected, this.#tally, this.#triggeredAt ?? Date.now());
    if (!run.verifyLayers) return;
    this.#layersPending = await this.#layersOf(repository, expected);
    const origin = Date.now();
    // At once: its manifests were just found, at a moment of its own.
    let planned = 0;
    for (;;) {
      await run.calls.until(origin + planned);
      if (await this.#checkLayers(repository)) return;
      planned = poll.afterLook(planned, this.#tally.sentAt - origin, run.poll);
    }
  }

  async #checkLayers(repository: string): Promise<boolean> {
    const { run } = this;
    const query = { repositoryName: repository, ...(run.registryId && { registryId: run.registryId }) };
    const pending: string[] = [];
    for (const part of chunked(this.#layersPending ?? [])) {
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
    if (run.deadline.signal.aborted) {
      if (run.cancelled()) return { error: 'cancelled' };
      const since = this.#triggeredAt ?? this.#begunAt;
      const triggered = this.#triggeredAt !== undefined;
      // The checks of the phase the image was in: manifests, then (with --verify-layers) layers.
      const check = this.#layersPending === undefined ? DESCRIBE_IMAGES : CHECK_LAYERS;
      const counts = countsOf(this.#tally, check.name);
      return warmDiagnosis({
        kind: 'deadline',
        waitedMs: Date.now() - since,
        timeoutMs: run.deadline.timeoutMs,
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

/** The result of an image no rule covers: failed before any call, with the rule to create. */
export function failedUnmapped(image: string, registry: string, reason: string): WarmImageResult {
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
