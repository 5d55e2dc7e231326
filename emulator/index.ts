/**
 * A local stand-in for Amazon ECR pull-through cache: the ECR, Secrets Manager and STS APIs on one port, the registry
 * on another, an unreachable upstream CDN on a third, and the upstream registries behind them.
 */
import { createServer, type Server } from 'node:http';
import { createApiHandler } from './api.js';
import { ImageArchive, type ImageStatus, imageIdOf, statusOf } from './archive.js';
import { PrivateRegistry } from './cache.js';
import { startCdn } from './cdn.js';
import { Clock } from './clock.js';
import { type FaultConfig, FaultInjector } from './faults.js';
import { closeServer, listen } from './http.js';
import { RequestLog } from './log.js';
import { ALL_PERMISSIONS } from './permissions.js';
import { type ImportRecord, type ImportTime, type Permissions, PullThrough } from './pullthrough.js';
import { type QuotaConfig, type QuotaStats, Quotas } from './quotas.js';
import { createRegistryHandler } from './registry.js';
import { type CreationTemplate, CreationTemplates, RegistryPolicy } from './registry-settings.js';
import { RuleSet } from './rules.js';
import { type SecretSeed, SecretStore, type SecretsControl } from './secrets.js';
import { type CacheRuleSeed, DEFAULT_IMAGES, defaultRules } from './seed.js';
import { EMULATOR_ACCESS_KEY_ID, EMULATOR_SECRET_ACCESS_KEY } from './signature.js';
import { TokenStore } from './tokens.js';
import { createUpstreamControl, type UpstreamControl, type UpstreamStore } from './upstream.js';
import { createMemoryUpstream } from './upstream-memory.js';
import { createRegistryUpstream } from './upstream-registry.js';
import { findRegistryBinary, startRegistryProcess } from './upstream-registry-process.js';

export type { ImageStatus } from './archive.js';
export { Clock } from './clock.js';
export type { CdnBehaviour, FaultConfig, FaultKind, FaultSpec } from './faults.js';
export type { LogEntry, LogFilter, RequestLog } from './log.js';
export type { ImportRecord, ImportTime, Permissions } from './pullthrough.js';
export type { QuotaConfig, QuotaSpec, QuotaStats } from './quotas.js';
export type { CreationTemplate } from './registry-settings.js';
export type { SecretSeed, SecretsControl } from './secrets.js';
export type { CacheRuleSeed } from './seed.js';
export type { DeleteImageOptions, SeededImage, SeedImageOptions, UpstreamControl } from './upstream.js';
export { findRegistryBinary } from './upstream-registry-process.js';

export interface EmulatorOptions {
  account?: string;
  region?: string;
  rules?: CacheRuleSeed[];
  /**
   * More rules, held as given with none of the API's checks (names ECR would refuse): a
   * misconfigured or hostile endpoint's DescribePullThroughCacheRules answer.
   */
  uncheckedRules?: CacheRuleSeed[];
  /** 'auto' (default): docker-registry when the binary exists, else in memory. */
  upstream?: 'auto' | 'registry' | 'memory';
  importTime?: ImportTime;
  faults?: FaultConfig;
  /** Account-wide token buckets shared by every client (none by default: no limit). */
  quotas?: QuotaConfig;
  seed?: number;
  permissions?: Partial<Permissions>;
  tokenTtlMs?: number;
  /**
   * The registry address GetAuthorizationToken names (default: the stand-in's own registry), e.g.
   * a black hole, to play a registry endpoint the subnet cannot reach.
   */
  proxyEndpoint?: string;
  /** How long a restore from the archive storage class stays ACTIVATING (default 1 s; ECR: up to 20 min). */
  restoreTimeMs?: number;
  /**
   * Secrets Manager's secrets at start. Default: one valid secret (username, accessToken) for each
   * seeded rule's credentialArn, so the default rules validate.
   */
  secrets?: SecretSeed[];
}

export interface Emulator {
  readonly account: string;
  readonly region: string;
  readonly apiUrl: string;
  readonly registryUrl: string;
  readonly registryHost: string;
  readonly cdnUrl: string;
  env(): Record<string, string>;
  readonly log: RequestLog;
  readonly imports: readonly ImportRecord[];
  readonly clock: Clock;
  upstream: UpstreamControl;
  setFaults(faults: FaultConfig | undefined): void;
  /** Replaces the quotas (undefined: none); the new buckets start full. Also PUT /stand-in/quotas. */
  setQuotas(quotas: QuotaConfig | undefined): void;
  /** Per bucket ('api', 'registry', an operation or a group name): requests allowed and refused. */
  quotaStats(): QuotaStats;
  setPermissions(p: Partial<Permissions>): void;
  setImportTime(t: ImportTime): void;
  /** Ends the imports in flight now (of one repository, when given): a test need not race their timers. */
  finishImports(repository?: string): void;
  /**
   * ECR's archive storage class, as UpdateImageStorageClass changes it: archive the image a tag or
   * digest names (a pull then gets 404), or restore it (ACTIVATING for `durationMs`, then ACTIVE).
   */
  archiveImage(repository: string, reference: string): ImageStatus;
  restoreImage(repository: string, reference: string, durationMs?: number): ImageStatus;
  /** Ends the restores in flight now: a test need not race their timers. */
  finishRestores(): void;
  /** Secrets Manager's store, to break a secret behind the API's back. */
  readonly secrets: SecretsControl;
  /** Repository creation templates and the registry policy as the API last wrote them. */
  readonly templates: () => readonly CreationTemplate[];
  readonly registryPolicy: () => string | undefined;
  stop(): Promise<void>;
}

async function openUpstream(mode: 'auto' | 'registry' | 'memory'): Promise<UpstreamStore> {
  if (mode === 'memory') return createMemoryUpstream();
  const binary = findRegistryBinary();
  if (binary === undefined) {
    if (mode === 'registry')
      throw new Error('upstream "registry" needs docker-registry on PATH (apt-get install docker-registry)');
    return createMemoryUpstream();
  }
  return createRegistryUpstream(await startRegistryProcess(binary));
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const account = options.account ?? '111122223333';
  const region = options.region ?? 'us-east-1';
  const clock = new Clock();
  const log = new RequestLog(() => clock.now());
  const faults = new FaultInjector(options.seed ?? 1, options.faults);
  const quotas = new Quotas(() => clock.now(), options.quotas);
  let permissions: Permissions = { ...ALL_PERMISSIONS, ...options.permissions };
  let importTime: ImportTime = options.importTime ?? {
    latencyMs: 300,
    bytesPerSecond: Number.POSITIVE_INFINITY,
  };
  const tokens = new TokenStore(clock, options.tokenTtlMs ?? 12 * 60 * 60 * 1000);
  const rules = new RuleSet(() => clock.now());
  const seeds = options.rules ?? defaultRules(account, region);
  for (const seed of seeds) rules.add(seed, false);
  for (const seed of options.uncheckedRules ?? []) rules.plant(seed);
  const secrets = new SecretStore(account, region, clock);
  const secretSeeds =
    options.secrets ??
    seeds.flatMap((r) =>
      r.credentialArn
        ? [{ name: r.credentialArn, value: { username: 'emulator', accessToken: 'emulator-token' } }]
        : [],
    );
  for (const seed of secretSeeds) secrets.put(seed);
  const templates = new CreationTemplates(() => clock.now());
  const registryPolicy = new RegistryPolicy();

  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => undefined);
  };
  try {
    const store = await openUpstream(options.upstream ?? 'auto');
    cleanups.push(() => store.close());
    const upstream = createUpstreamControl(store);
    for (const image of DEFAULT_IMAGES) await upstream.seedImage(image);

    const cdn = await startCdn({ faults, log, upstream: store });
    cleanups.push(() => cdn.stop());
    const cache = new PrivateRegistry((name) => templates.settingsFor(name, 'PULL_THROUGH_CACHE'));
    const restoreTimeMs = options.restoreTimeMs ?? 1_000;
    const archive = new ImageArchive({ account, cache, clock, restoreMs: () => restoreTimeMs });
    cleanups.push(async () => archive.stop());
    let registryUrl = '';
    let registryHost = '';
    const pull = new PullThrough({
      account,
      rules,
      cache,
      upstream: store,
      clock,
      permissions: () => permissions,
      importTime: () => importTime,
      cdnUrl: () => cdn.url,
    });
    cleanups.push(async () => pull.stop());

    const registryServer: Server = createServer(
      createRegistryHandler({
        account,
        region,
        registryHost: () => registryHost,
        tokens,
        pull,
        faults,
        quotas,
        log,
        permissions: () => permissions,
      }),
    );
    const registryPort = await listen(registryServer);
    cleanups.push(() => closeServer(registryServer));
    registryHost = `127.0.0.1:${registryPort}`;
    registryUrl = `http://${registryHost}`;

    const apiServer: Server = createServer(
      createApiHandler({
        account,
        region,
        registryUrl: () => options.proxyEndpoint ?? registryUrl,
        rules,
        cache,
        pull,
        archive,
        tokens,
        clock,
        permissions: () => permissions,
        secrets,
        templates,
        registryPolicy,
        faults,
        quotas,
        log,
      }),
    );
    const apiPort = await listen(apiServer);
    cleanups.push(() => closeServer(apiServer));
    const apiUrl = `http://127.0.0.1:${apiPort}`;

    let stopping: Promise<void> | undefined;
    return {
      account,
      region,
      apiUrl,
      registryUrl,
      registryHost,
      cdnUrl: cdn.url,
      log,
      imports: pull.imports,
      clock,
      upstream,
      env: () => ({
        AWS_ENDPOINT_URL_ECR: apiUrl,
        AWS_ENDPOINT_URL_STS: apiUrl,
        AWS_ENDPOINT_URL_SECRETS_MANAGER: apiUrl,
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
        AWS_ACCESS_KEY_ID: EMULATOR_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: EMULATOR_SECRET_ACCESS_KEY,
        AWS_EC2_METADATA_DISABLED: 'true',
      }),
      setFaults: (f) => faults.set(f),
      setQuotas: (q) => quotas.set(q),
      quotaStats: () => quotas.stats(),
      setPermissions: (p) => {
        permissions = { ...permissions, ...p };
      },
      setImportTime: (t) => {
        importTime = t;
      },
      finishImports: (repository) => pull.finishImports(repository),
      archiveImage: (repository, reference) => statusOf(archive.archive(repository, imageIdOf(reference))),
      restoreImage: (repository, reference, durationMs) =>
        statusOf(archive.restore(repository, imageIdOf(reference), durationMs)),
      finishRestores: () => archive.finishRestores(),
      secrets,
      templates: () => templates.list(),
      registryPolicy: () => registryPolicy.text,
      stop: () => {
        stopping ??= cleanup();
        return stopping;
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
