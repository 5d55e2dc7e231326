// One deadline for a whole run (login, discovery, rewrite, warm, doctor...): its signal aborts every
// request and every wait still going, and the requests it watched say which endpoint kept us
// waiting, so that a run on a silent endpoint ends on time with a message naming that endpoint.

import { setMaxListeners } from 'node:events';
import { durationOutOfRange } from '../core/duration.js';
import { DeadlineError, InputError } from '../core/errors.js';
import * as retry from '../core/retry.js';
import {
  type EndpointService,
  type UnansweredRequest,
  unansweredHint,
  unansweredMessage,
} from '../core/unanswered.js';

/** The run took longer than allowed (exit 1): the one timeout error, kept with the other kinds in core. */
export { DeadlineError };

export class Deadline {
  readonly startedAt: number;
  readonly signal: AbortSignal;
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  readonly #pending = new Set<UnansweredRequest>();
  /** What was in flight when time ran out (aborted requests leave #pending right after). */
  #atExpiry?: readonly UnansweredRequest[];
  #lastSilent?: UnansweredRequest;
  #region?: string;

  constructor(
    readonly timeoutMs: number,
    /** A caller's own cancel signal (the run ends with it too). */
    parent?: AbortSignal,
  ) {
    if (!(timeoutMs > 0)) throw new InputError('the timeout must be a positive duration');
    const tooLong = durationOutOfRange(timeoutMs, 'the timeout');
    if (tooLong) throw new InputError(tooLong);
    this.startedAt = Date.now();
    this.signal = parent ? AbortSignal.any([parent, this.#controller.signal]) : this.#controller.signal;
    // Every wait and request of a run listens to this one signal.
    setMaxListeners(0, this.#controller.signal, this.signal);
    this.#timer = setTimeout(
      () => {
        this.#atExpiry = [...this.#pending];
        this.#controller.abort(this.error());
      },
      Math.max(0, timeoutMs),
    );
    this.#timer.unref?.();
  }

  /** The region the hints name (endpoint names carry it). */
  inRegion(region: string): this {
    this.#region ??= region;
    return this;
  }

  get expired(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Milliseconds left (0 once expired). */
  left(): number {
    return Math.max(0, this.startedAt + this.timeoutMs - Date.now());
  }

  /** Remember a request while it is in flight, and a silent failure after it. */
  watch<T>(request: UnansweredRequest, work: Promise<T>): Promise<T> {
    this.#pending.add(request);
    return work.then(
      (value) => {
        this.#pending.delete(request);
        return value;
      },
      (error: unknown) => {
        this.#pending.delete(request);
        // "Did not answer" rather than "answered no": the retry rule's own notion of silence.
        if (!this.expired && retry.isNoAnswer(error)) this.#lastSilent = request;
        throw error;
      },
    );
  }

  /** What kept the run waiting: a request in flight, else the last one that went unanswered. */
  unanswered(): UnansweredRequest | undefined {
    return (this.#atExpiry ?? [...this.#pending])[0] ?? this.#lastSilent;
  }

  /** A request of one of these services in flight (at expiry, once time has run out). */
  pendingOf(services: readonly EndpointService[]): UnansweredRequest | undefined {
    return (this.#atExpiry ?? [...this.#pending]).find((r) => services.includes(r.service));
  }

  error(): DeadlineError {
    const request = this.unanswered();
    const waited = Date.now() - this.startedAt;
    return new DeadlineError(
      unansweredMessage(request, waited),
      unansweredHint(request, this.#region),
      request,
      waited,
    );
  }

  /**
   * Run a use case within the deadline: its result, or at expiry a DeadlineError naming what did not
   * answer (the work left behind is aborted by the signal, so nothing keeps the process alive).
   */
  async run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let onAbort: (() => void) | undefined;
    const expiry = new Promise<never>((_, reject) => {
      onAbort = () => reject(this.signal.reason instanceof DeadlineError ? this.signal.reason : this.error());
      if (this.signal.aborted) onAbort();
      else this.signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([work(this.signal), expiry]);
    } finally {
      if (onAbort) this.signal.removeEventListener('abort', onAbort);
    }
  }

  /** Stop the timer (the run is over). */
  dispose(): void {
    clearTimeout(this.#timer);
  }
}

/** What a use case takes to be bounded in time: a deadline shared with its caller, or its own length (use-cases/run.ts makes the Run's deadline from it). */
export interface DeadlineOptions {
  /** A deadline shared with other use cases of the same run (e.g. prepare's). */
  readonly deadline?: Deadline;
  /** For the whole use case, when it runs on its own deadline. */
  readonly timeoutMs?: number;
}
