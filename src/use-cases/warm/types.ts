// What warm takes and gives: its options, the result of each image and of the run, and the events
// it reports as it goes. The library exports these (src/index.ts).

import type { ProfileOption } from '../../aws/region.js';
import type { RegistryCredentials } from '../../core/credentials.js';
import type { CacheRule } from '../../core/image/rules.js';
import type { BackoffPolicy } from '../../core/retry.js';
import type { PollSchedule } from '../../core/warm/poll-schedule.js';
import type { RateLimitPolicy } from '../../core/warm/rate-limit.js';
import type { DeadlineOptions } from '../../run/deadline.js';

export type { PollSchedule, RateLimitPolicy };

/** What to warm, and how (the rest of WarmOptions makes the run). */
export interface WarmRequest {
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
  /** Requests in flight at once (default 8). */
  readonly concurrency?: number;
  /** When to look again while an import runs (default: 1 s, a tenth of the time waited, 15 s at most). */
  readonly poll?: Partial<PollSchedule>;
  /** Retries of transient failures: full jitter between 0 and min(cap, base × 2^n) (default 250 ms, 5 s). */
  readonly retry?: Pick<BackoffPolicy, 'baseMs' | 'capMs'>;
  /**
   * The limit shared by every API call: at most 20 per second in bursts of 40, starting at 1 and
   * doubling each second until ECR throttles, then halved on throttling and grown back each second by
   * 1% of the rate at the cut (core/warm/rate-limit.ts).
   */
  readonly rateLimit?: Partial<RateLimitPolicy>;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: WarmEvent) => void;
  /** Credentials already fetched (by login): no second GetAuthorizationToken. */
  readonly credentials?: RegistryCredentials;
}

export interface WarmOptions extends WarmRequest, DeadlineOptions, ProfileOption {
  /** For the whole run (default 10 minutes). */
  readonly timeoutMs?: number;
  /** Called with the registry password the moment it exists (the action masks it). */
  readonly onSecret?: (secret: string) => void;
  /** Told of each rule DescribePullThroughCacheRules answers with that cannot be used (it is left out). */
  readonly onWarning?: (message: string) => void;
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
