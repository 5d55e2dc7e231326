// The images of one cache repository wait for ECR together: each round is one DescribeImages listing
// of the repository (a page per 1,000 images), which says for every waiting image whether ECR holds
// it, so many tags of one repository cost one call per round instead of one each. A round comes when
// the first of the waiting images is due by its own poll schedule (core/warm/poll-schedule.ts), and
// counts as a look for all of them. An image joining with its first look due at once wakes the wait.

import type { ECRClient } from '@aws-sdk/client-ecr';
import { listImagesPage } from '../../aws/images.js';
import * as poll from '../../core/warm/poll-schedule.js';
import { type Listing, listedReady, type Readiness } from '../../core/warm/readiness.js';
import type { CallOperation, Calls, Tally } from './scheduler.js';

export const DESCRIBE_IMAGES: CallOperation = { kind: 'api', name: 'DescribeImages' };

interface Waiter {
  readonly expected: Readiness;
  readonly tally: Tally;
  /** When its import was triggered (epoch ms): its schedule's origin. */
  readonly origin: number;
  /** Its next look, in ms since its origin. */
  planned: number;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

/** What a watch needs of the warm run: its calls, the ECR client, the poll schedule, the registry. */
interface RunOfWatch {
  readonly calls: Calls;
  readonly ecr: ECRClient;
  readonly poll: poll.PollSchedule;
  readonly registryId?: string;
}

export class RepositoryWatch {
  readonly #waiting = new Set<Waiter>();
  #wake = new AbortController();
  #looping = false;

  constructor(
    private readonly run: RunOfWatch,
    private readonly repository: string,
  ) {}

  /** Resolves when a listing shows the image ready; rejects with the failure of a listing (or the deadline). */
  ready(expected: Readiness, tally: Tally, origin: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiting.add({
        expected,
        tally,
        origin,
        planned: this.#firstLook(origin),
        resolve,
        reject,
      });
      this.#wake.abort();
      if (!this.#looping) void this.#loop();
    });
  }

  /**
   * A joining image's first look: the repository's next look when that comes within the first wait
   * (one listing serves both), else a random moment of that wait (core/warm/poll-schedule.ts).
   */
  #firstLook(origin: number): number {
    const due = this.#due();
    const ownMs = poll.firstLook(this.run.poll, Math.random());
    return due - origin >= 0 && due - origin <= ownMs ? due - origin : ownMs;
  }

  /** When the next look is due (epoch ms): the earliest of the waiting images' plans. */
  #due(): number {
    let due = Number.POSITIVE_INFINITY;
    for (const w of this.#waiting) due = Math.min(due, w.origin + w.planned);
    return due;
  }

  async #loop(): Promise<void> {
    this.#looping = true;
    try {
      while (this.#waiting.size > 0) {
        this.#wake = new AbortController();
        const due = this.#due();
        await this.run.calls.until(due, this.#wake.signal);
        if (Date.now() < due && this.#wake.signal.aborted) continue; // someone joined: due sooner?
        await this.#round();
      }
    } catch (e) {
      for (const w of this.#waiting) w.reject(e);
      this.#waiting.clear();
    } finally {
      this.#looping = false;
    }
  }

  /** One listing, as many pages as it takes to find every waiting image (or the last page). */
  async #round(): Promise<void> {
    const { calls, ecr, registryId } = this.run;
    const query = { repositoryName: this.repository, ...(registryId && { registryId }) };
    // Who the round looks for is settled as its first page is sent (a retry takes in late joiners).
    let looked: Waiter[] = [];
    let lookedAt = 0;
    let pages = 0;
    const listing = new Map<string, readonly string[]>();
    let nextToken: string | undefined;
    const missing = () => looked.some((w) => w.expected.manifests.some((d) => !listing.has(d)));
    do {
      const page = await calls.run(
        DESCRIBE_IMAGES,
        () => (pages === 0 ? [...this.#waiting] : looked).map((w) => w.tally),
        (signal) => {
          if (pages === 0) [looked, lookedAt] = [[...this.#waiting], Date.now()];
          return listImagesPage(ecr, query, nextToken, signal);
        },
      );
      pages++;
      for (const [digest, tags] of page.found) listing.set(digest, tags);
      nextToken = page.nextToken;
    } while (nextToken !== undefined && missing());
    this.#settle(looked, listing, lookedAt);
  }

  #settle(looked: readonly Waiter[], listing: Listing, lookedAt: number): void {
    for (const w of looked) {
      if (listedReady(listing, w.expected)) {
        this.#waiting.delete(w);
        w.resolve();
      } else {
        w.planned = poll.afterLook(w.planned, lookedAt - w.origin, this.run.poll);
      }
    }
  }
}

/** One watch per cache repository of a run. */
export class RepositoryWatches {
  readonly #watches = new Map<string, RepositoryWatch>();

  constructor(private readonly run: RunOfWatch) {}

  of(repository: string): RepositoryWatch {
    let watch = this.#watches.get(repository);
    if (!watch) {
      watch = new RepositoryWatch(this.run, repository);
      this.#watches.set(repository, watch);
    }
    return watch;
  }
}
