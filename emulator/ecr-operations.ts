/** The ECR operations (AWS JSON 1.1 bodies in, plain objects out), over the emulator's state. */
import {
  type ImageArchive,
  type ImageId,
  type ImageStatusFilter,
  isPullable,
  statusFilter,
  statusMatches,
  statusOf,
} from './archive.js';
import type { CachedManifest, PrivateRegistry, Repository } from './cache.js';
import { type Clock, epochSeconds } from './clock.js';
import {
  ApiError,
  IMAGE_NOT_FOUND,
  imageNotFoundException,
  RegistryError,
  repositoryNotFoundMessage,
} from './errors.js';
import type { Permissions, PullThrough } from './pullthrough.js';
import type { CreationTemplates, RegistryPolicy } from './registry-settings.js';
import { type CacheRule, classifyUpstream, type RuleSet } from './rules.js';
import { credentialProblem, type SecretStore } from './secrets.js';
import type { TokenStore } from './tokens.js';
import type { StoredManifest } from './upstream.js';

export interface EcrContext {
  readonly account: string;
  readonly region: string;
  readonly registryUrl: () => string;
  readonly rules: RuleSet;
  readonly cache: PrivateRegistry;
  readonly pull: PullThrough;
  readonly archive: ImageArchive;
  readonly tokens: TokenStore;
  readonly clock: Clock;
  readonly permissions: () => Permissions;
  readonly secrets: SecretStore;
  readonly templates: CreationTemplates;
  readonly registryPolicy: RegistryPolicy;
}

export type Input = Record<string, unknown>;
export type Operation = (input: Input, ctx: EcrContext) => unknown;

/** Which permission switch guards an operation, and the resource IAM would name. */
export const GUARDED: Record<
  string,
  { permission: keyof Permissions; resource: (input: Input, ctx: EcrContext) => string }
> = {
  GetAuthorizationToken: { permission: 'getAuthorizationToken', resource: () => '*' },
  DescribePullThroughCacheRules: {
    permission: 'describePullThroughCacheRules',
    resource: (_, ctx) => `arn:aws:ecr:${ctx.region}:${ctx.account}:*`,
  },
  DescribeImages: { permission: 'describeImages', resource: repositoryArnOf },
  BatchGetImage: { permission: 'batchGetImage', resource: repositoryArnOf },
  GetDownloadUrlForLayer: { permission: 'getDownloadUrlForLayer', resource: repositoryArnOf },
  UpdateImageStorageClass: { permission: 'updateImageStorageClass', resource: repositoryArnOf },
  DescribeRepositories: { permission: 'describeRepositories', resource: registryArnOf },
  CreatePullThroughCacheRule: { permission: 'createPullThroughCacheRule', resource: registryArnOf },
  UpdatePullThroughCacheRule: { permission: 'updatePullThroughCacheRule', resource: registryArnOf },
  DeletePullThroughCacheRule: { permission: 'deletePullThroughCacheRule', resource: registryArnOf },
  ValidatePullThroughCacheRule: { permission: 'validatePullThroughCacheRule', resource: registryArnOf },
  CreateRepositoryCreationTemplate: {
    permission: 'createRepositoryCreationTemplate',
    resource: registryArnOf,
  },
  DescribeRepositoryCreationTemplates: {
    permission: 'describeRepositoryCreationTemplates',
    resource: registryArnOf,
  },
  UpdateRepositoryCreationTemplate: {
    permission: 'updateRepositoryCreationTemplate',
    resource: registryArnOf,
  },
  DeleteRepositoryCreationTemplate: {
    permission: 'deleteRepositoryCreationTemplate',
    resource: registryArnOf,
  },
  GetRegistryPolicy: { permission: 'getRegistryPolicy', resource: registryArnOf },
  PutRegistryPolicy: { permission: 'putRegistryPolicy', resource: registryArnOf },
  DeleteRegistryPolicy: { permission: 'deleteRegistryPolicy', resource: registryArnOf },
};

function registryArnOf(_: Input, ctx: EcrContext): string {
  return `arn:aws:ecr:${ctx.region}:${ctx.account}:*`;
}

function repositoryArnOf(input: Input, ctx: EcrContext): string {
  return `arn:aws:ecr:${ctx.region}:${ctx.account}:repository/${String(input.repositoryName ?? '')}`;
}

function registryDomain(ctx: EcrContext): string {
  return `${ctx.account}.dkr.ecr.${ctx.region}.amazonaws.com${ctx.region.startsWith('cn-') ? '.cn' : ''}`;
}

export function invalid(message: string): ApiError {
  return new ApiError('InvalidParameterException', message);
}

export function requiredString(input: Input, key: string): string {
  const value = input[key];
  if (typeof value !== 'string' || value === '')
    throw invalid(`Invalid parameter at '${key}': a value is required`);
  return value;
}

function optionalStrings(input: Input, key: string): string[] | undefined {
  const value = input[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw invalid(`Invalid parameter at '${key}'`);
  return value as string[];
}

/** Page through a list with an opaque nextToken, as every Describe* call does. */
export function paginate<T>(
  items: readonly T[],
  input: Input,
  max: number,
): { page: T[]; nextToken?: string } {
  const maxResults = input.maxResults === undefined ? max : Number(input.maxResults);
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > max) {
    throw invalid(
      `Invalid parameter at 'maxResults' failed to satisfy constraint: 'Member must have value between 1 and ${max}'`,
    );
  }
  let offset = 0;
  if (typeof input.nextToken === 'string') {
    const decoded = Number(
      Buffer.from(input.nextToken, 'base64url')
        .toString('utf8')
        .replace(/^offset:/, ''),
    );
    if (!Number.isInteger(decoded) || decoded < 0) throw invalid('Invalid NextToken');
    offset = decoded;
  }
  const page = items.slice(offset, offset + maxResults);
  const next = offset + page.length;
  return next < items.length
    ? { page, nextToken: Buffer.from(`offset:${next}`).toString('base64url') }
    : { page };
}

export function repository(input: Input, ctx: EcrContext): Repository {
  const name = requiredString(input, 'repositoryName');
  const repo = ctx.cache.get(name);
  if (repo === undefined)
    throw new ApiError('RepositoryNotFoundException', repositoryNotFoundMessage(name, ctx.account));
  return repo;
}

export function ruleOut(rule: CacheRule, ctx: EcrContext): Record<string, unknown> {
  return {
    ecrRepositoryPrefix: rule.ecrRepositoryPrefix,
    upstreamRegistryUrl: rule.upstreamRegistryUrl,
    createdAt: epochSeconds(rule.createdAt),
    registryId: ctx.account,
    ...(rule.credentialArn !== undefined && { credentialArn: rule.credentialArn }),
    ...(rule.customRoleArn !== undefined && { customRoleArn: rule.customRoleArn }),
    ...(rule.upstreamRepositoryPrefix !== undefined && {
      upstreamRepositoryPrefix: rule.upstreamRepositoryPrefix,
    }),
    upstreamRegistry: rule.upstreamRegistry,
    updatedAt: epochSeconds(rule.updatedAt),
  };
}

export function ruleNotFound(prefix: string, ctx: EcrContext): ApiError {
  return new ApiError(
    'PullThroughCacheRuleNotFoundException',
    `The pull through cache rule with ecrRepositoryPrefix '${prefix}' does not exist in the registry with id '${ctx.account}'`,
  );
}

function imageIds(input: Input): ImageId[] | undefined {
  const ids = input.imageIds;
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids)) throw invalid("Invalid parameter at 'imageIds'");
  return ids.map((id) => {
    const o = (id ?? {}) as Record<string, unknown>;
    return {
      ...(typeof o.imageTag === 'string' && { imageTag: o.imageTag }),
      ...(typeof o.imageDigest === 'string' && { imageDigest: o.imageDigest }),
    };
  });
}

type Resolved = { manifest: CachedManifest } | { failureCode: string; failureReason: string };

/** The manifest an id names, when its status is one asked for (by default: pullable, i.e. ACTIVE). */
function resolveImage(
  repo: Repository,
  id: ImageId,
  wanted: (m: CachedManifest) => boolean = isPullable,
): Resolved {
  if (id.imageTag === undefined && id.imageDigest === undefined) {
    return { failureCode: 'MissingDigestAndTag', failureReason: 'Missing image digest and tag' };
  }
  if (id.imageDigest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(id.imageDigest)) {
    return { failureCode: 'InvalidImageDigest', failureReason: 'Invalid image digest' };
  }
  const byTag = id.imageTag === undefined ? undefined : repo.tags.get(id.imageTag)?.digest;
  if (id.imageTag !== undefined && byTag === undefined) {
    return { failureCode: 'ImageNotFound', failureReason: IMAGE_NOT_FOUND };
  }
  if (id.imageDigest !== undefined && byTag !== undefined && byTag !== id.imageDigest) {
    return { failureCode: 'ImageTagDoesNotMatchDigest', failureReason: 'Invalid image tag for digest' };
  }
  const manifest = repo.manifests.get(byTag ?? id.imageDigest ?? '');
  return manifest && wanted(manifest)
    ? { manifest }
    : { failureCode: 'ImageNotFound', failureReason: IMAGE_NOT_FOUND };
}

function imageDetail(repo: Repository, m: CachedManifest, ctx: EcrContext): Record<string, unknown> {
  const tags = repo.tagsOf(m.digest);
  return {
    registryId: ctx.account,
    repositoryName: repo.name,
    imageDigest: m.digest,
    ...(tags.length > 0 && { imageTags: tags }),
    imageSizeInBytes: m.sizeBytes,
    imagePushedAt: epochSeconds(m.pushedAt),
    imageManifestMediaType: m.mediaType,
    ...(m.artifactMediaType !== undefined && { artifactMediaType: m.artifactMediaType }),
    ...(m.lastPulledAt !== undefined && { lastRecordedPullTime: epochSeconds(m.lastPulledAt) }),
    imageStatus: statusOf(m),
    ...(m.lastArchivedAt !== undefined && { lastArchivedAt: epochSeconds(m.lastArchivedAt) }),
    ...(m.lastActivatedAt !== undefined && { lastActivatedAt: epochSeconds(m.lastActivatedAt) }),
  };
}

type Failure = { failureCode: string; failureReason: string };

/**
 * One id of BatchGetImage, which is a pull: on a pull-through path a tag is pulled as the registry
 * pulls it, so it may create the repository and import from the upstream (the Service Authorization
 * Reference has it need ecr:BatchImportUpstreamImage and ecr:CreateRepository there).
 */
async function batchGetOne(
  name: string,
  id: ImageId,
  ctx: EcrContext,
): Promise<{ manifest: StoredManifest } | Failure> {
  if (id.imageTag !== undefined && ctx.rules.match(name) !== undefined) {
    try {
      const manifest = await ctx.pull.manifest(name, id.imageTag, 'GET');
      if (id.imageDigest !== undefined && id.imageDigest !== manifest.digest) {
        return { failureCode: 'ImageTagDoesNotMatchDigest', failureReason: 'Invalid image tag for digest' };
      }
      return { manifest };
    } catch (e) {
      if (!(e instanceof RegistryError)) throw e;
      if (e.status === 404) return { failureCode: 'ImageNotFound', failureReason: IMAGE_NOT_FOUND };
      return {
        failureCode: e.status === 403 ? 'UpstreamAccessDenied' : 'UpstreamUnavailable',
        failureReason: e.message,
      };
    }
  }
  const repo = ctx.cache.get(name);
  const resolved: Resolved = repo
    ? resolveImage(repo, id)
    : { failureCode: 'ImageNotFound', failureReason: IMAGE_NOT_FOUND };
  // ECR records it as a pull.
  if ('manifest' in resolved) resolved.manifest.lastPulledAt = ctx.clock.now();
  return resolved;
}

export const OPERATIONS: Record<string, Operation> = {
  GetAuthorizationToken(_, ctx) {
    const { password, expiresAt } = ctx.tokens.issue();
    return {
      authorizationData: [
        {
          authorizationToken: Buffer.from(`AWS:${password}`).toString('base64'),
          expiresAt: epochSeconds(expiresAt),
          proxyEndpoint: ctx.registryUrl(),
        },
      ],
    };
  },

  DescribePullThroughCacheRules(input, ctx) {
    const prefixes = optionalStrings(input, 'ecrRepositoryPrefixes');
    let rules = ctx.rules.list();
    if (prefixes !== undefined) {
      rules = prefixes.map((p) => {
        const rule = ctx.rules.get(p);
        if (rule === undefined) throw ruleNotFound(p, ctx);
        return rule;
      });
    }
    const { page, nextToken } = paginate(rules, input, 1000);
    return { pullThroughCacheRules: page.map((r) => ruleOut(r, ctx)), ...(nextToken && { nextToken }) };
  },

  CreatePullThroughCacheRule(input, ctx) {
    const rule = ctx.rules.add(
      {
        ecrRepositoryPrefix: requiredString(input, 'ecrRepositoryPrefix'),
        upstreamRegistryUrl: requiredString(input, 'upstreamRegistryUrl'),
        ...(typeof input.upstreamRepositoryPrefix === 'string' && {
          upstreamRepositoryPrefix: input.upstreamRepositoryPrefix,
        }),
        ...(typeof input.credentialArn === 'string' && { credentialArn: input.credentialArn }),
        ...(typeof input.customRoleArn === 'string' && { customRoleArn: input.customRoleArn }),
      },
      true,
    );
    const { updatedAt: _, ...out } = ruleOut(rule, ctx);
    return out;
  },

  DeletePullThroughCacheRule(input, ctx) {
    const prefix = requiredString(input, 'ecrRepositoryPrefix');
    const rule = ctx.rules.delete(prefix);
    if (rule === undefined) throw ruleNotFound(prefix, ctx);
    const { updatedAt: _, upstreamRegistry: __, ...out } = ruleOut(rule, ctx);
    return out;
  },

  ValidatePullThroughCacheRule(input, ctx) {
    const prefix = requiredString(input, 'ecrRepositoryPrefix');
    const rule = ctx.rules.get(prefix);
    if (rule === undefined) throw ruleNotFound(prefix, ctx);
    const needsCredential = classifyUpstream(rule.upstreamRegistryUrl)?.needsCredential ?? false;
    // ECR reads the rule's secret: it must exist and hold `username` and `accessToken`.
    const failure =
      needsCredential && rule.credentialArn === undefined
        ? 'No credential is configured for an upstream registry that requires authentication'
        : rule.credentialArn === undefined
          ? undefined
          : credentialProblem(ctx.secrets, rule.credentialArn);
    const isValid = failure === undefined;
    const { createdAt: _, updatedAt: __, upstreamRegistry: ___, ...out } = ruleOut(rule, ctx);
    return { ...out, isValid, ...(failure !== undefined && { failure }) };
  },

  DescribeRepositories(input, ctx) {
    const names = optionalStrings(input, 'repositoryNames');
    if (names !== undefined && input.maxResults !== undefined) {
      throw invalid('Cannot specify maxResults together with repositoryNames');
    }
    const repos =
      names === undefined
        ? ctx.cache.list().sort((a, b) => a.name.localeCompare(b.name))
        : names.map((n) => repository({ repositoryName: n }, ctx));
    const { page, nextToken } = paginate(repos, input, 1000);
    return {
      repositories: page.map((r) => ({
        repositoryArn: `arn:aws:ecr:${ctx.region}:${ctx.account}:repository/${r.name}`,
        registryId: ctx.account,
        repositoryName: r.name,
        repositoryUri: `${registryDomain(ctx)}/${r.name}`,
        createdAt: epochSeconds(r.createdAt),
        imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
        imageScanningConfiguration: { scanOnPush: false },
        encryptionConfiguration: { encryptionType: 'AES256' },
      })),
      ...(nextToken && { nextToken }),
    };
  },

  DescribeImages(input, ctx) {
    const repo = repository(input, ctx);
    const ids = imageIds(input);
    const status: ImageStatusFilter = statusFilter(input.filter);
    const wanted = (m: CachedManifest) => statusMatches(m, status);
    if (ids !== undefined) {
      if (input.maxResults !== undefined || input.nextToken !== undefined) {
        throw invalid('Cannot specify maxResults or nextToken together with imageIds');
      }
      const seen = new Map<string, Record<string, unknown>>();
      for (const id of ids) {
        const resolved = resolveImage(repo, id, wanted);
        if (!('manifest' in resolved)) {
          if (resolved.failureCode === 'ImageNotFound')
            throw imageNotFoundException(id, repo.name, ctx.account);
          throw invalid(resolved.failureReason);
        }
        seen.set(resolved.manifest.digest, imageDetail(repo, resolved.manifest, ctx));
      }
      return { imageDetails: [...seen.values()] };
    }
    const tagStatus = ((input.filter ?? {}) as { tagStatus?: string }).tagStatus ?? 'ANY';
    const manifests = [...repo.manifests.values()]
      .filter((m) => {
        const tagged = repo.tagsOf(m.digest).length > 0;
        return wanted(m) && (tagStatus === 'ANY' || (tagStatus === 'TAGGED' ? tagged : !tagged));
      })
      .sort((a, b) => a.pushedAt - b.pushedAt || a.digest.localeCompare(b.digest));
    const { page, nextToken } = paginate(manifests, input, 1000);
    return { imageDetails: page.map((m) => imageDetail(repo, m, ctx)), ...(nextToken && { nextToken }) };
  },

  async BatchGetImage(input, ctx) {
    const name = requiredString(input, 'repositoryName');
    // A pull-through path needs no repository yet: the pull may create it.
    if (ctx.rules.match(name) === undefined) repository(input, ctx);
    const ids = imageIds(input);
    if (ids === undefined || ids.length === 0)
      throw invalid("Invalid parameter at 'imageIds': a value is required");
    const accepted = optionalStrings(input, 'acceptedMediaTypes');
    const images: unknown[] = [];
    const failures: unknown[] = [];
    for (const id of ids) {
      const resolved = await batchGetOne(name, id, ctx);
      if (!('manifest' in resolved)) {
        failures.push({ imageId: id, ...resolved });
        continue;
      }
      const m = resolved.manifest;
      if (accepted !== undefined && !accepted.includes(m.mediaType)) {
        failures.push({
          imageId: id,
          failureCode: 'UnsupportedImageType',
          failureReason: 'Image type not supported',
        });
        continue;
      }
      images.push({
        registryId: ctx.account,
        repositoryName: name,
        imageId: { imageDigest: m.digest, ...(id.imageTag !== undefined && { imageTag: id.imageTag }) },
        imageManifest: m.body.toString('utf8'),
        imageManifestMediaType: m.mediaType,
      });
    }
    return { images, failures };
  },

  UpdateImageStorageClass(input, ctx) {
    const name = requiredString(input, 'repositoryName');
    const id = (imageIds({ imageIds: [input.imageId] }) ?? [])[0] ?? {};
    if (id.imageTag === undefined && id.imageDigest === undefined) {
      throw invalid("Invalid parameter at 'imageId': a tag or a digest is required");
    }
    const target = input.targetStorageClass;
    if (target !== 'ARCHIVE' && target !== 'STANDARD') {
      throw invalid(
        "Invalid parameter at 'targetStorageClass' failed to satisfy constraint: 'Member must satisfy enum value set: [STANDARD, ARCHIVE]'",
      );
    }
    const m = target === 'ARCHIVE' ? ctx.archive.archive(name, id) : ctx.archive.restore(name, id);
    return {
      registryId: ctx.account,
      repositoryName: name,
      imageId: { imageDigest: m.digest, ...(id.imageTag !== undefined && { imageTag: id.imageTag }) },
      imageStatus: statusOf(m),
    };
  },

  BatchCheckLayerAvailability(input, ctx) {
    const repo = repository(input, ctx);
    const digests = optionalStrings(input, 'layerDigests');
    if (digests === undefined || digests.length === 0) {
      throw invalid("Invalid parameter at 'layerDigests': a value is required");
    }
    const layers: unknown[] = [];
    const failures: unknown[] = [];
    for (const digest of digests) {
      if (!/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/.test(digest)) {
        failures.push({
          layerDigest: digest,
          failureCode: 'InvalidLayerDigest',
          failureReason: 'Invalid layer digest',
        });
        continue;
      }
      const layer = ctx.pull.layer(repo.name, digest);
      if (layer === undefined) {
        failures.push({
          layerDigest: digest,
          failureCode: 'MissingLayerDigest',
          failureReason: 'Could not find layer',
        });
        continue;
      }
      layers.push({
        layerDigest: digest,
        layerAvailability: layer.availability,
        layerSize: layer.size,
        mediaType: layer.mediaType,
      });
    }
    return { layers, failures };
  },
};
