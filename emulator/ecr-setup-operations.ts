/**
 * The ECR operations setup and doctor need beyond pulling: rule updates, repository creation
 * templates, the registry policy, and GetDownloadUrlForLayer (a harmless permission probe).
 */
import { epochSeconds } from './clock.js';
import {
  type EcrContext,
  type Input,
  invalid,
  type Operation,
  paginate,
  repository,
  requiredString,
  ruleNotFound,
  ruleOut,
} from './ecr-operations.js';
import { ApiError } from './errors.js';
import type { CreationTemplate } from './registry-settings.js';

function templateOut(t: CreationTemplate): Record<string, unknown> {
  return {
    prefix: t.prefix,
    ...(t.description !== undefined && { description: t.description }),
    encryptionConfiguration: t.encryptionConfiguration ?? { encryptionType: 'AES256' },
    ...(t.resourceTags !== undefined && { resourceTags: t.resourceTags }),
    imageTagMutability: t.imageTagMutability,
    ...(t.imageTagMutabilityExclusionFilters !== undefined && {
      imageTagMutabilityExclusionFilters: t.imageTagMutabilityExclusionFilters,
    }),
    ...(t.repositoryPolicy !== undefined && { repositoryPolicy: t.repositoryPolicy }),
    ...(t.lifecyclePolicy !== undefined && { lifecyclePolicy: t.lifecyclePolicy }),
    appliedFor: t.appliedFor,
    ...(t.customRoleArn !== undefined && { customRoleArn: t.customRoleArn }),
    createdAt: epochSeconds(t.createdAt),
    updatedAt: epochSeconds(t.updatedAt),
  };
}

function registryPolicyNotFound(ctx: EcrContext): ApiError {
  return new ApiError(
    'RegistryPolicyNotFoundException',
    `Registry policy does not exist in the registry with id '${ctx.account}'`,
  );
}

export const SETUP_OPERATIONS: Record<string, Operation> = {
  UpdatePullThroughCacheRule(input, ctx) {
    const prefix = requiredString(input, 'ecrRepositoryPrefix');
    const credentialArn = typeof input.credentialArn === 'string' ? input.credentialArn : undefined;
    const customRoleArn = typeof input.customRoleArn === 'string' ? input.customRoleArn : undefined;
    if (credentialArn === undefined && customRoleArn === undefined) {
      throw invalid('One of credentialArn or customRoleArn is required');
    }
    const rule = ctx.rules.update(prefix, {
      ...(credentialArn !== undefined && { credentialArn }),
      ...(customRoleArn !== undefined && { customRoleArn }),
    });
    if (rule === undefined) throw ruleNotFound(prefix, ctx);
    const { createdAt: _, upstreamRegistry: __, upstreamRegistryUrl: ___, ...out } = ruleOut(rule, ctx);
    return out;
  },

  GetDownloadUrlForLayer(input, ctx) {
    const repo = repository(input, ctx);
    const digest = requiredString(input, 'layerDigest');
    const layer = repo.blobs.get(digest);
    if (layer === undefined) {
      throw new ApiError(
        'LayersNotFoundException',
        `The specified layer ${digest} could not be found in the repository '${repo.name}'`,
      );
    }
    return { downloadUrl: `${ctx.registryUrl()}/v2/${repo.name}/blobs/${digest}`, layerDigest: digest };
  },

  CreateRepositoryCreationTemplate(input, ctx) {
    return { registryId: ctx.account, repositoryCreationTemplate: templateOut(ctx.templates.create(input)) };
  },

  DescribeRepositoryCreationTemplates(input, ctx) {
    const prefixes = input.prefixes;
    if (prefixes !== undefined && (!Array.isArray(prefixes) || prefixes.some((p) => typeof p !== 'string'))) {
      throw invalid("Invalid parameter at 'prefixes'");
    }
    const wanted = prefixes as string[] | undefined;
    const templates = ctx.templates.list().filter((t) => wanted === undefined || wanted.includes(t.prefix));
    const { page, nextToken } = paginate(templates, input, 1000);
    return {
      registryId: ctx.account,
      repositoryCreationTemplates: page.map(templateOut),
      ...(nextToken && { nextToken }),
    };
  },

  UpdateRepositoryCreationTemplate(input, ctx) {
    requiredString(input, 'prefix');
    return { registryId: ctx.account, repositoryCreationTemplate: templateOut(ctx.templates.update(input)) };
  },

  DeleteRepositoryCreationTemplate(input, ctx) {
    const prefix = requiredString(input, 'prefix');
    return {
      registryId: ctx.account,
      repositoryCreationTemplate: templateOut(ctx.templates.delete(prefix)),
    };
  },

  GetRegistryPolicy(_, ctx) {
    const text = ctx.registryPolicy.text;
    if (text === undefined) throw registryPolicyNotFound(ctx);
    return { registryId: ctx.account, policyText: text };
  },

  PutRegistryPolicy(input: Input, ctx) {
    return { registryId: ctx.account, policyText: ctx.registryPolicy.put(input) };
  },

  DeleteRegistryPolicy(_, ctx) {
    const text = ctx.registryPolicy.text;
    if (text === undefined) throw registryPolicyNotFound(ctx);
    ctx.registryPolicy.text = undefined;
    return { registryId: ctx.account, policyText: text };
  },
};
