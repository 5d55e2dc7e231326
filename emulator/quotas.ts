/**
 * Account-wide quotas: ECR's API quotas are per account and Region, shared by every client, so the
 * stand-in holds one set of token buckets for all of its clients. A request needs one token from
 * every bucket it falls under; buckets refill on the stand-in's clock, so `clock.advance` refills them.
 */

export interface QuotaSpec {
  ratePerSec: number;
  burst: number;
}

export interface QuotaConfig {
  /** Every ECR API call (not STS, not Secrets Manager). */
  api?: QuotaSpec;
  /**
   * By operation name, as the log names it: ECR, STS and Secrets Manager operations on the API,
   * 'ping', 'manifest', 'blob', 'tags' on the registry.
   */
  perOperation?: Record<string, QuotaSpec>;
  /** Groups of operations sharing one bucket, e.g. { name: 'layers', operations: ['BatchGetImage','GetDownloadUrlForLayer'], ratePerSec, burst }. */
  groups?: readonly (QuotaSpec & { name: string; operations: readonly string[] })[];
  /** Every request to the registry endpoint (ping, manifest, blob, tags), 429 when empty. */
  registry?: QuotaSpec;
}

export type QuotaStats = Record<string, { allowed: number; throttled: number }>;

/** The bucket the whole endpoint shares: 'api' for ECR calls, 'registry' for the registry. */
export type EndpointBucket = 'api' | 'registry';

class Bucket {
  #tokens: number;
  #at: number;
  allowed = 0;
  throttled = 0;

  constructor(
    readonly name: string,
    readonly spec: QuotaSpec,
    now: number,
  ) {
    this.#tokens = spec.burst;
    this.#at = now;
  }

  /** Tokens now. Elapsed time never counts negative: a wall clock set back must not drain a bucket. */
  level(now: number): number {
    const elapsedSec = Math.max(0, now - this.#at) / 1000;
    this.#tokens = Math.min(this.spec.burst, this.#tokens + elapsedSec * this.spec.ratePerSec);
    this.#at = Math.max(this.#at, now);
    return this.#tokens;
  }

  take(): void {
    this.#tokens -= 1;
    this.allowed += 1;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function checkSpec(name: string, spec: unknown): QuotaSpec {
  if (!isObject(spec)) throw new TypeError(`quota ${name} must be an object { ratePerSec, burst }`);
  const { ratePerSec, burst } = spec;
  if (typeof ratePerSec !== 'number' || !Number.isFinite(ratePerSec) || ratePerSec <= 0)
    throw new RangeError(`quota ${name}: ratePerSec must be a finite number > 0, got ${String(ratePerSec)}`);
  if (typeof burst !== 'number' || !Number.isFinite(burst) || burst < 1)
    throw new RangeError(`quota ${name}: burst must be a finite number >= 1, got ${String(burst)}`);
  return { ratePerSec, burst };
}

const KEYS = new Set(['api', 'perOperation', 'groups', 'registry']);

/**
 * The config as given, checked: one place for the in-process `setQuotas` and the control endpoint's
 * JSON body. Unknown keys are refused so that a misspelt key does not leave the stand-in unlimited.
 * Bucket names must be distinct, since stats and the log name a bucket by its name alone.
 */
export function checkQuotaConfig(value: unknown): QuotaConfig {
  if (value === undefined) return {};
  if (!isObject(value)) throw new TypeError('quotas must be an object');
  for (const key of Object.keys(value))
    if (!KEYS.has(key)) throw new TypeError(`quotas: unknown key '${key}' (known: ${[...KEYS].join(', ')})`);
  const names = new Set<string>();
  const claim = (name: string) => {
    if (names.has(name)) throw new RangeError(`quotas: two buckets are named '${name}'`);
    names.add(name);
  };
  const config: QuotaConfig = {};
  if (value.api !== undefined) {
    claim('api');
    config.api = checkSpec('api', value.api);
  }
  if (value.registry !== undefined) {
    claim('registry');
    config.registry = checkSpec('registry', value.registry);
  }
  if (value.perOperation !== undefined) {
    if (!isObject(value.perOperation)) throw new TypeError('quotas.perOperation must be an object');
    // fromEntries defines own keys, so an operation named '__proto__' stays a plain key.
    config.perOperation = Object.fromEntries(
      Object.entries(value.perOperation).map(([operation, spec]) => {
        claim(operation);
        return [operation, checkSpec(operation, spec)];
      }),
    );
  }
  if (value.groups !== undefined) {
    if (!Array.isArray(value.groups)) throw new TypeError('quotas.groups must be an array');
    config.groups = value.groups.map((group: unknown, i) => {
      if (!isObject(group) || typeof group.name !== 'string' || group.name === '')
        throw new TypeError(`quotas.groups[${i}] needs a non-empty name`);
      const { operations } = group;
      if (!Array.isArray(operations) || operations.length === 0)
        throw new RangeError(`quota group ${group.name} has no operations`);
      if (!operations.every((op) => typeof op === 'string' && op !== ''))
        throw new TypeError(`quota group ${group.name}: operations must be non-empty strings`);
      claim(group.name);
      return { name: group.name, operations: [...operations] as string[], ...checkSpec(group.name, group) };
    });
  }
  return config;
}

export class Quotas {
  readonly #now: () => number;
  #config: QuotaConfig = {};
  #endpoints = new Map<EndpointBucket, Bucket>();
  #operations = new Map<string, Bucket>();
  /** Operation name → the buckets of the groups it is in. */
  #groupsOf = new Map<string, Bucket[]>();

  constructor(now: () => number, config?: QuotaConfig) {
    this.#now = now;
    this.set(config);
  }

  /** Replaces every bucket; the new ones start full, their counts at zero. */
  set(config: QuotaConfig | undefined): void {
    const checked = checkQuotaConfig(config);
    const now = this.#now();
    const endpoints = new Map<EndpointBucket, Bucket>();
    if (checked.api) endpoints.set('api', new Bucket('api', checked.api, now));
    if (checked.registry) endpoints.set('registry', new Bucket('registry', checked.registry, now));
    const operations = new Map<string, Bucket>();
    for (const [operation, spec] of Object.entries(checked.perOperation ?? {}))
      operations.set(operation, new Bucket(operation, spec, now));
    const groupsOf = new Map<string, Bucket[]>();
    for (const group of checked.groups ?? []) {
      const bucket = new Bucket(group.name, group, now);
      for (const op of new Set(group.operations)) groupsOf.set(op, [...(groupsOf.get(op) ?? []), bucket]);
    }
    this.#config = checked;
    this.#endpoints = endpoints;
    this.#operations = operations;
    this.#groupsOf = groupsOf;
  }

  get config(): QuotaConfig {
    return this.#config;
  }

  /**
   * Takes one token from every bucket a request falls under: its operation's, its groups', and its
   * endpoint's (`endpoint`: 'api' for ECR calls only). Returns undefined when allowed; else the name
   * of the bucket that refused it (the most specific empty one), having taken no token at all.
   */
  take(operation: string, endpoint: EndpointBucket | undefined): string | undefined {
    const now = this.#now();
    const buckets = [
      this.#operations.get(operation),
      ...(this.#groupsOf.get(operation) ?? []),
      endpoint === undefined ? undefined : this.#endpoints.get(endpoint),
    ].filter((b): b is Bucket => b !== undefined);
    const empty = buckets.find((b) => b.level(now) < 1);
    if (empty) {
      empty.throttled += 1;
      return empty.name;
    }
    for (const bucket of buckets) bucket.take();
    return undefined;
  }

  /** Per bucket name: requests let through, and requests refused (each counted once, on the bucket named). */
  stats(): QuotaStats {
    const stats: QuotaStats = {};
    const all = [...this.#endpoints.values(), ...this.#operations.values(), ...this.#groupsOf.values()];
    for (const b of all.flat()) stats[b.name] = { allowed: b.allowed, throttled: b.throttled };
    return stats;
  }
}
