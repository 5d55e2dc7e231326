/** Injected failures, drawn from a seeded PRNG so that a failing run can be replayed. */

/**
 * '5xx' a ServerException, 'throttle' a ThrottlingException, 'reset' a dropped connection, 'slow'
 * the answer late, 'hang' no answer ever (the connection stays open until the client leaves or the stand-in stops), and
 * 'answer' a 200 whose body is `body` (an API call only: to play a malformed answer).
 */
export type FaultKind = '5xx' | 'reset' | 'slow' | 'throttle' | 'hang' | 'answer';

export interface FaultSpec {
  /** Probability in 0..1 that a request gets a fault. */
  rate: number;
  /** Kinds to choose from, uniformly (default ['5xx']). */
  kinds?: FaultKind[];
  /** Delay of a 'slow' fault before the normal answer (default 1000 ms). */
  slowMs?: number;
  /** How many requests get the fault at most (default: no limit); counted again after `set`. */
  times?: number;
  /** The body of an 'answer' fault (default `{}`). */
  body?: string;
}

/**
 * What the upstream CDN does with a redirected blob request. 'hang' (default) accepts the connection
 * and never answers, like a CDN behind a subnet with no egress; 'reset' drops it; 'serve' answers with
 * the blob, like a network that does have internet access.
 */
export type CdnBehaviour = 'hang' | 'reset' | 'serve';

export interface FaultConfig {
  api?: FaultSpec;
  registry?: FaultSpec;
  cdn?: CdnBehaviour;
  /** By operation name (ECR op names, 'GetCallerIdentity', 'ping', 'manifest', 'blob', 'tags'); wins over api/registry. */
  perOperation?: Record<string, FaultSpec>;
}

export interface Fault {
  readonly kind: FaultKind;
  readonly slowMs: number;
  readonly body: string;
}

/** mulberry32: tiny, fast and good enough to make fault sequences reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: readonly FaultKind[] = ['5xx', 'reset', 'slow', 'throttle', 'hang', 'answer'];
const CDN_BEHAVIOURS: readonly CdnBehaviour[] = ['hang', 'reset', 'serve'];

// Checked at run time too: a config may come as JSON through the control endpoint (control.ts).
function checkSpec(name: string, spec: FaultSpec | undefined): void {
  if (spec === undefined) return;
  if (!(spec.rate >= 0 && spec.rate <= 1)) throw new RangeError(`fault rate for ${name} must be within 0..1`);
  if (spec.kinds !== undefined && spec.kinds.length === 0)
    throw new RangeError(`fault kinds for ${name} is empty`);
  const unknown = spec.kinds?.find((k) => !KINDS.includes(k));
  if (unknown !== undefined)
    throw new RangeError(`fault kind '${unknown}' for ${name} is not one of ${KINDS.join(', ')}`);
}

export class FaultInjector {
  readonly #seed: number;
  #random: () => number;
  #config: FaultConfig;
  /** Faults given so far, per spec (for `times`). */
  #given = new Map<FaultSpec, number>();

  constructor(seed: number, config: FaultConfig | undefined) {
    this.#seed = seed;
    this.#random = mulberry32(seed);
    this.#config = {};
    this.set(config);
  }

  /** Replace the configuration and restart the PRNG from the seed, so the same calls get the same faults. */
  set(config: FaultConfig | undefined): void {
    const next = config ?? {};
    checkSpec('api', next.api);
    checkSpec('registry', next.registry);
    for (const [op, spec] of Object.entries(next.perOperation ?? {})) checkSpec(op, spec);
    if (next.cdn !== undefined && !CDN_BEHAVIOURS.includes(next.cdn))
      throw new RangeError(`cdn must be one of ${CDN_BEHAVIOURS.join(', ')}`);
    this.#config = next;
    this.#random = mulberry32(this.#seed);
    this.#given = new Map();
  }

  get cdn(): CdnBehaviour {
    return this.#config.cdn ?? 'hang';
  }

  pick(endpoint: 'api' | 'registry', operation: string): Fault | undefined {
    const spec = this.#config.perOperation?.[operation] ?? this.#config[endpoint];
    if (spec === undefined || spec.rate <= 0) return undefined;
    const given = this.#given.get(spec) ?? 0;
    if (spec.times !== undefined && given >= spec.times) return undefined;
    if (this.#random() >= spec.rate) return undefined;
    this.#given.set(spec, given + 1);
    const kinds = spec.kinds ?? ['5xx'];
    const kind = kinds[Math.floor(this.#random() * kinds.length)] ?? '5xx';
    return { kind, slowMs: spec.slowMs ?? 1000, body: spec.body ?? '{}' };
  }
}
